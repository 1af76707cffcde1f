/**
 * Decide one level for one applicant: the one evaluation. It returns the
 * decision as data (decision.ts); the words are written later, and only when
 * asked for. The qualification file says what is required; nothing here
 * knows any class, threshold or area of study.
 */
import type { Applicant, Education, Job } from "./applicant-schema";
import { civilDate, dayNumber, daysInMonth, EARLIEST_DAY, formatIsoDate, parseIsoDate, parseJobDate } from "./calendar-date";
import type { CatalogLevel } from "./catalog";
import { toSemesterHours } from "./convert-credit-hours";
import { creditExperience, ledgerTotals, ownMonths, roundByDays, type ExperienceCredit, type JobSpan } from "./credit-experience";
import type {
  EducationTally,
  ExperienceTally,
  LevelGate,
  JobMiss,
  JobVerdict,
  LevelDecision,
  PolicyChoice,
  PreparedJob,
  RuleDecision,
} from "./decision";
import type { CountingRules } from "./default-counting";
import { EPSILON } from "./format-number";
import type { CreditSource, ExperienceFilter, Rule, Series } from "./qualification-schema";
import type { Outcome, RuleStatus } from "./result-types";
import { DEGREE_LEVELS, EXPERIENCE_KIND_INFO, type ExperienceKind } from "./vocabulary";

/** The officer's policy choices: by `policyKey(series, policy)` for one series or by policy id for every series; true is allow, false deny. */
export type PolicyChoices = Record<string, boolean | PolicyChoice>;

/** Everything deciding needs, shared by every level of one applicant. */
export interface DecideContext {
  applicant: Applicant;
  asOf: string;
  asOfDay: number;
  jobs: PreparedJob[];
  policies: PolicyChoices | undefined;
  /** Experience tallies by question (filters and counting rules; `Question.id`), shared across levels (G4 to G8 ask about the same jobs). */
  tallies: Array<ExperienceTally | undefined>;
  /** Credit by the jobs that count (whole, as prepared) and the counting rules: rules whose filters pick the same jobs share one sweep. */
  credits: SharedCredit[];
  /** Education tallies by `SourceInfo.education` (sources that read the same schooling the same way share one). */
  educations: Array<Omit<EducationTally, "policy" | "months"> | undefined>;
  /** Education tallies by `SourceInfo.same`: levels whose sources are written alike share one (decisions are never changed once made). */
  sameEducation: Array<EducationTally | undefined>;
  /**
   * Keep what only the words and the what-if read: each job's verdict and
   * each coursework row and degree. Off for outcome-only screening: the
   * months, statuses and outcome are the same, nothing else is built.
   */
  detail: boolean;
}

/**
 * The key of one series' policy in the officer's choices, so two files that
 * use the same policy id are switched separately.
 * @example policyKey("customer-service-job-family", "education-substitution") // "customer-service-job-family/education-substitution"
 */
export function policyKey(seriesId: string, policyId: string): string {
  return `${seriesId}/${policyId}`;
}

/** A choice as the engine uses it: true is allow, false deny. */
export function normalizeChoice(choice: boolean | PolicyChoice): PolicyChoice {
  return typeof choice === "boolean" ? { setting: choice ? "allow" : "deny" } : choice;
}

/** The file's own setting of a policy: `setting`, else the older `enabled` (true allow, false deny), else ask. */
export function fileChoice(policy: NonNullable<Series["policies"]>[number]): PolicyChoice {
  const setting = policy.setting ?? (policy.enabled === undefined ? "ask" : policy.enabled ? "allow" : "deny");
  return policy.capMonths === undefined ? { setting } : { setting, capMonths: policy.capMonths };
}

function ownChoice(policies: PolicyChoices | undefined, key: string): boolean | PolicyChoice | undefined {
  return policies && Object.hasOwn(policies, key) ? policies[key] : undefined;
}

/** The officer's choice for this series' policy, else for the id in every series, else the file's setting. */
export function policyChoice(policies: PolicyChoices | undefined, series: Series, id: string): PolicyChoice {
  // Own properties only: a policy id such as "constructor" must not find Object.prototype's.
  const chosen = ownChoice(policies, policyKey(series.id, id)) ?? ownChoice(policies, id);
  if (chosen !== undefined) return normalizeChoice(chosen);
  const policy = series.policies?.find((p) => p.id === id);
  return policy ? fileChoice(policy) : { setting: "ask" };
}

/** "At least": 18.0 months meets an 18-month requirement. */
export function reaches(value: number, required: number): boolean {
  return value + EPSILON >= required;
}

