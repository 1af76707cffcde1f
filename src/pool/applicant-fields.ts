/**
 * Every field of an applicant, listed once: where it sits in the applicant
 * file (../shared/applicant-format.md), the words the officer's form shows
 * for it (label, hint, the labels of its allowed values), the words an
 * error's location uses ("Job 2, hours per week"), and the pool CSV column
 * that fills it. The pool CSV layout (csv-columns.ts), its parser and error
 * locations, the officer's form and `describePath` all read this table.
 *
 * It sits in src/pool, the lowest layer the page and the command line share,
 * and imports only the engine's vocabularies. It is in the officer page's
 * first download, so it holds no CSV prose: that is in csv-columns.ts.
 *
 * To add a field: add a row here (in the CSV template's order within its
 * group), then, if it has a `column`, its words in csv-columns.ts (the
 * module says which column lacks them), docs/csv-format.md and the template.
 */
import { ALL_DEGREE_LEVELS, AREA_INFO, CREDIT_UNITS, DEGREE_LABELS, EXPERIENCE_KIND_INFO, EXPERIENCE_KINDS, HIGH_SCHOOL, HIGH_SCHOOL_LABELS, RECOGNISED_AREAS } from "../engine/vocabulary";

/** Where a field belongs: the applicant itself, or one item of one of its lists. */
export type FieldGroup = "applicant" | "job" | "coursework" | "degree" | "credential" | "decision";

/** The groups that are lists in the applicant file, with their path and the word for one item. */
export const FIELD_LISTS: Record<Exclude<FieldGroup, "applicant">, { path: string; item: string }> = {
  job: { path: "experience", item: "Job" },
  coursework: { path: "education.coursework", item: "Coursework row" },
  degree: { path: "education.degrees", item: "Degree" },
  credential: { path: "education.credentials", item: "Licence or certificate" },
  decision: { path: "levelDecisions", item: "Decision" },
};

/** An allowed value and the words the form shows for it. */
export interface FieldOption {
  value: string;
  label: string;
  description?: string;
}

export interface ApplicantField {
  group: FieldGroup;
  /** Its name: within a list item the field's own name (`hoursPerWeek`), for the applicant its whole path (`education.highSchool`). */
  name: string;
  /** The officer form's label or legend. */
  label: string;
  /** The words of an error's location, after "Job 2, ": the label with a small first letter unless given. */
  inError?: string;
  /** The officer form's hint under the label. */
  hint?: string;
  /** (Job dates) the label and hint when only the month is known. */
  monthOnly?: { label: string; hint: string };
  /** The closed list of values the format allows, with the form's words for each. */
  options?: readonly FieldOption[];
  /** A list of values: ticked boxes in the form, separated by `;` in a CSV cell. */
  many?: true;
  /** The pool CSV column that fills it; none for a form-only field. */
  column?: string;
  /** Only in the form, never in the file (a box that says how others are read). */
  formOnly?: true;
  /**
   * Saved only when given, with nothing else to convert: `"text"` exactly as
   * typed, `"date"` trimmed. The form and the CSV parser read these fields by
   * this mark (plainFields); every other field has its own line there.
   */
  plain?: "text" | "date";
}

const labelled = <T extends string>(values: readonly T[], label: (v: T) => string): FieldOption[] => values.map((value) => ({ value, label: label(value) }));

/** The recognised areas of study, with what each means. */
export const AREA_OPTIONS: readonly FieldOption[] = RECOGNISED_AREAS.map((a) => ({ value: a, label: AREA_INFO[a].label, description: AREA_INFO[a].description }));

const UNIT_LABELS: Record<(typeof CREDIT_UNITS)[number], string> = { semester: "Semester hours", quarter: "Quarter hours", clock: "Clock hours (classroom or trade school)" };

