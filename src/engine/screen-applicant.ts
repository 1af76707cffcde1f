/**
 * Screen an applicant: decide each level once (decide.ts), then, when words
 * are wanted, write the explanation, the shortfall and the what-if from that
 * decision. Outcome-only screening is the same decision with the words skipped.
 */
import type { Applicant } from "./applicant-schema";
import type { Catalog, CatalogLevel } from "./catalog";
import { decideContext, decideLevel, prepareJobs, type DecideContext, type PolicyChoices } from "./decide";
import type { LevelDecision, RuleDecision } from "./decision";
import { explainDecision } from "./explain";
import type { ApplicantResult, LevelResult, OfficerDecision, Outcome, RuleResult } from "./result-types";
import { shortfallOf } from "./shortfall";
import { whatIfRoutes } from "./what-if";

export { policyKey } from "./decide";
export { prepareJobs };

export interface ScreenOptions {
  /** The date used when the applicant gives no `asOf` (the caller's today, yyyy-mm-dd). */
  today: string;
  /**
   * Agency policies as the officer set them: by `policyKey(seriesId, policyId)` for one
   * series, or by policy id for every series that has it; true is allow, false deny,
   * or `{ setting, capMonths }`. Unlisted policies keep their file's setting (ask by default).
   */
  policies?: PolicyChoices;
  /**
   * false: decide outcomes only (and the first months credited and required),
   * without explanation steps, judgements, shortfall, what-if or the rule
   * tree, for screening large pools fast. Default true.
   */
  explain?: boolean;
}

/** The rule tree with months credited and required, for "months credited against months required". Objects written out in full: spreads make V8 build them slowly. */
function ruleResult(node: RuleDecision): RuleResult {
  const { rule, status } = node;
  switch (node.type) {
    case "all":
    case "any":
      return { ruleId: rule.id, label: rule.label, type: rule.type, status, credited: undefined, required: undefined, children: node.children.map(ruleResult) };
    case "experience":
      return { ruleId: rule.id, label: rule.label, type: rule.type, status, credited: node.tally.months, required: node.rule.months, children: [] };
    case "combination":
      return { ruleId: rule.id, label: rule.label, type: rule.type, status, credited: node.total, required: node.rule.months, children: [] };
    default:
      return { ruleId: rule.id, label: rule.label, type: rule.type, status, credited: undefined, required: undefined, children: [] };
  }
}

/** The first months requirement of a decision, in the order of the spec. */
function firstMonths(node: RuleDecision): { credited: number; required: number } | null {
  if (node.type === "experience") return { credited: node.tally.months, required: node.rule.months };
  if (node.type === "combination") return { credited: node.total, required: node.rule.months };
  if (node.type === "all" || node.type === "any") {
    for (const c of node.children) {
      const found = firstMonths(c);
      if (found) return found;
    }
  }
  return null;
}

function firstCounted(result: RuleResult): RuleResult | null {
  if (result.required !== undefined) return result;
  for (const child of result.children) {
    const found = firstCounted(child);
    if (found) return found;
  }
  return null;
}

/** The substitution left to the agency that the level waits on, if it is review for that. */
function pendingSubstitution(node: RuleDecision | null): LevelResult["substitution"] {
  if (!node || node.status !== "review") return null;
  if (node.type === "all" || node.type === "any") {
    for (const c of node.children) {
      const found = pendingSubstitution(c);
      if (found) return found;
    }
    return null;
  }
  if (node.type !== "combination" || !node.pending) return null;
  const { policy, months } = node.pending;
  return { policy, label: node.education.find((e) => e.policy?.id === policy)?.policy?.label ?? policy, months };
}

/** The officer's decision recorded for this level, if any, marked as an override when it differs. */
function officerDecision(applicant: Applicant, d: LevelDecision): OfficerDecision | undefined {
  const found = applicant.levelDecisions?.find((x) => x.level === d.entry.level.id);
  if (!found) return undefined;
  return {
    outcome: found.outcome,
    reason: found.reason,
    ...(found.by !== undefined ? { by: found.by } : {}),
    ...(found.date !== undefined ? { date: found.date } : {}),
    override: found.outcome !== d.outcome,
  };
}

