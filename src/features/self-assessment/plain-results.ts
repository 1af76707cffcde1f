/**
 * The screening result told to the applicant: "You appear to meet ...", "To
 * qualify for ... you would need ...". Two screenings go in: one on the facts
 * alone, one that also counts the applicant's claims only the hiring agency
 * can judge ("closely related", "much like" another class). A level met only
 * with the claims is "You may meet ..., if the hiring agency agrees".
 * Everything said comes from the engine's result and the catalog.
 */
import type { Catalog } from "../../engine/catalog";
import type { Rule } from "../../engine/qualification-schema";
import { formatHours } from "../../engine/format-number";
import type { ApplicantResult, Judgement, LevelResult, ShortfallOption } from "../../engine/result-types";
import { CLOSELY_RELATED, jobName, type Draft } from "./draft";
import { longDate } from "../report";
import { andList, orList } from "./terms";

export type Verdict = "appear-to-meet" | "may-meet" | "would-need" | "agency-decides" | "not-in-use";

export interface PlainLevel {
  id: string;
  title: string;
  seriesTitle: string;
  verdict: Verdict;
  /** The one sentence that says where the applicant stands. */
  headline: string;
  /** What it depends on or what is missing, one sentence each. */
  details: string[];
  /** For a class with no minimum qualifications: what it looks for, from the spec. */
  looksFor: string[];
}

/** The headings the results are grouped under, in the order shown. */
export const VERDICT_HEADINGS: Record<Verdict, string> = {
  "appear-to-meet": "You appear to meet",
  "may-meet": "You may meet, if the hiring agency agrees",
  "would-need": "Not yet: what you would need",
  "agency-decides": "The hiring agency decides",
  "not-in-use": "Not in use",
};

export const VERDICT_ORDER: Verdict[] = ["appear-to-meet", "may-meet", "would-need", "agency-decides", "not-in-use"];

/** One way to close a gap, for the applicant: the engine's words, with years beside long stretches of months. */
export function optionText(option: ShortfallOption): string {
  if (option.kind === "experience" && option.months !== undefined && option.months >= 12) {
    const years = Math.round((option.months / 12) * 10) / 10;
    return `${option.text} (about ${formatHours(years)} ${years === 1 ? "year" : "years"})`;
  }
  return option.text;
}

/** What the agency must agree with, in the applicant's terms, from the judgements a result depends on. */
export function claimsFor(judgements: Judgement[], draft: Draft, catalog: Catalog): string[] {
  const claims: string[] = [];
  const titleOf = (id: string): string => catalog.levels.find((l) => l.level.id === id)?.level.title ?? id;
  for (const j of judgements) {
    const job = /^experience\[(\d+)\]$/.exec(j.path);
    if (job) {
      const i = Number(job[1]);
      const answers = draft.jobs[i];
      if (!answers) continue;
      const name = jobName(answers, i);
      if (answers.closelyRelated === "yes" && !answers.kinds.some((k) => k !== "other" && k !== CLOSELY_RELATED))
        claims.push(`${name} was closely related to customer service work`);
      if (answers.comparableTo.length) claims.push(`${name} was much like the work of a ${orList(answers.comparableTo.map(titleOf))}`);
      continue;
    }
    const course = /^education\.(coursework|degrees)\[(\d+)\]$/.exec(j.path);
    if (course) claims.push(`${course[1] === "coursework" ? `your courses ${Number(course[2]) + 1}` : `your degree ${Number(course[2]) + 1}`} were in a similar area of study`);
  }
  return [...new Set(claims)];
}

/** The rule of a level's tree with this id. */
function findRule(rule: Rule, id: string): Rule | null {
  if (rule.id === id) return rule;
  if (rule.type === "all" || rule.type === "any") for (const r of rule.rules) {
    const found = findRule(r, id);
    if (found) return found;
  }
  return null;
}

/**
 * For a missing experience requirement that only some jobs count toward,
 * which ones: the applicant may have such a job and not have said so.
 */
