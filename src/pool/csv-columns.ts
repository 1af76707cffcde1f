/**
 * The pool CSV layout (docs/csv-format.md): one row per job, with an
 * `applicant_id` column tying an applicant's rows together. Every column, its
 * meaning and its allowed values are listed here once; the parser, the page's
 * help and the documentation all read this list.
 */
import { ALL_DEGREE_LEVELS, CREDIT_UNITS, EXPERIENCE_KINDS, HIGH_SCHOOL, RECOGNISED_AREAS } from "../engine/vocabulary";

/** What a row's cell in the column belongs to. */
export type ColumnGroup = "applicant" | "job" | "coursework" | "degree" | "credential" | "decision";

export interface CsvColumn {
  name: string;
  group: ColumnGroup;
  /** The applicant-format field it fills, e.g. `experience[].hoursPerWeek`. */
  field: string;
  /** True when the header must have this column. */
  requiredColumn: boolean;
  /** What to write, for people filling the spreadsheet. */
  allowed: string;
  meaning: string;
  /**
   * The column's closed vocabulary, the format's own (read leniently, and
   * offered back in "Did you mean ...?"). A loaded class file may add kinds.
   */
  values?: readonly string[];
}

/** Coursework levels of format 1.2 (`undergraduate` is the default). */
export const COURSEWORK_LEVELS = ["undergraduate", "graduate"] as const;
/** An officer's decision for a level (format 1.1). */
export const DECISION_OUTCOMES = ["meets", "does-not-meet"] as const;

const list = (values: readonly string[]): string => values.map((v) => `\`${v}\``).join(", ");