/**
 * A level's result from its decision: outcome and months always; the words,
 * shortfall and what-if only when `explain` is on.
 */
export function levelResult(d: LevelDecision, explain: boolean): LevelResult {
  const { level, series, file } = d.entry;
  // The rule tree only for the explained result; outcome-only screening reads the first months requirement straight from the decision.
  const requirements = explain && d.root ? ruleResult(d.root) : null;
  const counted = requirements ? firstCounted(requirements) : d.root ? firstMonths(d.root) : null;
  const words = explain ? explainDecision(d) : null;
  const routes = explain && d.outcome === "does-not-meet" ? whatIfRoutes(d) : null;
  const result: LevelResult = {
    id: level.id,
    title: level.title,
    seriesId: series.id,
    seriesTitle: series.title,
    file,
    outcome: d.outcome,
    steps: words?.steps ?? [],
    shortfall: routes ? shortfallOf(d, routes) : null,
    whatIf: routes ? routes.map((r) => r.patch) : null,
    substitution: d.outcome === "review" ? pendingSubstitution(d.root) : null,
    judgements: words?.judgements ?? [],
    policiesApplied: words?.policiesApplied ?? [],
    credited: counted?.credited ?? null,
    required: counted?.required ?? null,
    requirements,
  };
  // "A level with a levelDecisions entry also carries decision": only then.
  if (d.applicant.levelDecisions) {
    const decision = officerDecision(d.applicant, d);
    if (decision) result.decision = decision;
  }
  return result;
}

/**
 * Screen one applicant against one level.
 * @example screenLevel(entry, decideContext(applicant, "2026-11-22", undefined), { today: "2026-11-22" }).outcome
 */
export function screenLevel(entry: CatalogLevel, ctx: DecideContext, options: ScreenOptions): LevelResult {
  return levelResult(decideLevel(entry, ctx), options.explain ?? true);
}

/**
 * Screen a valid applicant against every level of a catalog, in catalog order.
 * @example screenApplicant(applicant, catalog, { today: "2026-11-22" }).levels[0].outcome // "meets"
 */
export function screenApplicant(applicant: Applicant, catalog: Catalog, options: ScreenOptions): ApplicantResult {
  const asOf = applicant.asOf ?? options.today;
  const ctx = decideContext(applicant, asOf, options.policies, options.explain ?? true);
  const levels = catalog.levels.map((entry) => screenLevel(entry, ctx, options));
  return { name: applicant.name, asOf, levels };
}

/** Outcomes only, for a pool: each level's outcome and which reviews wait on a substitution left to the agency. */
export interface ApplicantOutcomes {
  name: string | undefined;
  asOf: string;
  /** Per catalog level, in catalog order. */
  outcomes: Outcome[];
  /** Catalog positions of the levels that are review because a substitution waits on the agency (null when none). */
  waiting: number[] | null;
}

/**
 * Screen a valid applicant for outcomes only: the same decisions as
 * `screenApplicant` (decide.ts, once per level), without building a result
 * per level, for pools of many thousands.
 * @example screenOutcomes(applicant, catalog, { today: "2026-11-22" }).outcomes[0] // "meets"
 */
export function screenOutcomes(applicant: Applicant, catalog: Catalog, options: ScreenOptions): ApplicantOutcomes {
  const asOf = applicant.asOf ?? options.today;
  const ctx = decideContext(applicant, asOf, options.policies, false);
  const outcomes: Outcome[] = new Array<Outcome>(catalog.levels.length);
  let waiting: number[] | null = null;
  for (let i = 0; i < catalog.levels.length; i++) {
    const d = decideLevel(catalog.levels[i], ctx);
    outcomes[i] = d.outcome;
    if (d.outcome === "review" && pendingSubstitution(d.root)) (waiting ??= []).push(i);
  }
  return { name: applicant.name, asOf, outcomes, waiting };
}