/**
 * The applicant's jobs as the counting rules see them: month-only dates
 * widened to whole months, hours cut to the share of qualifying duties, and
 * days cut at the screening date ("open-ended jobs run to asOf" and nothing
 * after asOf counts).
 * @example prepareJobs(applicant, parseIsoDate("2026-11-22")!)
 */
export function prepareJobs(applicant: Applicant, asOfDay: number): PreparedJob[] {
  return (applicant.experience ?? []).map((job, index) => {
    const start = parseJobDate(job.start, "start")!;
    const end = job.end == null ? null : parseJobDate(job.end, "end")!;
    const qualifyingHours = (job.hoursPerWeek * (job.qualifyingPercent ?? 100)) / 100;
    const span: JobSpan | null = start > asOfDay ? null : { index, start, end: Math.min(end ?? asOfDay, asOfDay), hoursPerWeek: qualifyingHours };
    return { job, index, start, end, qualifyingHours, span };
  });
}

/** How a job fares under one filter: null when it passes, else why not. */
function missOf(job: Job, filter: ExperienceFilter, series: Series): JobMiss | null {
  if (filter.kinds && !job.kinds.some((k) => filter.kinds!.includes(k))) return { why: "kinds", kinds: job.kinds };
  if (filter.comparableTo && !(job.comparableTo ?? []).some((id) => filter.comparableTo!.includes(id))) return { why: "comparable", levels: filter.comparableTo };
  if (filter.atLeast && !atLeast(job.comparableTo ?? [], filter.atLeast, series)) return { why: "at-least", level: filter.atLeast };
  if (filter.supervisory !== undefined && (job.supervisory ?? false) !== filter.supervisory) return { why: "supervisory", wanted: filter.supervisory };
  if (filter.sectors && (job.sector === undefined || !filter.sectors.includes(job.sector))) return { why: "sector", sector: job.sector, wanted: filter.sectors };
  if (filter.excludeSectors && job.sector !== undefined && filter.excludeSectors.includes(job.sector)) return { why: "excluded-sector", sector: job.sector };
  return null;
}

/**
 * A filter with every field present (null when the file leaves it out), so
 * the outcome-only path reads one object shape for every filter of every file.
 */
interface CompiledFilter {
  kinds: readonly string[] | null;
  /** Whether the filter asks more than kinds and supervision (levels, sectors): then missOf decides. */
  other: boolean;
  supervisory: boolean | null;
  filter: ExperienceFilter;
}

function compileFilter(filter: ExperienceFilter): CompiledFilter {
  return {
    kinds: filter.kinds ?? null,
    other: filter.comparableTo !== undefined || filter.atLeast !== undefined || filter.sectors !== undefined || filter.excludeSectors !== undefined,
    supervisory: filter.supervisory ?? null,
    filter,
  };
}

/** Whether a job passes a filter: missOf without building the reason (the outcome-only path). */
function passesFilter(job: Job, f: CompiledFilter, series: Series): boolean {
  if (f.kinds !== null) {
    let hit = false;
    for (const k of job.kinds) if (f.kinds.includes(k)) hit = true;
    if (!hit) return false;
  }
  if (f.other) return missOf(job, f.filter, series) === null;
  return f.supervisory === null || (job.supervisory ?? false) === f.supervisory;
}

/** Whether any of the levels a job was judged comparable to is `level` or above it in the series' order. */
export function atLeast(comparableTo: readonly string[], level: string, series: Series): boolean {
  const order = series.levelOrder ?? [];
  const min = order.indexOf(level);
  for (const id of comparableTo) {
    if (id === level) return true;
    if (min >= 0 && order.indexOf(id) >= min) return true;
  }
  return false;
}

/**
 * The first day of a recency window: `years` years before the screening
 * date, moved earlier by the days of service in the extension's sectors (up
 * to its cap). "Within the last ten years" of 2026-11-22 starts 2016-11-22.
 */
function windowStart(ctx: DecideContext, within: NonNullable<ExperienceFilter["within"]>): { from: number; extendedDays: number } {
  const { year, month, day } = civilDate(ctx.asOfDay);
  const y = year - within.years;
  const from = dayNumber(y, month, Math.min(day, daysInMonth(y, month)));
  let extendedDays = 0;
  const ext = within.extension;
  if (ext) {
    for (const p of ctx.jobs) if (p.span && p.job.sector !== undefined && ext.sectors.includes(p.job.sector)) extendedDays += p.span.end - p.span.start + 1;
    if (ext.maxYears !== undefined) extendedDays = Math.min(extendedDays, Math.round(ext.maxYears * 365.25));
  }
  return { from: Math.max(EARLIEST_DAY, from - extendedDays), extendedDays };
}

