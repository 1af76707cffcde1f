/**
 * The engine's what-if (Engine v2, ../shared/applicant-format.md "Screening
 * result"): for a level that is not met, patches in the applicant format's own
 * terms that would make it met. Declared here only as far as this feature
 * reads it, so the code works against the engine's type once it lands; a
 * result from an engine without it (undefined) reads as null.
 */
import type { LevelResult } from "../../engine/result-types";

export interface WhatIfJob {
  start: string;
  end?: string | null;
  hoursPerWeek: number;
  kinds: string[];
}

export interface WhatIfCoursework {
  hours: number;
  unit: string;
  areas?: string[];
}

export interface WhatIfDegree {
  level: string;
  field?: string;
}

/** One alternative: `asOf` replaces the screening date, the lists are appended. */
export interface WhatIfPatch {
  asOf?: string;
  highSchool?: "diploma" | "ged";
  jobs?: WhatIfJob[];
  coursework?: WhatIfCoursework[];
  degrees?: WhatIfDegree[];
}

/** The level's what-if list, or null (none, or an engine that does not give one yet). */
export function whatIfOf(level: LevelResult): WhatIfPatch[] | null {
  const value = (level as { whatIf?: unknown }).whatIf;
  return Array.isArray(value) && value.length > 0 ? (value as WhatIfPatch[]) : null;
}
