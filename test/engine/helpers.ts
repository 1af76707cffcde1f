import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import type { Applicant } from "../../src/engine/applicant-schema";
import type { LevelResult } from "../../src/engine/result-types";
import { screenApplicant, type ScreenOptions } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";

export const { catalog } = loadCatalog(BUILTIN_QUALIFICATION_FILES);
export const TODAY = "2026-11-22";

/** Validate (the test input must be a valid applicant) and screen against the built-in catalog. */
export function screen(input: unknown, options: Partial<ScreenOptions> = {}): LevelResult[] {
  const v = validateApplicant(input);
  if (!v.ok) throw new Error(`test applicant is invalid: ${JSON.stringify(v.errors)}`);
  return screenApplicant(v.applicant, catalog, { today: TODAY, ...options }).levels;
}

export function level(input: unknown, id: string, options: Partial<ScreenOptions> = {}): LevelResult {
  const found = screen(input, options).find((l) => l.id === id);
  if (!found) throw new Error(`no level ${id}`);
  return found;
}

export type { Applicant };

/** A screening case in data: name, level, minimal applicant (with its asOf), expected outcome and months credited. */
export interface LevelCase {
  name: string;
  level: string;
  applicant: unknown;
  outcome: string;
  credited?: number;
  policies?: Record<string, boolean>;
}