/** A rule's experience question, worked out once per rule: its key and its filters compiled. */
/** A rule's experience question (see `questionOf`). */
interface Question {
  /** The same number for every rule that asks the same question under the same counting rules. */
  id: number;
  compiled: CompiledFilter[];
}

const questions = new WeakMap<object, Question>();
const questionIds = new Map<string, number>();

/** A sweep's result kept for the other rules that count the same jobs. */
interface SharedCredit {
  /** Bit i set: the applicant's job i counts, whole. */
  mask: number;
  fullTime: number;
  ledger: boolean;
  credit: ExperienceCredit;
}

const NO_STRINGS: string[] = [];
const NO_VERDICTS: JobVerdict[] = [];
const SPANS: JobSpan[] = [];
const AFTER_AS_OF: JobMiss = { why: "after-as-of" };

/** `this` is the list: for Array.prototype.filter without a closure per call. */
function kindIn(this: readonly string[], value: string): boolean {
  return this.includes(value);
}

function isJudgementKind(kind: string): boolean {
  return EXPERIENCE_KIND_INFO[kind as ExperienceKind]?.judgement === true;
}

/**
 * A rule's experience question: a number shared by every rule with the same
 * filters and counting rules, so levels asking the same question share one
 * tally, and its filters compiled. A rule belongs to one series, so this is
 * worked out once per rule.
 */
function questionOf(filters: ReadonlyArray<{ filter: ExperienceFilter }>, counting: CountingRules, owner: object): Question {
  let q = questions.get(owner);
  if (q === undefined) {
    const r = counting.experienceRounding;
    const key = `${counting.fullTimeHoursPerWeek}|${r ? r.days : "-"}|${JSON.stringify(filters.map((f) => f.filter))}`;
    let id = questionIds.get(key);
    if (id === undefined) questionIds.set(key, (id = questionIds.size));
    q = { id, compiled: filters.map((f) => compileFilter(f.filter)) };
    questions.set(owner, q);
  }
  return q;
}

const LEDGER_ONLY = { segments: false, ledger: true } as const;
const MONTHS_ONLY = { segments: false, ledger: false } as const;

/**
 * Credit for the days that count, shared by every rule whose filters pick the
 * same whole jobs under the same counting rules (a recency window's cut jobs
 * are credited on their own; so are the jobs of an applicant with more than 30).
 */
function sharedCredit(ctx: DecideContext, spans: JobSpan[], fullTime: number, ledger: boolean, whole: boolean): ExperienceCredit {
  let mask = whole ? 0 : -1;
  for (let i = 0; i < spans.length && mask >= 0; i++) mask = spans[i].index < 30 ? mask | (1 << spans[i].index) : -1;
  if (mask >= 0) {
    for (const c of ctx.credits) if (c.mask === mask && c.fullTime === fullTime && c.ledger === ledger) return c.credit;
  }
  // The stretches are not kept (nothing reads them from a tally).
  const credit = creditExperience(spans, fullTime, ledger ? LEDGER_ONLY : MONTHS_ONLY);
  if (mask >= 0) ctx.credits.push({ mask, fullTime, ledger, credit });
  return credit;
}

/**
 * Experience for a rule: each job judged against the filters (a job counts
 * when it passes any of them), the counting jobs' days credited once, and the
 * series' rounding applied.
 */
