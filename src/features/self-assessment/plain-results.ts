/**
 * The screening result told to the applicant: "You appear to meet ...", "To
 * qualify for ... you would need ...", in English or Spanish. Two screenings
 * go in: one on the facts alone, one that also counts the applicant's claims
 * only the hiring agency can judge ("closely related", "much like" another
 * class). A level met only with the claims is "You may meet ..., if the
 * hiring agency agrees". Everything said comes from the engine's result and
 * the catalog; class titles and the specs' words stay in English, marked.
 */
import type { Catalog } from "../../engine/catalog";
import { policyName } from "../../components/results/outcome";
import type { Rule } from "../../engine/qualification-schema";
import type { ApplicantResult, Judgement, LevelResult } from "../../engine/result-types";
import { needsPieces } from "../../components/qualify/shortfall-words";
import type { Translate, Values } from "../../i18n/applicant-language";
import { dateInWords, type Locale } from "../../i18n/locale";
import { piecesOf, type Piece } from "../../i18n/pieces";
import { CLOSELY_RELATED, jobName, type Draft } from "./draft";
import { listIn } from "./terms";

export type Verdict = "appear-to-meet" | "may-meet" | "would-need" | "agency-decides" | "not-in-use";

export interface PlainLevel {
  id: string;
  title: string;
  seriesTitle: string;
  verdict: Verdict;
  /** The one sentence that says where the applicant stands. */
  headline: Piece[];
  /** What it depends on or what is missing, one sentence each. */
  details: Piece[][];
  /** For a class with no minimum qualifications: what it looks for, the spec's words. */
  looksFor: string[];
}

export const VERDICT_ORDER: Verdict[] = ["appear-to-meet", "may-meet", "would-need", "agency-decides", "not-in-use"];

/** What the agency must agree with, in the applicant's terms, from the judgements a result depends on. */
export function claimsFor(judgements: Judgement[], draft: Draft, catalog: Catalog, t: Translate, locale: Locale): string[] {
  const claims: string[] = [];
  const titleOf = (id: string): string => catalog.levels.find((l) => l.level.id === id)?.level.title ?? id;
  for (const j of judgements) {
    const job = /^experience\[(\d+)\]$/.exec(j.path);
    if (job) {
      const i = Number(job[1]);
      const answers = draft.jobs[i];
      if (!answers) continue;
      const name = jobName(answers, i, t);
      if (answers.closelyRelated === "yes" && !answers.kinds.some((k) => k !== "other" && k !== CLOSELY_RELATED)) claims.push(t("sa.claim.closely", { job: name }));
      if (answers.comparableTo.length) claims.push(t("sa.claim.comparable", { job: name, levels: listIn(locale, answers.comparableTo.map(titleOf), "or") }));
      continue;
    }
    const course = /^education\.(coursework|degrees)\[(\d+)\]$/.exec(j.path);
    if (course) claims.push(t(course[1] === "coursework" ? "sa.claim.similarCourses" : "sa.claim.similarDegree", { n: Number(course[2]) + 1 }));
  }
  return [...new Set(claims)];
}

/** The rule of a level's tree with this id. */
function findRule(rule: Rule, id: string): Rule | null {
  if (rule.id === id) return rule;
  if (rule.type === "all" || rule.type === "any")
    for (const r of rule.rules) {
      const found = findRule(r, id);
      if (found) return found;
    }
  return null;
}

/**
 * For a missing experience requirement that only some jobs count toward,
 * which ones: the applicant may have such a job and not have said so.
 */
function whatCounts(level: LevelResult, tree: Rule, catalog: Catalog, t: Translate, locale: Locale): Piece[][] {
  const titleOf = (id: string): string => catalog.levels.find((l) => l.level.id === id)?.level.title ?? id;
  const out: Piece[][] = [];
  for (const need of level.shortfall?.needs ?? []) {
    const rule = findRule(tree, need.ruleId);
    if (rule?.type !== "experience") continue;
    if (rule.filter.comparableTo?.length)
      out.push(piecesOf((v) => t("sa.detail.onlyComparable", v), {}, { levels: listIn(locale, rule.filter.comparableTo.map(titleOf), "or") }));
    if (rule.filter.supervisory) out.push([t("sa.detail.onlySupervisory")]);
  }
  return out;
}

/** A policy's words from the agency's file, in English, after a lead-in in the page's language. */
const policyPieces = (p: string, t: Translate, catalog: Catalog): Piece[] => piecesOf((v) => t("sa.detail.policy", v), {}, { policy: policyName(p, catalog) });

/**
 * Each level, phrased for the applicant.
 * @example plainResults(firm, claimed, draft, catalog, t, "en")[0].headline // ["You appear to meet the minimum qualifications for ", { en: "Customer Service Assistant" }, "."]
 */
export function plainResults(firm: ApplicantResult, claimed: ApplicantResult, draft: Draft, catalog: Catalog, t: Translate, locale: Locale): PlainLevel[] {
  return claimed.levels.map((level, i) => {
    const fact = firm.levels[i];
    const entry = catalog.levels.find((l) => l.level.id === level.id);
    const base = { id: level.id, title: level.title, seriesTitle: level.seriesTitle, looksFor: [] as string[] };
    const withTitle = (id: string, values: Values = {}): Piece[] => piecesOf((v) => t(id, v), values, { title: level.title });
    const policies = level.policiesApplied.map((p) => policyPieces(p, t, catalog));
    if (fact.outcome === "meets")
      return { ...base, verdict: "appear-to-meet", headline: withTitle("sa.headline.meets"), details: fact.policiesApplied.map((p) => policyPieces(p, t, catalog)) };
    if (level.outcome === "meets") {
      const claims = claimsFor(level.judgements, draft, catalog, t, locale);
      return {
        ...base,
        verdict: "may-meet",
        headline: withTitle("sa.headline.mayMeet", { claims: claims.length ? listIn(locale, claims, "and") : "none" }),
        details: policies,
      };
    }
    if (level.outcome === "does-not-meet") {
      const claims = claimsFor(level.judgements, draft, catalog, t, locale);
      const options = (level.shortfall?.needs ?? []).flatMap((n) => n.options);
      const details: Piece[][] = [
        ...(options.some((o) => o.kind === "experience") ? [[t("sa.detail.fullTimeMonths")]] : []),
        ...(entry ? whatCounts(level, entry.level.requirements, catalog, t, locale) : []),
        ...(claims.length ? [[t("sa.detail.alreadyCounts", { claims: listIn(locale, claims, "and") })]] : []),
        ...policies,
      ];
      const headline = [...withTitle("sa.headline.wouldNeed"), ...needsPieces(level, t, locale), t("sa.headline.end")];
      return { ...base, verdict: "would-need", headline, details };
    }
    if (level.outcome === "review") {
      const noMinimum = entry?.level.requirements.type === "review";
      return {
        ...base,
        verdict: "agency-decides",
        headline: withTitle("sa.headline.agencyDecides"),
        details: [[noMinimum ? t("sa.detail.noMinimum") : t("sa.detail.notInTool", { date: dateInWords(claimed.asOf, locale) })]],
        looksFor: noMinimum ? (entry?.level.ksas ?? []) : [],
      };
    }
    return { ...base, verdict: "not-in-use", headline: withTitle("sa.headline.notInUse", { date: dateInWords(claimed.asOf, locale) }), details: [] };
  });
}
