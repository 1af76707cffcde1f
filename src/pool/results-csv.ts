/**
 * Screening results as CSV: one row per applicant in file order, a column per
 * level's outcome, optionally a column per level's shortfall, and an errors
 * column for applicants that could not be screened. Shared by the page's
 * download and `npm run screen -- --format csv`.
 */
import Papa from "papaparse";
import type { Catalog } from "../engine/catalog";
import { describeLocation } from "./screen-candidate";
import type { PoolError, PoolLevel, PoolRow } from "./pool-types";

/** The levels of a catalog as result columns, in catalog order. */
export function poolLevels(catalog: Catalog): PoolLevel[] {
  return catalog.levels.map((l) => ({ id: l.level.id, title: l.level.title, seriesTitle: l.series.title }));
}

/**
 * Cells a spreadsheet would run as a formula: those beginning with = + - @,
 * a tab or a carriage return (OWASP, "CSV Injection"). Papa Parse's own
 * pattern for `escapeFormulae: true` ends in `.*$`, which misses a cell with a
 * line break in it, so the test is on the first character alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const PAPA_OPTIONS = { escapeFormulae: FORMULA_START, header: false } as const;

/**
 * A cell Papa Parse writes as it is: no comma, quote, line break or byte-order
 * mark, no space at either end, and no formula start (the outcome words, ids
 * and dates of nearly every row).
 */
const PLAIN_CELL = /^(?![=+\-@\t\r ])[^,"\r\n\ufeff]*$/;

/** One cell as Papa Parse writes it: a plain cell unchanged, any other through `Papa.unparse`. */
function csvCell(cell: string): string {
  if (PLAIN_CELL.test(cell) && !cell.endsWith(" ")) return cell;
  return Papa.unparse([[cell]], PAPA_OPTIONS);
}

/**
 * Rows of cells as CSV text, each line ended by `eol`: RFC 4180 quoting (a cell
 * with a comma, quote or line break, or a space at either end, is quoted) and
 * every cell that would start a formula given a leading apostrophe, so a
 * spreadsheet shows it as text. Headers are cells too: an agency's level ids
 * become column names. Exactly what `Papa.unparse` writes (a test holds it to
 * that); a cell that needs quoting or escaping is written by Papa Parse, and
 * plain cells, the great majority in a pool of 100,000, skip its per-cell work.
 * @example csvLines([["=1+1", "a,b"]], "\r\n") // `"'=1+1","a,b"\r\n`
 */
export function csvLines(rows: ReadonlyArray<readonly string[]>, eol: string): string {
  let text = "";
  for (const row of rows) {
    let line = "";
    for (let i = 0; i < row.length; i++) line += i === 0 ? csvCell(row[i]) : `,${csvCell(row[i])}`;
    text += line + eol;
  }
  return text;
}

/** Every error of an applicant in one cell: "Row 5, column start: Enter ... | Row 6, ...". */
export function errorsText(errors: PoolError[]): string {
  return errors.map((e) => `${describeLocation(e)}: ${e.message}`).join(" | ");
}

/** The header's cells, with shortfall columns when asked for. */
export function resultsCsvHeader(levels: PoolLevel[], shortfalls: boolean): string[] {
  return ["applicant_id", "name", "as_of", ...levels.map((l) => l.id), ...(shortfalls ? levels.map((l) => `${l.id} shortfall`) : []), "errors"];
}

/** One applicant's cells; `shortfalls` must match the header's. */
export function resultsCsvCells(row: PoolRow, levelCount: number, shortfalls: boolean): string[] {
  const empty = shortfalls ? 2 * levelCount : levelCount;
  if (!row.ok) return [row.id, row.name, "", ...Array<string>(empty).fill(""), errorsText(row.errors)];
  const cells = [row.id, row.name, row.asOf, ...row.outcomes];
  if (shortfalls) {
    if (!row.shortfalls) throw new Error("resultsCsvCells: this row was screened without shortfalls");
    for (const s of row.shortfalls) cells.push(s ?? "");
  }
  cells.push("");
  return cells;
}

/**
 * The whole results file; lines end CRLF by default, as RFC 4180 and
 * spreadsheets expect. Shortfall columns when every screened row has them.
 * @example resultsToCsv(levels, rows).split("\r\n")[0] // "applicant_id,name,as_of,4807,..."
 */
export function resultsToCsv(levels: PoolLevel[], rows: readonly PoolRow[], eol = "\r\n"): string {
  const shortfalls = rows.every((r) => !r.ok || r.shortfalls !== null);
  return csvLines([resultsCsvHeader(levels, shortfalls), ...rows.map((row) => resultsCsvCells(row, levels.length, shortfalls))], eol);
}
