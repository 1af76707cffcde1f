/**
 * The pool CSV layout's columns for the applicant format's 1.1 additions:
 * `qualifying_percent` and `officer_note` per job, month-only `start`/`end`,
 * and the officer's decisions (`decision_level`, `decision_outcome`,
 * `decision_reason`, `decision_by`, `decision_date`), one per row.
 */
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { parsePoolCsv } from "../../src/pool/parse-pool-csv";
import { checkCandidate, screenCandidate } from "../../src/pool/screen-candidate";
import type { PoolCandidate } from "../../src/pool/pool-types";
import { applicantsToCsv, HEADER } from "./applicants-to-csv";

const { catalog } = loadCatalog(BUILTIN_QUALIFICATION_FILES);

function read(text: string): PoolCandidate[] {
  const r = parsePoolCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.candidates;
}

/** A CSV of the given columns (header first), rows CRLF-separated. */
const csv = (header: string[], ...rows: string[][]): string => [header, ...rows].map((r) => r.join(",")).join("\r\n");

describe("the 1.1 columns of the pool CSV", () => {
  it("reads the share of qualifying duties, the officer's note and month-only dates into each job", () => {
    const header = ["applicant_id", "high_school", "start", "end", "hours_per_week", "kinds", "qualifying_percent", "officer_note"];
    const [c] = read(csv(header, ["A1", "diploma", "2019-03", "2021-02", "40", "customer-service", "75", "Counter work three days in four"], ["A1", "", "2021-03-01", "", "20", "customer-service", "50 %", ""], ["A1", "", "2022-01-01", "2022-12-31", "10", "other", "\"12,5\"", ""]));
    expect((c.raw as { experience: unknown[] }).experience).toEqual([
      { start: "2019-03", end: "2021-02", hoursPerWeek: 40, kinds: ["customer-service"], qualifyingPercent: 75, officerNote: "Counter work three days in four" },
      { start: "2021-03-01", end: null, hoursPerWeek: 20, kinds: ["customer-service"], qualifyingPercent: 50 },
      { start: "2022-01-01", end: "2022-12-31", hoursPerWeek: 10, kinds: ["other"], qualifyingPercent: 12.5 },
    ]);
    expect(checkCandidate(c)).toMatchObject({ ok: true });
  });

  it("reads one decision per row, on a job's row or its own, and the result carries each", () => {
    const header = ["applicant_id", "as_of", "high_school", "start", "hours_per_week", "kinds", "decision_level", "decision_outcome", "decision_reason", "decision_by", "decision_date"];
    const [c] = read(
      csv(
        header,
        ["A1", "2026-11-22", "diploma", "2020-01-01", "40", "customer-service", "003638", "Meets", "Interview showed the skills", "A. Officer", "2026-11-20"],
        ["A1", "", "", "", "", "", "4807", "does-not-meet", "References not confirmed", "", ""],
      ),
    );
    const raw = c.raw as { experience: unknown[]; levelDecisions: unknown[] };
    expect(raw.experience).toHaveLength(1);
    expect(raw.levelDecisions).toEqual([
      { level: "003638", outcome: "meets", reason: "Interview showed the skills", by: "A. Officer", date: "2026-11-20" },
      { level: "4807", outcome: "does-not-meet", reason: "References not confirmed" },
    ]);
    const checked = checkCandidate(c);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const levels = screenApplicant(checked.applicant, catalog, { today: "2026-11-22" }).levels;
    expect(levels.find((l) => l.id === "003638")!.decision).toMatchObject({ outcome: "meets", reason: "Interview showed the skills", override: true });
    expect(levels.find((l) => l.id === "4807")!.decision).toMatchObject({ outcome: "does-not-meet", override: true });
    expect(levels.find((l) => l.id === "4808")!.decision).toBeUndefined();
  });

  it("locates a problem in the new columns at its row and column, saying how to fix it", () => {
    const header = ["applicant_id", "high_school", "start", "end", "hours_per_week", "kinds", "qualifying_percent", "decision_level", "decision_outcome", "decision_reason"];
    const [c] = read(
      csv(
        header,
        ["A1", "diploma", "2020-01-01", "2020-12-31", "40", "customer-service", "150", "", "", ""],
        ["A1", "", "2021-13", "", "40", "customer-service", "", "", "", ""],
        ["A1", "", "", "", "", "", "", "4808", "meet", ""],
      ),
    );
    const checked = checkCandidate(c);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const where = checked.errors.map((e) => [e.row, e.column, e.message]);
    expect(where).toEqual(
      expect.arrayContaining([
        [2, "qualifying_percent", expect.stringMatching(/at most 100 percent/)],
        [3, "start", expect.stringMatching(/yyyy-mm/)],
        [4, "decision_outcome", expect.stringMatching(/meets.*does-not-meet.*Did you mean "meets"\?/)],
        [4, "decision_reason", expect.stringMatching(/Enter the reason for the decision: it is required/)],
      ]),
    );
  });

  it("round-trips applicants with every addition through the layout", () => {
    const applicant = {
      name: "Mixed Duties",
      asOf: "2026-11-22",
      education: { highSchool: "diploma" },
      experience: [
        { employer: "Clinic", start: "2018-06", end: "2021-02", hoursPerWeek: 40, kinds: ["customer-service"], supervisory: false, qualifyingPercent: 60, officerNote: "Front desk, a note with, commas" },
      ],
      levelDecisions: [{ level: "G4", outcome: "meets", reason: "Agency accepts the coursework; see memo 12", by: "Lee", date: "2026-11-21" }],
    };
    const text = applicantsToCsv([{ id: "M1", applicant }]);
    expect(text.split("\r\n")[0].split(",")).toEqual(HEADER);
    const [c] = read(text);
    const checked = checkCandidate(c);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.applicant).toEqual({ ...applicant, experience: [{ ...applicant.experience[0], end: "2021-02" }] });
  });

  it("marks the levels whose review waits only on the agency's substitution, outcome-only and explained alike", () => {
    const header = ["applicant_id", "as_of", "high_school", "coursework_hours", "coursework_unit", "coursework_areas"];
    const [c] = read(csv(header, ["H1", "2026-11-22", "diploma", "150", "semester", "history"]));
    const checked = checkCandidate(c);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const full = screenApplicant(checked.applicant, catalog, { today: "2026-11-22" }).levels;
    const expected = full.flatMap((l, i) => (l.outcome === "review" && l.substitution ? [i] : []));
    expect(expected.length).toBeGreaterThan(0);
    for (const shortfalls of [false, true]) {
      const row = screenCandidate(c, catalog, { today: "2026-11-22" }, shortfalls);
      expect(row.ok && row.waiting).toEqual(expected);
    }
    // Decided (allow), nothing waits.
    const allowed = screenCandidate(c, catalog, { today: "2026-11-22", policies: { "education-substitution": true } });
    expect(allowed.ok && allowed.waiting).toBeUndefined();
  });
});
