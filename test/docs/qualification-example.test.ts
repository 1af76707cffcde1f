/**
 * The worked example of docs/qualification-format.md: the fictional Marren
 * County class spec (docs/examples/*.txt) encoded as a qualification file
 * (docs/examples/*.json). The file must validate, quote its spec word for
 * word, and screen beside the built-in classes at every threshold
 * (cases in data: example-cases.json).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog, validateSeries } from "../../src/engine/load-qualifications";
import type { Series } from "../../src/engine/qualification-schema";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import cases from "./example-cases.json";
import type { LevelCase as Case } from "../engine/helpers";

const EXAMPLES = join(import.meta.dirname, "..", "..", "docs", "examples");
const FILE = "marren-county-permit-technician.json";
const data: unknown = JSON.parse(readFileSync(join(EXAMPLES, FILE), "utf8"));
const specText = readFileSync(join(EXAMPLES, "marren-county-permit-technician.txt"), "utf8");
const fold = (s: string): string => s.replace(/\s+/g, " ").trim();


const { catalog, errors } = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: FILE, data }]);

describe("the worked example of docs/qualification-format.md", () => {
  it("validates against the strict schema and reference checks", () => {
    const v = validateSeries(data, FILE);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("quotes its class spec word for word, and cites it", () => {
    const series = data as Series;
    const problems: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
      else if (value && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (typeof o.quote === "string") {
          if (o.document !== series.document) problems.push(`${path}: cites ${String(o.document)}`);
          if (!fold(specText).includes(fold(o.quote))) problems.push(`${path}: quote not in the spec: "${o.quote}"`);
        }
        for (const [k, v] of Object.entries(o)) visit(v, path ? `${path}.${k}` : k);
      }
    };
    visit(series, "");
    for (const i of series.interpretations ?? []) if (!fold(specText).includes(fold(i.clause))) problems.push(`interpretation ${i.id}: clause not in the spec`);
    expect(problems).toEqual([]);
  });

  it("adds its levels after the built-in ones, each naming the file it came from", () => {
    const ids = catalog.levels.filter((l) => l.file === FILE).map((l) => l.level.id);
    expect(ids).toEqual(["5100", "5101", "5102"]);
    expect(catalog.levels.length).toBeGreaterThan(ids.length);
  });

  it.each(cases as Case[])("$name", (c) => {
    const v = validateApplicant(c.applicant);
    if (!v.ok) throw new Error(`test applicant is invalid: ${JSON.stringify(v.errors)}`);
    const result = screenApplicant(v.applicant, catalog, { today: "2026-11-22", policies: c.policies }).levels.find((l) => l.id === c.level)!;
    expect(result.outcome, result.steps.map((s) => s.text).join("\n")).toBe(c.outcome);
    expect(result.file).toBe(FILE);
    if (c.credited !== undefined) expect(result.credited).toBeCloseTo(c.credited, 1);
    if (c.outcome === "does-not-meet") expect(result.shortfall?.text).toMatch(/\S/);
    // Every quoted step cites the example's spec.
    for (const s of result.steps) if (s.quote) expect(s.document).toBe("marren-county-permit-technician.txt");
  });

  it("has a case on each side of every level's requirement", () => {
    for (const id of ["5100", "5101", "5102"]) {
      const outcomes = new Set((cases as Case[]).filter((c) => c.level === id).map((c) => c.outcome));
      expect([...outcomes]).toEqual(expect.arrayContaining(["meets", "does-not-meet"]));
    }
  });
});
