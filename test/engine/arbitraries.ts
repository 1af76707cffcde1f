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

/**
 * Applicants for comparing the engine with the reference counter: dates from
 * 1900 (before and after the Unix epoch), month-only dates, overlaps,
 * part-time work and mixed duties, and jobs short enough for a day-by-day count.
 */
const WIDE_MIN = dayNumber(1900, 1, 1);
const WIDE_MAX = dayNumber(2032, 12, 31);
const monthOnly = (day: number): string => formatIsoDate(day).slice(0, 7);

/** A job of the wide generator, starting `offset` days after the applicant's base date. */
const wideJobAt = (base: number) =>
  fc
    .record({
      offset: fc.integer({ min: 0, max: 2500 }),
      length: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 60 }), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 700 }), weight: 3 }, { arbitrary: fc.integer({ min: 700, max: 2200 }), weight: 1 }),
      open: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
      monthOnlyStart: fc.boolean(),
      monthOnlyEnd: fc.boolean(),
      hoursPerWeek: fc.oneof(fc.constant(40), fc.integer({ min: 1, max: 80 }), fc.constantFrom(37.5, 20.5)),
      kinds: fc.uniqueArray(fc.constantFrom(...EXPERIENCE_KINDS), { minLength: 1, maxLength: 3 }),
      supervisory: fc.boolean(),
      comparableTo: fc.uniqueArray(fc.constantFrom(...LEVEL_IDS, "S1", "S2", "L1", "L2", "L3", "L4"), { maxLength: 2 }),
      qualifyingPercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
      sector: fc.option(fc.constantFrom("state", "private", "military", "volunteer"), { nil: undefined }),
      extraKind: fc.option(fc.constantFrom("field-work", "desk-work"), { nil: undefined }),
    })
    .map(({ offset, length, open, monthOnlyStart, monthOnlyEnd, qualifyingPercent, sector, extraKind, kinds, ...rest }) => {
      const start = base + offset;
      return {
        start: monthOnlyStart ? monthOnly(start) : formatIsoDate(start),
        end: open ? null : monthOnlyEnd ? monthOnly(start + length + 31) : formatIsoDate(start + length),
        ...(qualifyingPercent === undefined ? {} : { qualifyingPercent }),
        ...(sector === undefined ? {} : { sector }),
        kinds: extraKind ? [...kinds, extraKind] : kinds,
        ...rest,
      };
    });

/** Coursework of format 1.2: graduate rows and clock hours too. */
const wideCoursework = fc.record({
  hours: fc.integer({ min: 1, max: 200 }),
  unit: fc.constantFrom("semester" as const, "quarter" as const, "clock" as const),
  areas: fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 2 }),
  level: fc.constantFrom("undergraduate" as const, "graduate" as const),
});

const wideDegree = fc.record({
  level: fc.constantFrom("associate" as const, "bachelor" as const, "master" as const, "doctorate" as const, "professional" as const),
  field: fc.constantFrom(...AREAS),
});

const credential = fc.record({
  id: fc.constantFrom("lic-a", "lic-b"),
  expires: fc.option(fc.integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2040, 12, 31) }).map(formatIsoDate), { nil: undefined }),
}).map(({ id, expires }) => (expires === undefined ? { id } : { id, expires }));

/** Applicants whose jobs cluster after a base date anywhere from 1900 to 2030 (often around 1970), screened some days after the base. */
export const wideApplicant = fc
  .record({
    base: fc.oneof(fc.integer({ min: WIDE_MIN, max: WIDE_MAX - 4000 }), fc.integer({ min: dayNumber(1966, 1, 1), max: dayNumber(1970, 6, 1) })),
    after: fc.integer({ min: 0, max: 3500 }),
    education: fc.record({
      highSchool: fc.constantFrom("diploma" as const, "ged" as const, "none" as const),
      coursework: fc.array(wideCoursework, { maxLength: 3 }),
      degrees: fc.array(wideDegree, { maxLength: 2 }),
      credentials: fc.array(credential, { maxLength: 2 }),
    }),
  })
  .chain(({ base, after, education }) =>
    fc.array(wideJobAt(base), { maxLength: 4 }).map((experience) => ({ asOf: formatIsoDate(base + after), education, experience })),
  );
