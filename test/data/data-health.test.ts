/**
 * Data health: every file in qualifications/ through the strict schema and
 * the reference checks, every problem reported at once with file and path,
 * and every quote found word for word in the document it cites.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { validateSeries } from "../../src/engine/load-qualifications";
import type { Rule, Series } from "../../src/engine/qualification-schema";

const ROOT = join(import.meta.dirname, "..", "..");
const QUALIFICATIONS = join(ROOT, "qualifications");
const SHARED = join(ROOT, "..", "shared");
const SEEDS = join(SHARED, "seeds");

const files = readdirSync(QUALIFICATIONS).filter((f) => f.endsWith(".json")).sort();

/** Whitespace folded, so a quote that crosses a line break in the seed still matches. */
const fold = (s: string): string => s.replace(/\s+/g, " ").trim();

function documentText(document: string): string | null {
  const seed = readdirSync(SEEDS).find((f) => f === document);
  if (seed) return fold(readFileSync(join(SEEDS, seed), "utf8"));
  // The university series' rounding rule is quoted by the applicant format itself.
  if (document.includes("applicant-format.md")) return fold(readFileSync(join(SHARED, "applicant-format.md"), "utf8"));
  return null;
}

/** Every { quote, document } in a series, with where it sits. */
function sources(series: Series): Array<{ path: string; quote: string; document: string }> {
  const out: Array<{ path: string; quote: string; document: string }> = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === "object") {
      const o = value as Record<string, unknown>;
      if (typeof o.quote === "string" && typeof o.document === "string") out.push({ path, quote: o.quote, document: o.document });
      for (const [k, v] of Object.entries(o)) visit(v, path ? `${path}.${k}` : k);
    }
  };
  visit(series, "");
  return out;
}

describe("qualifications/ data health", () => {
  it("has files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("every file passes the strict schema and reference checks (all problems listed at once)", () => {
    const problems = files.flatMap((file) => {
      const data: unknown = JSON.parse(readFileSync(join(QUALIFICATIONS, file), "utf8"));
      const v = validateSeries(data, file);
      return v.ok ? [] : v.errors.map((e) => `${e.file} ${e.path}: ${e.message}`);
    });
    expect(problems).toEqual([]);
  });

  it("every quote appears word for word in the document it cites", () => {
    const problems: string[] = [];
    for (const file of files) {
      const series = JSON.parse(readFileSync(join(QUALIFICATIONS, file), "utf8")) as Series;
      for (const s of sources(series)) {
        const text = documentText(s.document);
        if (text === null) problems.push(`${file} ${s.path}: document "${s.document}" is not a seed in ../shared/seeds`);
        else if (!text.includes(fold(s.quote))) problems.push(`${file} ${s.path}: quote not found in ${s.document}: "${s.quote}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every interpretation's clause appears in its document (parts left out with ' ... ' appear in order)", () => {
    const problems: string[] = [];
    for (const file of files) {
      const series = JSON.parse(readFileSync(join(QUALIFICATIONS, file), "utf8")) as Series;
      const rounding = series.counting?.experienceRounding;
      for (const [i, interp] of (series.interpretations ?? []).entries()) {
        // The rounding's reading quotes the procedure the rounding cites; every other clause is the series' own document's.
        const document = rounding?.interpretation === interp.id ? rounding.source.document : series.document;
        const text = documentText(document) ?? "";
        let from = 0;
        for (const part of fold(interp.clause).split(" ... ")) {
          const at = text.indexOf(part, from);
          if (at < 0) problems.push(`${file} interpretations[${i}].clause: "${part}" not found in ${document}`);
          else from = at + part.length;
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("every rule that decides something cites its words (leaf rules all carry a source)", () => {
    const problems: string[] = [];
    for (const file of files) {
      const series = JSON.parse(readFileSync(join(QUALIFICATIONS, file), "utf8")) as Series;
      const walk = (rule: Rule, path: string): void => {
        if (rule.type === "all" || rule.type === "any") rule.rules.forEach((r, i) => walk(r, `${path}.rules[${i}]`));
        else if (!rule.source?.quote) problems.push(`${file} ${path}: no source quote`);
      };
      series.levels.forEach((l, i) => walk(l.requirements, `levels[${i}].requirements`));
    }
    expect(problems).toEqual([]);
  });

  it("the built-in list names every file in qualifications/, once", () => {
    expect(BUILTIN_QUALIFICATION_FILES.map((f) => f.file).sort()).toEqual(files);
  });

  it("every seed in ../shared/seeds is encoded by some file", () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
    const cited = new Set(
      files.flatMap((file) => sources(JSON.parse(readFileSync(join(QUALIFICATIONS, file), "utf8")) as Series).map((s) => s.document)),
    );
    expect(seeds.filter((s) => !cited.has(s))).toEqual([]);
  });

  it("the validator reports every problem of a broken file at once, each with its path", () => {
    const broken = JSON.parse(readFileSync(join(QUALIFICATIONS, files[0]), "utf8")) as Record<string, unknown> & { levels: Array<Record<string, unknown>> };
    broken.formatVersion = 2;
    broken.levels[0].title = "";
    broken.levels[0].typo = true;
    const v = validateSeries(broken, "broken.json");
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["formatVersion", "levels[0].title", "levels[0].typo"]));
    for (const e of v.errors) expect(e.file).toBe("broken.json");
  });
});

describe("qualification file messages", () => {
  it("a missing or mistyped list says how to write it, never 'Invalid input'", () => {
    const broken = JSON.parse(readFileSync(join(QUALIFICATIONS, "university-customer-service.json"), "utf8"));
    delete broken.levels[0].requirements.rules[0].accepts;
    broken.levels[0].requirements.rules[1].sources = "experience";
    broken.policies = {};
    const v = validateSeries(broken, "f.json");
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const byPath = Object.fromEntries(v.errors.map((e) => [e.path, e.message]));
    expect(byPath["levels[0].requirements.rules[0].accepts"]).toBe("Add accepts: it is required");
    expect(byPath["levels[0].requirements.rules[1].sources"]).toMatch(/^Enter sources as a list, e\.g\./);
    expect(byPath.policies).toMatch(/^Enter policies as a list/);
    for (const e of v.errors) expect(e.message).not.toBe("Invalid input");
  });
});
