/**
 * Read the pool CSV layout (docs/csv-format.md) into applicant-format objects,
 * one per `applicant_id`, remembering which row and column every value came
 * from so that the applicant format's errors can be shown where a person can
 * fix them. Values are converted leniently (case, spaces, yes/no); anything
 * that cannot be converted is passed on as typed, so the applicant format's
 * own message names the problem.
 */
import Papa from "papaparse";
import { APPLICANT_FIELDS, applicantField, type FieldGroup } from "./applicant-fields";
import { allowedValues, plainFields } from "./field-values";
import { columnByField, columnsOf, CSV_COLUMNS, MULTI_VALUE_SEPARATOR } from "./csv-columns";
import { suggestValue } from "./suggest-value";
import type { CsvSource, PoolCandidate, PoolError, PoolReading } from "./pool-types";

const KNOWN = new Set(CSV_COLUMNS.map((c) => c.name));
const JOB_COLUMNS = columnsOf("job");
const COURSEWORK_COLUMNS = columnsOf("coursework");
const DEGREE_COLUMNS = columnsOf("degree");
const CREDENTIAL_COLUMNS = columnsOf("credential");
const DECISION_COLUMNS = columnsOf("decision");

/** The allowed values of a field, from APPLICANT_FIELDS. */
const values = (group: FieldGroup, name: string): readonly string[] => allowedValues(applicantField(group, name)) ?? [];
const KINDS = values("job", "kinds");
const UNITS = values("coursework", "unit");
const COURSEWORK_LEVELS = values("coursework", "level");
const AREAS = values("coursework", "areas");
const DEGREE_LEVELS = values("degree", "level");
const FIELDS_OF_STUDY = values("degree", "field");
const DECISION_OUTCOMES = values("decision", "outcome");
const HIGH_SCHOOL = values("applicant", "education.highSchool");

/** Applicant-level columns and the applicant-format field each fills. */
const APPLICANT_COLUMNS: Array<{ column: string; field: string }> = Object.entries(columnByField("applicant")).map(([field, column]) => ({ column, field }));

