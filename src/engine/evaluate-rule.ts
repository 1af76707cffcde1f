/**
 * Decide one requirement tree for one applicant, writing the explanation as
 * it goes. The qualification file says what is required; nothing here knows
 * any class, threshold or area of study.
 */
import type { Applicant, Job } from "./applicant-schema";
import { countedSemesterHours, creditEducation, hoursToMonths, monthsPerSemesterHour } from "./convert-credit-hours";
import { creditExperience, type ExperienceCredit, type JobSpan } from "./credit-experience";
import type { CountingRules } from "./default-counting";
import { ceilTenth, EPSILON, formatHours, formatMonths } from "./format-number";
import type { CreditSource, ExperienceFilter, Rule, Series, Source } from "./qualification-schema";
import type { ExplanationStep, Judgement, RuleResult, RuleStatus, ShortfallNeed, ShortfallOption, StepKind } from "./result-types";
import { areaLabel, areasInWords, DEGREE_LABELS, DEGREE_LEVELS, EXPERIENCE_KIND_INFO, HIGH_SCHOOL_LABELS } from "./vocabulary";

/** One job with its days as the counting rules see them. */
export interface PreparedJob {
  job: Job;
  index: number;
  /** Null when the job starts after the screening date: "nothing after asOf". */
  span: JobSpan | null;
}

/** Everything evaluation needs, shared by every level of one applicant. */
export interface EvaluationContext {
  applicant: Applicant;
  asOf: string;
  jobs: PreparedJob[];
  counting: CountingRules;
  series: Series;
  /** The officer's policy choices, by `policyKey(series, policy)` or by policy id for every series; unlisted policies keep their file's setting. */
  policies: Record<string, boolean> | undefined;
  steps: ExplanationStep[];
  judgements: Map<string, Judgement>;
  policiesApplied: Set<string>;
  /** Credited experience by full-time hours and job set, shared across levels. */
  experienceCache: Map<string, ExperienceCredit>;
  /** Outcome-only: months credited by full-time hours, then by the bit mask of the jobs credited. */
  monthsByMask: Map<number, Map<number, number>>;
  /**
   * Write the explanation, judgements and shortfall. Off for outcome-only
   * screening of large pools, where only the outcome is wanted: the decision
   * is the same, it only skips the words.
   */
  explain: boolean;
}

interface Evaluated {
  result: RuleResult;
  needs: ShortfallNeed[];
}

const quoted = (source: Source): string => `'${source.quote}'`;

/** "an associate degree", "a bachelor's degree". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

/**
 * The key of one series' policy in the officer's choices, so two files that
 * use the same policy id are switched separately.
 * @example policyKey("customer-service-job-family", "education-substitution") // "customer-service-job-family/education-substitution"
 */
export function policyKey(seriesId: string, policyId: string): string {
  return `${seriesId}/${policyId}`;
}

/** The officer's choice for this series' policy, else for the id in every series, else the file's setting. */
function policyEnabled(ctx: EvaluationContext, id: string): boolean {
  return ctx.policies?.[policyKey(ctx.series.id, id)] ?? ctx.policies?.[id] ?? ctx.series.policies?.find((p) => p.id === id)?.enabled ?? true;
}

function step(ctx: EvaluationContext, kind: StepKind, depth: number, text: string, extra?: Partial<ExplanationStep>): void {
  // Every field written out, one object shape: spreading `extra` made V8 build steps slowly.
  ctx.steps.push({
    kind,
    text,
    depth,
    ruleId: extra?.ruleId,
    quote: extra?.quote,
    document: extra?.document,
    status: extra?.status,
  });
}

