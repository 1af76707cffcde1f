/** What reading and screening a pool file produces, shared by the page and the command line. */
import type { Outcome } from "../engine/result-types";

/** Where an applicant's fields came from in a CSV file: spreadsheet row numbers (the header is row 1). */
export interface CsvSource {
  /** Every row of the applicant, in file order. */
  rows: number[];
  /** The row that gave each applicant-level value, by applicant-format field (`name`, `asOf`, `education.highSchool`). */
  fieldRows: Record<string, number>;
  /** The row of each job, coursework block and degree, in order. */
  jobRows: number[];
  courseworkRows: number[];
  degreeRows: number[];
  /** The row of each of the officer's decisions (`levelDecisions`), in order. */
  decisionRows?: number[];
  /** (1.2) The row of each licence or certificate (`education.credentials`), in order. */
  credentialRows?: number[];
  /** The file's column names (normalised), shared by every applicant: to tell an empty cell from a missing column. */
  columns: readonly string[];
  /**
   * Rows with more cells than the header (the extra ones empty), each with a
   * note saying its cells may have moved: shown only when the row has another problem.
   */
  shiftedRows?: Record<number, string>;
}

/**
 * One problem with one applicant of a pool, located for people: a CSV row
 * and column, or a JSON array index and applicant-format path.
 */
export interface PoolError {
  /** CSV row number as a spreadsheet shows it (header = 1); null for JSON input. */
  row: number | null;
  /** CSV column name; null when the problem is the whole row or for JSON input. */
  column: string | null;
  /** Position in a JSON array, counting from 0 (as the applicant format's error records do); null for CSV input. */
  index: number | null;
  /** Applicant-format path, e.g. `experience[0].end`; empty for the whole applicant or a CSV-only problem. */
  path: string;
  message: string;
}

/** An applicant as read from the file, before the applicant format is checked. */
export interface PoolCandidate {
  /** Position among the file's applicants, counting from 0. */
  index: number;
  /** The CSV `applicant_id`, or for JSON the position counting from 1. */
  id: string;
  /** The applicant-format object built from the rows (or the JSON element as it is). */
  raw: unknown;
  /** Problems found while reading the rows, before the format is checked (e.g. conflicting repeats). */
  errors: PoolError[];
  /** Where each field came from, for CSV input. */
  csv: CsvSource | null;
}

/** A file read into candidates, or the reason it cannot be read at all. */
export type PoolReading =
  | { ok: true; format: "csv" | "json"; candidates: PoolCandidate[] }
  | { ok: false; format: "csv" | "json"; message: string };

/** One screened applicant, as light as the results table needs. */
export interface ScreenedRow {
  ok: true;
  index: number;
  id: string;
  name: string;
  asOf: string;
  /** Outcome per catalog level, in catalog order. */
  outcomes: Outcome[];
  /**
   * Shortfall text per catalog level (null unless the outcome is
   * does-not-meet), when asked for: the words cost a full explanation, so
   * the fast outcome-only screening leaves this null.
   */
  shortfalls: Array<string | null> | null;
  /**
   * Level indices (catalog order) where the outcome is `review` only because
   * a substitution left to the agency is undecided; absent when there is none,
   * so a large pool's rows stay light.
   */
  waiting?: number[];
}

/** An applicant that failed validation, with every located problem. */
export interface InvalidRow {
  ok: false;
  index: number;
  id: string;
  /** The name, when the file gives one as text. */
  name: string;
  errors: PoolError[];
}

export type PoolRow = ScreenedRow | InvalidRow;

/** Level columns of a results table or export, in catalog order. */
export interface PoolLevel {
  id: string;
  title: string;
  seriesTitle: string;
}
