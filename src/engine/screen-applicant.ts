import type { Applicant } from "./applicant-schema";
import { parseIsoDate } from "./calendar-date";
import type { JobSpan } from "./credit-experience";
import { evaluateRule, type EvaluationContext, type PreparedJob } from "./evaluate-rule";
import type { Catalog, CatalogLevel } from "./catalog";
import type { ApplicantResult, ExplanationStep, LevelResult, Outcome, RuleResult, Shortfall } from "./result-types";
import type { ExperienceCredit } from "./credit-experience";

export interface ScreenOptions {
  /** The date used when the applicant gives no `asOf` (the caller's today, yyyy-mm-dd). */
  today: string;
  /**
   * Policies turned on or off by the officer: by `policyKey(seriesId, policyId)` for one
   * series, or by policy id for every series that has it; unlisted policies keep their file's setting.
   */
  policies?: Record<string, boolean>;
  /**
   * false: decide outcomes only (and months), without explanation steps,
   * judgements or shortfall, for screening large pools fast. Default true.
   */
  explain?: boolean;
}

/**
 * The applicant's jobs as day spans cut at the screening date: "open-ended
 * jobs run to asOf" and nothing after asOf counts.
 * @example prepareJobs(applicant, parseIsoDate("2026-11-22")!)
 */
export function prepareJobs(applicant: Applicant, asOfDay: number): PreparedJob[] {
  return (applicant.experience ?? []).map((job, index) => {
    const start = parseIsoDate(job.start)!;
    const end = Math.min(job.end == null ? asOfDay : parseIsoDate(job.end)!, asOfDay);
    const span: JobSpan | null = start > asOfDay ? null : { index, start, end, hoursPerWeek: job.hoursPerWeek };
    return { job, index, span };
  });
}

function firstCounted(result: RuleResult): RuleResult | null {
  if (result.required !== undefined) return result;
  for (const child of result.children) {
    const found = firstCounted(child);
    if (found) return found;
  }
  return null;
}

function shortfallText(needs: Shortfall["needs"]): string {
  return needs.map((n) => n.options.map((o) => o.text).join(", or ")).join("; and ");
}

/** A level's result, built with every field written out (spreads make V8 build these slowly). */
function levelResult(entry: CatalogLevel, outcome: Outcome, steps: ExplanationStep[], rest: Partial<LevelResult> = {}): LevelResult {
  const { level, series, file } = entry;
  return {
    id: level.id,
    title: level.title,
    seriesId: series.id,
    seriesTitle: series.title,
    file,
    outcome,
    steps,
    shortfall: rest.shortfall ?? null,
    judgements: rest.judgements ?? [],
    policiesApplied: rest.policiesApplied ?? [],
    credited: rest.credited ?? null,
    required: rest.required ?? null,
    requirements: rest.requirements ?? null,
  };
}

/** Screen one applicant against one level. */
export function screenLevel(
  entry: CatalogLevel,
  applicant: Applicant,
  asOf: string,
  asOfDay: number,
  jobs: PreparedJob[],
  options: ScreenOptions,
  experienceCache: Map<string, ExperienceCredit>,
  monthsByMask: Map<number, Map<number, number>> = new Map(),
): LevelResult {
  const { level, series, counting } = entry;
  const explain = options.explain ?? true;
  const steps: ExplanationStep[] = [];
  const { from, until, requirementsFrom } = entry.days;
  const effectiveSource = level.effective?.source;
  if (from !== null && asOfDay < from) {
    if (explain)
      steps.push({ kind: "result", depth: 0, text: `Not in effect on ${asOf}: the class was created on ${level.effective!.from}.`, quote: effectiveSource?.quote, document: effectiveSource?.document });
    return levelResult(entry, "inactive", steps);
  }
  if (until !== null && asOfDay >= until) {
    if (explain) {
      const quote = effectiveSource ? ` ('${effectiveSource.quote}')` : "";
      steps.push({
        kind: "result",
        depth: 0,
        text: `Not in effect on ${asOf}: the class was abolished effective ${level.effective!.until}${quote}.`,
        quote: effectiveSource?.quote,
        document: effectiveSource?.document,
      });
    }
    return levelResult(entry, "inactive", steps);
  }
  const reqFrom = level.requirementsFrom;
  if (reqFrom && requirementsFrom !== null && asOfDay < requirementsFrom) {
    if (explain)
      steps.push({
        kind: "result",
        depth: 0,
        text: `The qualifications encoded here took effect on ${reqFrom.date} ('${reqFrom.source.quote}'); for a screening date of ${asOf} an officer must apply the qualifications then in force.`,
        quote: reqFrom.source.quote,
        document: reqFrom.source.document,
      });
    return levelResult(entry, "review", steps);
  }
  const ctx: EvaluationContext = {
    applicant,
    asOf,
    jobs,
    counting,
    series,
    policies: options.policies,
    steps,
    judgements: new Map(),
    policiesApplied: new Set(),
    experienceCache,
    monthsByMask,
    explain,
  };
  const { result, needs } = evaluateRule(ctx, level.requirements, 0);
  const outcome: Outcome = result.status === "met" ? "meets" : result.status === "review" ? "review" : "does-not-meet";
  const counted = firstCounted(result);
  if (!explain) return levelResult(entry, outcome, steps, { credited: counted?.credited ?? null, required: counted?.required ?? null, requirements: result });
  for (const note of level.notes ?? []) steps.push({ kind: "note", depth: 0, text: `Note: ${note.text}`, quote: note.source?.quote, document: note.source?.document });
  return levelResult(entry, outcome, steps, {
    shortfall: outcome === "does-not-meet" ? { text: shortfallText(needs), needs } : null,
    judgements: [...ctx.judgements.values()],
    policiesApplied: [...ctx.policiesApplied].map((id) => series.policies?.find((p) => p.id === id)?.label ?? id),
    credited: counted?.credited ?? null,
    required: counted?.required ?? null,
    requirements: result,
  });
}

/**
 * Screen a valid applicant against every level of a catalog, in catalog order.
 * @example screenApplicant(applicant, catalog, { today: "2026-11-22" }).levels[0].outcome // "meets"
 */
export function screenApplicant(applicant: Applicant, catalog: Catalog, options: ScreenOptions): ApplicantResult {
  const asOf = applicant.asOf ?? options.today;
  const asOfDay = parseIsoDate(asOf)!;
  const jobs = prepareJobs(applicant, asOfDay);
  const cache = new Map<string, ExperienceCredit>();
  const byMask = new Map<number, Map<number, number>>();
  const levels = catalog.levels.map((entry) => screenLevel(entry, applicant, asOf, asOfDay, jobs, options, cache, byMask));
  return { name: applicant.name, asOf, levels };
}
