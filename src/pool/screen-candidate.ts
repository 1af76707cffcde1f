/**
 * Check one pool candidate against the applicant format and screen it,
 * keeping only what a results table needs. Errors are located where a person
 * can fix them: a CSV row and column, or a JSON index and path.
 */
import type { Applicant } from "../engine/applicant-schema";
import type { Catalog } from "../engine/catalog";
import { screenApplicant, screenOutcomes, type ScreenOptions } from "../engine/screen-applicant";
import { validateApplicant, vocabularyOf, type ApplicantVocabulary } from "../engine/validate-applicant";
import { findField, placeOf, type ApplicantField, type PathPlace } from "./applicant-fields";
import { allowedValues } from "./field-values";
import { CSV_COLUMNS } from "./csv-columns";
import type { CsvSource, PoolCandidate, PoolError, PoolRow, ScreenedRow } from "./pool-types";
import { suggestValue } from "./suggest-value";

/** The CSV rows each list's items came from. */
const ROWS: Record<PathPlace["group"], (source: CsvSource) => number[]> = {
  job: (s) => s.jobRows,
  coursework: (s) => s.courseworkRows,
  degree: (s) => s.degreeRows,
  credential: (s) => s.credentialRows ?? [],
  decision: (s) => s.decisionRows ?? [],
};

const COLUMN_ORDER = new Map(CSV_COLUMNS.map((c, i) => [c.name, i]));
const columnOrder = (column: string | null): number => (column === null ? -1 : (COLUMN_ORDER.get(column) ?? CSV_COLUMNS.length));

/** 3/1/2021, 1.3.2021, 2021/03/01, 2021-3-1: dates as spreadsheets display them. */
const SPREADSHEET_DATE = /^(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}[/.]\d{1,2}[/.]\d{1,2}|\d{4}-\d-\d{1,2}|\d{4}-\d{1,2}-\d)$/;

/** The field of APPLICANT_FIELDS a located error's path names, if any: `experience[0].kinds[2]` is a job's kinds. */
function fieldAt(path: string): ApplicantField | undefined {
  const place = placeOf(path);
  if (place) return place.name === undefined ? undefined : findField(place.group, place.name);
  return findField("applicant", path);
}

/**
 * The values a field at this path may take: its allowed values in
 * APPLICANT_FIELDS, and for kinds, sectors and credentials the loaded class
 * files' ids too (format 1.2).
 */
function valuesAt(path: string, vocabulary: ApplicantVocabulary | undefined): readonly string[] | undefined {
  const field = fieldAt(path);
  if (vocabulary && field?.group === "job" && field.name === "kinds") return [...vocabulary.kinds];
  if (vocabulary && field?.group === "job" && field.name === "sector") return [...vocabulary.sectors];
  if (vocabulary && field?.group === "credential" && field.name === "id") return [...vocabulary.credentials];
  return allowedValues(field);
}

/** `Did you mean "customer-service"?` for a value one typo away from its field's values; "" otherwise. */
function didYouMean(path: string, value: unknown, vocabulary: ApplicantVocabulary | undefined): string {
  const values = valuesAt(path, vocabulary);
  const suggestion = values?.length && typeof value === "string" ? suggestValue(value, values) : null;
  return suggestion ? `. Did you mean "${suggestion}"?` : "";
}

/** What a CSV cell holds, in words: its text, or that it is empty, or that the file has no such column. */
function cellContent(source: CsvSource, column: string, value: unknown): string {
  if (typeof value === "string" && value !== "") return ` (the cell has "${value}")`;
  const empty = value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
  if (!empty) return "";
  return source.columns.includes(column) ? " (the cell is empty)" : ` (the file has no ${column} column: add one)`;
}

/**
 * The CSV row and column an applicant-format path came from.
 * @example locateCsvPath(source, "experience[1].start") // { row: 4, column: "start" }
 */
export function locateCsvPath(source: CsvSource, path: string): { row: number; column: string | null } {
  const first = source.rows[0];
  const place = placeOf(path);
  if (place) {
    const rows = ROWS[place.group](source);
    const field = place.name === undefined ? undefined : findField(place.group, place.name);
    return { row: rows[place.index] ?? first, column: field?.column ?? null };
  }
  const column = findField("applicant", path)?.column;
  if (column) return { row: source.fieldRows[path] ?? first, column };
  return { row: first, column: null };
}

/**
 * Words for where an error is: "Row 5, column start" or "Applicant 3 (index 2), experience[0].end".
 * @example describeLocation({ row: 5, column: "start", index: null, path: "experience[0].start", message: "" }) // "Row 5, column start"
 */
