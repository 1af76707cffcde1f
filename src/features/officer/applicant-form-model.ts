/**
 * The officer's form values and the applicant file format
 * (../shared/applicant-format.md), converted both ways by pure functions.
 *
 * Form values keep exactly what the officer typed (numbers and dates as
 * text), so an error never loses input; `formToApplicant` turns them into a
 * plain object for the engine's `validateApplicant` to check. A saved file
 * re-opens as the same form: `applicantToForm(formToApplicant(values))`
 * gives back `values` for any valid form, and `formToApplicant(applicantToForm(a))`
 * gives back `a` up to the format's equivalences (an absent `end` is
 * written `null`, an absent `supervisory` `false`).
 *
 * No engine validation is imported here: the page keeps zod out of its
 * first download.
 */
import type { Applicant } from "../../engine/applicant-schema";
import type { LocatedError } from "../../engine/validate-applicant";
import { RECOGNISED_AREAS } from "../../engine/vocabulary";

export interface CourseworkRow {
  hours: string;
  unit: "semester" | "quarter";
  /** Recognised areas ticked. */
  areas: string[];
  /** Any other areas, separated by commas. */
  otherAreas: string;
}

export interface DegreeRow {
  level: string;
  /** A recognised area id, "other" (then `otherField` holds it) or "" for none given. */
  field: string;
  otherField: string;
}

export interface JobRow {
  employer: string;
  title: string;
  start: string;
  end: string;
  /** Still in this job: the file's `end: null`. */
  current: boolean;
  hoursPerWeek: string;
  kinds: string[];
  supervisory: boolean;
  comparableTo: string[];
}

export interface ApplicantFormValues {
  name: string;
  /** Empty: screen as of today and save no date. */
  asOf: string;
  education: { highSchool: string; coursework: CourseworkRow[]; degrees: DegreeRow[] };
  experience: JobRow[];
}

const RECOGNISED: readonly string[] = RECOGNISED_AREAS;

export const emptyCoursework = (): CourseworkRow => ({ hours: "", unit: "semester", areas: [], otherAreas: "" });
export const emptyDegree = (): DegreeRow => ({ level: "", field: "", otherField: "" });
export const emptyJob = (): JobRow => ({
  employer: "",
  title: "",
  start: "",
  end: "",
  current: false,
  hoursPerWeek: "",
  kinds: [],
  supervisory: false,
  comparableTo: [],
});

/** A blank applicant screened as of `today`. */
export function emptyForm(today: string): ApplicantFormValues {
  return { name: "", asOf: today, education: { highSchool: "", coursework: [], degrees: [] }, experience: [] };
}

/** Checkbox groups come back from the DOM as an array, one value, or false when none is ticked. */
function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/** Text that is a number becomes the number; anything else stays as typed for the schema to reject with its message. */
function number(text: string): unknown {
  if (text.trim() === "") return undefined;
  return NUMBER.test(text) ? Number(text) : text;
}

const text = (value: string): string | undefined => (value === "" ? undefined : value);

const date = (value: string): string | undefined => text(value.trim());

