/**
 * Screening results as CSV: one row per applicant in file order, a column per
 * level's outcome, optionally a column per level's shortfall, and an errors
 * column for applicants that could not be screened. Shared by the page's
 * download and `npm run screen -- --format csv`.
 */
import type { Catalog } from "../engine/catalog";
import { describeLocation } from "./screen-candidate";
import type { PoolError, PoolLevel, PoolRow } from "./pool-types";

/** The levels of a catalog as result columns, in catalog order. */
export function poolLevels(catalog: Catalog): PoolLevel[] {
  return catalog.levels.map((l) => ({ id: l.level.id, title: l.level.title, seriesTitle: l.series.title }));
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell (RFC 4180 quoting).
 * @example csvCell('say "hi"') // '"say ""hi"""'
 */
export function csvCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A cell of text the applicant file supplied (id, name): a leading = + - @
 * would make a spreadsheet run it as a formula, so it gets a leading
 * apostrophe, as OWASP advises for CSV exports.
 */
function textCell(text: string): string {
  return csvCell(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

/** Every error of an applicant in one cell: "Row 5, column start: Enter ... | Row 6, ...". */
export function errorsText(errors: PoolError[]): string {
  return errors.map((e) => `${describeLocation(e)}: ${e.message}`).join(" | ");
}

/** The header line (without line end), with shortfall columns when asked for. */
export function resultsCsvHeader(levels: PoolLevel[], shortfalls: boolean): string {
  const columns = ["applicant_id", "name", "as_of", ...levels.map((l) => l.id), ...(shortfalls ? levels.map((l) => `${l.id} shortfall`) : []), "errors"];
  return columns.map(csvCell).join(",");
}

/** One applicant's line (without line end); `shortfalls` must match the header's. */
export function resultsCsvLine(row: PoolRow, levelCount: number, shortfalls: boolean): string {
  const empty = shortfalls ? 2 * levelCount : levelCount;
  if (!row.ok) return `${textCell(row.id)},${textCell(row.name)},${",".repeat(empty)},${csvCell(errorsText(row.errors))}`;
  let line = `${textCell(row.id)},${textCell(row.name)},${row.asOf}`;
  for (const o of row.outcomes) line += `,${o}`;
  if (shortfalls) {
    if (!row.shortfalls) throw new Error("resultsCsvLine: this row was screened without shortfalls");
    for (const s of row.shortfalls) line += `,${s === null ? "" : csvCell(s)}`;
  }
  return `${line},`;
}

/**
 * The whole results file; lines end CRLF by default, as RFC 4180 and
 * spreadsheets expect. Shortfall columns when every screened row has them.
 * @example resultsToCsv(levels, rows).split("\r\n")[0] // "applicant_id,name,as_of,4807,..."
 */
export function resultsToCsv(levels: PoolLevel[], rows: readonly PoolRow[], eol = "\r\n"): string {
  const shortfalls = rows.every((r) => !r.ok || r.shortfalls !== null);
  let out = `${resultsCsvHeader(levels, shortfalls)}${eol}`;
  for (const row of rows) out += `${resultsCsvLine(row, levels.length, shortfalls)}${eol}`;
  return out;
}
