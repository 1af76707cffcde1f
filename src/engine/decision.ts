/**
 * The decision: what the engine found for one level, as data. It holds no
 * sentences. The explanation, the shortfall and the what-if are pure
 * functions of it (explain.ts, shortfall.ts, what-if.ts), in the way
 * OpenFisca keeps a calculation apart from its trace.
 */
import type { Applicant, Job } from "./applicant-schema";
import type { CatalogLevel } from "./catalog";
import type { CreditedSegment, JobSpan, MonthLedger, Rounded } from "./credit-experience";
import type { CountingRules } from "./default-counting";
import type { CreditSource, ExperienceFilter, Rule, Source } from "./qualification-schema";
import type { Outcome, RuleStatus } from "./result-types";

/** One job of the applicant as the counting rules see it. */
export interface PreparedJob {
  job: Job;
  index: number;
  /** First day (a month-only start counts from the 1st). */
  start: number;
  /** Last day as entered (a month-only end runs to the month's last day); null when open-ended. */
  end: number | null;
  /** Hours a week spent on qualifying duties: hours times `qualifyingPercent` (default 100). */
  qualifyingHours: number;
  /** The days cut at the screening date; null when the job starts after it ("nothing after asOf counts"). */
  span: JobSpan | null;
}

/** Why a job does not count for a rule. */
export type JobMiss =
  | { why: "after-as-of" }
  | { why: "before-window"; from: string }
  | { why: "kinds"; kinds: string[] }
  | { why: "comparable"; levels: string[] }
  | { why: "at-least"; level: string }
  | { why: "supervisory"; wanted: boolean }
  | { why: "sector"; sector: string | undefined; wanted: string[] }
  | { why: "excluded-sector"; sector: string };

/** How one job fares under a rule's filters. */
export interface JobVerdict {
  index: number;
  /** It counts: it passes the filters and has days on or before the screening date. */
  counts: boolean;
  /** It passes the filters (a job that starts after the screening date matches but does not count yet). */
  matches: boolean;
  /** When it does not count: why (for the first filter). */
  miss: JobMiss | null;
  /** When it counts: the kinds, the comparable levels and supervision that made it count. */
  kinds: string[];
  comparable: string[];
  supervisory: boolean;
  /** The officer's judgements the credit depends on. */
  judgement: "closely-related" | "comparable" | null;
  /** The job's own months (its days at its share of full time, as if it were the only job). */
  months: number;
}

/** Experience credited to a rule: the jobs that pass its filters, their days counted once. */
export interface ExperienceTally {
  filters: ReadonlyArray<{ filter: ExperienceFilter; source: Source; label: string }>;
  jobs: JobVerdict[];
  /** Sum of the counting jobs' own months. */
  ownMonths: number;
  /** Months credited, overlapping days once. */
  raw: number;
  /** The series' rounding, when it declares one. */
  rounding: (Rounded & { days: number; source: Source }) | null;
  /** Months that count: rounded when the series rounds. */
  months: number;
  /** A recency window: only days from `from` (yyyy-mm-dd) to the screening date count. */
  window: { from: string; years: number; extendedDays: number; source: Source; extension: Source | null } | null;
  /** Credited days by calendar month and the stretches (the what-if continues from them). */
  ledger: MonthLedger;
  segments: CreditedSegment[];
}

/** How the agency stands on a substitution the spec leaves to it. */
export type PolicySetting = "ask" | "allow" | "deny";

/** The officer's or the agency's choice for one policy. */
export interface PolicyChoice {
  setting: PolicySetting;
  /** With allow: at most this many months of credit through the policy. */
  capMonths?: number;
}

/** One education source of a combination: the schooling that counts and its months. */
export interface EducationTally {
  source: Extract<CreditSource, { kind: "education" }>;
  /** The policy the source depends on, and how it is set; null when the spec's own words allow it. */
  policy: { id: string; label: string; text: string; choice: PolicyChoice } | null;
  /** Listed coursework by row: semester hours (quarter hours converted) or clock hours, and whether the row counts here and why not. */
  rows: Array<{
    index: number;
    hours: number;
    unit: "semester" | "quarter" | "clock";
    level: "undergraduate" | "graduate";
    semesterHours: number;
    areas: string[];
    counted: boolean;
    /** When it does not count: not in the areas, not of the source's level, or clock hours the source gives no rate for. */
    miss: "areas" | "level" | "clock" | null;
  }>;
  degrees: Array<{ index: number; level: string; field: string | undefined; semesterHours: number; counted: boolean }>;
  /** Semester hours of the counting coursework rows. */
  courseworkHours: number;
  degreeHours: number;
  /** The larger of coursework and degree ("Listed coursework and degrees are not added on top of each other"), less `beyondHours`. */
  semesterHours: number;
  /** Clock hours that count, and their months by the source's clock conversion. */
  clockHours: number;
  clockMonths: number;
  /** Months by the conversions, before any cap. */
  convertedMonths: number;
  /** Months after the policy's cap and the source's `maxMonths`; 0 when the policy is denied. */
  months: number;
}

interface Decided<T extends Rule["type"]> {
  type: T;
  rule: Extract<Rule, { type: T }>;
  status: RuleStatus;
}

export type RuleDecision =
  | (Decided<"all"> & { children: RuleDecision[] })
  | (Decided<"any"> & { children: RuleDecision[] })
  | (Decided<"high-school"> & { has: Applicant["education"]["highSchool"] })
  | (Decided<"degree"> & { hit: number | null })
  | (Decided<"credential"> & {
      /** The credential that meets it, or what was found: held but expired (with its last valid day), or nothing. */
      hit: number | null;
      expired: Array<{ index: number; expires: string }>;
    })
  | (Decided<"experience"> & { tally: ExperienceTally })
  | (Decided<"combination"> & {
      tally: ExperienceTally | null;
      education: EducationTally[];
      /** Experience months as counted here (after any source's `maxMonths`). */
      experienceMonths: number;
      /** Months of education that count toward the total without asking anyone: the best source the spec or an allowed policy admits (undergraduate and graduate sources add up). */
      educationMonths: number;
      /** Experience + educationMonths. */
      total: number;
      /** When the total falls short but a substitution the agency has not decided would make it hold: the policy and the months it would have to accept. */
      pending: { policy: string; months: number } | null;
      /** The allowed policy whose months the requirement holds because of (null when it holds without one). */
      reliedOn: string | null;
    })
  | (Decided<"coursework"> & { hours: number })
  | (Decided<"review"> & {
      /** With `onlyIf`: whether the applicant is one the review concerns (when not, the rule does not hold). */
      concerns: RuleDecision | null;
    });

/** Before the rules: whether the level is in force on the screening date. */
export type LevelGate =
  | { kind: "not-yet"; from: string; source: Source | undefined }
  | { kind: "abolished"; until: string; source: Source | undefined }
  | { kind: "earlier-requirements"; date: string; source: Source };

/** The decision for one level. */
export interface LevelDecision {
  entry: CatalogLevel;
  applicant: Applicant;
  asOf: string;
  asOfDay: number;
  counting: CountingRules;
  jobs: PreparedJob[];
  outcome: Outcome;
  /** Set when the level was not screened against its rules. */
  gate: LevelGate | null;
  root: RuleDecision | null;
}