/** "Job 2 (Clerk, City Utilities)". */
export function describeJob(job: Job, index: number): string {
  const parts = [job.title, job.employer].filter((p): p is string => !!p && p.trim() !== "");
  return `Job ${index + 1}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

function interpretationStep(ctx: EvaluationContext, id: string | undefined, depth: number, ruleId: string): void {
  if (!id) return;
  const found = ctx.series.interpretations?.find((i) => i.id === id);
  if (!found) return;
  step(ctx, "interpretation", depth, `Interpretation (the screener's reading, not the spec's words): ${found.reading}`, {
    ruleId,
    quote: found.clause,
    document: ctx.series.document,
  });
}

/**
 * The smallest part month that earns a whole month under a "half-month"
 * rounding rule: N days of the longest month (31 days), or half a month,
 * whichever is less. "When experience is 15 days or more, one month of credit
 * is allowed": 15 days of any month reach 15/31 of a month.
 */
function partMonthThreshold(days: number): number {
  return Math.min(0.5, days / 31);
}

function roundExperience(ctx: EvaluationContext, months: number): number {
  const rounding = ctx.counting.experienceRounding;
  if (rounding?.mode !== "half-month") return months;
  const whole = Math.floor(months + EPSILON);
  return months - whole >= partMonthThreshold(rounding.days) - EPSILON ? whole + 1 : whole;
}

/** The least raw (unrounded) months whose rounding reaches `target`. */
function rawMonthsFor(ctx: EvaluationContext, target: number): number {
  const rounding = ctx.counting.experienceRounding;
  if (target <= EPSILON) return 0;
  if (rounding?.mode !== "half-month") return target;
  return Math.ceil(target - EPSILON) - 1 + partMonthThreshold(rounding.days);
}

/** Whether a job passes a filter (the fast check; `matchJob` says why). */
function jobMatches(job: Job, filter: ExperienceFilter): boolean {
  if (filter.kinds && !job.kinds.some((k) => filter.kinds!.includes(k))) return false;
  if (filter.comparableTo && !(job.comparableTo ?? []).some((id) => filter.comparableTo!.includes(id))) return false;
  if (filter.supervisory !== undefined && (job.supervisory ?? false) !== filter.supervisory) return false;
  return true;
}

/** Whether a job passes a filter, and in words why (it counts as what, or why not). */
function matchJob(job: Job, filter: ExperienceFilter): { ok: boolean; why: string; judgement: string | null } {
  let judgement: string | null = null;
  const counts: string[] = [];
  if (filter.kinds) {
    const hits = job.kinds.filter((k) => filter.kinds!.includes(k));
    if (hits.length === 0)
      return { ok: false, why: `its kinds of work (${job.kinds.map((k) => EXPERIENCE_KIND_INFO[k].label.toLowerCase()).join(", ")}) are not among those that count`, judgement };
    if (hits.every((k) => EXPERIENCE_KIND_INFO[k].judgement)) judgement = "marked closely related by the officer";
    counts.push(hits.map((k) => EXPERIENCE_KIND_INFO[k].label.toLowerCase()).join(" and "));
  }
  if (filter.comparableTo) {
    const hits = (job.comparableTo ?? []).filter((id) => filter.comparableTo!.includes(id));
    if (hits.length === 0) return { ok: false, why: `the officer has not judged it comparable to ${filter.comparableTo.join(" or ")}`, judgement };
    judgement = `judged comparable to ${hits.join(" and ")} by the officer`;
    counts.push(`comparable to ${hits.join(" and ")}`);
  }
  if (filter.supervisory !== undefined && (job.supervisory ?? false) !== filter.supervisory)
    return { ok: false, why: filter.supervisory ? "it was not supervisory" : "it was supervisory", judgement };
  if (filter.supervisory) counts.push("supervisory");
  return { ok: true, why: counts.join(", "), judgement };
}

function creditFor(ctx: EvaluationContext, jobs: PreparedJob[]): ExperienceCredit {
  let key = String(ctx.counting.fullTimeHoursPerWeek);
  for (const j of jobs) key += `,${j.index}`;
  let credit = ctx.experienceCache.get(key);
  if (!credit) {
    // Only the explanation needs the credit split by job.
    credit = creditExperience(
      jobs.map((j) => j.span!),
      ctx.counting.fullTimeHoursPerWeek,
      ctx.explain,
    );
    ctx.experienceCache.set(key, credit);
  }
  return credit;
}

/**
 * Outcome-only: the months credited for the jobs that pass any of the
 * filters. The set of jobs is kept as a bit mask, so levels that ask about
 * the same jobs share one count without building keys or lists.
 */
function outcomeMonths(ctx: EvaluationContext, sources: ReadonlyArray<{ filter: ExperienceFilter }>): number {
  const { jobs } = ctx;
  if (jobs.length > 30) {
    const matched = jobs.filter((p) => p.span && sources.some((s) => jobMatches(p.job, s.filter)));
    return matched.length ? creditFor(ctx, matched).months : 0;
  }
  let mask = 0;
  for (let i = 0; i < jobs.length; i++) {
    if (!jobs[i].span) continue;
    for (const s of sources) {
      if (jobMatches(jobs[i].job, s.filter)) {
        mask |= 1 << i;
        break;
      }
    }
  }
  if (mask === 0) return 0;
  const fullTime = ctx.counting.fullTimeHoursPerWeek;
  let byMask = ctx.monthsByMask.get(fullTime);
  if (!byMask) ctx.monthsByMask.set(fullTime, (byMask = new Map()));
  let months = byMask.get(mask);
  if (months === undefined) {
    const spans: JobSpan[] = [];
    for (let i = 0; i < jobs.length; i++) if (mask & (1 << i)) spans.push(jobs[i].span!);
    months = creditExperience(spans, fullTime, false).months;
    byMask.set(mask, months);
  }
  return months;
}

/** Credit the jobs that pass any of the filters, once, and explain each job. Returns raw and rounded months. */
function creditMatchingJobs(
  ctx: EvaluationContext,
  sources: Array<{ filter: ExperienceFilter; source: Source; label: string }>,
  depth: number,
  ruleId: string,
  /** The words the rule's own requirement step has quoted: a source with other words is quoted once before the jobs. */
  ruleQuote: string,
): { raw: number; months: number } {
  const matched: PreparedJob[] = [];
  if (!ctx.explain) {
    const raw = outcomeMonths(ctx, sources);
    return { raw, months: roundExperience(ctx, raw) };
  }
  for (const s of sources) {
    if (s.source.quote !== ruleQuote) step(ctx, "requirement", depth, `Experience that counts: ${quoted(s.source)}.`, { ruleId, quote: s.source.quote, document: s.source.document });
  }
  for (const prepared of ctx.jobs) {
    const { job, index } = prepared;
    const name = describeJob(job, index);
    const dates = `${job.start} to ${job.end ?? `current (${ctx.asOf})`}, ${formatHours(job.hoursPerWeek)} h/week`;
    if (!prepared.span) {
      step(ctx, "fact", depth, `${name}, ${dates}: does not count: it starts after the screening date ${ctx.asOf}.`, { ruleId });
      continue;
    }
    const results = sources.map((s) => ({ s, m: matchJob(job, s.filter) }));
    const hit = results.find((r) => r.m.ok);
    if (!hit) {
      step(ctx, "fact", depth, `${name}, ${dates}: does not count: ${results[0].m.why}.`, { ruleId });
      continue;
    }
    matched.push(prepared);
    step(ctx, "fact", depth, `${name}, ${dates}: counts${hit.m.why ? ` (${hit.m.why})` : ""}.`, { ruleId });
    if (hit.m.judgement) {
      const path = `experience[${index}]`;
      const text = `${name} ${hit.m.judgement}.`;
      ctx.judgements.set(`${path}:${text}`, { text, path });
      step(ctx, "judgement", depth, `Officer's judgement: ${text}`, { ruleId });
    }
  }
  if (matched.length === 0) {
    step(ctx, "arithmetic", depth, "Experience credited: 0 months (no job counts).", { ruleId });
    return { raw: 0, months: 0 };
  }
  const credit = creditFor(ctx, matched);
  const parts =
    matched.length > 1 ? `${matched.map((j) => `${describeJob(j.job, j.index)} ${formatMonths(credit.perJob.get(j.index) ?? 0)}`).join(" + ")} = ` : "";
  const overlap = credit.calendarMonths - credit.months > EPSILON ? " (overlapping days counted once, part-time pro rata" : " (part-time pro rata";
  step(
    ctx,
    "arithmetic",
    depth,
    `Experience credited: ${parts}${formatMonths(credit.months)} months${overlap}, ${formatHours(ctx.counting.fullTimeHoursPerWeek)} h/week = full time, each day 1/(days in its month) of a month).`,
    { ruleId },
  );
  const rounded = roundExperience(ctx, credit.months);
  const rounding = ctx.counting.experienceRounding;
  // A rounding that changes nothing is not worth a line.
  if (rounding && Math.abs(rounded - credit.months) > EPSILON) {
    step(ctx, "arithmetic", depth, `Rounded by ${quoted(rounding.source)}: ${formatMonths(credit.months)} months -> ${formatMonths(rounded)} months.`, {
      ruleId,
      quote: rounding.source.quote,
      document: rounding.source.document,
    });
  }
  return { raw: credit.months, months: rounded };
}

