/**
 * Decide one level for one applicant: the one evaluation. It returns the
 * decision as data (decision.ts); the words are written later, and only when
 * asked for. The qualification file says what is required; nothing here
 * knows any class, threshold or area of study.
 */
import type { Applicant, Education, Job } from "./applicant-schema";
import { parseIsoDate, parseJobDate } from "./calendar-date";
import type { CatalogLevel } from "./catalog";
import { toSemesterHours } from "./convert-credit-hours";
import { creditExperience, ledgerTotals, ownMonths, roundByDays, type JobSpan } from "./credit-experience";
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
  /** Experience tallies by filters and counting rules, shared across levels (G4 to G8 ask about the same jobs). */
  tallies: Map<string, ExperienceTally>;
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
function missOf(job: Job, filter: ExperienceFilter): JobMiss | null {
  if (filter.kinds && !job.kinds.some((k) => filter.kinds!.includes(k))) return { why: "kinds", kinds: job.kinds };
  if (filter.comparableTo && !(job.comparableTo ?? []).some((id) => filter.comparableTo!.includes(id))) return { why: "comparable", levels: filter.comparableTo };
  if (filter.supervisory !== undefined && (job.supervisory ?? false) !== filter.supervisory) return { why: "supervisory", wanted: filter.supervisory };
  return null;
}

const filterKeys = new WeakMap<object, string>();
const NO_STRINGS: string[] = [];
const AFTER_AS_OF: JobMiss = { why: "after-as-of" };

/** `this` is the list: for Array.prototype.filter without a closure per call. */
function kindIn(this: readonly string[], value: string): boolean {
  return this.includes(value);
}

function isJudgementKind(kind: string): boolean {
  return EXPERIENCE_KIND_INFO[kind as ExperienceKind]?.judgement === true;
}

/**
 * A key for a rule's filters and the counting rules that credit them, so
 * levels asking the same question share one tally. A rule belongs to one
 * series, so its key is worked out once.
 */
function tallyKey(filters: ReadonlyArray<{ filter: ExperienceFilter }>, counting: CountingRules, owner: object): string {
  let key = filterKeys.get(owner);
  if (key === undefined) {
    const r = counting.experienceRounding;
    key = `${counting.fullTimeHoursPerWeek}|${r ? r.days : "-"}|${JSON.stringify(filters.map((f) => f.filter))}`;
    filterKeys.set(owner, key);
  }
  return key;
}

/**
 * Experience for a rule: each job judged against the filters (a job counts
 * when it passes any of them), the counting jobs' days credited once, and the
 * series' rounding applied.
 */