/** Every field, group by group, in the pool CSV template's order within each group. */
export const APPLICANT_FIELDS: readonly ApplicantField[] = [
  { group: "applicant", name: "name", label: "Name", hint: "Shown on the report. Optional.", column: "name" },
  { group: "applicant", name: "asOf", label: "Screening date", hint: "yyyy-mm-dd; today is {today}. Leave empty to screen as of today.", column: "as_of" },
  { group: "applicant", name: "education.highSchool", label: "High school", options: labelled(HIGH_SCHOOL, (h) => HIGH_SCHOOL_LABELS[h]), column: "high_school" },

  { group: "job", name: "employer", label: "Employer", column: "employer", plain: "text" },
  { group: "job", name: "title", label: "Job title", column: "job_title", plain: "text" },
  {
    group: "job",
    name: "monthOnly",
    label: "Only the month is known",
    hint: "Tick when the application gives only month and year. The start month counts from its first day, the end month to its last day.",
    formOnly: true,
  },
  { group: "job", name: "start", label: "Start date", hint: "yyyy-mm-dd, for example 2021-03-01", monthOnly: { label: "Start month", hint: "yyyy-mm, for example 2021-03" }, column: "start" },
  { group: "job", name: "end", label: "End date", hint: "yyyy-mm-dd, the last day worked", monthOnly: { label: "End month", hint: "yyyy-mm, the last month worked" }, column: "end" },
  { group: "job", name: "current", label: "Still works here (the job runs to the screening date)", inError: "still works here", formOnly: true },
  { group: "job", name: "hoursPerWeek", label: "Hours per week", hint: "Part-time hours count in proportion to full time.", column: "hours_per_week" },
  {
    group: "job",
    name: "kinds",
    label: "Kinds of work",
    hint: "Tick every kind of work the job involved.",
    options: EXPERIENCE_KINDS.map((k) => ({ value: k, label: EXPERIENCE_KIND_INFO[k].label, description: EXPERIENCE_KIND_INFO[k].description })),
    many: true,
    column: "kinds",
  },
  { group: "job", name: "sector", label: "Employer sector", column: "sector", plain: "text" },
  { group: "job", name: "supervisory", label: "Supervised staff", hint: "Tick if the applicant supervised other employees in this job.", column: "supervisory" },
  {
    group: "job",
    name: "comparableTo",
    label: "Comparable to (officer's judgement)",
    inError: "comparable levels",
    hint: 'Tick a level if this job gave experience comparable to the work of that level. Only the levels some class counts comparable experience toward are listed. Open "What … does" to read the level\'s duties before deciding.',
    many: true,
    column: "comparable_to",
  },
  {
    group: "job",
    name: "qualifyingPercent",
    label: "Share of qualifying duties (percent)",
    inError: "share of qualifying duties",
    hint: "For mixed duties: the share of the job's time on qualifying work, 1 to 100. Leave empty for all of it (100).",
    column: "qualifying_percent",
  },
  {
    group: "job",
    name: "officerNote",
    label: "Officer's note on this job (optional)",
    inError: "officer's note",
    hint: "Why you judged the job as you did, for example why it is closely related or comparable to a level. Shown with the job on the results and the report.",
    column: "officer_note",
    plain: "text",
  },

  { group: "coursework", name: "hours", label: "Credit hours", hint: "For example, 45", column: "coursework_hours" },
  { group: "coursework", name: "unit", label: "Credit unit", options: labelled(CREDIT_UNITS, (u) => UNIT_LABELS[u]), column: "coursework_unit" },
  {
    group: "coursework",
    name: "level",
    label: "Coursework level",
    options: [
      { value: "undergraduate", label: "Undergraduate" },
      { value: "graduate", label: "Graduate" },
    ],
    column: "coursework_level",
  },
  { group: "coursework", name: "areas", label: "Areas of study", hint: "Tick every area the coursework covers.", options: AREA_OPTIONS, many: true, column: "coursework_areas" },
  {
    group: "coursework",
    name: "otherAreaEntries",
    label: "Other areas of study",
    inError: "other area of study",
    hint: "One area per box, as the transcript words it (for example Business, Management). They are kept but do not count as related study.",
    formOnly: true,
  },

  { group: "degree", name: "level", label: "Level", inError: "degree level", options: labelled(ALL_DEGREE_LEVELS, (l) => DEGREE_LABELS[l]), column: "degree_level" },
  { group: "degree", name: "field", label: "Field of study", options: AREA_OPTIONS, column: "degree_field" },
  { group: "degree", name: "otherField", label: "Other field of study", hint: "For example, biology. It is kept but does not count as a related field.", formOnly: true },

  { group: "credential", name: "id", label: "Licence or certificate", column: "credential_id" },
  { group: "credential", name: "name", label: "Name as on the document (optional)", inError: "name as on the document", column: "credential_name", plain: "text" },
  {
    group: "credential",
    name: "expires",
    label: "Expiry date (optional)",
    inError: "expiry date",
    hint: "yyyy-mm-dd, the last day it is valid. An expired one does not count.",
    column: "credential_expires",
    plain: "date",
  },

  { group: "decision", name: "level", label: "Level", column: "decision_level" },
  {
    group: "decision",
    name: "outcome",
    label: "Officer's outcome",
    inError: "outcome",
    options: [
      { value: "meets", label: "Meets the level" },
      { value: "does-not-meet", label: "Does not meet the level" },
    ],
    column: "decision_outcome",
  },
  {
    group: "decision",
    name: "reason",
    label: "Reason (required)",
    inError: "reason",
    hint: "Why you decided so. Shown on the results and the report, and marked as an override when it differs from the screener's outcome.",
    column: "decision_reason",
  },
  { group: "decision", name: "by", label: "Decided by (optional)", inError: "decided by", column: "decision_by", plain: "text" },
  { group: "decision", name: "date", label: "Date of the decision (optional)", inError: "date of the decision", hint: "yyyy-mm-dd", column: "decision_date", plain: "date" },
];

