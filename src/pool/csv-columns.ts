/**
 * The pool CSV layout (docs/csv-format.md): one row per job, with an
 * `applicant_id` column tying an applicant's rows together. Which field each
 * column fills, and the allowed values, come from APPLICANT_FIELDS
 * (applicant-fields.ts); what each column means for people filling the
 * spreadsheet is here. The parser, the page's help and the documentation all
 * read CSV_COLUMNS.
 */
import { APPLICANT_FIELDS, applicantField, type FieldGroup } from "./applicant-fields";
import { allowedValues, fieldPath } from "./field-values";

/** What a row's cell in the column belongs to. */
export type ColumnGroup = FieldGroup;

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
}

/** The allowed values of a field of APPLICANT_FIELDS, as the documentation writes them: `diploma`, `ged`, `none`. */
const list = (group: FieldGroup, name: string): string =>
  (allowedValues(applicantField(group, name)) ?? []).map((v) => `\`${v}\``).join(", ");

/** Each column's words for people filling the spreadsheet, by column name (the columns themselves are in APPLICANT_FIELDS). */
const COLUMN_WORDS: Record<string, { requiredColumn?: boolean; allowed: string; meaning: string }> = {
  name: {
    allowed: "any text, or empty",
    meaning: "The applicant's name, shown in the results and on the report.",
  },
  as_of: {
    allowed: "a date `yyyy-mm-dd`, or empty for today",
    meaning: "The date the screening is done as of. Current jobs run to it; a class not in effect on it is `inactive`.",
  },
  high_school: {
    requiredColumn: true,
    allowed: `${list("applicant", "education.highSchool")} (\`ged\` is any high school equivalency); required for every applicant`,
    meaning: "Whether the applicant graduated from high school or holds an equivalent.",
  },
  employer: {
    allowed: "any text, or empty",
    meaning: "The employer of this row's job.",
  },
  job_title: {
    allowed: "any text, or empty",
    meaning: "The title of this row's job.",
  },
  start: {
    allowed: "a date `yyyy-mm-dd`, or a month alone `yyyy-mm` when only the month is known; required when the row has a job",
    meaning: "The job's first day (inclusive). A month alone counts from its first day.",
  },
  end: {
    allowed: "a date `yyyy-mm-dd` (or a month alone `yyyy-mm`) on or after `start`, or empty for a current job",
    meaning: "The job's last day (inclusive); a month alone counts to its last day. Empty means the job continues to the screening date.",
  },
  hours_per_week: {
    allowed: "a number from 1 to 168, e.g. `40`, `17.5` or `17,5`; required when the row has a job",
    meaning: "Hours worked per week. Part-time work counts pro rata against the full-time hours of the class being screened.",
  },
  kinds: {
    allowed: `one or more of ${list("job", "kinds")}, or (format 1.2) ids of kinds a loaded class file declares, separated by \`;\`; required when the row has a job`,
    meaning: "What the work was. `closely-related` records the officer's judgement that the work is closely related to customer service; `other` is unrelated work.",
  },
  sector: {
    allowed: "an id of a sector a loaded class file declares, e.g. `state-service`, or empty",
    meaning: "Who employed the applicant (format 1.2), for classes that credit only some employers.",
  },
  supervisory: {
    allowed: "`yes` or `no` (also `true`/`false`), or empty for no",
    meaning: "Whether the job supervised staff.",
  },
  comparable_to: {
    allowed: "level ids separated by `;`, e.g. `4808;4809`, or empty",
    meaning: "Levels the officer judges this job comparable to.",
  },
  qualifying_percent: {
    allowed: "a number from 1 to 100, e.g. `75`, or empty for 100",
    meaning: "For mixed duties: the share of the job's time spent on qualifying duties (24 months at 75 credit 18).",
  },
  officer_note: {
    allowed: "any text, or empty",
    meaning: "Why the officer judged the job as they did (closely related, comparable to a level); shown with the job.",
  },
  coursework_hours: {
    allowed: "a number greater than 0 and at most 400, or empty for no coursework on this row",
    meaning: "College credit hours of one block of coursework. Give each block (for example each unit or area) on its own row.",
  },
  coursework_unit: {
    allowed: `${list("coursework", "unit")}; required when \`coursework_hours\` is given`,
    meaning: "Whether the hours are semester, quarter or clock hours (classroom or trade-school training, format 1.2); each class's counting rules convert quarter hours to semester hours, and clock hours count only where a class gives a sourced rate.",
  },
  coursework_level: {
    allowed: "`undergraduate` or `graduate`, or empty for undergraduate",
    meaning: "Whether the coursework is graduate study (format 1.2), which some classes count at their own rate.",
  },
  coursework_areas: {
    allowed: `areas of study separated by \`;\`; recognised: ${list("coursework", "areas")}; any other text is kept and counts as unrelated`,
    meaning: "The areas of study of the coursework. `similar` records the officer's judgement that the area is similar to the three named.",
  },
  degree_level: {
    allowed: `${list("degree", "level")}, or empty for no degree on this row`,
    meaning: "A degree the applicant holds. Give each degree on its own row. `doctorate` is a research doctorate (Ph.D.); `professional` a first-professional degree such as a J.D. or M.D. (format 1.2).",
  },
  degree_field: {
    allowed: `a field of study; recognised: ${list("degree", "field")}; any other text is kept and counts as unrelated`,
    meaning: "The degree's field of study.",
  },
  credential_id: {
    allowed: "an id of a credential a loaded class file declares, e.g. `class-a-license`, or empty for no licence on this row; required when the row has a licence",
    meaning: "A licence or certificate the applicant holds (format 1.2). Give each on its own row.",
  },
  credential_name: {
    allowed: "any text, or empty",
    meaning: "The licence's name as on the document.",
  },
  credential_expires: {
    allowed: "a date `yyyy-mm-dd`, or empty for none",
    meaning: "The licence's last valid day; an expired one does not count.",
  },
  decision_level: {
    allowed: "a level id, e.g. `003638`, or empty for no decision on this row; required when the row has a decision",
    meaning: "The level of the officer's own decision. Give each decision on its own row, at most one per level.",
  },
  decision_outcome: {
    allowed: "`meets` or `does-not-meet`; required when the row has a decision",
    meaning: "The officer's outcome for the level. It never changes the screener's outcome; one that differs is an override.",
  },
  decision_reason: {
    allowed: "any text; required when the row has a decision",
    meaning: "Why the officer decided so.",
  },
  decision_by: {
    allowed: "any text, or empty",
    meaning: "Who decided.",
  },
  decision_date: {
    allowed: "a date `yyyy-mm-dd`, or empty",
    meaning: "When the officer decided.",
  },
};

/** The one column that fills no field: it ties an applicant's rows together. */
const APPLICANT_ID: CsvColumn = {
  name: "applicant_id",
  group: "applicant",
  field: "(none: ties rows together)",
  requiredColumn: true,
  allowed: "any text, e.g. `A-0017`; required on every row",
  meaning: "Rows with the same id are one applicant. The rows of an applicant need not be next to each other.",
};

/** Every column of the layout, in the template's order: `applicant_id`, then each field of APPLICANT_FIELDS that has a column. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  APPLICANT_ID,
  ...APPLICANT_FIELDS.filter((f) => f.column !== undefined).map((f): CsvColumn => {
    const name = f.column!;
    const words = COLUMN_WORDS[name];
    if (!words) throw new Error(`The CSV column ${name} (APPLICANT_FIELDS) has no words in COLUMN_WORDS (csv-columns.ts)`);
    return { name, group: f.group, field: fieldPath(f), requiredColumn: words.requiredColumn ?? false, allowed: words.allowed, meaning: words.meaning };
  }),
];

/** The separator between several values in one cell (kinds, areas, comparable levels). */
export const MULTI_VALUE_SEPARATOR = ";";

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