/** Months from college education for one education source, explained; 0 when its policy is off. */
function creditEducationSource(ctx: EvaluationContext, source: Extract<CreditSource, { kind: "education" }>, depth: number, ruleId: string): { months: number; semesterHours: number; enabled: boolean } {
  if (!ctx.explain) {
    if (source.policy && !policyEnabled(ctx, source.policy)) return { months: 0, semesterHours: 0, enabled: false };
    const semesterHours = countedSemesterHours(ctx.applicant.education, source.areas ?? null, ctx.counting);
    return { months: hoursToMonths(semesterHours, source.conversion), semesterHours, enabled: true };
  }
  if (source.policy) {
    const policy = ctx.series.policies?.find((p) => p.id === source.policy);
    if (!policyEnabled(ctx, source.policy)) {
      step(ctx, "policy", depth, `${policy?.label ?? source.policy} is turned off: college coursework does not count here.`, { ruleId });
      return { months: 0, semesterHours: 0, enabled: false };
    }
    step(ctx, "policy", depth, policy?.text ?? source.policy, { ruleId });
  }
  interpretationStep(ctx, source.interpretation, depth, ruleId);
  const areas = source.areas ?? null;
  const edu = creditEducation(ctx.applicant.education, areas, ctx.counting);
  const areaText = areas ? ` in ${areasInWords(areas)}` : "";
  for (const row of edu.coursework) {
    const unitText = row.unit === "quarter" ? `${formatHours(row.hours)} quarter hours = ${formatHours(row.semesterHours)} semester hours` : `${formatHours(row.hours)} semester hours`;
    const areaList = row.areas.length ? ` (${row.areas.map(areaLabel).join(", ")})` : "";
    step(ctx, "fact", depth, `Coursework row ${row.index + 1}: ${unitText}${areaList}: ${row.counted ? "counts" : `does not count: not${areaText}`}.`, { ruleId });
    if (row.counted && areas && row.areas.includes("similar") && !row.areas.some((a) => a !== "similar" && areas.includes(a))) {
      const text = `Coursework row ${row.index + 1} marked a similar area of study by the officer.`;
      ctx.judgements.set(`education.coursework[${row.index}]:${text}`, { text, path: `education.coursework[${row.index}]` });
      step(ctx, "judgement", depth, `Officer's judgement: ${text}`, { ruleId });
    }
  }
  for (const d of edu.degrees) {
    const field = d.field ? ` in ${areaLabel(d.field)}` : "";
    step(ctx, "fact", depth, `${DEGREE_LABELS[d.level as keyof typeof DEGREE_LABELS]}${field}: ${d.counted ? `counts as ${formatHours(d.semesterHours)} semester hours` : `does not count: not${areaText}`}.`, { ruleId });
    if (d.counted && areas && d.field === "similar") {
      const text = `Degree ${d.index + 1} field marked a similar area of study by the officer.`;
      ctx.judgements.set(`education.degrees[${d.index}]:${text}`, { text, path: `education.degrees[${d.index}]` });
      step(ctx, "judgement", depth, `Officer's judgement: ${text}`, { ruleId });
    }
  }
  if (edu.courseworkHours > 0 && edu.degreeHours > 0) {
    step(
      ctx,
      "arithmetic",
      depth,
      `Coursework ${formatHours(edu.courseworkHours)} semester hours, degree ${formatHours(edu.degreeHours)} semester hours: the larger, ${formatHours(edu.semesterHours)}, counts (listed coursework and degrees are not added together).`,
      { ruleId },
    );
  }
  const months = hoursToMonths(edu.semesterHours, source.conversion);
  const [row] = source.conversion.rows;
  const table = source.conversion.source;
  step(
    ctx,
    "arithmetic",
    depth,
    `Education credited: ${formatHours(edu.semesterHours)} semester hours x ${formatHours(row.months)}/${formatHours(row.semesterHours)} = ${formatMonths(months)} months, ${table ? `by ${quoted(table)} or its proportional equivalent` : "at the agency policy's rate"}.`,
    { ruleId, quote: table?.quote, document: table?.document },
  );
  return { months, semesterHours: edu.semesterHours, enabled: true };
}

