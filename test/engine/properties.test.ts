/**
 * Properties every screening must have, on thousands of generated applicants.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, parseIsoDate, formatIsoDate } from "../../src/engine/calendar-date";
import { creditExperience, ownMonths } from "../../src/engine/credit-experience";
import { BUILTIN_VOCABULARY, validateApplicant } from "../../src/engine/validate-applicant";
import { applicantSchema } from "../../src/engine/applicant-schema";
import { isValidApplicantQuick } from "../../src/engine/quick-check-applicant";
import { screenParsed } from "../../src/engine/screen-json";
import { applicant, coursework, job, type GenApplicant } from "./arbitraries";
import { catalog, screen, TODAY } from "./helpers";

const RUNS = { numRuns: 300 };

const outcomes = (a: unknown): Record<string, string> => Object.fromEntries(screen(a).map((l) => [l.id, l.outcome]));

/** Never lose a "meets": every level met before is met after. */
function expectNoLostMeets(before: Record<string, string>, after: Record<string, string>): void {
  for (const [id, outcome] of Object.entries(before)) if (outcome === "meets") expect(after[id], id).toBe("meets");
}

describe("screening properties", () => {
  it("adding a job never turns meets into does-not-meet", () => {
    fc.assert(
      fc.property(applicant, job, (a, extra) => {
        expectNoLostMeets(outcomes(a), outcomes({ ...a, experience: [...a.experience, extra] }));
      }),
      RUNS,
    );
  });

  it("adding hours to a job never turns meets into does-not-meet", () => {
    fc.assert(
      fc.property(applicant.filter((a) => a.experience.length > 0), fc.nat(), fc.integer({ min: 1, max: 40 }), (a, pick, more) => {
        const i = pick % a.experience.length;
        const experience = a.experience.map((j, k) => (k === i ? { ...j, hoursPerWeek: Math.min(168, j.hoursPerWeek + more) } : j));
        expectNoLostMeets(outcomes(a), outcomes({ ...a, experience }));
      }),
      RUNS,
    );
  });

  it("adding credit hours or a degree never turns meets into does-not-meet", () => {
    fc.assert(
      fc.property(applicant, coursework, (a, row) => {
        const more = { ...a, education: { ...a.education, coursework: [...a.education.coursework, row] } };
        expectNoLostMeets(outcomes(a), outcomes(more));
        const degree = { ...a, education: { ...a.education, degrees: [...a.education.degrees, { level: "bachelor" as const }] } };
        expectNoLostMeets(outcomes(a), outcomes(degree));
      }),
      RUNS,
    );
  });

  it("outcome-only screening decides exactly as explained screening does", () => {
    fc.assert(
      fc.property(applicant, fc.boolean(), (a, policy) => {
        const policies = { "education-substitution": policy };
        const explained = screen(a, { policies });
        const quick = screen(a, { policies, explain: false });
        expect(quick.map((l) => l.outcome)).toEqual(explained.map((l) => l.outcome));
        quick.forEach((l, i) => expect(l.credited ?? 0).toBeCloseTo(explained[i].credited ?? 0, 9));
      }),
      { numRuns: 1000 },
    );
  });

  it("outcome-only screening agrees with explained screening beyond 30 jobs too", () => {
    fc.assert(
      fc.property(applicant, fc.array(job, { minLength: 31, maxLength: 40 }), (a, many) => {
        const big = { ...a, experience: many };
        expect(screen(big, { explain: false }).map((l) => l.outcome)).toEqual(screen(big).map((l) => l.outcome));
      }),
      { numRuns: 50 },
    );
  });

  it("reordering jobs changes nothing", () => {
    fc.assert(
      fc.property(applicant, fc.func(fc.integer()), (a, key) => {
        const shuffled = { ...a, experience: [...a.experience].sort((x, y) => key(x) - key(y)) };
        const before = screen(a);
        const after = screen(shuffled);
        expect(after.map((l) => l.outcome)).toEqual(before.map((l) => l.outcome));
        after.forEach((l, i) => expect(l.credited ?? 0).toBeCloseTo(before[i].credited ?? 0, 9));
      }),
      RUNS,
    );
  });

  it("splitting a job into two adjacent jobs changes nothing", () => {
    fc.assert(
      fc.property(
        applicant.filter((a) => a.experience.some((j) => j.end !== null && parseIsoDate(j.end)! > parseIsoDate(j.start)!)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a: GenApplicant, at) => {
          const i = a.experience.findIndex((j) => j.end !== null && parseIsoDate(j.end)! > parseIsoDate(j.start)!);
          const j = a.experience[i];
          const start = parseIsoDate(j.start)!;
          const end = parseIsoDate(j.end!)!;
          const cut = start + Math.min(end - start - 1, Math.floor(at * (end - start))); // last day of the first half
          const halves = [
            { ...j, end: formatIsoDate(cut) },
            { ...j, start: formatIsoDate(cut + 1) },
          ];
          const split = { ...a, experience: [...a.experience.slice(0, i), ...halves, ...a.experience.slice(i + 1)] };
          const before = screen(a);
          const after = screen(split);
          expect(after.map((l) => l.outcome)).toEqual(before.map((l) => l.outcome));
          after.forEach((l, k) => expect(l.credited ?? 0).toBeCloseTo(before[k].credited ?? 0, 9));
        },
      ),
      RUNS,
    );
  });

  it("credited months never exceed calendar months, nor the months from first start to last end", () => {
    fc.assert(
      fc.property(fc.array(job, { maxLength: 8 }), (jobs) => {
        const spans = jobs.map((j, index) => ({ index, start: parseIsoDate(j.start)!, end: j.end ? parseIsoDate(j.end)! : dayNumber(2027, 12, 31), hoursPerWeek: j.hoursPerWeek }));
        const credit = creditExperience(spans, 40);
        expect(credit.months).toBeLessThanOrEqual(credit.calendarMonths + 1e-9);
        if (spans.length) {
          const first = Math.min(...spans.map((s) => s.start));
          const last = Math.max(...spans.map((s) => s.end));
          expect(credit.calendarMonths).toBeLessThanOrEqual((last - first + 1) / 28 + 1e-9);
        }
        // Each job's own months add up to at least what is credited: overlap is only ever deducted.
        const own = spans.reduce((sum, s) => sum + ownMonths(s, 40), 0);
        expect(own).toBeGreaterThanOrEqual(credit.months - 1e-9);
      }),
      { numRuns: 1000 },
    );
  });

  it("arbitrary JSON gives located errors or a screening, never an exception", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const v = validateApplicant(value);
        if (!v.ok) for (const e of v.errors) expect(e.message).toMatch(/\S/);
        expect(() => screenParsed(value, catalog, { today: TODAY })).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it("valid applicants with one field broken give an error at that field's path", () => {
    const breakers: Array<[string, (a: GenApplicant) => unknown]> = [
      ["asOf", (a) => ({ ...a, asOf: "2021-02-30" })],
      ["education.highSchool", (a) => ({ ...a, education: { ...a.education, highSchool: "yes" } })],
      ["experience[0].hoursPerWeek", (a) => ({ ...a, experience: [{ ...a.experience[0], hoursPerWeek: 0 }, ...a.experience.slice(1)] })],
      ["experience[0].kinds", (a) => ({ ...a, experience: [{ ...a.experience[0], kinds: [] }, ...a.experience.slice(1)] })],
      ["experience[0].end", (a) => ({ ...a, experience: [{ ...a.experience[0], end: "1900-01-01" }, ...a.experience.slice(1)] })],
    ];
    fc.assert(
      fc.property(applicant.filter((a) => a.experience.length > 0), fc.constantFrom(...breakers), (a, [path, breakIt]) => {
        const v = validateApplicant(breakIt(a));
        expect(v.ok).toBe(false);
        if (!v.ok) expect(v.errors.map((e) => e.path)).toContain(path);
      }),
      RUNS,
    );
  });
});

describe("the quick applicant check", () => {
  const mutate = fc.oneof(
    fc.constant((a: Record<string, unknown>) => ({ ...a, extra: 1 })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, name: 5 })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, asOf: "2021-13-01" })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, education: null })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, experience: [{ start: "2020-01-01", hoursPerWeek: 0.5, kinds: ["other"] }] })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, experience: [{ start: "2020-01-01", end: "2019-01-01", hoursPerWeek: 40, kinds: ["other"] }] })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, experience: [{ start: "2020-01-01", hoursPerWeek: 40, kinds: ["other"], supervisory: "yes" }] })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, education: { highSchool: "ged", coursework: [{ hours: 401, unit: "semester" }] } })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, education: { highSchool: "ged", coursework: [{ hours: Number.NaN, unit: "semester" }] } })),
    fc.constant((a: Record<string, unknown>) => ({ ...a, education: { highSchool: "ged", degrees: [{ level: "phd" }] } })),
  );

  it("never accepts what the schema rejects, and accepts every generated valid applicant", () => {
    fc.assert(
      fc.property(applicant, mutate, fc.jsonValue(), (a, m, junk) => {
        expect(isValidApplicantQuick(a, BUILTIN_VOCABULARY)).toBe(true);
        expect(applicantSchema.safeParse(a).success).toBe(true);
        for (const value of [m(a as unknown as Record<string, unknown>), junk]) {
          if (isValidApplicantQuick(value, BUILTIN_VOCABULARY)) expect(validateApplicant(value).ok).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
