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
import { RECOGNISED_AREAS } from "../../engine/vocabulary";
import { APPLICANT_FIELDS, FIELD_LISTS, fieldWords, findField, placeOf, type ApplicantField } from "../../pool/applicant-fields";

/** One area of study typed into its own box, exactly as typed (commas and all). */
export interface AreaEntry {
  area: string;
}

export interface CourseworkRow {
  hours: string;
  unit: "semester" | "quarter" | "clock";
  /** Recognised areas ticked. */
  areas: string[];
  /** Any other areas, one per entry: the officer's form ("Business, Management" is one area). */
  otherAreaEntries?: AreaEntry[];
  /**
   * Any other areas in one box, separated by commas (the self-assessment's
   * question; an area that itself holds a comma cannot be written here).
   */
  otherAreas: string;
  /** (1.2) "" for undergraduate (the default; saves nothing) or "graduate". */
  level?: "" | "graduate";
}

/** (1.2) A licence or certificate, as typed. */
export interface CredentialRow {
  /** A credential id from a loaded class file's vocabulary, or "" before one is chosen. */
  id: string;
  /** As on the document; empty saves nothing. */
  name: string;
  /** yyyy-mm-dd, or empty for none. */
  expires: string;
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
  /** (1.1) Only the month is known: start and end are entered as yyyy-mm. */
  monthOnly?: boolean;
  /** (1.1) Share of qualifying duties, 1 to 100, as typed; empty is 100 and saves nothing. */
  qualifyingPercent?: string;
  /** (1.1) Why the officer judged the job as they did; empty saves nothing. */
  officerNote?: string;
  /** (1.2) The employer's sector id from a loaded class file's vocabulary; empty saves nothing. */
  sector?: string;
}

/** (1.1) The officer's own decision for one level, as typed. */
export interface DecisionRow {
  /** A level id, or "" before one is chosen. */
  level: string;
  outcome: "" | "meets" | "does-not-meet";
  reason: string;
  by: string;
  /** yyyy-mm-dd, or empty for none. */
  date: string;
}

export interface ApplicantFormValues {
  name: string;
  /** Empty: screen as of today and save no date. */
  asOf: string;
  education: { highSchool: string; coursework: CourseworkRow[]; degrees: DegreeRow[]; credentials?: CredentialRow[] };
  experience: JobRow[];
  /** (1.1) The file's `levelDecisions`, one row per level decided (absent in the self-assessment's answers). */
  levelDecisions?: DecisionRow[];
}

/** A job date of a month alone, as format 1.1 allows: `2021-03`. */
export const isMonthOnly = (date: string | null | undefined): boolean => typeof date === "string" && /^\d{4}-\d{2}$/.test(date);

const RECOGNISED: readonly string[] = RECOGNISED_AREAS;

// Form values to the file format live in their own module, form-to-applicant.ts, fetched with
// the engine's check (the page's first download carries only what drawing the form needs);
// index.ts exports both.

export const emptyCoursework = (): CourseworkRow => ({ hours: "", unit: "semester", areas: [], otherAreaEntries: [], otherAreas: "", level: "" });
export const emptyCredential = (): CredentialRow => ({ id: "", name: "", expires: "" });
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
  monthOnly: false,
  qualifyingPercent: "",
  officerNote: "",
  sector: "",
});
export const emptyDecision = (): DecisionRow => ({ level: "", outcome: "", reason: "", by: "", date: "" });

/** A blank applicant screened as of `today`. */
export function emptyForm(today: string): ApplicantFormValues {
  return { name: "", asOf: today, education: { highSchool: "", coursework: [], degrees: [], credentials: [] }, experience: [], levelDecisions: [] };
}

export interface ToFormOptions {
  /**
   * Where areas of study other than the recognised ones go: `"entries"`, one
   * per entry, exactly (the officer's form), or `"text"`, joined by commas
   * into `otherAreas` (the self-assessment's single box; the default).
   */
  otherAreas?: "entries" | "text";
}

/**
 * A valid applicant as form values.
 * @example applicantToForm({ education: { highSchool: "ged" } }).education.highSchool // "ged"
 */
