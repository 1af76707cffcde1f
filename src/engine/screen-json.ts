import type { Catalog } from "./catalog";
import type { LevelResult } from "./result-types";
import { screenApplicant, type ScreenOptions } from "./screen-applicant";
import { validateApplicant, vocabularyOf, type LocatedError } from "./validate-applicant";

/** One applicant's screening as the command line prints it (../shared/applicant-format.md). */
export interface ScreenedRecord {
  name: string | null;
  asOf: string;
  levels: Array<{
    id: string;
    title: string;
    outcome: LevelResult["outcome"];
    explanation: string[];
    shortfall: string | null;
    whatIf: LevelResult["whatIf"];
    decision?: LevelResult["decision"];
  }>;
}

/** An applicant that failed validation, in its place in the output. */
export interface InvalidRecord {
  index: number;
  errors: LocatedError[];
}

/** The plain sentences of a level's explanation, in order. */
export function explanationText(level: LevelResult): string[] {
  return level.steps.map((s) => s.text);
}

/**
 * Validate and screen one applicant into its command-line record: the
 * screening, or its located errors under its index in the file.
 * @example screenRecord({ education: { highSchool: "ged" } }, 0, catalog, { today: "2026-11-22" })
 */
export function screenRecord(raw: unknown, index: number, catalog: Catalog, options: ScreenOptions): ScreenedRecord | InvalidRecord {
  const v = validateApplicant(raw, vocabularyOf(catalog));
  if (!v.ok) return { index, errors: v.errors };
  const result = screenApplicant(v.applicant, catalog, options);
  return {
    name: result.name ?? null,
    asOf: result.asOf,
    levels: result.levels.map((l) => ({
      id: l.id,
      title: l.title,
      file: l.file,
      outcome: l.outcome,
      explanation: explanationText(l),
      shortfall: l.shortfall?.text ?? null,
      whatIf: l.whatIf,
      // "A level with a levelDecisions entry also carries decision".
      ...(l.decision ? { decision: l.decision } : {}),
    })),
  };
}

/** The applicants of a parsed file: one object, or an array of them. */
export function applicantsOf(input: unknown): unknown[] {
  return Array.isArray(input) ? input : [input];
}

/**
 * Validate and screen every applicant of a parsed file (one object or an
 * array), in input order. Invalid applicants get their located errors in
 * their place; the others are still screened.
 * @example screenParsed([{ education: { highSchool: "ged" } }], catalog, { today: "2026-11-22" })
 */
export function screenParsed(input: unknown, catalog: Catalog, options: ScreenOptions): { records: Array<ScreenedRecord | InvalidRecord>; invalid: number } {
  let invalid = 0;
  const records = applicantsOf(input).map((raw, index) => {
    const record = screenRecord(raw, index, catalog, options);
    if ("errors" in record) invalid++;
    return record;
  });
  return { records, invalid };
}