/** Every column of the layout, in the template's order. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    name: "applicant_id",
    group: "applicant",
    field: "(none: ties rows together)",
    requiredColumn: true,
    allowed: "any text, e.g. `A-0017`; required on every row",
    meaning: "Rows with the same id are one applicant. The rows of an applicant need not be next to each other.",
  },
  {
    name: "name",
    group: "applicant",
    field: "name",
    requiredColumn: false,
    allowed: "any text, or empty",
    meaning: "The applicant's name, shown in the results and on the report.",
  },
  {
    name: "as_of",
    group: "applicant",
    field: "asOf",
    requiredColumn: false,
    allowed: "a date `yyyy-mm-dd`, or empty for today",
    meaning: "The date the screening is done as of. Current jobs run to it; a class not in effect on it is `inactive`.",
  },
  {
    name: "high_school",
    group: "applicant",
    field: "education.highSchool",
    requiredColumn: true,
    allowed: `${list(HIGH_SCHOOL)} (\`ged\` is any high school equivalency); required for every applicant`,
    meaning: "Whether the applicant graduated from high school or holds an equivalent.",
    values: HIGH_SCHOOL,
  },
  {
    name: "employer",
    group: "job",
    field: "experience[].employer",
    requiredColumn: false,
    allowed: "any text, or empty",
    meaning: "The employer of this row's job.",
  },
  {
    name: "job_title",
    group: "job",
    field: "experience[].title",
    requiredColumn: false,
    allowed: "any text, or empty",
    meaning: "The title of this row's job.",
  },
  {
    name: "start",
    group: "job",
    field: "experience[].start",
    requiredColumn: false,
    allowed: "a date `yyyy-mm-dd`, or a month alone `yyyy-mm` when only the month is known; required when the row has a job",
    meaning: "The job's first day (inclusive). A month alone counts from its first day.",
  },
  {
    name: "end",
    group: "job",
    field: "experience[].end",
    requiredColumn: false,
    allowed: "a date `yyyy-mm-dd` (or a month alone `yyyy-mm`) on or after `start`, or empty for a current job",
    meaning: "The job's last day (inclusive); a month alone counts to its last day. Empty means the job continues to the screening date.",
  },
  {
    name: "hours_per_week",
    group: "job",
    field: "experience[].hoursPerWeek",
    requiredColumn: false,
    allowed: "a number from 1 to 168, e.g. `40`, `17.5` or `17,5`; required when the row has a job",
    meaning: "Hours worked per week. Part-time work counts pro rata against the full-time hours of the class being screened.",
  },
  {
    name: "kinds",
    group: "job",
    field: "experience[].kinds",
    requiredColumn: false,
    allowed: `one or more of ${list(EXPERIENCE_KINDS)}, or (format 1.2) ids of kinds a loaded class file declares, separated by \`;\`; required when the row has a job`,
    meaning: "What the work was. `closely-related` records the officer's judgement that the work is closely related to customer service; `other` is unrelated work.",
    values: EXPERIENCE_KINDS,
  },
  {
    name: "sector",
    group: "job",
    field: "experience[].sector",
    requiredColumn: false,
    allowed: "an id of a sector a loaded class file declares, e.g. `state-service`, or empty",
    meaning: "Who employed the applicant (format 1.2), for classes that credit only some employers.",
  },
  {
    name: "supervisory",
    group: "job",
    field: "experience[].supervisory",
    requiredColumn: false,
    allowed: "`yes` or `no` (also `true`/`false`), or empty for no",
    meaning: "Whether the job supervised staff.",
  },
  {
    name: "comparable_to",
    group: "job",
    field: "experience[].comparableTo",
    requiredColumn: false,
    allowed: "level ids separated by `;`, e.g. `4808;4809`, or empty",
    meaning: "Levels the officer judges this job comparable to.",
  },
  {
    name: "qualifying_percent",
    group: "job",
    field: "experience[].qualifyingPercent",
    requiredColumn: false,
    allowed: "a number from 1 to 100, e.g. `75`, or empty for 100",
    meaning: "For mixed duties: the share of the job's time spent on qualifying duties (24 months at 75 credit 18).",
  },
  {
    name: "officer_note",
    group: "job",
    field: "experience[].officerNote",
    requiredColumn: false,
    allowed: "any text, or empty",
    meaning: "Why the officer judged the job as they did (closely related, comparable to a level); shown with the job.",
  },
  {
    name: "coursework_hours",
    group: "coursework",
    field: "education.coursework[].hours",
    requiredColumn: false,
    allowed: "a number greater than 0 and at most 400, or empty for no coursework on this row",
    meaning: "College credit hours of one block of coursework. Give each block (for example each unit or area) on its own row.",
  },
  {
    name: "coursework_unit",
    group: "coursework",
    field: "education.coursework[].unit",
    requiredColumn: false,
    allowed: `${list(CREDIT_UNITS)}; required when \`coursework_hours\` is given`,
    values: CREDIT_UNITS,
    meaning: "Whether the hours are semester, quarter or clock hours (classroom or trade-school training, format 1.2); each class's counting rules convert quarter hours to semester hours, and clock hours count only where a class gives a sourced rate.",
  },
  {
    name: "coursework_level",
    group: "coursework",
    field: "education.coursework[].level",
    requiredColumn: false,
    allowed: "`undergraduate` or `graduate`, or empty for undergraduate",
    values: COURSEWORK_LEVELS,
    meaning: "Whether the coursework is graduate study (format 1.2), which some classes count at their own rate.",
  },
  {
    name: "coursework_areas",
    group: "coursework",
    field: "education.coursework[].areas",
    requiredColumn: false,
    allowed: `areas of study separated by \`;\`; recognised: ${list(RECOGNISED_AREAS)}; any other text is kept and counts as unrelated`,
    meaning: "The areas of study of the coursework. `similar` records the officer's judgement that the area is similar to the three named.",
  },
  {
    name: "degree_level",
    group: "degree",
    field: "education.degrees[].level",
    requiredColumn: false,
    allowed: `${list(ALL_DEGREE_LEVELS)}, or empty for no degree on this row`,
    values: ALL_DEGREE_LEVELS,
    meaning: "A degree the applicant holds. Give each degree on its own row. `doctorate` is a research doctorate (Ph.D.); `professional` a first-professional degree such as a J.D. or M.D. (format 1.2).",
  },
  {
    name: "degree_field",
    group: "degree",
    field: "education.degrees[].field",
    requiredColumn: false,
    allowed: `a field of study; recognised: ${list(RECOGNISED_AREAS)}; any other text is kept and counts as unrelated`,
    meaning: "The degree's field of study.",
  },
  {
    name: "credential_id",
    group: "credential",
    field: "education.credentials[].id",
    requiredColumn: false,
    allowed: "an id of a credential a loaded class file declares, e.g. `class-a-license`, or empty for no licence on this row; required when the row has a licence",
    meaning: "A licence or certificate the applicant holds (format 1.2). Give each on its own row.",
  },
  {
    name: "credential_name",
    group: "credential",
    field: "education.credentials[].name",
    requiredColumn: false,
    allowed: "any text, or empty",
    meaning: "The licence's name as on the document.",
  },
  {
    name: "credential_expires",
    group: "credential",
    field: "education.credentials[].expires",
    requiredColumn: false,
    allowed: "a date `yyyy-mm-dd`, or empty for none",
    meaning: "The licence's last valid day; an expired one does not count.",
  },
  {
    name: "decision_level",
    group: "decision",
    field: "levelDecisions[].level",
    requiredColumn: false,
    allowed: "a level id, e.g. `003638`, or empty for no decision on this row; required when the row has a decision",
    meaning: "The level of the officer's own decision. Give each decision on its own row, at most one per level.",
  },
  {
    name: "decision_outcome",
    group: "decision",
    field: "levelDecisions[].outcome",
    requiredColumn: false,
    allowed: "`meets` or `does-not-meet`; required when the row has a decision",
    values: DECISION_OUTCOMES,
    meaning: "The officer's outcome for the level. It never changes the screener's outcome; one that differs is an override.",
  },
  {
    name: "decision_reason",
    group: "decision",
    field: "levelDecisions[].reason",
    requiredColumn: false,
    allowed: "any text; required when the row has a decision",
    meaning: "Why the officer decided so.",
  },
  {
    name: "decision_by",
    group: "decision",
    field: "levelDecisions[].by",
    requiredColumn: false,
    allowed: "any text, or empty",
    meaning: "Who decided.",
  },
  {
    name: "decision_date",
    group: "decision",
    field: "levelDecisions[].date",
    requiredColumn: false,
    allowed: "a date `yyyy-mm-dd`, or empty",
    meaning: "When the officer decided.",
  },
];

/** The separator between several values in one cell (kinds, areas, comparable levels). */
export const MULTI_VALUE_SEPARATOR = ";";