/** Split "biology, chemistry" into areas; empty parts are dropped. */
export function splitAreas(otherAreas: string): string[] {
  return otherAreas
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

/**
 * Form values as an applicant object in the file format, not yet validated
 * (numbers the officer mistyped stay text, for the schema to report).
 * @example formToApplicant(emptyForm("2026-11-22")) // { asOf: "2026-11-22", education: {} }
 */
export function formToApplicant(values: ApplicantFormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (text(values.name) !== undefined) out.name = values.name;
  if (date(values.asOf) !== undefined) out.asOf = date(values.asOf);
  const education: Record<string, unknown> = { highSchool: text(values.education.highSchool) };
  if (values.education.coursework.length)
    education.coursework = values.education.coursework.map((row) => ({
      hours: number(row.hours),
      unit: row.unit,
      areas: [...list(row.areas), ...splitAreas(row.otherAreas)],
    }));
  if (values.education.degrees.length)
    education.degrees = values.education.degrees.map((d) => {
      const field = d.field === "other" ? text(d.otherField.trim()) : text(d.field);
      return field === undefined ? { level: text(d.level) } : { level: text(d.level), field };
    });
  out.education = education;
  if (values.experience.length)
    out.experience = values.experience.map((job) => {
      const row: Record<string, unknown> = {};
      if (text(job.employer) !== undefined) row.employer = job.employer;
      if (text(job.title) !== undefined) row.title = job.title;
      row.start = date(job.start);
      row.end = job.current ? null : date(job.end);
      row.hoursPerWeek = number(job.hoursPerWeek);
      row.kinds = list(job.kinds);
      row.supervisory = !!job.supervisory;
      row.comparableTo = list(job.comparableTo);
      return row;
    });
  return out;
}

/**
 * Problems the file format cannot see because the form asks differently:
 * a job that is not current must have an end date (in the file an absent
 * end means "current", which a forgotten field must never silently become).
 */
export function formProblems(values: ApplicantFormValues): LocatedError[] {
  const errors: LocatedError[] = [];
  values.experience.forEach((job, i) => {
    if (!job.current && job.end.trim() === "")
      errors.push({ path: `experience[${i}].end`, message: 'Enter the end date in the form yyyy-mm-dd, for example 2023-06-30, or tick "Still works here"' });
  });
  return errors;
}

/**
 * A valid applicant as form values.
 * @example applicantToForm({ education: { highSchool: "ged" } }).education.highSchool // "ged"
 */
export function applicantToForm(applicant: Applicant): ApplicantFormValues {
  return {
    name: applicant.name ?? "",
    asOf: applicant.asOf ?? "",
    education: {
      highSchool: applicant.education.highSchool,
      coursework: (applicant.education.coursework ?? []).map((row) => ({
        hours: String(row.hours),
        unit: row.unit,
        areas: (row.areas ?? []).filter((a) => RECOGNISED.includes(a)),
        otherAreas: (row.areas ?? []).filter((a) => !RECOGNISED.includes(a)).join(", "),
      })),
      degrees: (applicant.education.degrees ?? []).map((d) => {
        const known = d.field !== undefined && RECOGNISED.includes(d.field);
        return { level: d.level, field: d.field === undefined ? "" : known ? d.field : "other", otherField: d.field !== undefined && !known ? d.field : "" };
      }),
    },
    experience: (applicant.experience ?? []).map((job) => ({
      employer: job.employer ?? "",
      title: job.title ?? "",
      start: job.start,
      end: job.end ?? "",
      current: job.end == null,
      hoursPerWeek: String(job.hoursPerWeek),
      kinds: [...job.kinds],
      supervisory: job.supervisory ?? false,
      comparableTo: [...(job.comparableTo ?? [])],
    })),
  };
}

/** Fields in the order the form shows them, so problems are listed top to bottom. */
const FORM_ORDER = ["name", "asOf", "education", "highSchool", "coursework", "hours", "unit", "areas", "degrees", "level", "field", "experience", "employer", "title", "start", "end", "hoursPerWeek", "kinds", "supervisory", "comparableTo"];

const orderKey = (path: string): number[] =>
  path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : FORM_ORDER.indexOf(p)));

/**
 * Located errors sorted into the order of the form's fields.
 * @example sortByFormOrder([{ path: "experience[0].end", message }, { path: "name", message }])[0].path // "name"
 */
export function sortByFormOrder<T extends { path: string }>(errors: T[]): T[] {
  const keyed = errors.map((e) => ({ e, k: orderKey(e.path) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.min(a.k.length, b.k.length); i++) if (a.k[i] !== b.k[i]) return a.k[i] - b.k[i];
    return a.k.length - b.k.length;
  });
  return keyed.map((x) => x.e);
}

/**
 * A located error's path as the form field it belongs to: `experience[0].kinds[2]`
 * becomes `experience.0.kinds` (the checkbox group), `education.highSchool` stays.
 */
export function pathToFieldName(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/\.(kinds|areas|comparableTo)\.\d+$/, ".$1");
}

/** The id of the control a field name is focused through (the first box of a group). */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}

const FIELD_WORDS: Record<string, string> = {
  name: "Name",
  asOf: "Screening date",
  highSchool: "High school",
  hours: "credit hours",
  unit: "credit unit",
  areas: "areas of study",
  level: "degree level",
  field: "field of study",
  employer: "employer",
  title: "job title",
  start: "start date",
  end: "end date",
  hoursPerWeek: "hours per week",
  kinds: "kinds of work",
  supervisory: "supervised staff",
  comparableTo: "comparable levels",
};

/**
 * Where a located error is, in words: "Job 2, end date", "Coursework row 1, credit hours".
 * @example describePath("experience[1].end") // "Job 2, end date"
 */
export function describePath(path: string): string {
  const m = /^(?:education\.)?(experience|coursework|degrees)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const what = m[1] === "experience" ? "Job" : m[1] === "coursework" ? "Coursework row" : "Degree";
    return `${what} ${Number(m[2]) + 1}${m[3] ? `, ${FIELD_WORDS[m[3]] ?? m[3]}` : ""}`;
  }
  const last = path.split(".").pop() ?? "";
  return FIELD_WORDS[last] ?? (path || "The file");
}