export function applicantToForm(applicant: Applicant, options: ToFormOptions = {}): ApplicantFormValues {
  const entries = options.otherAreas === "entries";
  return {
    name: applicant.name ?? "",
    asOf: applicant.asOf ?? "",
    education: {
      highSchool: applicant.education.highSchool,
      coursework: (applicant.education.coursework ?? []).map((row) => {
        const other = (row.areas ?? []).filter((a) => !RECOGNISED.includes(a));
        const areas = (row.areas ?? []).filter((a) => RECOGNISED.includes(a));
        // "undergraduate" is the format's default, so it opens (and saves) as not stated.
        const level = row.level === "graduate" ? ("graduate" as const) : ("" as const);
        return entries
          ? { hours: String(row.hours), unit: row.unit, areas, otherAreaEntries: other.map((area) => ({ area })), otherAreas: "", level }
          : { hours: String(row.hours), unit: row.unit, areas, otherAreas: other.join(", "), level };
      }),
      degrees: (applicant.education.degrees ?? []).map((d) => {
        const known = d.field !== undefined && RECOGNISED.includes(d.field);
        return { level: d.level, field: d.field === undefined ? "" : known ? d.field : "other", otherField: d.field !== undefined && !known ? d.field : "" };
      }),
      credentials: (applicant.education.credentials ?? []).map((c) => ({ id: c.id, name: c.name ?? "", expires: c.expires ?? "" })),
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
      // Month-only dates open with "Only the month is known" ticked; a file mixing a month and a full date keeps both as typed.
      monthOnly: isMonthOnly(job.start) && (job.end == null || isMonthOnly(job.end)),
      qualifyingPercent: job.qualifyingPercent === undefined ? "" : String(job.qualifyingPercent),
      officerNote: job.officerNote ?? "",
      sector: job.sector ?? "",
    })),
    levelDecisions: (applicant.levelDecisions ?? []).map((d) => ({ level: d.level, outcome: d.outcome, reason: d.reason, by: d.by ?? "", date: d.date ?? "" })),
  };
}

/**
 * A located error's path as the form field it belongs to: `experience[0].kinds[2]`
 * becomes `experience.0.kinds` (the checkbox group), `education.highSchool` stays.
 */
export function pathToFieldName(path: string): string {
  // An entry's path names its own box: education.coursework[0].otherAreaEntries[1] is the text of entry 2.
  if (/\.otherAreaEntries\[\d+\]$/.test(path)) path = `${path}.area`;
  // A list of values (APPLICANT_FIELDS' `many`: kinds, areas, comparable levels) is one group of boxes.
  const many = placeOf(path);
  const name = path.replace(/\[(\d+)\]/g, ".$1");
  return many?.name && findField(many.group, many.name)?.many ? name.replace(/\.\d+$/, "") : name;
}

/**
 * The row of APPLICANT_FIELDS a form field's name is, if any: its label, hint and allowed values.
 * @example formField("experience.0.hoursPerWeek")?.label // "Hours per week"
 */
export function formField(name: string): ApplicantField | undefined {
  const path = name.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
  const place = placeOf(path);
  if (!place) return findField("applicant", path);
  // Only the field itself: `otherAreaEntries[1].area` is one entry's box, not the list of other areas.
  return place.name !== undefined && path.endsWith(`[${place.index}].${place.name}`) ? findField(place.group, place.name) : undefined;
}

/** The id of the control a field name is focused through (the first box of a group). */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}

/**
 * Where a located error is, in words, from APPLICANT_FIELDS: "Job 2, end date", "Coursework row 1, credit hours".
 * @example describePath("experience[1].end") // "Job 2, end date"
 */
export function describePath(path: string): string {
  const place = placeOf(path);
  if (place) {
    const field = place.name && findField(place.group, place.name);
    const words = field ? fieldWords(field) : place.name;
    return `${FIELD_LISTS[place.group].item} ${place.index + 1}${words ? `, ${words}` : ""}`;
  }
  if (path === "levelDecisions") return "Officer's decisions";
  const field = APPLICANT_FIELDS.find((f) => f.group === "applicant" && (f.name === path || f.name.endsWith(`.${path.split(".").pop()}`)));
  return field ? fieldWords(field) : path || "The file";
}