const BY_NAME = new Map(CSV_COLUMNS.map((c) => [c.name, c]));
const BY_FIELD = new Map(CSV_COLUMNS.map((c) => [c.field, c]));

/**
 * A column's closed vocabulary (the format's own), or an empty list for a free column.
 * @example valuesOf("degree_level") // ["associate", "bachelor", "master", "doctorate", "professional"]
 */
export function valuesOf(column: string): readonly string[] {
  return BY_NAME.get(column)?.values ?? [];
}

/**
 * The column an applicant-format path is written from, by its `field`:
 * `education.degrees[0].level` and `experience[1].kinds[2]` are the
 * columns of `education.degrees[].level` and `experience[].kinds`.
 * @example columnOfPath("education.degrees[0].level")?.name // "degree_level"
 */
export function columnOfPath(path: string): CsvColumn | undefined {
  return BY_FIELD.get(path.replace(/\[\d+\]$/, "").replace(/\[\d+\]/g, "[]"));
}

/** Column names of a group, in layout order. */
export function columnsOf(group: ColumnGroup): string[] {
  return CSV_COLUMNS.filter((c) => c.group === group).map((c) => c.name);
}

/**
 * Each column of a group by the applicant-format field it fills, read from
 * the `field` of CSV_COLUMNS: within a job, coursework block or degree the
 * field's own name (`hoursPerWeek`), for the applicant its whole path
 * (`education.highSchool`). Columns that fill no field (`applicant_id`) are left out.
 * @example columnByField("job").hoursPerWeek // "hours_per_week"
 */
export function columnByField(group: ColumnGroup): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of CSV_COLUMNS) {
    if (c.group !== group || c.field.startsWith("(")) continue;
    const at = c.field.lastIndexOf("[].");
    out[at < 0 ? c.field : c.field.slice(at + "[].".length)] = c.name;
  }
  return out;
}