const BY_KEY = new Map(APPLICANT_FIELDS.map((f) => [`${f.group}:${f.name}`, f]));

/**
 * One field of the table; throws for one it lacks (a slip in the code, not in the input).
 * @example applicantField("job", "hoursPerWeek").label // "Hours per week"
 */
export function applicantField(group: FieldGroup, name: string): ApplicantField {
  const found = BY_KEY.get(`${group}:${name}`);
  if (!found) throw new Error(`No applicant field ${group}:${name} in APPLICANT_FIELDS`);
  return found;
}

/** The same, or undefined when the table has no such field (a path from a file). */
export const findField = (group: FieldGroup, name: string): ApplicantField | undefined => BY_KEY.get(`${group}:${name}`);


/** The words of an error's location: "Screening date" for the applicant's own fields, "hours per week" within a list item. */
export function fieldWords(f: ApplicantField): string {
  if (f.inError !== undefined) return f.inError;
  return f.group === "applicant" ? f.label : f.label.charAt(0).toLowerCase() + f.label.slice(1);
}

/** Where a path points in the table: `experience[1].end` is job 2's end date (index 1). */
export interface PathPlace {
  group: Exclude<FieldGroup, "applicant">;
  index: number;
  /** The field's name within the item, if the path goes that deep. */
  name?: string;
}

/** A list by the last name of its path (`coursework`), as located errors name it with or without `education.`. */
const LIST_BY_NAME = new Map(Object.entries(FIELD_LISTS).map(([group, l]) => [l.path.split(".").pop()!, group as PathPlace["group"]]));
const ITEM = new RegExp(`^(?:education\\.)?(${[...LIST_BY_NAME.keys()].join("|")})\\[(\\d+)\\](?:\\.(\\w+))?`);

/**
 * The list item (and field) a located error's path points into; null for the applicant's own fields.
 * @example placeOf("experience[1].end") // { group: "job", index: 1, name: "end" }
 */
export function placeOf(path: string): PathPlace | null {
  const m = ITEM.exec(path);
  if (!m) return null;
  return { group: LIST_BY_NAME.get(m[1])!, index: Number(m[2]), ...(m[3] ? { name: m[3] } : {}) };
}
