import type { Education } from "./applicant-schema";
import type { CountingRules } from "./default-counting";
import type { Conversion } from "./qualification-schema";

export interface CountedCoursework {
  index: number;
  hours: number;
  unit: "semester" | "quarter";
  semesterHours: number;
  areas: string[];
  counted: boolean;
}

export interface CountedDegree {
  index: number;
  level: string;
  field: string | undefined;
  semesterHours: number;
  counted: boolean;
}

export interface EducationCredit {
  /** Semester hours of the coursework rows that count. */
  courseworkHours: number;
  /** Usual hours of the largest degree that counts. */
  degreeHours: number;
  /** The larger of the two: "Listed coursework and degrees are not added on top of each other". */
  semesterHours: number;
  basis: "coursework" | "degree" | "none";
  coursework: CountedCoursework[];
  degrees: CountedDegree[];
}

/**
 * Semester hours of a coursework row: "Quarter hours count as 2/3 of a semester hour".
 * @example toSemesterHours(45, "quarter", DEFAULT_COUNTING) // 30
 */
export function toSemesterHours(hours: number, unit: "semester" | "quarter", counting: CountingRules): number {
  if (unit === "semester") return hours;
  const { quarterHours, semesterHours } = counting.quarterToSemester;
  return (hours * semesterHours) / quarterHours;
}

/**
 * Count an applicant's college education, optionally only in some areas of
 * study (a row counts when any of its areas is listed; a degree when its field is).
 * @example creditEducation({ highSchool: "diploma", degrees: [{ level: "associate" }] }, null, DEFAULT_COUNTING).semesterHours // 60
 */
export function creditEducation(education: Education, areas: readonly string[] | null, counting: CountingRules): EducationCredit {
  const inAreas = (list: readonly string[]): boolean => areas === null || list.some((a) => areas.includes(a));
  let courseworkHours = 0;
  const coursework = (education.coursework ?? []).map((row, index) => {
    const semesterHours = toSemesterHours(row.hours, row.unit, counting);
    const counted = inAreas(row.areas ?? []);
    if (counted) courseworkHours += semesterHours;
    return { index, hours: row.hours, unit: row.unit, semesterHours, areas: row.areas ?? [], counted };
  });
  let degreeHours = 0;
  const degrees = (education.degrees ?? []).map((degree, index) => {
    const semesterHours = counting.degreeHours[degree.level];
    const counted = inAreas(degree.field === undefined ? [] : [degree.field]);
    if (counted) degreeHours = Math.max(degreeHours, semesterHours);
    return { index, level: degree.level, field: degree.field, semesterHours, counted };
  });
  const semesterHours = Math.max(courseworkHours, degreeHours);
  const basis = semesterHours === 0 ? "none" : courseworkHours >= degreeHours ? "coursework" : "degree";
  return { courseworkHours, degreeHours, semesterHours, basis, coursework, degrees };
}

/**
 * Only the semester hours that count (the larger of coursework and degree),
 * without the per-row detail: the same number as `creditEducation(...).semesterHours`.
 */
export function countedSemesterHours(education: Education, areas: readonly string[] | null, counting: CountingRules): number {
  let coursework = 0;
  for (const row of education.coursework ?? []) {
    if (areas === null || (row.areas ?? []).some((a) => areas.includes(a))) coursework += toSemesterHours(row.hours, row.unit, counting);
  }
  let degree = 0;
  for (const d of education.degrees ?? []) {
    if (areas === null || (d.field !== undefined && areas.includes(d.field))) degree = Math.max(degree, counting.degreeHours[d.level]);
  }
  return Math.max(coursework, degree);
}

/** Months per semester hour of a conversion table (its rows are proportional). */
export function monthsPerSemesterHour(conversion: Conversion): number {
  const [row] = conversion.rows;
  return row.months / row.semesterHours;
}

/**
 * Convert semester hours to months with a table "or its proportional equivalent".
 * @example hoursToMonths(45, { rows: [{ semesterHours: 30, months: 12 }], source }) // 18
 */
export function hoursToMonths(semesterHours: number, conversion: Conversion): number {
  return semesterHours * monthsPerSemesterHour(conversion);
}
