/** What the engine says about an applicant: outcomes, explanations, shortfalls and what-ifs. */
import type { WhatIf } from "./what-if";

export type { WhatIf };

export type Outcome = "meets" | "does-not-meet" | "review" | "inactive";
export type RuleStatus = "met" | "not-met" | "review";

export type StepKind =
  /** What the spec requires, quoted. */
  | "requirement"
  /** A fact from the applicant's record and how it counts. */
  | "fact"
  /** Arithmetic: conversions, totals, rounding. */
  | "arithmetic"
  /** A fact that is the officer's judgement, not a record. */
  | "judgement"
  /** Agency policy, not the spec's words. */
  | "policy"
  /** A reading the screener chose where the spec can be read two ways. */
  | "interpretation"
  /** Whether the requirement holds. */
  | "result"
  | "note";

export interface ExplanationStep {
  kind: StepKind;
  text: string;
  /** Nesting under the requirement it belongs to (0 = the level). */
  depth: number;
  ruleId?: string;
  /** The exact words of the spec this step relies on, and their document. */
  quote?: string;
  document?: string;
  /** For result steps: whether the requirement holds. */
  status?: RuleStatus;
}

/** One way to close a gap; any one option of a need is enough. Each is one of the level's `whatIf` patches, in words. */
export interface ShortfallOption {
  kind: "experience" | "education" | "credential";
  /** wait: stay in the current job; job: new full-time work; coursework; credential: a diploma or degree alone. */
  route: "wait" | "job" | "coursework" | "credential";
  text: string;
  /** Months of full-time work the option adds (job), or months until the date (wait). */
  months?: number;
  semesterHours?: number;
  quarterHours?: number;
  /** The date the level would be met (wait and job), yyyy-mm-dd. */
  date?: string;
  /** The patch this option words. */
  whatIf: WhatIf;
}

/** A months requirement that falls short: what is credited and what is missing, in the figures the results show. */
export interface ShortfallMissing {
  ruleId: string;
  label: string;
  credited: number;
  required: number;
  /** required - credited as shown (two decimals), so the figures agree. */
  missing: number;
}

/** A requirement that does not hold, and the smallest additions that would make it hold. */
export interface ShortfallNeed {
  ruleId: string;
  label: string;
  options: ShortfallOption[];
}

export interface Shortfall {
  /** In words and numbers, e.g. "6.00 more months toward ...: any one of ...". */
  text: string;
  /** Every need must be met; within a need, any option suffices. */
  needs: ShortfallNeed[];
  /** The months requirements that fall short. */
  missing: ShortfallMissing[];
}

/** The officer's own decision for a level (applicant format 1.1, `levelDecisions`), beside the screener's outcome. */
export interface OfficerDecision {
  outcome: "meets" | "does-not-meet";
  reason: string;
  by?: string;
  date?: string;
  /** True when it differs from the screener's outcome. */
  override: boolean;
}

/** A judgement the officer made that the outcome depends on. */
export interface Judgement {
  text: string;
  /** `experience[1]`, `education.coursework[0]`: where in the applicant the judgement was recorded. */
  path: string;
}

export interface RuleResult {
  ruleId: string;
  label: string;
  type: string;
  status: RuleStatus;
  /** Months credited and required, for rules that count months. */
  credited?: number;
  required?: number;
  children: RuleResult[];
}

export interface LevelResult {
  id: string;
  title: string;
  seriesId: string;
  seriesTitle: string;
  /** The qualification file the level and its rules come from. */
  file: string;
  outcome: Outcome;
  /** Every step, in order; `explanationText` gives the plain sentences. */
  steps: ExplanationStep[];
  shortfall: Shortfall | null;
  /** Patches that would make an unmet level meet (null unless the outcome is does-not-meet). */
  whatIf: WhatIf[] | null;
  /** The officer's own decision, when the applicant file records one for this level. */
  decision?: OfficerDecision;
  judgements: Judgement[];
  /**
   * A review because a substitution left to the agency would make the level
   * hold: the policy and the months of education it would have to accept.
   */
  substitution: { policy: string; label: string; months: number } | null;
  /** Agency policies applied in reaching the outcome. */
  policiesApplied: string[];
  /** The main months requirement, for "months credited against months required". */
  credited: number | null;
  required: number | null;
  requirements: RuleResult | null;
}

export interface ApplicantResult {
  name: string | undefined;
  asOf: string;
  levels: LevelResult[];
}
