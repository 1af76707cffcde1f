/**
 * Citations a person can use: every built-in file names its documents by
 * title, issuer and date; a file with a documents list may name no other
 * document; and the explanation cites documents in words, never by file name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { citationOf } from "../../src/engine/citation";
import { validateSeries } from "../../src/engine/load-qualifications";
import type { Series } from "../../src/engine/qualification-schema";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import jordan from "../fixtures/jordan.json";

const QUALIFICATIONS = fileURLToPath(new URL("../../qualifications", import.meta.url));
const files = readdirSync(QUALIFICATIONS).filter((f) => f.endsWith(".json"));
const read = (file: string): Series => JSON.parse(readFileSync(join(QUALIFICATIONS, file), "utf8")) as Series;
const FILE_NAME = /\.(txt|json|md)\b/;

describe("documents named by title, issuer and date", () => {
  it.each(files)("%s lists its documents, each with a title and issuer, and its main document with a date or says none is given", (file) => {
    const series = read(file);
    expect(series.documents?.length, file).toBeGreaterThan(0);
    for (const d of series.documents ?? []) {
      expect(d.title).not.toMatch(FILE_NAME);
      expect(d.issuer.length).toBeGreaterThan(0);
    }
    expect(citationOf(series, series.document)).not.toMatch(FILE_NAME);
  });

  it("cites the university series as the issue asks, and its rounding rule by procedure and section", () => {
    const series = read("university-customer-service.json");
    expect(citationOf(series, series.document)).toBe("Customer Service Series class specification (State Universities Civil Service System), effective 08/15/10");
    expect(citationOf(series, series.counting!.experienceRounding!.source.document)).toBe("Examination Procedures (State Universities Civil Service System), section 7.2");
  });

  it("refuses a file whose rule names a document not in its list, saying where and how to fix it", () => {
    const series = structuredClone(read("university-customer-service.json"));
    const level = series.levels[0];
    const rule = level.requirements.type === "all" || level.requirements.type === "any" ? level.requirements.rules[0] : level.requirements;
    (rule as { source: { document: string } }).source.document = "unknown-spec.txt";
    series.notes = [{ text: "n", source: { quote: "q", document: "other.txt" } }];
    const v = validateSeries(series, "u.json");
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["notes[0].source.document", expect.stringMatching(/^levels\[0\]\.requirements.*source\.document$/)]));
    expect(v.errors.find((e) => e.path === "notes[0].source.document")?.message).toMatch(/Add a document with id "other.txt" to the file's documents/);
  });

  it("accepts a file without a documents list (an agency file written before them) and cites its document as written", () => {
    const series = structuredClone(read("washington-customer-services-specialist.json"));
    delete series.documents;
    expect(validateSeries(series, "w.json").ok).toBe(true);
    expect(citationOf(series, series.document)).toBe(series.document);
  });

  it("every explanation step cites a document in words, never a file name", () => {
    const { catalog } = buildCatalog(BUILTIN_SERIES);
    const v = validateApplicant(jordan);
    if (!v.ok) throw new Error("fixture is invalid");
    const result = screenApplicant(v.applicant, catalog, { today: "2026-11-22" });
    const cited = result.levels.flatMap((l) => l.steps.filter((s) => s.document).map((s) => s.document!));
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(c).not.toMatch(FILE_NAME);
    expect(cited).toContain("Customer Service Series class specification (State Universities Civil Service System), effective 08/15/10");
  });
});
