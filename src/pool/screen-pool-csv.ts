/**
 * The command line's `--format csv` path: screen every candidate in file
 * order and write the results CSV as it goes, in chunks, so 100,000
 * applicants never sit in memory as one string or as full explanations.
 */
import type { Catalog } from "../engine/catalog";
import type { ScreenOptions } from "../engine/screen-applicant";
import type { InvalidRow, PoolCandidate } from "./pool-types";
import { csvLines, poolLevels, resultsCsvCells, resultsCsvHeader } from "./results-csv";
import { screenCandidate } from "./screen-candidate";

/** Lines per chunk handed to `write`. */
const CHUNK = 250;

/**
 * Screen candidates and write the results CSV (header first) through `write`,
 * outcomes only unless `shortfalls` asks for each unmet level's shortfall
 * (which needs full explanations, many times slower).
 * Returns the applicants that could not be screened, for the caller to report.
 * @example writePoolCsv(candidates, catalog, { today: "2026-11-22" }, (s) => process.stdout.write(s))
 */
export function writePoolCsv(
  candidates: Iterable<PoolCandidate>,
  catalog: Catalog,
  options: ScreenOptions,
  write: (chunk: string) => void,
  // CRLF, as RFC 4180 and docs/csv-format.md say, the same as the page's download (resultsToCsv).
  { shortfalls = false, eol = "\r\n" }: { shortfalls?: boolean; eol?: string } = {},
): { screened: number; invalid: InvalidRow[] } {
  const levels = poolLevels(catalog);
  const invalid: InvalidRow[] = [];
  let chunk: string[][] = [resultsCsvHeader(levels, shortfalls)];
  const screenOptions = { ...options, explain: shortfalls };
  let screened = 0;
  for (const candidate of candidates) {
    const row = screenCandidate(candidate, catalog, screenOptions, shortfalls);
    if (row.ok) screened++;
    else invalid.push(row);
    chunk.push(resultsCsvCells(row, levels.length, shortfalls));
    if (chunk.length === CHUNK) {
      write(csvLines(chunk, eol));
      chunk = [];
    }
  }
  if (chunk.length) write(csvLines(chunk, eol));
  return { screened, invalid };
}