function whatCounts(level: LevelResult, tree: Rule, catalog: Catalog): string[] {
  const titleOf = (id: string): string => catalog.levels.find((l) => l.level.id === id)?.level.title ?? id;
  const out: string[] = [];
  for (const need of level.shortfall?.needs ?? []) {
    const rule = findRule(tree, need.ruleId);
    if (rule?.type !== "experience") continue;
    if (rule.filter.comparableTo?.length)
      out.push(
        `Only work much like that of a ${orList(rule.filter.comparableTo.map(titleOf))} counts toward this. If one of your jobs was, change your answers and say so; the hiring agency decides.`,
      );
    if (rule.filter.supervisory) out.push("Only jobs in which you supervised other employees count toward this.");
  }
  return out;
}

function needsSentence(level: LevelResult): string {
  return (level.shortfall?.needs ?? []).map((n) => n.options.map(optionText).join(", or ")).join("; and ");
}

/**
 * Each level, phrased for the applicant.
 * @example plainResults(firm, claimed, draft, catalog)[0].headline // "You appear to meet the minimum qualifications for Customer Service Assistant."
 */
export function plainResults(firm: ApplicantResult, claimed: ApplicantResult, draft: Draft, catalog: Catalog): PlainLevel[] {
  return claimed.levels.map((level, i) => {
    const fact = firm.levels[i];
    const entry = catalog.levels.find((l) => l.level.id === level.id);
    const base = { id: level.id, title: level.title, seriesTitle: level.seriesTitle, looksFor: [] as string[] };
    const policies = level.policiesApplied.map((p) => `This counts on an agency policy the hiring agency may or may not use: ${p.replace(/^Agency policy:\s*/i, "")}.`);
    if (fact.outcome === "meets")
      return {
        ...base,
        verdict: "appear-to-meet",
        headline: `You appear to meet the minimum qualifications for ${level.title}.`,
        details: fact.policiesApplied.map((p) => `This counts on an agency policy the hiring agency may or may not use: ${p.replace(/^Agency policy:\s*/i, "")}.`),
      };
    if (level.outcome === "meets") {
      const claims = claimsFor(level.judgements, draft, catalog);
      return {
        ...base,
        verdict: "may-meet",
        headline: `You may meet the minimum qualifications for ${level.title}, if the hiring agency agrees ${claims.length ? `that ${andList(claims)}` : "with what you told us"}.`,
        details: policies,
      };
    }
    if (level.outcome === "does-not-meet") {
      const claims = claimsFor(level.judgements, draft, catalog);
      const options = (level.shortfall?.needs ?? []).flatMap((n) => n.options);
      const details = [
        ...(options.some((o) => o.kind === "experience") ? ["Months of experience are full-time months: part-time work takes longer."] : []),
        ...(entry ? whatCounts(level, entry.level.requirements, catalog) : []),
        ...(claims.length ? [`This already counts what you told us (${andList(claims)}), which the hiring agency must agree with.`] : []),
        ...policies,
      ];
      return { ...base, verdict: "would-need", headline: `To qualify for ${level.title} you would need ${needsSentence(level)}.`, details };
    }
    if (level.outcome === "review") {
      const noMinimum = entry?.level.requirements.type === "review";
      return {
        ...base,
        verdict: "agency-decides",
        headline: `The hiring agency decides whether you qualify for ${level.title}.`,
        details: [
          noMinimum
            ? "This class lists no minimum education or experience that can be checked here; it describes the knowledge, skills and abilities it looks for."
            : `The qualifications that applied on ${longDate(claimed.asOf)} are not in this tool.`,
        ],
        looksFor: noMinimum ? (entry?.level.ksas ?? []) : [],
      };
    }
    return {
      ...base,
      verdict: "not-in-use",
      headline: `${level.title} is not in use on ${longDate(claimed.asOf)}, so there is nothing to apply for.`,
      details: [],
    };
  });
}