function resultStep(ctx: EvaluationContext, depth: number, rule: Rule, status: RuleStatus, text: string): void {
  if (!ctx.explain) return;
  const verdict = status === "met" ? "meets" : status === "not-met" ? "does not meet" : "needs an officer's review for";
  const src = "source" in rule && rule.source ? rule.source : undefined;
  step(ctx, "result", depth, `${text}: ${verdict} ${src ? quoted(src) : `"${rule.label}"`}.`, {
    ruleId: rule.id,
    status,
    quote: src?.quote,
    document: src?.document,
  });
}

function experienceOption(ctx: EvaluationContext, rawHave: number, target: number, label: string): ShortfallOption {
  const months = Math.max(0.1, ceilTenth(rawMonthsFor(ctx, target) - rawHave));
  return { kind: "experience", months, text: `${formatHours(months)} more months of full-time ${label}` };
}

function evaluateCombination(ctx: EvaluationContext, rule: Extract<Rule, { type: "combination" }>, depth: number): Evaluated {
  const expSources = rule.sources.filter((s): s is Extract<CreditSource, { kind: "experience" }> => s.kind === "experience");
  const eduSources = rule.sources.filter((s): s is Extract<CreditSource, { kind: "education" }> => s.kind === "education");
  let expMonths = 0;
  let expRaw = 0;
  if (expSources.length) {
    const r = creditMatchingJobs(ctx, expSources, depth + 1, rule.id, rule.source.quote);
    expMonths = r.months;
    expRaw = r.raw;
  }
  const edu = eduSources.map((s) => {
    const credit = creditEducationSource(ctx, s, depth + 1, rule.id);
    return { s, months: credit.months, semesterHours: credit.semesterHours, enabled: credit.enabled };
  });
  // Several education sources describe the same schooling: the best one counts, never their sum.
  let eduMonths = 0;
  for (const e of edu) eduMonths = Math.max(eduMonths, e.months);
  const total = expMonths + eduMonths;
  const status: RuleStatus = total + EPSILON >= rule.months ? "met" : "not-met";
  // An agency policy is relied on only when the requirement holds because of it.
  if (status === "met" && expMonths + EPSILON < rule.months) {
    for (const e of edu) if (e.s.policy && e.months > 0) ctx.policiesApplied.add(e.s.policy);
  }
  const needs: ShortfallNeed[] = [];
  if (ctx.explain) {
    const terms = [expSources.length ? `${formatMonths(expMonths)} months of experience` : null, eduSources.length ? `${formatMonths(eduMonths)} months of education` : null].filter(Boolean);
    resultStep(ctx, depth, rule, status, `Total ${terms.join(" + ")} = ${formatMonths(total)} months of ${formatHours(rule.months)} required`);
  }
  if (status === "not-met" && ctx.explain) {
    const options: ShortfallOption[] = [];
    for (const s of expSources.slice(0, 1)) options.push(experienceOption(ctx, expRaw, rule.months - eduMonths, s.label));
    for (const e of edu) {
      if (!e.enabled) continue;
      const perHour = monthsPerSemesterHour(e.s.conversion);
      const semesterHours = Math.max(0.1, ceilTenth((rule.months - expMonths) / perHour - e.semesterHours));
      const q = ctx.counting.quarterToSemester;
      const quarterHours = ceilTenth((semesterHours * q.quarterHours) / q.semesterHours);
      options.push({
        kind: "education",
        semesterHours,
        quarterHours,
        text: `${formatHours(semesterHours)} more semester hours (${formatHours(quarterHours)} quarter hours) of ${e.s.label}`,
      });
    }
    needs.push({ ruleId: rule.id, label: rule.label, options });
  }
  return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status, credited: total, required: rule.months, children: [] }, needs };
}