function tallyExperience(ctx: DecideContext, entry: CatalogLevel, filters: ExperienceTally["filters"], question: Question): ExperienceTally {
  const { counting, series } = entry;
  const cached = ctx.tallies[question.id];
  if (cached) return cached;
  const fullTime = counting.fullTimeHoursPerWeek;
  // A recency window: the first filter's (the sources of one rule share one question).
  const within = filters[0].filter.within;
  const win = within ? windowStart(ctx, within) : null;
  const detail = ctx.detail;
  // The days that count go to the sweep and are not kept: one list reused by every tally.
  const spans = SPANS;
  spans.length = 0;
  let own = 0;
  // Outcome-only screening keeps no verdicts: one shared empty list.
  const jobs: JobVerdict[] = detail ? [] : NO_VERDICTS;
  for (const prepared of ctx.jobs) {
    const { job, index } = prepared;
    let miss: JobMiss | null = null;
    let hit: ExperienceFilter | null = null;
    if (!detail) {
      for (const f of question.compiled) {
        if (passesFilter(job, f, series)) {
          hit = f.filter;
          break;
        }
      }
    } else {
      for (const f of filters) {
        const m = missOf(job, f.filter, series);
        if (m === null) {
          hit = f.filter;
          break;
        }
        miss ??= m;
      }
    }
    if (!hit) {
      if (detail) jobs.push({ index, counts: false, matches: false, miss, kinds: NO_STRINGS, comparable: NO_STRINGS, supervisory: false, judgement: null, months: 0 });
      continue;
    }
    if (!detail) {
      // Outcome-only: the days that count, without the verdict's words.
      const cut = prepared.span && win && prepared.span.start < win.from ? (prepared.span.end < win.from ? null : { index, start: win.from, end: prepared.span.end, hoursPerWeek: prepared.span.hoursPerWeek }) : prepared.span;
      if (cut) spans.push(cut);
      continue;
    }
    const kinds = hit.kinds ? job.kinds.filter(kindIn, hit.kinds) : NO_STRINGS;
    const comparable = hit.comparableTo && job.comparableTo ? job.comparableTo.filter(kindIn, hit.comparableTo) : hit.atLeast && job.comparableTo ? job.comparableTo : NO_STRINGS;
    const judgement = comparable.length ? "comparable" : kinds.length && kinds.every(isJudgementKind) ? "closely-related" : null;
    let span = prepared.span;
    if (span && win && span.start < win.from) {
      // Only the days inside the window count.
      span = span.end < win.from ? null : { index: span.index, start: win.from, end: span.end, hoursPerWeek: span.hoursPerWeek };
      if (!span) {
        jobs.push({ index, counts: false, matches: true, miss: { why: "before-window", from: formatIsoDate(win.from) }, kinds, comparable, supervisory: hit.supervisory === true, judgement, months: 0 });
        continue;
      }
    }
    if (!span) {
      jobs.push({ index, counts: false, matches: true, miss: AFTER_AS_OF, kinds, comparable, supervisory: hit.supervisory === true, judgement, months: 0 });
      continue;
    }
    spans.push(span);
    const months = ownMonths(span, fullTime);
    own += months;
    jobs.push({ index, counts: true, matches: true, miss: null, kinds, comparable, supervisory: hit.supervisory === true, judgement, months });
  }
  const rule = counting.experienceRounding;
  // The ledger only when a rounding rule needs it.
  const credit = sharedCredit(ctx, spans, fullTime, rule !== null, win === null);
  let rounding: ExperienceTally["rounding"] = null;
  if (rule) {
    // Written out: a spread makes V8 build the object slowly, and this runs for every tally.
    const r = roundByDays(ledgerTotals(credit.ledger), rule.days);
    rounding = { raw: r.raw, whole: r.whole, partDays: r.partDays, months: r.months, days: rule.days, source: rule.source };
  }
  const tally: ExperienceTally = {
    filters,
    jobs,
    ownMonths: own,
    raw: credit.months,
    rounding,
    months: rounding ? rounding.months : credit.months,
    window: within && win ? { from: formatIsoDate(win.from), years: within.years, extendedDays: win.extendedDays, source: within.source, extension: within.extension?.source ?? null } : null,
    ledger: credit.ledger,
    segments: credit.segments,
  };
  ctx.tallies[question.id] = tally;
  return tally;
}

/**
 * Education for one source: the coursework rows of its level in its areas
 * (every area when it lists none), and degrees, the larger of the two less
 * any hours it does not count ("beyond the first N"), converted to months;
 * plus clock hours at the source's own sourced rate.
 */
export function tallyEducation(education: Education, source: Extract<CreditSource, { kind: "education" }>, counting: CountingRules, detail = true): Omit<EducationTally, "policy" | "months"> {
  const areas = source.areas ?? null;
  const level = source.level ?? "any";
  let courseworkHours = 0;
  let clockHours = 0;
  const rows: EducationTally["rows"] = [];
  const coursework = education.coursework ?? [];
  for (let index = 0; index < coursework.length; index++) {
    const row = coursework[index];
    const rowLevel = row.level ?? "undergraduate";
    const rowAreas = row.areas ?? [];
    const semesterHours = row.unit === "clock" ? 0 : toSemesterHours(row.hours, row.unit, counting);
    const miss: EducationTally["rows"][number]["miss"] =
      level !== "any" && rowLevel !== level ? "level" : !inAreas(areas, rowAreas) ? "areas" : row.unit === "clock" && !source.clock ? "clock" : null;
    if (miss === null) {
      if (row.unit === "clock") clockHours += row.hours;
      else courseworkHours += semesterHours;
    }
    if (detail) rows.push({ index, hours: row.hours, unit: row.unit, level: rowLevel, semesterHours, areas: rowAreas, counted: miss === null, miss });
  }
  let degreeHours = 0;
  const degrees: EducationTally["degrees"] = [];
  const held = education.degrees ?? [];
  for (let index = 0; index < held.length; index++) {
    const degree = held[index];
    // A graduate source counts a degree only at the hours it gives for it.
    const semesterHours = source.degreeHours?.[degree.level] ?? (level === "graduate" ? 0 : counting.degreeHours[degree.level]);
    const counted = semesterHours > 0 && (areas === null || (degree.field !== undefined && areas.includes(degree.field)));
    if (counted) degreeHours = Math.max(degreeHours, semesterHours);
    if (detail) degrees.push({ index, level: degree.level, field: degree.field, semesterHours, counted });
  }
  const semesterHours = Math.max(0, Math.max(courseworkHours, degreeHours) - (source.beyondHours ?? 0));
  const clockMonths = source.clock ? (clockHours * source.clock.months) / source.clock.clockHours : 0;
  return {
    source,
    rows,
    degrees,
    courseworkHours,
    degreeHours,
    semesterHours,
    clockHours,
    clockMonths,
    convertedMonths: semesterHours * monthsPerHour(source) + clockMonths,
  };
}

