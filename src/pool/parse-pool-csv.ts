/**
 * Read the pool CSV layout (docs/csv-format.md) into applicant-format objects,
 * one per `applicant_id`, remembering which row and column every value came
 * from so that the applicant format's errors can be shown where a person can
 * fix them. Values are converted leniently (case, spaces, yes/no); anything
 * that cannot be converted is passed on as typed, so the applicant format's
 * own message names the problem.
 */
import Papa from "papaparse";
import { CREDIT_UNITS, DEGREE_LEVELS, EXPERIENCE_KINDS, HIGH_SCHOOL, RECOGNISED_AREAS } from "../engine/vocabulary";
import { columnsOf, CSV_COLUMNS, MULTI_VALUE_SEPARATOR } from "./csv-columns";
import type { CsvSource, PoolCandidate, PoolError, PoolReading } from "./pool-types";

const KNOWN = new Set(CSV_COLUMNS.map((c) => c.name));
const JOB_COLUMNS = columnsOf("job");
const COURSEWORK_COLUMNS = columnsOf("coursework");
const DEGREE_COLUMNS = columnsOf("degree");

/** Applicant-level columns and the applicant-format field each fills. */
const APPLICANT_FIELDS: Array<{ column: string; field: string }> = [
  { column: "name", field: "name" },
  { column: "as_of", field: "asOf" },
  { column: "high_school", field: "education.highSchool" },
];