function evaluateExperience(ctx: EvaluationContext, rule: Extract<Rule, { type: "experience" }>, depth: number): Evaluated {
  const { raw, months } = creditMatchingJobs(ctx, [{ filter: rule.filter, source: rule.source, label: rule.label }], depth + 1, rule.id, rule.source.quote);
  const status: RuleStatus = months + EPSILON >= rule.months ? "met" : "not-met";
  if (ctx.explain) resultStep(ctx, depth, rule, status, `${formatMonths(months)} months of ${formatHours(rule.months)} required`);
  const needs: ShortfallNeed[] =
    status === "met" || !ctx.explain ? [] : [{ ruleId: rule.id, label: rule.label, options: [experienceOption(ctx, raw, rule.months, rule.label.replace(/^\d+ months of /, ""))] }];
  return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status, credited: months, required: rule.months, children: [] }, needs };
}

function evaluateHighSchool(ctx: EvaluationContext, rule: Extract<Rule, { type: "high-school" }>, depth: number): Evaluated {
  const has = ctx.applicant.education.highSchool;
  const status: RuleStatus = (rule.accepts as string[]).includes(has) ? "met" : "not-met";
  if (!ctx.explain) return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status, children: [] }, needs: [] };
  resultStep(ctx, depth, rule, status, HIGH_SCHOOL_LABELS[has]);
  const wanted = rule.accepts.map((a) => HIGH_SCHOOL_LABELS[a].replace(/^High school diploma$/, "a high school diploma")).join(" or ");
  const needs: ShortfallNeed[] = status === "met" ? [] : [{ ruleId: rule.id, label: rule.label, options: [{ kind: "credential", text: wanted }] }];
  return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status, children: [] }, needs };
}