/**
 * The months an education source gives with `extra` more semester hours of
 * listed coursework (0 for the decision itself; the what-if asks with more):
 * converted, then cut by its policy and its `maxMonths`.
 */
export function educationMonths(e: Omit<EducationTally, "months">, extra: number): number {
  const { source } = e;
  const semester = Math.max(0, Math.max(e.courseworkHours + extra, e.degreeHours) - (source.beyondHours ?? 0));
  const months = policyMonths(semester * monthsPerHour(source) + e.clockMonths, e.policy?.choice ?? null);
  return source.maxMonths === undefined ? months : Math.min(months, source.maxMonths);
}

/**
 * The education months a combination counts: sources of the same schooling
 * are alternatives (the best counts, never their sum), while undergraduate
 * and graduate sources count different schooling and add up.
 */
export function combinedEducation(education: readonly EducationTally[], monthsOf: (e: EducationTally) => number): { months: number; best: EducationTally[] } {
  const c = combine(education, monthsOf);
  return { months: c.months, best: c.anyWins ? (c.any ? [c.any] : []) : [c.under, c.grad].filter((e): e is EducationTally => e !== null) };
}

/** The months of `combinedEducation` alone, without listing the sources that give them. */
export function combinedMonths(education: readonly EducationTally[], monthsOf: (e: EducationTally) => number): number {
  return combine(education, monthsOf).months;
}

/** The best source of each kind of schooling, and whether the "any level" source beats the other two together. */
interface Combined {
  months: number;
  anyWins: boolean;
  any: EducationTally | null;
  under: EducationTally | null;
  grad: EducationTally | null;
}

// One object reused by every call: `combine` runs for each combination of each level of each applicant, and its callers read it at once.
const combined: Combined = { months: 0, anyWins: true, any: null, under: null, grad: null };

function combine(education: readonly EducationTally[], monthsOf: (e: EducationTally) => number): Combined {
  let any: EducationTally | null = null;
  let under: EducationTally | null = null;
  let grad: EducationTally | null = null;
  let anyM = 0;
  let underM = 0;
  let gradM = 0;
  for (const e of education) {
    const m = monthsOf(e);
    const level = e.source.level ?? "any";
    if (level === "graduate") {
      if (m > gradM) {
        grad = e;
        gradM = m;
      }
    } else if (level === "undergraduate") {
      if (m > underM) {
        under = e;
        underM = m;
      }
    } else if (m > anyM) {
      any = e;
      anyM = m;
    }
  }
  combined.anyWins = anyM >= underM + gradM;
  combined.months = combined.anyWins ? anyM : underM + gradM;
  combined.any = any;
  combined.under = under;
  combined.grad = grad;
  return combined;
}

/** A row counts when any of its areas is listed (every row when the source lists none). */
function inAreas(areas: readonly string[] | null, list: readonly string[]): boolean {
  if (areas === null) return true;
  for (const a of list) if (areas.includes(a)) return true;
  return false;
}

/** Months per semester hour of a source's conversion table (its rows are proportional). */
export function monthsPerHour(source: Extract<CreditSource, { kind: "education" }>): number {
  const row = source.conversion.rows[0];
  return row.months / row.semesterHours;
}

/** The months a source's education gives under its policy: all of it, up to the cap, or none when denied. */
export function policyMonths(converted: number, choice: PolicyChoice | null): number {
  if (!choice) return converted;
  if (choice.setting === "deny") return 0;
  if (choice.setting === "allow" && choice.capMonths !== undefined) return Math.min(converted, choice.capMonths);
  return converted;
}

type EducationSource = Extract<CreditSource, { kind: "education" }>;

