/**
 * What a qualification report prints, worked out from the screening result
 * and the catalog: outcome words, the credentials an officer must verify,
 * and where each class's words come from. No class, threshold or area of
 * study is written here; everything comes from the data.
 */
import { format } from "date-fns";
import { civilDate, parseIsoDate } from "../../engine/calendar-date";
import type { Catalog, CatalogLevel } from "../../engine/catalog";
import type { Rule, Series } from "../../engine/qualification-schema";
import type { ExplanationStep, LevelResult } from "../../engine/result-types";

/** A requirement with the spec's exact words, to tick off against the applicant's documents. */
export interface ChecklistRequirement {
  quote: string;
  document: string;
  /** Level ids (with titles) that rely on these words. */
  levels: string[];
}

export type LeafRule = Exclude<Rule, { type: "all" | "any" }>;

/** Every rule of a tree that is not a group: the credentials themselves. */
export function leafRules(rule: Rule): LeafRule[] {
  return rule.type === "all" || rule.type === "any" ? rule.rules.flatMap(leafRules) : [rule];
}

/** The catalog entry of a screened level, if the catalog still holds it. */
export function catalogLevel(catalog: Catalog, id: string): CatalogLevel | undefined {
  return catalog.levels.find((l) => l.level.id === id);
}

/**
 * The requirements the officer must verify before placing the applicant:
 * each leaf rule of every level the applicant meets or that needs review,
 * once per quote, with the levels relying on it.
 */
export function requirementsToVerify(levels: LevelResult[], catalog: Catalog): ChecklistRequirement[] {
  const byQuote = new Map<string, ChecklistRequirement>();
  for (const result of levels) {
    if (result.outcome !== "meets" && result.outcome !== "review") continue;
    const entry = catalogLevel(catalog, result.id);
    if (!entry) continue;
    for (const rule of leafRules(entry.level.requirements)) {
      const key = `${rule.source.document}\n${rule.source.quote}`;
      const item = byQuote.get(key) ?? { quote: rule.source.quote, document: rule.source.document, levels: [] };
      const name = `${result.id} ${result.title}`;
      if (!item.levels.includes(name)) item.levels.push(name);
      byQuote.set(key, item);
    }
  }
  return [...byQuote.values()];
}

/** When a level is in effect and since when its requirements apply, in words; null when the data gives no dates. */
export function effectiveText(entry: CatalogLevel): string | null {
  const parts: string[] = [];
  const eff = entry.level.effective;
  if (eff?.from) parts.push(`in effect from ${eff.from}`);
  if (eff?.until) parts.push(`abolished effective ${eff.until}`);
  if (entry.level.requirementsFrom) parts.push(`requirements as of ${entry.level.requirementsFrom.date}`);
  return parts.length ? parts.join("; ") : null;
}

/** The series a result's levels come from, in catalog order, with their levels. */
export function seriesOfLevels(levels: LevelResult[], catalog: Catalog): Array<{ series: Series; file: string; levels: CatalogLevel[] }> {
  const ids = new Set(levels.map((l) => l.id));
  return catalog.series
    .map(({ series, file }) => ({ series, file, levels: catalog.levels.filter((l) => l.series === series && ids.has(l.level.id)) }))
    .filter((s) => s.levels.length > 0);
}

/** The months' names, January first. */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A `yyyy-mm-dd` date in words, read as a calendar date (never through UTC midnight).
 * @example longDate("2026-11-22") // "22 November 2026"
 */
export function longDate(iso: string): string {
  const day = parseIsoDate(iso);
  if (day === null) return iso;
  const { year, month, day: dom } = civilDate(day);
  // setFullYear, not new Date(y, m, d), which reads years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setFullYear(year, month - 1, dom);
  return format(date, "d MMMM yyyy");
}

