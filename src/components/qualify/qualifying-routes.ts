/**
 * "When you will qualify": each unmet level's what-if patches told as routes,
 * in English or Spanish. A pure function of the level's result and the
 * reader's language; the words come from the common catalogs (ICU plurals,
 * dates in words).
 *
 * The most useful routes, in order: staying in the current job (a patch that
 * only moves the date), else the earliest route of more work; then every
 * route through education ("or with 10 more semester hours in business
 * administration").
 */
import { createIntl, createIntlCache, type IntlShape } from "react-intl";
import type { LevelResult } from "../../engine/result-types";
import commonEn from "../../i18n/catalogs/common.en.json";
import commonEs from "../../i18n/catalogs/common.es.json";
import { dateInWords, FORMAT_LOCALE, type Locale } from "../../i18n/locale";
import { whatIfOf, type WhatIfJob, type WhatIfPatch } from "./what-if";

export type RouteKind = "stay" | "work" | "education";

import type { Piece } from "../../i18n/pieces";
export type { Piece };

export interface QualifyingRoute {
  kind: RouteKind;
  /** The day the level would be met (yyyy-mm-dd), for routes in time. */
  date: string | null;
  /** The whole sentence, as plain text. */
  sentence: string;
  /** The same sentence with the level's title marked as English. */
  pieces: Piece[];
}

const COMMON: Record<Locale, Record<string, string>> = { en: commonEn, es: commonEs };
const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

/** The formatter for the common catalog in this language. */
export function commonIntl(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl({ locale: FORMAT_LOCALE[locale], messages: COMMON[locale], defaultLocale: "en-GB" }, cache);
    intls.set(locale, intl);
  }
  return intl;
}

/** Stands in for a title while a sentence is formatted, so the title can be marked afterwards. */
const MARK = "\uE000";

/** Split formatted text at the marks, putting the English words back in their place. */
export function markEnglish(text: string, words: string[]): Piece[] {
  const out: Piece[] = [];
  text.split(MARK).forEach((part, i) => {
    if (i > 0) out.push({ en: words[i - 1] ?? "" });
    if (part !== "") out.push(part);
  });
  return out;
}

const DAY_MS = 86_400_000;
const utc = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
};

/**
 * Calendar months in a job's dates, both inclusive, each day worth 1/(days in
 * its month) as the applicant format counts them; rounded to whole months.
 * @example jobMonths({ start: "2026-12-01", end: "2027-06-30", hoursPerWeek: 40, kinds: [] }) // 7
 */
export function jobMonths(job: WhatIfJob): number {
  if (!job.end) return 0;
  let months = 0;
  for (let t = utc(job.start); t <= utc(job.end); t += DAY_MS) {
    const d = new Date(t);
    months += 1 / new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  }
  return Math.max(1, Math.round(months));
}

const FULL_TIME_HOURS = 40;

function kindWords(intl: IntlShape, kinds: string[]): string {
  const words = kinds.map((k) => (intl.messages[`kind.${k}`] ? intl.formatMessage({ id: `kind.${k}` }) : k.replace(/-/g, " ")));
  return intl.formatList(words, { type: "disjunction" });
}

function areaWords(intl: IntlShape, areas: string[] | undefined): string {
  if (!areas?.length) return "none";
  const words = areas.map((a) => (intl.messages[`area.${a}`] ? intl.formatMessage({ id: `area.${a}` }) : a.replace(/-/g, " ")));
  return intl.formatList(words, { type: "disjunction" });
}

/** The route a patch describes, without its lead-in ("on 14 August 2027 if you stay in your current job"). */
function means(intl: IntlShape, locale: Locale, patch: WhatIfPatch, voice: Voice): { kind: RouteKind; text: string } {
  const parts: string[] = [];
  const job = patch.jobs?.[0];
  let kind: RouteKind = "education";
  if (job && job.end) {
    kind = "work";
    parts.push(
      intl.formatMessage(
        { id: "route.work" },
        {
          months: jobMonths(job),
          hours: job.hoursPerWeek >= FULL_TIME_HOURS ? "full" : String(job.hoursPerWeek),
          kinds: kindWords(intl, job.kinds),
          date: dateInWords(patch.asOf ?? job.end, locale),
        },
      ),
    );
  }
  if (patch.highSchool) parts.push(intl.formatMessage({ id: "route.highSchool" }, { kind: patch.highSchool }));
  for (const c of patch.coursework ?? []) parts.push(intl.formatMessage({ id: "route.study" }, { hours: c.hours, unit: c.unit, areas: areaWords(intl, c.areas) }));
  for (const d of patch.degrees ?? [])
    parts.push(intl.formatMessage({ id: "route.degree" }, { degree: d.level, field: d.field ? areaWords(intl, [d.field]) : "none" }));
  if (patch.asOf && kind !== "work") {
    const onlyTime = parts.length === 0;
    parts.unshift(intl.formatMessage({ id: onlyTime ? (voice === "officer" ? "route.stay.officer" : "route.stay") : "route.later" }, { date: dateInWords(patch.asOf, locale) }));
    if (onlyTime) kind = "stay";
  }
  return { kind, text: intl.formatList(parts, { type: "conjunction" }) };
}

/** Who reads: the applicant ("You will meet ...") or the officer, of the applicant ("Would meet ..."). */
export type Voice = "you" | "officer";

/**
 * The routes to meeting an unmet level, as sentences in the reader's
 * language; empty when the level is met or its result has no what-if.
 * @example qualifyingRoutes({ ...level, title: "G5", whatIf: [{ asOf: "2027-08-14" }] }, "en")[0].sentence
 * // "You will meet G5 on 14 August 2027 if you stay in your current job."
 */
export function qualifyingRoutes(level: LevelResult, locale: Locale, voice: Voice = "you"): QualifyingRoute[] {
  const patches = level.outcome === "does-not-meet" ? whatIfOf(level) : null;
  if (!patches) return [];
  const intl = commonIntl(locale);
  const described = patches.map((p) => ({ patch: p, ...means(intl, locale, p, voice) })).filter((r) => r.text !== "");
  const byDate = (a: { patch: WhatIfPatch }, b: { patch: WhatIfPatch }): number => (a.patch.asOf ?? "").localeCompare(b.patch.asOf ?? "");
  // In time, the most useful route is the current job going on; more work of another kind only when there is none.
  const stay = described.filter((r) => r.kind === "stay").sort(byDate);
  const work = described.filter((r) => r.kind === "work").sort(byDate);
  const timed = stay[0] ?? work[0];
  const chosen = [...(timed ? [timed] : []), ...described.filter((r) => r.kind === "education")];
  return chosen.map((r, i) => {
    const sentence = intl.formatMessage({ id: i > 0 ? "route.or" : voice === "officer" ? "route.first.officer" : "route.first" }, { level: MARK, means: r.text });
    return {
      kind: r.kind,
      date: r.kind === "education" ? (r.patch.asOf ?? null) : (r.patch.asOf ?? r.patch.jobs?.[0]?.end ?? null),
      sentence: sentence.split(MARK).join(level.title),
      pieces: markEnglish(sentence, [level.title]),
    };
  });
}

/** The day a route in time reaches the level: the first route's date, if it has one. */
export function qualifyingDate(routes: QualifyingRoute[]): string | null {
  return routes.find((r) => r.kind !== "education")?.date ?? null;
}