function evaluateDegree(ctx: EvaluationContext, rule: Extract<Rule, { type: "degree" }>, depth: number): Evaluated {
  const min = DEGREE_LEVELS.indexOf(rule.minLevel);
  const fields = rule.fields ?? null;
  const degrees = ctx.applicant.education.degrees ?? [];
  const hit = degrees.find((d) => DEGREE_LEVELS.indexOf(d.level) >= min && (fields === null || (d.field !== undefined && fields.includes(d.field))));
  const status: RuleStatus = hit ? "met" : "not-met";
  if (!ctx.explain) return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status, children: [] }, needs: [] };
  const have = hit
    ? `${DEGREE_LABELS[hit.level]}${hit.field ? ` in ${areaLabel(hit.field)}` : ""}`
    : degrees.length
      ? `Degrees held (${degrees.map((d) => DEGREE_LABELS[d.level]).join(", ")}) are below ${DEGREE_LABELS[rule.minLevel].toLowerCase()}${fields ? " or in another field" : ""}`
      : "No degree";
  resultStep(ctx, depth, rule, status, have);
  const fieldText = fields ? ` in ${areasInWords(fields)}` : "";
  const needs: ShortfallNeed[] =
    status === "met" ? [] : [{ ruleId: rule.id, label: rule.label, options: [{ kind: "credential", text: `${withArticle(DEGREE_LABELS[rule.minLevel].toLowerCase())} or higher${fieldText}` }] }];
  return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status, children: [] }, needs };
}

