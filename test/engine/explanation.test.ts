/**
 * Explanations a reader can check: one precision, parts that add up to the
 * totals shown, each job's own months with overlap on a line of its own, no
 * sentence that is not true of the applicant, and each quote in its own document.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { screenParsed } from "../../src/engine/screen-json";
import { wideApplicant } from "./arbitraries";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { citationOf } from "../../src/engine/citation";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant, vocabularyOf } from "../../src/engine/validate-applicant";
import synthetic from "./fixtures/synthetic-series.json";
import synthetic2 from "./fixtures/synthetic-series-2.json";
import { catalog, level, TODAY } from "./helpers";

/** Every built-in level and both synthetic files' levels, which use every rule type and option. */
const wide = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: "synthetic-series.json", data: synthetic }, { file: "synthetic-series-2.json", data: synthetic2 }]).catalog;
function screenWide(raw: unknown) {
  const v = validateApplicant(raw, vocabularyOf(wide));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return screenApplicant(v.applicant, wide, { today: TODAY }).levels;
}

const cs = (start: string, end: string | null, extra: Record<string, unknown> = {}) => ({ start, end, hoursPerWeek: 40, kinds: ["customer-service"], ...extra });
const texts = (r: { steps: Array<{ text: string }> }): string[] => r.steps.map((s) => s.text);

/** Every "a + b + ... = c" and "a - b = c" in a sentence holds exactly at the two decimals shown. */
function expectSumsAddUp(text: string): void {
  for (const m of text.matchAll(/((?:\d+\.\d\d [a-z ]*?\s*[+-]\s*)+\d+\.\d\d)[a-z ]* = (\d+\.\d\d)/gi)) {
    const terms = m[1].split(/\s*(?=[+-]\s)/).map((t) => t.trim());
    let sum = 0;
    for (const t of terms) {
      const value = Math.round(Number(t.match(/\d+\.\d\d/)![0]) * 100);
      sum += t.startsWith("-") ? -value : value;
    }
    expect(sum, text).toBe(Math.round(Number(m[2]) * 100));
  }
}