/** "Applicant ID", "applicant-id" and "APPLICANT_ID" are all `applicant_id`. */
export function normaliseHeader(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** A closed-vocabulary value as people type it ("Customer Service", "GED") in the format's spelling, or as typed when it is none of them. */
function vocabulary(text: string, values: readonly string[]): string {
  const v = text.trim().toLowerCase().replace(/[\s_]+/g, "-");
  return values.includes(v) ? v : text.trim();
}

function splitList(text: string): string[] {
  return text
    .split(MULTI_VALUE_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number cell; text that is not a number is passed on so the format's message names it. */
function number(text: string): number | string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  return NUMBER.test(t) ? Number(t) : t;
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

type Cells = Map<string, string>;

interface Group {
  id: string;
  rows: Array<{ row: number; cells: Cells }>;
  /** Problems with a whole row (extra cells), found while grouping. */
  errors: PoolError[];
}

function fatal(message: string): PoolReading {
  return { ok: false, format: "csv", message };
}

/** Which of comma, semicolon or tab separates the header's column names. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best = ",";
  let bestCount = 0;
  for (const d of [",", ";", "\t"]) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function has(cells: Cells, columns: string[]): boolean {
  return columns.some((c) => (cells.get(c) ?? "").trim() !== "");
}

/** Build one applicant-format object from its rows, noting each value's row. */
function buildApplicant(group: Group, index: number): PoolCandidate {
  const errors: PoolError[] = [...group.errors];
  const source: CsvSource = { rows: group.rows.map((r) => r.row), fieldRows: {}, jobRows: [], courseworkRows: [], degreeRows: [] };
  const values: Record<string, string> = {};
  for (const { row, cells } of group.rows) {
    for (const { column, field } of APPLICANT_FIELDS) {
      const cell = (cells.get(column) ?? "").trim();
      if (cell === "") continue;
      const given = values[field];
      if (given === undefined) {
        values[field] = cell;
        source.fieldRows[field] = row;
      } else if (given !== cell) {
        errors.push({
          row,
          column,
          index: null,
          path: field,
          message: `Row ${row} gives ${column} "${cell}" but row ${source.fieldRows[field]} gives "${given}" for applicant ${group.id}: give the same value on every row of the applicant, or leave it empty after the first`,
        });
      }
    }
  }
  const education: Record<string, unknown> = {};
  if (values["education.highSchool"] !== undefined) education.highSchool = vocabulary(values["education.highSchool"], HIGH_SCHOOL);
  const coursework: unknown[] = [];
  const degrees: unknown[] = [];
  const experience: unknown[] = [];
  for (const { row, cells } of group.rows) {
    const cell = (name: string): string => (cells.get(name) ?? "").trim();
    if (has(cells, JOB_COLUMNS)) {
      const job: Record<string, unknown> = {};
      if (cell("employer")) job.employer = cell("employer");
      if (cell("job_title")) job.title = cell("job_title");
      if (cell("start")) job.start = cell("start");
      job.end = cell("end") === "" ? null : cell("end");
      const hours = number(cell("hours_per_week"));
      if (hours !== undefined) job.hoursPerWeek = hours;
      job.kinds = splitList(cell("kinds")).map((k) => vocabulary(k, EXPERIENCE_KINDS));
      const supervisory = cell("supervisory").toLowerCase();
      if (YES.has(supervisory)) job.supervisory = true;
      else if (NO.has(supervisory)) job.supervisory = false;
      else if (supervisory !== "") {
        errors.push({ row, column: "supervisory", index: null, path: `experience[${experience.length}].supervisory`, message: `Enter yes or no for supervisory (or leave it empty for no), not "${cell("supervisory")}"` });
      }
      const comparable = splitList(cell("comparable_to"));
      if (comparable.length) job.comparableTo = comparable;
      source.jobRows.push(row);
      experience.push(job);
    }
    if (has(cells, COURSEWORK_COLUMNS)) {
      const block: Record<string, unknown> = {};
      const hours = number(cell("coursework_hours"));
      if (hours !== undefined) block.hours = hours;
      if (cell("coursework_unit")) block.unit = vocabulary(cell("coursework_unit"), CREDIT_UNITS);
      block.areas = splitList(cell("coursework_areas")).map((a) => vocabulary(a, RECOGNISED_AREAS));
      source.courseworkRows.push(row);
      coursework.push(block);
    }
    if (has(cells, DEGREE_COLUMNS)) {
      const degree: Record<string, unknown> = {};
      if (cell("degree_level")) degree.level = vocabulary(cell("degree_level"), DEGREE_LEVELS);
      if (cell("degree_field")) degree.field = vocabulary(cell("degree_field"), RECOGNISED_AREAS);
      source.degreeRows.push(row);
      degrees.push(degree);
    }
  }
  if (coursework.length) education.coursework = coursework;
  if (degrees.length) education.degrees = degrees;
  const raw: Record<string, unknown> = {};
  if (values.name !== undefined) raw.name = values.name;
  if (values.asOf !== undefined) raw.asOf = values.asOf;
  raw.education = education;
  if (experience.length) raw.experience = experience;
  return { index, id: group.id, raw, errors, csv: source };
}

/**
 * Read a pool CSV. The header (row 1) names the columns, in any order;
 * rows are numbered as a spreadsheet shows them. A file whose header is
 * unusable cannot be read at all; any other problem belongs to an applicant.
 * @example parsePoolCsv("applicant_id,high_school\nA1,diploma\n").ok // true
 */
export function parsePoolCsv(text: string): PoolReading {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return fatal("The file is empty: add a header row naming the columns (see the template) and one row per job.");
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), header: false, skipEmptyLines: false });
  const quoteProblem = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteProblem) {
    const row = (quoteProblem.row ?? 0) + 1;
    return fatal(`Row ${row}: a quoted cell is not closed or has a stray quote mark. Close every cell that starts with " with another ", and write a " inside a cell as "".`);
  }
  const [header = [], ...records] = parsed.data;
  const names = header.map(normaliseHeader);
  const problems: string[] = [];
  names.forEach((name, i) => {
    if (name === "") {
      // A spreadsheet often saves empty trailing columns; they are harmless when every cell below is empty too.
      if (records.some((r) => (r[i] ?? "").trim() !== "")) problems.push(`column ${i + 1} has cells but no heading: give it a heading from the layout or delete it`);
    } else if (!KNOWN.has(name)) problems.push(`"${header[i].trim()}" is not a column of the layout: correct its spelling to one of ${[...KNOWN].join(", ")}, or delete the column`);
    else if (names.indexOf(name) !== i) problems.push(`"${name}" appears twice: keep one column of each name`);
  });
  for (const c of CSV_COLUMNS) if (c.requiredColumn && !names.includes(c.name)) problems.push(`add a column headed "${c.name}"`);
  if (problems.length) return fatal(`Row 1 (the header): ${problems.join("; ")}.`);

  const groups = new Map<string, Group>();
  // Applicants in order of their first row; a row without an id stands alone, in its place.
  const order: Array<Group | PoolError[]> = [];
  records.forEach((record, i) => {
    const row = i + 2;
    if (record.every((c) => c.trim() === "")) return;
    const cells: Cells = new Map();
    names.forEach((name, c) => {
      if (name !== "") cells.set(name, record[c] ?? "");
    });
    const rowErrors: PoolError[] = [];
    if (record.slice(names.length).some((c) => c.trim() !== ""))
      rowErrors.push({ row, column: null, index: null, path: "", message: `Row ${row} has ${record.length} cells but the header names ${names.length} columns: delete the extra cells or give their column a heading` });
    const id = (cells.get("applicant_id") ?? "").trim();
    if (id === "") {
      rowErrors.push({ row, column: "applicant_id", index: null, path: "", message: `Enter an applicant_id on row ${row}: every row needs the id of the applicant it belongs to` });
      order.push(rowErrors);
      return;
    }
    let group = groups.get(id);
    if (!group) {
      group = { id, rows: [], errors: [] };
      groups.set(id, group);
      order.push(group);
    }
    group.rows.push({ row, cells });
    group.errors.push(...rowErrors);
  });
  const candidates = order.map((entry, index): PoolCandidate => {
    if (!Array.isArray(entry)) return buildApplicant(entry, index);
    const row = entry[0].row!;
    return { index, id: "", raw: null, errors: entry, csv: { rows: [row], fieldRows: {}, jobRows: [], courseworkRows: [], degreeRows: [] } };
  });
  return { ok: true, format: "csv", candidates };
}