export function describeLocation(error: PoolError): string {
  if (error.row !== null) return `Row ${error.row}${error.column ? `, column ${error.column}` : ""}`;
  const who = error.index !== null ? `Applicant ${error.index + 1} (index ${error.index})` : "Applicant";
  return error.path ? `${who}, ${error.path}` : who;
}

/** Check a candidate against the applicant format; every problem located. */
export function checkCandidate(candidate: PoolCandidate, vocabulary?: ApplicantVocabulary): { ok: true; applicant: Applicant } | { ok: false; errors: PoolError[] } {
  // A CSV row without an applicant id has nothing to check.
  if (candidate.raw === null && candidate.errors.length) return { ok: false, errors: candidate.errors };
  const v = validateApplicant(candidate.raw, vocabulary);
  if (v.ok && candidate.errors.length === 0) return v;
  const found = v.ok ? [] : v.errors;
  const errors = [...candidate.errors];
  for (const e of found) {
    const value = valueAt(candidate.raw, e.path);
    const suggestion = didYouMean(e.path, value, vocabulary);
    if (candidate.csv) {
      const { row, column } = locateCsvPath(candidate.csv, e.path);
      // Say what the cell holds, so the person can find it at a glance.
      const shown = column ? cellContent(candidate.csv, column, value) : "";
      // Spreadsheets rewrite 2021-03-01 as 3/1/2021 unless the column is text.
      const hint = typeof value === "string" && SPREADSHEET_DATE.test(value) ? ". A spreadsheet may have changed the date: format the column as text and type the date as yyyy-mm-dd" : "";
      errors.push({ row, column, index: null, path: e.path, message: `${e.message}${shown}${hint}${suggestion}` });
    } else errors.push({ row: null, column: null, index: candidate.index, path: e.path, message: `${e.message}${suggestion}` });
  }
  // A row with a problem and more cells than the header: its cells may have moved, which explains the problem.
  const shiftedRows = candidate.csv?.shiftedRows;
  if (shiftedRows) {
    for (const row of new Set(errors.map((e) => e.row))) {
      const note = row === null ? undefined : shiftedRows[row];
      if (note) errors.push({ row, column: null, index: null, path: "", message: note });
    }
  }
  // In file order, so a person can work down the spreadsheet and across each row.
  if (candidate.csv) errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.column) - columnOrder(b.column));
  return { ok: false, errors };
}

/** The value at an applicant-format path such as `experience[0].kinds[1]`. */
function valueAt(raw: unknown, path: string): unknown {
  let value = raw;
  for (const part of path.split(/\.|\[|\]/).filter((p) => p !== "")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function nameOf(raw: unknown): string {
  const name = raw && typeof raw === "object" ? (raw as { name?: unknown }).name : undefined;
  return typeof name === "string" ? name : "";
}

/**
 * Screen one candidate: its outcome per catalog level (and, when
 * `shortfalls` is true, what each unmet level is missing), or its located
 * errors. Without shortfalls the engine decides outcomes only, which is many
 * times faster than explaining them.
 * @example screenCandidate(candidate, catalog, { today: "2026-11-22" }).ok
 */
export function screenCandidate(candidate: PoolCandidate, catalog: Catalog, options: ScreenOptions, shortfalls = false): PoolRow {
  const checked = checkCandidate(candidate, vocabularyOf(catalog));
  if (!checked.ok) return { ok: false, index: candidate.index, id: candidate.id, name: nameOf(candidate.raw), errors: checked.errors };
  if (!shortfalls) {
    // Outcomes only: the same decisions, without a result object per level.
    const o = screenOutcomes(checked.applicant, catalog, options);
    const row: ScreenedRow = { ok: true, index: candidate.index, id: candidate.id, name: o.name ?? "", asOf: o.asOf, outcomes: o.outcomes, shortfalls: null };
    if (o.waiting) row.waiting = o.waiting;
    return row;
  }
  // Callers screening many applicants pass options with `explain` already set, saving a copy per applicant.
  const result = screenApplicant(checked.applicant, catalog, options.explain === shortfalls ? options : { ...options, explain: shortfalls });
  const row: ScreenedRow = {
    ok: true,
    index: candidate.index,
    id: candidate.id,
    name: result.name ?? "",
    asOf: result.asOf,
    outcomes: result.levels.map((l) => l.outcome),
    shortfalls: result.levels.map((l) => l.shortfall?.text ?? null),
  };
  // Levels waiting on the agency's substitution policy: the pool's counts say how many hang on it.
  const waiting: number[] = [];
  result.levels.forEach((l, i) => {
    if (l.outcome === "review" && l.substitution) waiting.push(i);
  });
  if (waiting.length) row.waiting = waiting;
  return row;
}