/** Whether the parts of a quote (split at " ... ") appear in the text in order. */
function inOrder(text: string, quote: string): boolean {
  let from = 0;
  for (const part of quote.split(" ... ")) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

describe("explanations", () => {
  it("a job before 1970 is credited its own days, not from year 0, and both ways of screening agree", () => {
    const input = { asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [cs("1969-07-01", "1969-07-31", { supervisory: true })] };
    const explained = level(input, "G8");
    expect(explained.outcome).toBe("does-not-meet");
    expect(explained.credited).toBeCloseTo(1, 9);
    expect(texts(explained)).toContain("Experience credited: 1.00 months (each day 1/(days in its month) of a month, 40 h/week = full time).");
    const { records } = screenParsed([input], catalog, { today: TODAY, explain: false });
    expect(records[0]).toMatchObject({ levels: expect.arrayContaining([expect.objectContaining({ id: "G8", outcome: "does-not-meet" })]) });
  });

  it("14 days of February, or 8 days of one short month and 6 of another, earn no month; 15 days of February earn one", () => {
    const base = { asOf: "2026-11-22", education: { highSchool: "diploma" } };
    const months17 = cs("2020-01-01", "2021-05-31");
    expect(level({ ...base, experience: [months17, cs("2023-02-01", "2023-02-14")] }, "4807").credited).toBe(17);
    expect(level({ ...base, experience: [months17, cs("2023-02-01", "2023-02-08"), cs("2023-04-01", "2023-04-06")] }, "4807").credited).toBe(17);
    expect(level({ ...base, experience: [months17, cs("2023-02-01", "2023-02-15")] }, "4807").credited).toBe(18);
    expect(level({ ...base, experience: [months17, cs("2023-02-01", "2023-02-15")] }, "4807").outcome).toBe("meets");
  });

  it("says 'count once' only when jobs overlap, and shows each job's own months with the overlap on a line of its own", () => {
    const single = level({ asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [cs("2020-01-01", "2022-12-31")] }, "4808");
    expect(texts(single).join("\n")).not.toMatch(/count once|overlap/i);
    const two = level({ asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [cs("2020-01-01", "2022-12-31"), cs("2022-09-01", "2022-12-31")] }, "4808");
    const lines = texts(two);
    expect(lines).toContain("Experience: Job 1 36.00 + Job 2 4.00 = 40.00 months (each day 1/(days in its month) of a month, 40 h/week = full time).");
    expect(lines).toContain("Days worked in more than one job count once, and a day never counts more than full time: 40.00 - 4.00 = 36.00 months credited.");
  });

  it("quotes Washington's words alone, without the university spec's 'or its proportional equivalent'", () => {
    const r = level({ asOf: "2004-01-01", education: { highSchool: "diploma", coursework: [{ hours: 30, unit: "semester" }] } }, "wa-css-2");
    const education = texts(r).find((t) => t.startsWith("Education credited"))!;
    expect(education).toBe("Education credited: 30 semester hours x 12/30 = 12.00 months, by 'will substitute, year for year, for education.', proportionally.");
    expect(texts(r).join("\n")).not.toContain("proportional equivalent");
  });

  it("writes a reading out in full once per level, and names its clause where it applies again", () => {
    // 4809 rounds both its 36-month combination and its comparable year: the same reading twice.
    const r = level({ asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [cs("2020-01-01", "2022-12-20", { comparableTo: ["4808"] })] }, "4809");
    const readings = r.steps.filter((s) => s.kind === "interpretation" && s.quote?.startsWith("When experience is less than 15 days"));
    expect(readings).toHaveLength(2);
    expect(readings[0].text).toMatch(/The part month is counted in days of full-time work/);
    expect(readings[1].text).toBe(`Interpretation (the screener's reading, not the spec's words): the same as above, for '${readings[1].quote}'`);
  });

  it("on 2,000 random applicants: one precision, parts adding up to totals, and every quote found in its own document", () => {
    const fold = (s: string): string => s.replace(/\s+/g, " ").trim();
    const seeds = join(import.meta.dirname, "..", "..", "..", "shared");
    const documents = new Map<string, string>();
    const doc = (name: string): string | null => {
      if (!documents.has(name)) {
        try {
          documents.set(name, fold(readFileSync(join(seeds, "seeds", name), "utf8")));
        } catch {
          documents.set(name, name.includes("applicant-format.md") ? fold(readFileSync(join(seeds, "applicant-format.md"), "utf8")) : "");
        }
      }
      return documents.get(name) || null;
    };
    let sums = 0;
    fc.assert(
      fc.property(wideApplicant, (a) => {
        for (const l of screenWide(a)) {
          for (const s of l.steps) {
            // Months are always written with two decimals.
            for (const m of s.text.matchAll(/(\d+(?:\.\d+)?) (?:more )?months/g)) if (m[1].includes(".")) expect(m[1], s.text).toMatch(/^\d+\.\d\d$/);
            if (/ = \d/.test(s.text)) {
              expectSumsAddUp(s.text);
              sums++;
            }
            if (s.quote && s.document) {
              // Steps cite a document by title; the series' documents list maps the citation back to its text.
              const entry = wide.levels.find((e) => e.level.id === l.id)!;
              const series = entry.series;
              const id = series.documents?.find((d) => citationOf(series, d.id) === s.document)?.id ?? s.document;
              const text = doc(id);
              // The built-in classes' documents are all in ../shared (the synthetic files' are not).
              if (!entry.file.startsWith("synthetic")) expect(text, `${l.id}: no text for the document cited as "${s.document}"`).not.toBeNull();
              // A quote may leave words out with " ... ": each part appears, in order.
              if (text) expect(inOrder(text, fold(s.quote)), `${l.id}: '${s.quote}' in ${s.document}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: Number(process.env.REFERENCE_RUNS ?? 10000) / 5, seed: 5 },
    );
    expect(sums).toBeGreaterThan(100);
  }, 600_000);
});