function evaluateGroup(ctx: EvaluationContext, rule: Extract<Rule, { type: "all" | "any" }>, depth: number): Evaluated {
  if (ctx.explain) {
    const intro = rule.type === "all" ? "every one of the following must hold" : "any one of the following is enough";
    step(ctx, "requirement", depth, `${rule.source ? `${quoted(rule.source)}: ` : `${rule.label}: `}${intro}.`, {
      ruleId: rule.id,
      quote: rule.source?.quote,
      document: rule.source?.document,
    });
    interpretationStep(ctx, rule.interpretation, depth, rule.id);
  }
  const children = rule.rules.map((r) => evaluateRule(ctx, r, depth + 1));
  const statuses = children.map((c) => c.result.status);
  let status: RuleStatus;
  if (rule.type === "all") status = statuses.includes("not-met") ? "not-met" : statuses.includes("review") ? "review" : "met";
  else status = statuses.includes("met") ? "met" : statuses.includes("review") ? "review" : "not-met";
  let needs: ShortfallNeed[] = [];
  if (!ctx.explain) return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status, children: children.map((c) => c.result) }, needs };
  const holding = children.filter((c) => c.result.status === "met").length;
  resultStep(ctx, depth, rule, status, `${holding} of ${children.length} hold`);
  if (status === "not-met") {
    if (rule.type === "all") needs = children.flatMap((c) => c.needs);
    else {
      // Any one alternative is enough: each alternative's needs become one option.
      const options = children
        .filter((c) => c.result.status === "not-met")
        .flatMap((c) =>
          c.needs.length === 1
            ? c.needs[0].options
            : [{ kind: "credential" as const, text: c.needs.map((n) => n.options.map((o) => o.text).join(", or ")).join(", and ") }],
        );
      needs = [{ ruleId: rule.id, label: rule.label, options }];
    }
  }
  return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status, children: children.map((c) => c.result) }, needs };
}

/** Decide a rule and its children; steps and judgements are added to the context. */
export function evaluateRule(ctx: EvaluationContext, rule: Rule, depth: number): Evaluated {
  if (ctx.explain && rule.type !== "all" && rule.type !== "any") {
    step(ctx, "requirement", depth, `Requirement: ${quoted(rule.source)}.`, { ruleId: rule.id, quote: rule.source.quote, document: rule.source.document });
    interpretationStep(ctx, rule.interpretation, depth, rule.id);
    if (rule.note) step(ctx, "note", depth, `Note: ${rule.note}`, { ruleId: rule.id });
  }
  switch (rule.type) {
    case "all":
    case "any":
      return evaluateGroup(ctx, rule, depth);
    case "combination":
      return evaluateCombination(ctx, rule, depth);
    case "experience":
      return evaluateExperience(ctx, rule, depth);
    case "high-school":
      return evaluateHighSchool(ctx, rule, depth);
    case "degree":
      return evaluateDegree(ctx, rule, depth);
    case "review":
      if (ctx.explain) step(ctx, "result", depth, `${rule.reason} Outcome: an officer's review.`, { ruleId: rule.id, status: "review", quote: rule.source.quote, document: rule.source.document });
      return { result: { ruleId: rule.id, label: rule.label, type: rule.type, status: "review", children: [] }, needs: [] };
  }
}
