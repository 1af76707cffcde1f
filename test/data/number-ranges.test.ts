/**
 * Absurd numbers in qualification files (issue 11): `semesterHours: 1e-320`,
 * `months: 1e308` or `fullTimeHoursPerWeek: 1e-320` made NaN and Infinity in
 * outcomes and shortfalls. Every number has a range, tested just outside,
 * at and inside each end, and a message saying what to enter.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateSeries } from "../../src/engine/load-qualifications";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, "docs/examples/marren-county-permit-technician.json"), "utf8")) as Record<string, unknown>;

type Edit = (file: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The worked example with one edit, validated: its errors (none when valid). */
function errorsWith(edit: Edit): Array<{ path: string; message: string }> {
  const file = structuredClone(EXAMPLE) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  edit(file);
  const v = validateSeries(file, "x.json");
  return v.ok ? [] : v.errors.map(({ path, message }) => ({ path, message }));
}

interface Field {
  name: string;
  path: string;
  set: (file: Record<string, any>, value: unknown) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  valid: number[];
  invalid: unknown[];
  message: RegExp;
}

const combination = (f: Record<string, any>) => f.levels[1].requirements.rules[1]; // eslint-disable-line @typescript-eslint/no-explicit-any
const FIELDS: Field[] = [
  {
    name: "a rule's months",
    path: "levels[1].requirements.rules[1].months",
    set: (f, v) => (combination(f).months = v),
    valid: [0, 12, 600],
    invalid: [1e308, 600.5, -1, -1e-320, 1e309],
    message: /^Enter the months required as a number from 0 to 600 months \(50 years\)/,
  },
  {
    name: "a conversion row's semesterHours",
    path: "levels[1].requirements.rules[1].sources[1].conversion.rows[0].semesterHours",
    set: (f, v) => (combination(f).sources[1].conversion.rows[0] = { semesterHours: v, months: 6 }),
    valid: [1, 15, 1000],
    invalid: [1e-320, 0.99, 0, 1000.5, 1e308],
    message: /^Enter semesterHours as a number from 1 to 1000/,
  },
  {
    name: "a conversion row's months",
    path: "levels[1].requirements.rules[1].sources[1].conversion.rows[0].months",
    set: (f, v) => (combination(f).sources[1].conversion.rows[0] = { semesterHours: 15, months: v }),
    valid: [0.01, 6, 600],
    invalid: [1e-320, 0, 600.5, 1e308],
    message: /^Enter months as a number from 0\.01 to 600/,
  },
  {
    name: "fullTimeHoursPerWeek",
    path: "counting.fullTimeHoursPerWeek",
    set: (f, v) => (f.counting.fullTimeHoursPerWeek = v),
    valid: [1, 37.5, 168],
    invalid: [1e-320, 0.5, 168.5, 1e308],
    message: /^Enter fullTimeHoursPerWeek as a number of hours from 1 to 168/,
  },
  {
    name: "quarterToSemester.quarterHours",
    path: "counting.quarterToSemester.quarterHours",
    set: (f, v) => (f.counting.quarterToSemester = { quarterHours: v, semesterHours: 30 }),
    valid: [1, 45, 1000],
    invalid: [0, 1e-320, 1000.5, "45"],
    message: /^Enter quarterHours as a number from 1 to 1000, e\.g\. 45/,
  },
  {
    name: "quarterToSemester.semesterHours",
    path: "counting.quarterToSemester.semesterHours",
    set: (f, v) => (f.counting.quarterToSemester = { quarterHours: 45, semesterHours: v }),
    valid: [1, 30, 1000],
    invalid: [0, 1e-320, 1000.5, null],
    message: /^Enter semesterHours as a number from 1 to 1000, e\.g\. 30/,
  },
  {
    name: "degreeHours",
    path: "counting.degreeHours.associate",
    set: (f, v) => (f.counting.degreeHours = { associate: v }),
    valid: [1, 64, 1000],
    invalid: [0, 1e-320, 1e308, "64"],
    message: /^Enter the degree's usual hours as a number of semester hours from 1 to 1000/,
  },
  {
    name: "experienceRounding.days",
    path: "counting.experienceRounding.days",
    set: (f, v) => (f.counting.experienceRounding = { mode: "half-month", days: v, source: { quote: "15 days or more", document: "x.txt" } }),
    valid: [1, 15, 31],
    invalid: [0, 31.5, 15.5, 1e308, "15"],
    message: /^Enter days as a whole number of days from 1 to 31/,
  },
];

describe("numbers in a qualification file have sane ranges", () => {
  it("the worked example itself is valid", () => {
    expect(errorsWith(() => {})).toEqual([]);
  });

  for (const field of FIELDS) {
    it(`${field.name}: accepts ${field.valid.join(", ")}`, () => {
      for (const value of field.valid) expect(errorsWith((f) => field.set(f, value)), String(value)).toEqual([]);
    });

    it(`${field.name}: refuses ${field.invalid.map((v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(", ")} with a message saying what to enter`, () => {
      for (const value of field.invalid) {
        const errors = errorsWith((f) => field.set(f, value));
        expect(errors, String(value)).toEqual([{ path: field.path, message: expect.stringMatching(field.message) }]);
        expect(errors[0].message).not.toMatch(/Invalid input/);
      }
    });
  }
});