function tallyExperience(ctx: DecideContext, counting: CountingRules, filters: ExperienceTally["filters"], owner: object): ExperienceTally {
  const key = tallyKey(filters, counting, owner);
  const cached = ctx.tallies.get(key);
  if (cached) return cached;
  const fullTime = counting.fullTimeHoursPerWeek;
  const spans: JobSpan[] = [];
  let own = 0;
  const jobs: JobVerdict[] = [];
  for (const prepared of ctx.jobs) {
    const { job, index, span } = prepared;
    let miss: JobMiss | null = null;
    let hit: ExperienceFilter | null = null;
    for (const f of filters) {
      const m = missOf(job, f.filter);
      if (m === null) {
        hit = f.filter;
        break;
      }
      miss ??= m;
    }
    if (!hit) {
      jobs.push({ index, counts: false, matches: false, miss, kinds: NO_STRINGS, comparable: NO_STRINGS, supervisory: false, judgement: null, months: 0 });
      continue;
    }
    const kinds = hit.kinds ? job.kinds.filter(kindIn, hit.kinds) : NO_STRINGS;
    const comparable = hit.comparableTo && job.comparableTo ? job.comparableTo.filter(kindIn, hit.comparableTo) : NO_STRINGS;
    const judgement = comparable.length ? "comparable" : kinds.length && kinds.every(isJudgementKind) ? "closely-related" : null;
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
  // The stretches are not kept (nothing reads them from a tally); the ledger only when a rounding rule needs it.
  const credit = creditExperience(spans, fullTime, { segments: false, ledger: rule !== null });
  const rounding = rule ? { ...roundByDays(ledgerTotals(credit.ledger), rule.days), days: rule.days, source: rule.source } : null;
  const tally: ExperienceTally = {
    filters,
    jobs,
    ownMonths: own,
    raw: credit.months,
    rounding,
    months: rounding ? rounding.months : credit.months,
    ledger: credit.ledger,
    segments: credit.segments,
  };
  ctx.tallies.set(key, tally);
  return tally;
}

/**
 * College education for one source: coursework rows and degrees in its areas
 * (every area when it lists none), the larger of the two, converted to months.
 */
export function tallyEducation(education: Education, source: Extract<CreditSource, { kind: "education" }>, counting: CountingRules): Omit<EducationTally, "policy" | "months"> {
  const areas = source.areas ?? null;
  let courseworkHours = 0;
  const rows: EducationTally["rows"] = [];
  const coursework = education.coursework ?? [];
  for (let index = 0; index < coursework.length; index++) {
    const row = coursework[index];
    const semesterHours = toSemesterHours(row.hours, row.unit, counting);
    const rowAreas = row.areas ?? [];
    const counted = inAreas(areas, rowAreas);
    if (counted) courseworkHours += semesterHours;
    rows.push({ index, hours: row.hours, unit: row.unit, semesterHours, areas: rowAreas, counted });
  }
  let degreeHours = 0;
  const degrees: EducationTally["degrees"] = [];
  const held = education.degrees ?? [];
  for (let index = 0; index < held.length; index++) {
    const degree = held[index];
    const semesterHours = counting.degreeHours[degree.level];
    const counted = areas === null || (degree.field !== undefined && areas.includes(degree.field));
    if (counted) degreeHours = Math.max(degreeHours, semesterHours);
    degrees.push({ index, level: degree.level, field: degree.field, semesterHours, counted });
  }
  const semesterHours = Math.max(courseworkHours, degreeHours);
  return { source, rows, degrees, courseworkHours, degreeHours, semesterHours, convertedMonths: semesterHours * monthsPerHour(source) };
}

/** A row counts when any of its areas is listed (every row when the source lists none). */
function inAreas(areas: readonly string[] | null, list: readonly string[]): boolean {
  if (areas === null) return true;
  for (const a of list) if (areas.includes(a)) return true;
  return false;
}

/** Months per semester hour of a source's conversion table (its rows are proportional). */
export function monthsPerHour(source: Extract<CreditSource, { kind: "education" }>): number {
  const [row] = source.conversion.rows;
  return row.months / row.semesterHours;
}

/** The months a source's education gives under its policy: all of it, up to the cap, or none when denied. */
export function policyMonths(converted: number, choice: PolicyChoice | null): number {
  if (!choice) return converted;
  if (choice.setting === "deny") return 0;
  if (choice.setting === "allow" && choice.capMonths !== undefined) return Math.min(converted, choice.capMonths);
  return converted;
}

const experienceSourcesOf = new WeakMap<object, Array<Extract<CreditSource, { kind: "experience" }>>>();

/** A combination's experience sources, worked out once per rule. */
function experienceSources(rule: Extract<Rule, { type: "combination" }>): Array<Extract<CreditSource, { kind: "experience" }>> {
  let found = experienceSourcesOf.get(rule);
  if (!found) {
    found = [];
    for (const s of rule.sources) if (s.kind === "experience") found.push(s);
    experienceSourcesOf.set(rule, found);
  }
  return found;
}

function decideCombination(ctx: DecideContext, entry: CatalogLevel, rule: Extract<Rule, { type: "combination" }>): RuleDecision {
  const { counting, series } = entry;
  const expSources = experienceSources(rule);
  const tally = expSources.length ? tallyExperience(ctx, counting, expSources, rule) : null;
  const education: EducationTally[] = [];
  for (const s of rule.sources) {
    if (s.kind !== "education") continue;
    const base = tallyEducation(ctx.applicant.education, s, counting);
    const found = s.policy ? series.policies?.find((p) => p.id === s.policy) : undefined;
    const policy = s.policy ? { id: s.policy, label: found?.label ?? s.policy, text: found?.text ?? s.policy, choice: policyChoice(ctx.policies, series, s.policy) } : null;
    education.push({
      source: base.source,
      policy,
      rows: base.rows,
      degrees: base.degrees,
      courseworkHours: base.courseworkHours,
      degreeHours: base.degreeHours,
      semesterHours: base.semesterHours,
      convertedMonths: base.convertedMonths,
      months: policyMonths(base.convertedMonths, policy?.choice ?? null),
    });
  }
  const experience = tally?.months ?? 0;
  // Several education sources describe the same schooling: the best one counts, never their sum.
  let free = 0;
  let freeWithoutPolicy = 0;
  let freePolicy: string | null = null;
  let asked = 0;
  let askedPolicy: string | null = null;
  for (const e of education) {
    if (!e.policy) freeWithoutPolicy = Math.max(freeWithoutPolicy, e.months);
    if (e.policy?.choice.setting === "ask") {
      if (e.months > asked) [asked, askedPolicy] = [e.months, e.policy.id];
      continue;
    }
    if (e.months > free) [free, freePolicy] = [e.months, e.policy?.id ?? null];
  }
  const total = experience + free;
  let status: RuleStatus = "not-met";
  let pending: { policy: string; months: number } | null = null;
  let reliedOn: string | null = null;
  if (reaches(total, rule.months)) {
    status = "met";
    // An agency policy is relied on only when the requirement holds because of it.
    if (freePolicy && !reaches(experience + freeWithoutPolicy, rule.months)) reliedOn = freePolicy;
  } else if (askedPolicy && reaches(experience + asked, rule.months)) {
    status = "review";
    pending = { policy: askedPolicy, months: rule.months - experience };
  }
  return { type: "combination", rule, status, tally, education, educationMonths: free, total, pending, reliedOn };
}

function decideRule(ctx: DecideContext, entry: CatalogLevel, rule: Rule): RuleDecision {
  switch (rule.type) {
    case "all":
    case "any": {
      const children: RuleDecision[] = [];
      let met = 0;
      let review = 0;
      for (const r of rule.rules) {
        const c = decideRule(ctx, entry, r);
        children.push(c);
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
      const tally = tallyExperience(ctx, entry.counting, [{ filter: rule.filter, source: rule.source, label: rule.label }], rule);
      return { type: "experience", rule, status: reaches(tally.months, rule.months) ? "met" : "not-met", tally };
    }
    case "high-school": {
      const has = ctx.applicant.education.highSchool;
      return { type: "high-school", rule, status: (rule.accepts as string[]).includes(has) ? "met" : "not-met", has };
    }
    case "degree": {
      const min = DEGREE_LEVELS.indexOf(rule.minLevel);
      const fields = rule.fields ?? null;
      const degrees = ctx.applicant.education.degrees ?? [];
      const hit = degrees.findIndex((d) => DEGREE_LEVELS.indexOf(d.level) >= min && (fields === null || (d.field !== undefined && fields.includes(d.field))));
      return { type: "degree", rule, status: hit >= 0 ? "met" : "not-met", hit: hit >= 0 ? hit : null };
    }
    case "review":
      return { type: "review", rule, status: "review" };
  }
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
export function decideContext(applicant: Applicant, asOf: string, policies: PolicyChoices | undefined): DecideContext {
  const asOfDay = parseIsoDate(asOf)!;
  return { applicant, asOf, asOfDay, jobs: prepareJobs(applicant, asOfDay), policies, tallies: new Map() };
}