/** What a combination's education source needs beyond its own fields, worked out once per source. */
interface SourceInfo {
  /** The same number for sources that count the same schooling the same way under the same counting rules. */
  education: number;
  /** The same number for sources of one series written alike (the job family's grades share one): their tallies are one object. */
  same: number;
  /** The policy it depends on, as the file declares it (null when the spec's own words allow it). */
  policy: { id: string; label: string; text: string; key: string; asFiled: NonNullable<EducationTally["policy"]> } | null;
}

const sourceInfos = new WeakMap<object, SourceInfo>();
const educationIds = new Map<string, number>();
const sameIds = new Map<string, number>();

function sourceInfo(s: EducationSource, series: Series, counting: CountingRules): SourceInfo {
  let info = sourceInfos.get(s);
  if (info === undefined) {
    const { label: _label, source: _source, policy: _policy, ...reading } = s;
    const key = JSON.stringify([reading, counting.quarterToSemester, counting.degreeHours]);
    let id = educationIds.get(key);
    if (id === undefined) educationIds.set(key, (id = educationIds.size));
    let policy: SourceInfo["policy"] = null;
    if (s.policy) {
      const found = series.policies?.find((p) => p.id === s.policy);
      const [id, label, text] = [s.policy, found?.label ?? s.policy, found?.text ?? s.policy];
      const choice: PolicyChoice = found ? fileChoice(found) : { setting: "ask" };
      policy = { id, label, text, key: policyKey(series.id, id), asFiled: { id, label, text, choice } };
    }
    const sameKey = JSON.stringify([series.id, s, counting.quarterToSemester, counting.degreeHours]);
    let same = sameIds.get(sameKey);
    if (same === undefined) sameIds.set(sameKey, (same = sameIds.size));
    info = { education: id, same, policy };
    sourceInfos.set(s, info);
  }
  return info;
}

/** The policy a source depends on as this decision applies it: the officer's choice (this series' first, then the id in every series), else the file's. */
function sourcePolicy(policies: PolicyChoices | undefined, policy: NonNullable<SourceInfo["policy"]>): NonNullable<EducationTally["policy"]> {
  const chosen = policies === undefined ? undefined : (ownChoice(policies, policy.key) ?? ownChoice(policies, policy.id));
  // As filed: one object shared by every decision (decisions are never changed once made).
  if (chosen === undefined) return policy.asFiled;
  return { id: policy.id, label: policy.label, text: policy.text, choice: normalizeChoice(chosen) };
}

/** What deciding a combination needs beyond the applicant, worked out once per rule (a rule belongs to one series). */
interface CombinationPlan {
  expSources: Array<Extract<CreditSource, { kind: "experience" }>>;
  eduSources: EducationSource[];
  /** The experience sources' question (null when the combination counts no experience). */
  question: Question | null;
  /** Per education source, in order. */
  infos: SourceInfo[];
}

const plans = new WeakMap<object, CombinationPlan>();

function planOf(rule: Extract<Rule, { type: "combination" }>, series: Series, counting: CountingRules): CombinationPlan {
  let plan = plans.get(rule);
  if (!plan) {
    const expSources: CombinationPlan["expSources"] = [];
    const eduSources: EducationSource[] = [];
    for (const s of rule.sources) {
      if (s.kind === "experience") expSources.push(s);
      else eduSources.push(s);
    }
    plan = { expSources, eduSources, question: expSources.length ? questionOf(expSources, counting, rule) : null, infos: eduSources.map((s) => sourceInfo(s, series, counting)) };
    plans.set(rule, plan);
  }
  return plan;
}