/** The levels a report covers: the ones chosen (the levels applied for), in the result's order, or all of them. */
export function coveredLevels(levels: LevelResult[], levelIds: readonly string[] | null | undefined): LevelResult[] {
  if (!levelIds) return levels;
  const chosen = new Set(levelIds);
  return levels.filter((l) => chosen.has(l.id));
}

/**
 * One level's steps as its report section prints them: only what differs
 * from the shared table of the applicant's jobs and education. The jobs a
 * level counts become one line (the months of each job are in the shared
 * table), and their sum goes when every job counts (it is the table's
 * total); a job or education row it does not count keeps its reason (the
 * filter); readings, notes and agency policies, the same for every level of
 * a series, are printed once for the series, as are long words of the spec
 * that several levels quote (`sharedQuotes`: quote -> its label, "quote A");
 * the officer's judgements are listed with the level's result, and the
 * level's own verdict is its heading.
 */
export interface LevelSteps {
  steps: ExplanationStep[];
  /** Interpretation and note steps the level relies on, printed once for the series. */
  shared: ExplanationStep[];
}

/** The part of a job's fact after its name, dates and hours: "counts (...): N months ..." or "does not count: why." */
const JOB_FACT = /^(Job \d+(?: \([^)]*\))?), .*?: (counts\b.*|does not count: .*)$/;

/** Words of the spec at least this long are printed once for a series when more than one level quotes them. */
export const LONG_QUOTE = 60;

/** Put a label in place of a long quote printed once for the series. */
function withLabels(step: ExplanationStep, sharedQuotes: ReadonlyMap<string, string>): ExplanationStep {
  const label = step.quote ? sharedQuotes.get(step.quote) : undefined;
  if (!label || !step.text.includes(`'${step.quote}'`)) return step;
  return { ...step, text: step.text.replace(`'${step.quote}'`, label), quote: undefined };
}

export function levelSteps(level: Pick<LevelResult, "steps">, jobCount = 0, sharedQuotes: ReadonlyMap<string, string> = new Map()): LevelSteps {
  const steps: ExplanationStep[] = [];
  const shared: ExplanationStep[] = [];
  // Jobs counted for one requirement, gathered into one line where the first of them stood.
  let counted: { step: ExplanationStep; names: string[] } | null = null;
  const countedText = (names: string[]): string =>
    names.length === jobCount && jobCount > 0 ? `Every job counts (months in the table of jobs): ${names.join("; ")}.` : `Counted (months in the table of jobs): ${names.join("; ")}.`;
  // A requirement whose result step follows says it again: the result carries the quote and the figures.
  const resulted = new Set(level.steps.filter((s) => s.kind === "result" && s.ruleId).map((s) => s.ruleId));
  for (const raw of level.steps) {
    const step = withLabels(raw, sharedQuotes);
    if (step.kind === "requirement" && step.ruleId && resulted.has(step.ruleId) && (step.text.startsWith("Requirement: ") || step.text.endsWith("every one of the following must hold."))) continue;
    // A long quote printed with the series carries its document there.
    if (step !== raw && step.document && step.kind !== "requirement") step.document = undefined;
    if (step.kind === "interpretation" || step.kind === "note") {
      shared.push(step);
      continue;
    }
    if (step.kind === "policy" || step.kind === "judgement") continue;
    // The level's own verdict ("2 of 2 hold: meets ...") is its heading.
    if (step.kind === "result" && step.depth === 0 && /^\d+ of \d+ hold: /.test(step.text)) continue;
    const job = step.kind === "fact" ? JOB_FACT.exec(step.text) : null;
    if (job) {
      if (job[2].startsWith("counts")) {
        // "counts (customer service, comparable to 4808): 68.73 months on its own": keep what it counts as, the months are in the table.
        const as = /^counts \((.*)\): [\d.]+ months/.exec(job[2]);
        const name = as ? `${job[1]} as ${as[1]}` : job[1];
        if (counted && counted.step.ruleId === step.ruleId && counted.step.depth === step.depth) counted.names.push(name);
        else {
          counted = { step: { ...step }, names: [name] };
          steps.push(counted.step);
        }
        counted.step.text = countedText(counted.names);
      } else {
        counted = null;
        steps.push({ ...step, text: `${job[1]} ${job[2]}` });
      }
      continue;
    }
    // Every job counted: their sum is the table's total, so the sum line goes ("Experience: Job 1 68.73 + Job 2 12.00 = ...").
    if (counted && counted.names.length === jobCount && step.kind === "arithmetic" && /^Experience: Job \d+ .* = [\d.]+ months/.test(step.text)) continue;
    if (step.kind !== "arithmetic") counted = null;
    // A coursework row or degree that counts is in the shared table; one that does not keeps its reason.
    if (step.kind === "fact" && /: counts\b/.test(step.text)) continue;
    steps.push(step);
  }
  return { steps, shared };
}

