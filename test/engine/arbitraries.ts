/** fast-check generators of valid applicants in the applicant format. */
import fc from "fast-check";
import { dayNumber, formatIsoDate } from "../../src/engine/calendar-date";
import { EXPERIENCE_KINDS } from "../../src/engine/vocabulary";

const LEVEL_IDS = ["4807", "4808", "4809", "G2", "G4", "G5", "G6", "G8", "wa-css-2", "003638"];
const AREAS = ["business-administration", "communications", "public-relations", "similar", "biology", "history"];
const MIN_DAY = dayNumber(1988, 1, 1);
const MAX_DAY = dayNumber(2027, 12, 31);

export const isoDay = (min = MIN_DAY, max = MAX_DAY): fc.Arbitrary<string> => fc.integer({ min, max }).map(formatIsoDate);

export const job = fc
  .record({
    start: fc.integer({ min: MIN_DAY, max: MAX_DAY }),
    length: fc.integer({ min: 0, max: 4000 }),
    open: fc.boolean(),
    hoursPerWeek: fc.integer({ min: 1, max: 80 }),
    kinds: fc.uniqueArray(fc.constantFrom(...EXPERIENCE_KINDS), { minLength: 1, maxLength: 3 }),
    supervisory: fc.boolean(),
    comparableTo: fc.uniqueArray(fc.constantFrom(...LEVEL_IDS), { maxLength: 2 }),
  })
  .map(({ start, length, open, ...rest }) => ({
    title: "Job",
    start: formatIsoDate(start),
    end: open ? null : formatIsoDate(start + length),
    ...rest,
  }));

export type GenJob = typeof job extends fc.Arbitrary<infer T> ? T : never;

export const coursework = fc.record({
  hours: fc.integer({ min: 1, max: 200 }),
  unit: fc.constantFrom("semester" as const, "quarter" as const),
  areas: fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 2 }),
});

export const degree = fc.record({
  level: fc.constantFrom("associate" as const, "bachelor" as const, "master" as const, "doctorate" as const),
  field: fc.constantFrom(...AREAS),
});

export const applicant = fc.record({
  asOf: isoDay(dayNumber(1990, 1, 1), dayNumber(2030, 12, 31)),
  education: fc.record({
    highSchool: fc.constantFrom("diploma" as const, "ged" as const, "none" as const),
    coursework: fc.array(coursework, { maxLength: 3 }),
    degrees: fc.array(degree, { maxLength: 2 }),
  }),
  experience: fc.array(job, { maxLength: 6 }),
});

export type GenApplicant = typeof applicant extends fc.Arbitrary<infer T> ? T : never;