function decideCombination(ctx: DecideContext, entry: CatalogLevel, rule: Extract<Rule, { type: "combination" }>): RuleDecision {
  const { counting, series } = entry;
  const { expSources, eduSources, question, infos } = planOf(rule, series, counting);
  const tally = question ? tallyExperience(ctx, entry, expSources, question) : null;
  const education = new Array<EducationTally>(eduSources.length);
  for (let i = 0; i < eduSources.length; i++) {
    const s = eduSources[i];
    const info = infos[i];
    const same = ctx.sameEducation[info.same];
    if (same !== undefined) {
      education[i] = same;
      continue;
    }
    let base = ctx.educations[info.education];
    if (base === undefined) ctx.educations[info.education] = base = tallyEducation(ctx.applicant.education, s, counting, ctx.detail);
    const p = info.policy;
    const policy = p ? sourcePolicy(ctx.policies, p) : null;
    const e: EducationTally = {
      source: s,
      policy,
      rows: base.rows,
      degrees: base.degrees,
      courseworkHours: base.courseworkHours,
      degreeHours: base.degreeHours,
      semesterHours: base.semesterHours,
      clockHours: base.clockHours,
      clockMonths: base.clockMonths,
      convertedMonths: base.convertedMonths,
      months: 0,
    };
    e.months = educationMonths(e, 0);
    education[i] = ctx.sameEducation[info.same] = e;
  }
  // "At most N months" on an experience source caps the experience the combination counts.
  let experience = tally?.months ?? 0;
  for (const s of expSources) if (s.maxMonths !== undefined) experience = Math.min(experience, s.maxMonths);
  // Education a policy left on ask counts for nothing until the agency decides.
  const freeMonths = combinedMonths(education, monthsUnlessAsked);
  const total = experience + freeMonths;
  let status: RuleStatus = "not-met";
  let pending: { policy: string; months: number } | null = null;
  let reliedOn: string | null = null;
  if (reaches(total, rule.months)) {
    status = "met";
    // An agency policy is relied on only when the requirement holds because of it.
    if (education.length) {
      const relied = bestWhere(combine(education, monthsUnlessAsked), hasPolicy);
      if (relied && !reaches(experience + combinedMonths(education, monthsWithoutPolicy), rule.months)) reliedOn = relied.policy!.id;
    }
  } else if (education.length) {
    const asked = combine(education, monthsIfAllowed);
    const askedMonths = asked.months;
    const askedPolicy = bestWhere(asked, isAsked);
    if (askedPolicy && reaches(experience + askedMonths, rule.months)) {
      status = "review";
      pending = { policy: askedPolicy.policy!.id, months: rule.months - experience - freeMonths };
    }
  }
  return { type: "combination", rule, status, tally, education, experienceMonths: experience, educationMonths: freeMonths, total, pending, reliedOn };
}

/** The first of the best sources (as `combinedEducation(...).best` lists them) that `test` accepts, without listing them. */
function bestWhere(c: Combined, test: (e: EducationTally) => boolean): EducationTally | null {
  if (c.anyWins) return c.any && test(c.any) ? c.any : null;
  if (c.under && test(c.under)) return c.under;
  return c.grad && test(c.grad) ? c.grad : null;
}

function hasPolicy(e: EducationTally): boolean {
  return e.policy !== null;
}

function isAsked(e: EducationTally): boolean {
  return e.policy?.choice.setting === "ask";
}

function monthsUnlessAsked(e: EducationTally): number {
  return e.policy?.choice.setting === "ask" ? 0 : e.months;
}

function monthsWithoutPolicy(e: EducationTally): number {
  return e.policy ? 0 : e.months;
}

/** What a source would give if the agency allowed a substitution it has not decided. */
function monthsIfAllowed(e: EducationTally): number {
  if (e.policy?.choice.setting !== "ask") return e.months;
  return e.source.maxMonths === undefined ? e.convertedMonths : Math.min(e.convertedMonths, e.source.maxMonths);
}

const experienceFiltersOf = new WeakMap<object, ExperienceTally["filters"]>();

/** An experience rule's filter as a tally's list of filters, made once per rule. */
function experienceFilters(rule: Extract<Rule, { type: "experience" }>): ExperienceTally["filters"] {
  let found = experienceFiltersOf.get(rule);
  if (!found) experienceFiltersOf.set(rule, (found = [{ filter: rule.filter, source: rule.source, label: rule.label }]));
  return found;
}

