import type { AnyDegreeLevel } from "./vocabulary";

/**
 * The counting rules every series uses unless its qualification file
 * overrides them (../shared/applicant-format.md, "Counting rules").
 */
export interface CountingRules {
  /** "A day credits min(1, total hours that day across all jobs / 40) of full time". */
  fullTimeHoursPerWeek: number;
  /** "Quarter hours count as 2/3 of a semester hour (45 quarter hours = 30 semester hours)". */
  quarterToSemester: { quarterHours: number; semesterHours: number };
  /** "associate 60 semester hours, bachelor 120; master and doctorate at least a bachelor" (a professional degree too). */
  degreeHours: Record<AnyDegreeLevel, number>;
  /** Without a declared rounding rule, "no rounding". */
  experienceRounding: null | { mode: "half-month"; days: number; source: { quote: string; document: string }; interpretation?: string };
}

export const DEFAULT_COUNTING: CountingRules = {
  fullTimeHoursPerWeek: 40,
  quarterToSemester: { quarterHours: 45, semesterHours: 30 },
  degreeHours: { associate: 60, bachelor: 120, master: 120, doctorate: 120, professional: 120 },
  experienceRounding: null,
};
