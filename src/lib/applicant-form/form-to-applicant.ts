/**
 * Form values to the applicant file format (see applicant-form-model.ts):
 * the conversion, the form's own rule, and the order problems are listed in.
 */
import type { LocatedError } from "../../engine/validate-applicant";
import { APPLICANT_FIELDS, applicantField, type FieldGroup } from "../../pool/applicant-fields";
import type { ApplicantFormValues, CourseworkRow, CredentialRow, DecisionRow, DegreeRow, JobRow } from "./applicant-form-model";

/** Checkbox groups come back from the DOM as an array, one value, or false when none is ticked. */
function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

// With an exponent too: a file's 1e-7 comes back into the form as String(1e-7), "1e-7".
const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Text that is a number becomes the number; anything else stays as typed for the schema to reject with its message. */
function number(text: string): unknown {
  if (text.trim() === "") return undefined;
  return NUMBER.test(text) ? Number(text) : text;
}

const text = (value: string): string | undefined => (value === "" ? undefined : value);

const date = (value: string): string | undefined => text(value.trim());

const MONTH = /^\d{4}-\d{2}$/;

/** Split "biology, chemistry" into areas; empty parts are dropped. */
export function splitAreas(otherAreas: string): string[] {
  return otherAreas
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

/** How a form row's value becomes the file's, for each field that is not `plain` (see fileItem). */
type Converters<Row> = Partial<Record<string, (row: Row) => unknown>>;

const COURSEWORK: Converters<CourseworkRow> = {
  hours: (row) => number(row.hours),
  unit: (row) => row.unit,
  // 1.2: written only for graduate coursework, so a file without levels saves as it was.
  level: (row) => (row.level === "graduate" ? "graduate" : undefined),
  // Each entry exactly as typed; a blank one is a problem the form reports (formProblems), not silently dropped.
  areas: (row) => [...list(row.areas), ...(row.otherAreaEntries ?? []).map((e) => e.area), ...splitAreas(row.otherAreas)],
};

const DEGREE: Converters<DegreeRow> = {
  level: (d) => text(d.level),
  // Exactly as typed; only a blank box means "not given".
  field: (d) => (d.field === "other" ? (d.otherField.trim() === "" ? undefined : d.otherField) : text(d.field)),
};

const CREDENTIAL: Converters<CredentialRow> = { id: (c) => text(c.id) };

const JOB: Converters<JobRow> = {
  start: (job) => date(job.start),
  end: (job) => (job.current ? null : date(job.end)),
  hoursPerWeek: (job) => number(job.hoursPerWeek),
  kinds: (job) => list(job.kinds),
  supervisory: (job) => !!job.supervisory,
  comparableTo: (job) => list(job.comparableTo),
  // 1.1: written only when given, so a file without it saves as it was.
  qualifyingPercent: (job) => number(job.qualifyingPercent ?? ""),
};

const DECISION: Converters<DecisionRow> = {
  level: (d) => text(d.level),
  outcome: (d) => text(d.outcome),
  // The reason stays as typed, even blank, for the schema to say it is required.
  reason: (d) => d.reason ?? "",
};

/**
 * One list item in the file format: each field of its group in APPLICANT_FIELDS,
 * in the table's order. A `plain` field is saved only when given (text as
 * typed, a date trimmed); any other field by its converter. Nothing undefined is written.
 */
function fileItem<Row extends object>(group: FieldGroup, row: Row, converters: Converters<Row>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of APPLICANT_FIELDS) {
    if (f.group !== group || f.formOnly) continue;
    const convert = converters[f.name];
    const typed = (row as Record<string, unknown>)[f.name];
    const value = convert ? convert(row) : typeof typed !== "string" ? undefined : f.plain === "date" ? date(typed) : text(typed);
    if (value !== undefined) out[f.name] = value;
  }
  return out;
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
  if (values.education.coursework.length) education.coursework = values.education.coursework.map((row) => fileItem("coursework", row, COURSEWORK));
  if (values.education.degrees.length) education.degrees = values.education.degrees.map((d) => fileItem("degree", d, DEGREE));
  if (values.education.credentials?.length) education.credentials = values.education.credentials.map((c) => fileItem("credential", c, CREDENTIAL));
  out.education = education;
  if (values.experience.length) out.experience = values.experience.map((job) => fileItem("job", job, JOB));
  if (values.levelDecisions?.length) out.levelDecisions = values.levelDecisions.map((d) => fileItem("decision", d, DECISION));
  return out;
}

/**
 * Problems the file format cannot see because the form asks differently:
 * a job that is not current must have an end date (in the file an absent
 * end means "current", which a forgotten field must never silently become).
 */
export function formProblems(values: ApplicantFormValues): LocatedError[] {
  const errors: LocatedError[] = [];
  values.education.coursework.forEach((row, i) => {
    (row.otherAreaEntries ?? []).forEach((entry, j) => {
      if (entry.area.trim() === "")
        errors.push({ path: `education.coursework[${i}].otherAreaEntries[${j}]`, message: `Type other area of study ${j + 1}, or remove it with "Remove other area ${j + 1}"` });
    });
  });
  values.experience.forEach((job, i) => {
    if (!job.current && job.end.trim() === "")
      errors.push({
        path: `experience[${i}].end`,
        message: job.monthOnly
          ? 'Enter the end month in the form yyyy-mm, for example 2023-06, or tick "Still works here"'
          : 'Enter the end date in the form yyyy-mm-dd, for example 2023-06-30, or tick "Still works here"',
      });
    // "Only the month is known": a full date here is a slip the officer should see, not silently widened or cut.
    if (job.monthOnly)
      for (const edge of ["start", "end"] as const) {
        const value = (edge === "end" && job.current ? "" : job[edge]).trim();
        if (value !== "" && !MONTH.test(value))
          errors.push({ path: `experience[${i}].${edge}`, message: `Enter the ${edge} month in the form yyyy-mm, for example 2021-03, or untick "${applicantField("job", "monthOnly").label}" to enter a full date` });
      }
  });
  // One decision per level: said on the second one, where the officer can change its level.
  const first = new Map<string, number>();
  (values.levelDecisions ?? []).forEach((d, i) => {
    if (d.level === "") return;
    const earlier = first.get(d.level);
    if (earlier === undefined) first.set(d.level, i);
    else errors.push({ path: `levelDecisions[${i}].level`, message: `Decision ${earlier + 1} is already for level ${d.level}: choose another level, or remove one of the two` });
  });
  return errors;
}

/** Fields in the order the form shows them, so problems are listed top to bottom. */
const FORM_ORDER = ["name", "asOf", "education", "highSchool", "coursework", "hours", "unit", "level", "areas", "otherAreaEntries", "area", "degrees", "field", "credentials", "id", "expires", "experience", "employer", "title", "monthOnly", "start", "end", "hoursPerWeek", "qualifyingPercent", "kinds", "sector", "supervisory", "comparableTo", "officerNote", "levelDecisions", "outcome", "reason", "by", "date"];

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