function decideRule(ctx: DecideContext, entry: CatalogLevel, rule: Rule): RuleDecision {
  switch (rule.type) {
    case "all":
    case "any": {
      const children = new Array<RuleDecision>(rule.rules.length);
      let met = 0;
      let review = 0;
      for (let i = 0; i < rule.rules.length; i++) {
        const c = decideRule(ctx, entry, rule.rules[i]);
        children[i] = c;
        if (c.status === "met") met++;
        else if (c.status === "review") review++;
      }
      const notMet = children.length - met - review;
      const status: RuleStatus =
        rule.type === "all" ? (notMet > 0 ? "not-met" : review > 0 ? "review" : "met") : met > 0 ? "met" : review > 0 ? "review" : "not-met";
      return rule.type === "all" ? { type: "all", rule, status, children } : { type: "any", rule, status, children };
    }
    case "combination":
      return decideCombination(ctx, entry, rule);
    case "experience": {
      const filters = experienceFilters(rule);
      const tally = tallyExperience(ctx, entry, filters, questionOf(filters, entry.counting, rule));
      return { type: "experience", rule, status: reaches(tally.months, rule.months) ? "met" : "not-met", tally };
    }
    case "high-school": {
      const has = ctx.applicant.education.highSchool;
      return { type: "high-school", rule, status: (rule.accepts as string[]).includes(has) ? "met" : "not-met", has };
    }
    case "degree": {
      const fields = rule.fields ?? null;
      const degrees = ctx.applicant.education.degrees ?? [];
      let hit = -1;
      for (let i = 0; i < degrees.length && hit < 0; i++) {
        const d = degrees[i];
        if (degreeMeets(rule, d.level) && (fields === null || (d.field !== undefined && fields.includes(d.field)))) hit = i;
      }
      return { type: "degree", rule, status: hit >= 0 ? "met" : "not-met", hit: hit >= 0 ? hit : null };
    }
    case "credential": {
      const held = ctx.applicant.education.credentials ?? [];
      let hit: number | null = null;
      const expired: Array<{ index: number; expires: string }> = [];
      for (let i = 0; i < held.length; i++) {
        const c = held[i];
        if (!rule.credentials.includes(c.id)) continue;
        // "expires" is the last day the credential is valid.
        if (c.expires !== undefined && parseIsoDate(c.expires)! < ctx.asOfDay) expired.push({ index: i, expires: c.expires });
        else if (hit === null) hit = i;
      }
      return { type: "credential", rule, status: hit !== null ? "met" : "not-met", hit, expired };
    }
    case "coursework": {
      let hours = 0;
      for (const row of ctx.applicant.education.coursework ?? []) {
        if (rule.units && !rule.units.includes(row.unit)) continue;
        if (rule.level && (row.level ?? "undergraduate") !== rule.level) continue;
        if (rule.areas && !inAreas(rule.areas, row.areas ?? [])) continue;
        hours += row.hours;
      }
      return { type: "coursework", rule, status: reaches(hours, rule.hours) ? "met" : "not-met", hours };
    }
    case "review": {
      // A review that concerns only some applicants: for the others the rule does not hold.
      const concerns = rule.onlyIf ? decideRule(ctx, entry, rule.onlyIf) : null;
      return { type: "review", rule, status: concerns && concerns.status !== "met" ? "not-met" : "review", concerns };
    }
  }
}

/** Whether a degree level meets a degree rule: at or above `minLevel` on the ladder, or one of `levels`. */
export function degreeMeets(rule: Extract<Rule, { type: "degree" }>, level: string): boolean {
  if (rule.levels?.includes(level as never)) return true;
  if (!rule.minLevel) return false;
  const at = DEGREE_LEVELS.indexOf(level as (typeof DEGREE_LEVELS)[number]);
  return at >= 0 && at >= DEGREE_LEVELS.indexOf(rule.minLevel);
}

const OUTCOME: Record<RuleStatus, Outcome> = { met: "meets", "not-met": "does-not-meet", review: "review" };

/**
 * Decide one level: first whether it is in force on the screening date, then its rules.
 * @example decideLevel(entry, ctx).outcome // "meets"
 */
export function decideLevel(entry: CatalogLevel, ctx: DecideContext): LevelDecision {
  const { level, counting } = entry;
  const { from, until, requirementsFrom } = entry.days;
  let gate: LevelGate | null = null;
  if (from !== null && ctx.asOfDay < from) gate = { kind: "not-yet", from: level.effective!.from!, source: level.effective?.source };
  else if (until !== null && ctx.asOfDay >= until) gate = { kind: "abolished", until: level.effective!.until!, source: level.effective?.source };
  else if (level.requirementsFrom && requirementsFrom !== null && ctx.asOfDay < requirementsFrom)
    gate = { kind: "earlier-requirements", date: level.requirementsFrom.date, source: level.requirementsFrom.source };
  const root = gate ? null : decideRule(ctx, entry, level.requirements);
  const outcome: Outcome = gate ? (gate.kind === "earlier-requirements" ? "review" : "inactive") : OUTCOME[root!.status];
  // Every field written out, one object shape: spreads make V8 build these slowly.
  return { entry, applicant: ctx.applicant, asOf: ctx.asOf, asOfDay: ctx.asOfDay, counting, jobs: ctx.jobs, outcome, gate, root };
}

/**
 * The context for deciding every level of one applicant.
 * @example decideContext(applicant, "2026-11-22", undefined)
 */
export function decideContext(applicant: Applicant, asOf: string, policies: PolicyChoices | undefined, detail = true): DecideContext {
  const asOfDay = parseIsoDate(asOf)!;
  // No choices at all (the command line without --policy): the files' settings, without looking anything up.
  return { applicant, asOf, asOfDay, jobs: prepareJobs(applicant, asOfDay), policies: policies && hasKeys(policies) ? policies : undefined, tallies: [], credits: [], educations: [], sameEducation: [], detail };
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}
