/**
 * The engine's what-if (../shared/applicant-format.md "Screening result"):
 * for a level that is not met, patches in the applicant format's own terms
 * that would make it met. The types are the engine's own.
 */
import type { Coursework, Degree, Job } from "../../engine/applicant-schema";
import type { LevelResult, WhatIf } from "../../engine/result-types";

export type WhatIfJob = Job;
export type WhatIfCoursework = Coursework;
export type WhatIfDegree = Degree;
/** One alternative: `asOf` replaces the screening date, the lists are appended. */
export type WhatIfPatch = WhatIf;

/** The level's what-if list, or null when there is none. */
export function whatIfOf(level: LevelResult): WhatIfPatch[] | null {
  return level.whatIf && level.whatIf.length > 0 ? level.whatIf : null;
}