/** "Applicant ID", "applicant-id" and "APPLICANT_ID" are all `applicant_id`. */
export function normaliseHeader(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** Words compared without case, punctuation or spacing: "Bachelor's degree" is "bachelor-s-degree". */
const wordsKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The words the screener's own form shows for a value ("High school diploma", "Bachelor's degree", "Semester hours"), as officers copy them into a spreadsheet: every option of APPLICANT_FIELDS. */
const LABELS = new Map<string, string>(APPLICANT_FIELDS.flatMap((f) => (f.options ?? []).map((o): [string, string] => [wordsKey(o.label), o.value])));

/**
 * A closed-vocabulary value as people type it ("Customer Service", "GED",
 * "High school diploma") in the format's spelling, or as typed when it is none of them.
 */
function vocabulary(text: string, values: readonly string[]): string {
  if (values.includes(text)) return text;
  const v = text.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (values.includes(v)) return v;
  const labelled = LABELS.get(wordsKey(text));
  return labelled !== undefined && values.includes(labelled) ? labelled : text.trim();
}

function splitList(text: string): string[] {
  if (text === "") return [];
  if (!text.includes(MULTI_VALUE_SEPARATOR)) return [text];
  return text
    .split(MULTI_VALUE_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** `37,5`: a decimal comma, as spreadsheets in many countries write it. One or two digits after the comma are never a thousands separator. */
const DECIMAL_COMMA = /^[+-]?\d+,\d{1,2}$/;

/** A number cell; text that is not a number is passed on so the format's message names it. */
function number(text: string): number | string | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (DECIMAL_COMMA.test(t)) return Number(t.replace(",", "."));
  return NUMBER.test(t) ? Number(t) : t;
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

/** A row's cells, read by column name (trimmed; "" for a column the file lacks). */
type Cells = (name: string) => string;

/** Into a list item, the fields saved only when given (`plain` in APPLICANT_FIELDS), from their cells as typed. */
function plainCells(group: FieldGroup, cell: Cells, item: Record<string, unknown>): void {
  for (const f of plainFields(group)) if (f.column !== undefined && cell(f.column)) item[f.name] = cell(f.column);
}

/** One applicant being built as its rows arrive. */
interface Builder {
  candidate: PoolCandidate;
  source: CsvSource;
  values: Record<string, string>;
  education: Record<string, unknown>;
  experience: unknown[];
  coursework: unknown[];
  degrees: unknown[];
  credentials: unknown[];
  decisions: unknown[];
}

function fatal(message: string): PoolReading {
  return { ok: false, format: "csv", message };
}

/** How far down the file the header is looked for, past a title or notes a spreadsheet has above it. */
const HEADER_SEARCH_ROWS = 10;

const DELIMITERS = [",", ";", "\t"] as const;

/**
 * Which of comma, semicolon or tab separates the header's column names: the
 * one that gives a line near the top an `applicant_id` column (a title above
 * the header may have no separator), else the one the first line uses most.
 */
function detectDelimiter(text: string): string {
  const top = text.slice(0, 64 * 1024).split(/\r?\n/, HEADER_SEARCH_ROWS);
  for (const line of top) {
    for (const d of DELIMITERS) if (line.split(d).some((cell) => normaliseHeader(cell.replace(/^"|"$/g, "")) === "applicant_id")) return d;
  }
  const first = top.find((line) => line.trim() !== "") ?? "";
  let best = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = first.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** Problems with the header (row 1) that make the file unreadable; empty when it is usable. */
function headerProblems(header: string[], names: string[]): string[] {
  const problems: string[] = [];
  const unused = [...KNOWN].filter((k) => !names.includes(k));
  names.forEach((name, i) => {
    const suggestion = name !== "" && !KNOWN.has(name) ? suggestValue(name, unused) : null;
    if (suggestion) problems.push(`"${header[i].trim()}" is not a column of the layout: did you mean "${suggestion}"? Rename the heading, or delete the column`);
    else if (name !== "" && !KNOWN.has(name))
      problems.push(`"${header[i].trim()}" is not a column of the layout: correct its spelling to one of ${[...KNOWN].join(", ")}, or delete the column`);
    else if (name !== "" && names.indexOf(name) !== i) problems.push(`"${name}" appears twice: keep one column of each name`);
  });
  for (const c of CSV_COLUMNS) if (c.requiredColumn && !names.includes(c.name)) problems.push(`add a column headed "${c.name}"`);
  return problems;
}

function newBuilder(id: string, index: number, columns: readonly string[]): Builder {
  const source: CsvSource = { rows: [], fieldRows: {}, jobRows: [], courseworkRows: [], degreeRows: [], credentialRows: [], decisionRows: [], columns };
  const raw: Record<string, unknown> = {};
  return { candidate: { index, id, raw, errors: [], csv: source }, source, values: {}, education: {}, experience: [], coursework: [], degrees: [], credentials: [], decisions: [] };
}

/** Add one row's values to its applicant. */
function addRow(b: Builder, row: number, cell: Cells, has: { job: boolean; coursework: boolean; degree: boolean; credential: boolean; decision: boolean }): void {
  const { source, values, candidate } = b;
  const errors = candidate.errors;
  source.rows.push(row);
  for (const { column, field } of APPLICANT_COLUMNS) {
    const value = cell(column);
    if (value === "") continue;
    const given = values[field];
    if (given === undefined) {
      values[field] = value;
      source.fieldRows[field] = row;
    } else if (given !== value) {
      errors.push({
        row,
        column,
        index: null,
        path: field,
        message: `Row ${row} gives ${column} "${value}" but row ${source.fieldRows[field]} gives "${given}" for applicant ${candidate.id}: give the same value on every row of the applicant, or leave it empty after the first`,
      });
    }
  }
  if (has.job) {
    const job: Record<string, unknown> = {};
    // Employer, title, officer's note and sector (1.1, 1.2): as typed, when given.
    plainCells("job", cell, job);
    if (cell("start")) job.start = cell("start");
    job.end = cell("end") === "" ? null : cell("end");
    const hours = number(cell("hours_per_week"));
    if (hours !== undefined) job.hoursPerWeek = hours;
    job.kinds = splitList(cell("kinds")).map((k) => vocabulary(k, KINDS));
    const supervisory = cell("supervisory").toLowerCase();
    if (YES.has(supervisory)) job.supervisory = true;
    else if (NO.has(supervisory)) job.supervisory = false;
    else if (supervisory !== "") {
      errors.push({ row, column: "supervisory", index: null, path: `experience[${b.experience.length}].supervisory`, message: `Enter yes or no for supervisory (or leave it empty for no), not "${cell("supervisory")}"` });
    }
    const comparable = splitList(cell("comparable_to"));
    if (comparable.length) job.comparableTo = comparable;
    // 1.1: the share of qualifying duties ("75" or "75%").
    const percent = number(cell("qualifying_percent").replace(/\s*%$/, ""));
    if (percent !== undefined) job.qualifyingPercent = percent;
    source.jobRows.push(row);
    b.experience.push(job);
  }
  if (has.coursework) {
    const block: Record<string, unknown> = {};
    const hours = number(cell("coursework_hours"));
    if (hours !== undefined) block.hours = hours;
    if (cell("coursework_unit")) block.unit = vocabulary(cell("coursework_unit"), UNITS);
    if (cell("coursework_level")) block.level = vocabulary(cell("coursework_level"), COURSEWORK_LEVELS);
    block.areas = splitList(cell("coursework_areas")).map((a) => vocabulary(a, AREAS));
    source.courseworkRows.push(row);
    b.coursework.push(block);
  }
  if (has.degree) {
    const degree: Record<string, unknown> = {};
    if (cell("degree_level")) degree.level = vocabulary(cell("degree_level"), DEGREE_LEVELS);
    if (cell("degree_field")) degree.field = vocabulary(cell("degree_field"), FIELDS_OF_STUDY);
    source.degreeRows.push(row);
    b.degrees.push(degree);
  }
  if (has.credential) {
    // The id stays even when empty, so the format's message ("enter the credential's id") names the cell.
    const credential: Record<string, unknown> = { id: cell("credential_id") };
    plainCells("credential", cell, credential);
    (source.credentialRows ??= []).push(row);
    b.credentials.push(credential);
  }
  if (has.decision) {
    // The reason stays even when empty, so the format's message ("it is required") names the cell.
    const decision: Record<string, unknown> = { level: cell("decision_level"), outcome: vocabulary(cell("decision_outcome"), DECISION_OUTCOMES), reason: cell("decision_reason") };
    plainCells("decision", cell, decision);
    (source.decisionRows ??= []).push(row);
    b.decisions.push(decision);
  }
}

/** The applicant-format object, in the format's field order, once every row is in. */
function finish(b: Builder): PoolCandidate {
  const { values, education } = b;
  const raw = b.candidate.raw as Record<string, unknown>;
  if (values.name !== undefined) raw.name = values.name;
  if (values.asOf !== undefined) raw.asOf = values.asOf;
  if (values["education.highSchool"] !== undefined) education.highSchool = vocabulary(values["education.highSchool"], HIGH_SCHOOL);
  if (b.coursework.length) education.coursework = b.coursework;
  if (b.degrees.length) education.degrees = b.degrees;
  if (b.credentials.length) education.credentials = b.credentials;
  raw.education = education;
  if (b.experience.length) raw.experience = b.experience;
  if (b.decisions.length) raw.levelDecisions = b.decisions;
  return b.candidate;
}

/**
 * Read a pool CSV. The header (row 1) names the columns, in any order;
 * rows are numbered as a spreadsheet shows them. A file whose header is
 * unusable cannot be read at all; any other problem belongs to an applicant.
 * Rows are turned into applicants as they are read, so a large file is never
 * held twice.
 * @example parsePoolCsv("applicant_id,high_school\nA1,diploma\n").ok // true
 */
export function parsePoolCsv(text: string): PoolReading {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return fatal("The file is empty: add a header row naming the columns (see the template) and one row per job.");
  // A workbook (.xlsx and .ods are zips, .xls binary) read as text: zero bytes, or the zip signature.
  if (body.startsWith("PK\u0003\u0004") || body.slice(0, 4096).includes("\u0000"))
    return fatal(
      'This is not a CSV file: it looks like a spreadsheet workbook (such as .xlsx) or another binary file. In the spreadsheet, save or download the sheet as "CSV UTF-8" (comma-separated values), then choose that file.',
    );
  let header: string[] | null = null;
  let names: string[] = [];
  let at = new Map<string, number>();
  let jobAt: number[] = [];
  let courseworkAt: number[] = [];
  let degreeAt: number[] = [];
  let credentialAt: number[] = [];
  let decisionAt: number[] = [];
  let problem: string | null = null;
  /** What is wrong with the first row that could be the header, in case no later row is. */
  let firstTry: string | null = null;
  const unnamedWithCells = new Set<number>();
  const groups = new Map<string, Builder>();
  // Applicants in order of their first row; a row without an id stands alone, in its place.
  const order: Builder[] = [];
  let row = 0;
  const filled = (cell: string | undefined): boolean => cell !== undefined && cell !== "" && cell.trim() !== "";
  const indices = (columns: string[]): number[] => columns.map((c) => at.get(c)).filter((i): i is number => i !== undefined);

  const delimiter = detectDelimiter(body);
  // A cell holding the separator must be quoted, or the cells after it move one place right.
  const separator = delimiter === "\t" ? "tab" : delimiter === ";" ? "semicolon" : "comma";
  const quoteHint = `a cell that holds a ${separator} must be in quotes, for example ${delimiter === ";" ? '"customer-service;other"' : '"Acme, Inc."'}`;
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      row++;
      const quotes = result.errors.find((e) => e.type === "Quotes");
      if (quotes) {
        problem = `Row ${row}: a quoted cell is not closed or has a stray quote mark. Close every cell that starts with " with another ", and write a " inside a cell as "".`;
        parser.abort();
        return;
      }
      const record = result.data;
      if (header === null) {
        // Blank rows, a title or a note above the header are skipped: the header is the first row that names the layout's columns.
        if (!record.some(filled)) return;
        const problems = headerProblems(record, record.map(normaliseHeader));
        if (problems.length) {
          firstTry ??= `Row ${row} (the header): ${problems.join("; ")}.`;
          if (row >= HEADER_SEARCH_ROWS) {
            problem = firstTry;
            parser.abort();
          }
          return;
        }
        header = record;
        names = record.map(normaliseHeader);
        at = new Map(names.map((name, i) => [name, i] as [string, number]).filter(([name]) => name !== ""));
        [jobAt, courseworkAt, degreeAt, credentialAt, decisionAt] = [indices(JOB_COLUMNS), indices(COURSEWORK_COLUMNS), indices(DEGREE_COLUMNS), indices(CREDENTIAL_COLUMNS), indices(DECISION_COLUMNS)];
        return;
      }
      if (!record.some(filled)) return;
      names.forEach((name, c) => {
        // A spreadsheet often saves empty trailing columns; they are harmless while every cell below is empty too.
        if (name === "" && filled(record[c])) unnamedWithCells.add(c + 1);
      });
      const cells: Cells = (name) => {
        const c = at.get(name);
        const cell = c === undefined ? undefined : record[c];
        return cell === undefined ? "" : cell.trim();
      };
      const rowErrors: PoolError[] = [];
      const tooMany = record.length > names.length ? `Row ${row} has ${record.length} cells but the header names ${names.length} columns` : null;
      const extraFilled = tooMany !== null && record.slice(names.length).some(filled);
      if (extraFilled)
        rowErrors.push({ row, column: null, index: null, path: "", message: `${tooMany}: delete the extra cells or give their column a heading; ${quoteHint}` });
      const id = cells("applicant_id");
      if (id === "") {
        rowErrors.push({ row, column: "applicant_id", index: null, path: "", message: `Enter an applicant_id on row ${row}: every row needs the id of the applicant it belongs to` });
        const stray = newBuilder("", order.length, names);
        stray.candidate.raw = null;
        stray.candidate.errors.push(...rowErrors);
        stray.source.rows.push(row);
        order.push(stray);
        return;
      }
      let b = groups.get(id);
      if (!b) {
        b = newBuilder(id, order.length, names);
        groups.set(id, b);
        order.push(b);
      }
      b.candidate.errors.push(...rowErrors);
      // Empty extra cells are often harmless, but if the row has a problem, its cells may have moved.
      if (tooMany !== null && !extraFilled)
        (b.source.shiftedRows ??= {})[row] = `${tooMany}, so its cells may have moved one place to the right: ${quoteHint}`;
      addRow(b, row, cells, {
        job: jobAt.some((c) => filled(record[c])),
        coursework: courseworkAt.some((c) => filled(record[c])),
        degree: degreeAt.some((c) => filled(record[c])),
        credential: credentialAt.some((c) => filled(record[c])),
        decision: decisionAt.some((c) => filled(record[c])),
      });
    },
  });
  if (problem !== null) return fatal(problem);
  if (header === null) return fatal(firstTry ?? "The file is empty: add a header row naming the columns (see the template) and one row per job.");
  if (unnamedWithCells.size)
    return fatal(`Row 1 (the header): ${[...unnamedWithCells].map((c) => `column ${c} has cells but no heading: give it a heading from the layout or delete it`).join("; ")}.`);
  if (order.length === 0) return fatal("The file has a header row but no applicants below it: add one row per job (see the template), then choose the file again.");
  return { ok: true, format: "csv", candidates: order.map((b) => (b.candidate.raw === null ? b.candidate : finish(b))) };
}