/**
 * Long words of the spec that more than one of a series' levels quote, each
 * with a label ("quote A"), to print once for the series.
 */
export function sharedQuotesOf(levels: Pick<LevelResult, "steps">[], from = 0): Map<string, { label: string; document?: string }> {
  const seen = new Map<string, { levels: number; document?: string }>();
  levels.forEach((l) => {
    const mine = new Set<string>();
    for (const s of l.steps) if (s.quote && s.quote.length >= LONG_QUOTE && s.kind !== "result" && s.text.includes(`'${s.quote}'`)) mine.add(s.quote);
    for (const q of mine) {
      const doc = l.steps.find((s) => s.quote === q)?.document;
      seen.set(q, { levels: (seen.get(q)?.levels ?? 0) + 1, document: doc });
    }
  });
  const out = new Map<string, { label: string; document?: string }>();
  let n = from;
  for (const [q, v] of seen) if (v.levels > 1) out.set(q, { label: `quote ${String.fromCharCode(65 + (n++ % 26))}`, document: v.document });
  return out;
}

/** Lines of arithmetic several levels of a series share, printed once for the series: text -> label ("S1") and the levels using it. */
export type SharedLines = Map<string, { label: string; levels: string[] }>;

/**
 * The arithmetic and records that more than one of a series' levels print
 * word for word (the jobs counted, experience credited, rounding, education
 * credited): each gets a label (S1, S2, ...) to print once for the series.
 * @example sharedLinesOf(levels.map((l) => ({ id: l.id, steps: levelSteps(l, 2).steps })), 0)
 */
export function sharedLinesOf(levels: Array<{ id: string; steps: ExplanationStep[] }>, from: number): SharedLines {
  const uses = new Map<string, string[]>();
  for (const l of levels)
    for (const text of new Set(l.steps.filter((s) => s.kind === "arithmetic" || s.kind === "fact").map((s) => s.text))) uses.set(text, [...(uses.get(text) ?? []), l.id]);
  const out: SharedLines = new Map();
  let n = from;
  for (const [text, ids] of uses) if (ids.length > 1) out.set(text, { label: `S${++n}`, levels: ids });
  return out;
}

/**
 * A level's steps with the lines its series shares replaced by one line
 * naming them ("Counted as for the series: S1, S2, S3."), where the first of
 * them stood.
 */
export function withSharedLines(steps: ExplanationStep[], shared: SharedLines): ExplanationStep[] {
  const out: ExplanationStep[] = [];
  let pointer: { step: ExplanationStep; labels: string[] } | null = null;
  for (const step of steps) {
    const line = shared.get(step.text);
    if (!line || (step.kind !== "arithmetic" && step.kind !== "fact")) {
      out.push(step);
      continue;
    }
    if (!pointer || pointer.step.ruleId !== step.ruleId) {
      pointer = { step: { kind: "arithmetic", depth: step.depth, ruleId: step.ruleId, text: "" }, labels: [] };
      out.push(pointer.step);
    }
    pointer.labels.push(line.label);
    pointer.labels.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    pointer.step.text = `Counted as for the series: ${pointer.labels.join(", ")}.`;
  }
  return out;
}
