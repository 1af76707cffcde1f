/** Warnings on input worth a second look (src/features/officer/form-warnings.ts): each case just below, at and above its threshold. */
import { describe, expect, it } from "vitest";
import { emptyJob, type JobRow } from "../../src/lib/applicant-form";
import { CONCURRENT_HOURS_TO_CHECK, highSchoolWarning, jobWarnings } from "../../src/features/officer/form-warnings";

const job = (over: Partial<JobRow>): JobRow => ({ ...emptyJob(), kinds: ["customer-service"], hoursPerWeek: "40", start: "2020-01-01", end: "2020-12-31", ...over });

describe("form warnings", () => {
  it("a degree with high school none, and only then", () => {
    const degree = { level: "bachelor", field: "", otherField: "" };
    expect(highSchoolWarning({ highSchool: "none", degrees: [degree] })).toMatch(/^A degree is entered, but high school is/);
    expect(highSchoolWarning({ highSchool: "none", degrees: [degree, degree] })).toMatch(/^2 degrees are entered/);
    expect(highSchoolWarning({ highSchool: "none", degrees: [] })).toBeUndefined();
    expect(highSchoolWarning({ highSchool: "diploma", degrees: [degree] })).toBeUndefined();
  });

  it("a job comparable to a level but of kind other", () => {
    expect(jobWarnings([job({ kinds: ["other"], comparableTo: ["4808"] })], "2026-11-22")[0].comparableTo).toMatch(/comparable to 4808, but its kinds of work include "Other \(not related\)"/);
    expect(jobWarnings([job({ kinds: ["other"], comparableTo: [] })], "2026-11-22")[0].comparableTo).toBeUndefined();
    expect(jobWarnings([job({ kinds: ["customer-service"], comparableTo: ["4808"] })], "2026-11-22")[0].comparableTo).toBeUndefined();
  });

  it("a job that starts after the screening date: the day after, not the day itself; a month-only start from its first day", () => {
    expect(jobWarnings([job({ start: "2026-11-23", end: "2026-12-31" })], "2026-11-22")[0].start).toMatch(/starts on 2026-11-23, after the screening date \(2026-11-22\)/);
    expect(jobWarnings([job({ start: "2026-11-22", end: "2026-12-31" })], "2026-11-22")[0].start).toBeUndefined();
    expect(jobWarnings([job({ start: "2026-11", end: "2026-12" })], "2026-11-22")[0].start).toBeUndefined();
    expect(jobWarnings([job({ start: "2026-12", end: "2026-12" })], "2026-11-22")[0].start).toMatch(/starts on 2026-12/);
    // An unreadable date warns of nothing (its error says what is wrong).
    expect(jobWarnings([job({ start: "2026-13-01" })], "2026-11-22")[0].start).toBeUndefined();
  });

  it(`more than ${CONCURRENT_HOURS_TO_CHECK} hours a week across concurrent jobs, on every job involved`, () => {
    const at = (a: string, b: string, overlapEnd = "2020-06-30") => jobWarnings([job({ hoursPerWeek: a }), job({ start: "2020-06-01", end: overlapEnd, hoursPerWeek: b })], "2026-11-22");
    expect(at("40", "20").map((w) => w.hoursPerWeek)).toEqual([undefined, undefined]);
    const over = at("40", "20.5");
    expect(over[0].hoursPerWeek).toMatch(/Jobs 1 and 2 overlap from 2020-06-01 and come to 60.5 hours a week together, more than 60/);
    expect(over[1].hoursPerWeek).toBe(over[0].hoursPerWeek);
    // Touching is not overlapping: one ends the day before the other starts.
    expect(jobWarnings([job({ end: "2020-05-31", hoursPerWeek: "40" }), job({ start: "2020-06-01", end: "2020-06-30", hoursPerWeek: "40" })], "2026-11-22").map((w) => w.hoursPerWeek)).toEqual([undefined, undefined]);
    // One job alone is never "concurrent", however many hours.
    expect(jobWarnings([job({ hoursPerWeek: "80" })], "2026-11-22")[0].hoursPerWeek).toBeUndefined();
    // A current job runs to the screening date; a third job only warns where it overlaps.
    const three = jobWarnings([job({ end: "", current: true, hoursPerWeek: "40" }), job({ start: "2025-01-01", end: "2025-06-30", hoursPerWeek: "25" }), job({ start: "2010-01-01", end: "2010-12-31", hoursPerWeek: "40" })], "2026-11-22");
    expect(three.map((w) => Boolean(w.hoursPerWeek))).toEqual([true, true, false]);
  });
});
