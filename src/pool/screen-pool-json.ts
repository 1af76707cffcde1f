/**
 * A pool read from CSV, screened into the command line's JSON records
 * (../shared/applicant-format.md). A valid applicant's record is exactly
 * what the applicant format prints; an invalid one is
 * `{ index, applicantId, errors: [{ path, message, row, column }] }`: the
 * format's error record, with the applicant's id and each error's CSV row and
 * column added.
 */
import { vocabularyOf } from "../engine/validate-applicant";
import type { Catalog } from "../engine/catalog";
import type { ScreenOptions } from "../engine/screen-applicant";
import { screenParsed, type InvalidRecord, type ScreenedRecord } from "../engine/screen-json";
import type { PoolCandidate } from "./pool-types";
import { checkCandidate } from "./screen-candidate";

export interface LocatedInvalidRecord extends InvalidRecord {
  applicantId: string;
  errors: Array<InvalidRecord["errors"][number] & { row: number | null; column: string | null }>;
}

/**
 * Screen candidates in order into JSON records.
 * @example screenCandidatesJson(reading.candidates, catalog, { today: "2026-11-22" }).invalid // 0
 */
export function screenCandidatesJson(
  candidates: readonly PoolCandidate[],
  catalog: Catalog,
  options: ScreenOptions,
): { records: Array<ScreenedRecord | InvalidRecord | LocatedInvalidRecord>; invalid: number } {
  let invalid = 0;
  const records = candidates.map((candidate) => {
    const checked = checkCandidate(candidate, vocabularyOf(catalog));
    if (checked.ok) return screenParsed(checked.applicant, catalog, options).records[0];
    invalid++;
    return {
      index: candidate.index,
      applicantId: candidate.id,
      errors: checked.errors.map((e) => ({ path: e.path, message: e.message, row: e.row, column: e.column })),
    };
  });
  return { records, invalid };
}
