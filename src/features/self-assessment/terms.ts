/**
 * Help text for the words the class specs use, in plain language. Numbers
 * (full-time hours, the quarter-hour rate) and class names come from the
 * catalog, so an agency's own class files explain themselves too.
 */
import type { Catalog } from "../../engine/catalog";
import { formatHours } from "../../engine/format-number";
import { AREA_INFO } from "../../engine/vocabulary";
import type { Translate } from "../../i18n/applicant-language";
import { FORMAT_LOCALE, type Locale } from "../../i18n/locale";
import { formOffers } from "../../lib/applicant-form";
import { allRules, comparableChoices } from "../../lib/comparable-levels";

export interface Term {
  id: string;
  term: string;
  help: string;
}

/** A level other classes count experience "comparable to", with what the class does. */
export interface ComparableLevel {
  id: string;
  title: string;
  seriesTitle: string;
  /** The class spec's summary of the work, or null when it gives none. */
  summary: string | null;
}

/** Distinct values, in first-seen order. */
const distinct = <T>(values: T[]): T[] => [...new Set(values)];

/** "a, b and c" or "a, b or c" in the page's language ("a, b y c", "a, b o c"). */
export function listIn(locale: Locale, items: string[], word: "and" | "or"): string {
  return new Intl.ListFormat(FORMAT_LOCALE[locale], { type: word === "and" ? "conjunction" : "disjunction" }).format(items);
}

/** Whether any class counts months of experience toward a level (so "relevant experience" needs explaining). */
const countsExperience = (catalog: Catalog): boolean => catalog.levels.some((e) => [...allRules(e.level.requirements)].some((r) => r.type === "experience"));

/** Whether any class leaves a substitution to the agency ("Substitutions may be allowed"). */
const leavesSubstitution = (catalog: Catalog): boolean => catalog.levels.some((e) => (e.series.policies ?? []).length > 0);

/** The levels some rule of the catalog counts experience "comparable to", in catalog order. */
export function comparableLevels(catalog: Catalog): ComparableLevel[] {
  // A grade the series orders but no file screens (OPM's GS-4) is named by its id.
  return comparableChoices(catalog).map((c) => ({ id: c.id, title: c.entry?.level.title ?? c.id, seriesTitle: c.seriesTitle, summary: c.entry?.level.summary ?? null }));
}

/** Areas of study some class limits its coursework to (never "similar": only the agency can judge that). */
export function countedAreas(catalog: Catalog): string[] {
  const areas: string[] = [];
  for (const entry of catalog.levels)
    for (const rule of allRules(entry.level.requirements))
      if (rule.type === "combination") for (const s of rule.sources) if (s.kind === "education" && s.areas) areas.push(...s.areas);
  return distinct(areas).filter((a) => !(AREA_INFO[a]?.judgement ?? false));
}

/** Whether any class asks for supervisory experience. */
export function asksSupervisory(catalog: Catalog): boolean {
  return catalog.levels.some((e) => [...allRules(e.level.requirements)].some((r) => r.type === "experience" && r.filter.supervisory === true));
}

/**
 * The words of the class specs, explained in everyday words, in the page's language.
 * @example glossary(catalog, t)[0].term // "High school graduation or equivalent (GED)"
 */
export function glossary(catalog: Catalog, t: Translate, locale: Locale = "en"): Term[] {
  const counting = catalog.levels.map((l) => l.counting);
  const fullTime = distinct(counting.map((c) => c.fullTimeHoursPerWeek));
  const quarterRates = distinct(counting.map((c) => `${c.quarterToSemester.quarterHours}/${c.quarterToSemester.semesterHours}`));
  const comparable = comparableLevels(catalog);
  const offers = formOffers(catalog);
  const areas = countedAreas(catalog).map((a) => (AREA_INFO[a] ? t(`vocab.area.${a}`).toLowerCase() : a));
  const half = fullTime.length === 1 ? formatHours(fullTime[0] / 2) : null;
  const term = (id: string, values?: Record<string, string | number>): Term => ({ id: `term-${id}`, term: t(`term.${id}`), help: t(`term.${id}.help`, values) });
  const terms: Term[] = [
    term("ged"),
    term("coursework"),
    term("semester-hours"),
    term("quarter-hours", {
      rates: quarterRates
        .map((r) => {
          const [q, s] = r.split("/").map(Number);
          return t("term.quarter-hours.rate", { quarter: formatHours(q), semester: formatHours(s) });
        })
        .join("; "),
    }),
    // (1.2) Words only the loaded agency classes use; none for the built-in classes alone.
    ...(offers.clock ? [term("clock-hours")] : []),
    ...(offers.graduate ? [term("graduate-courses")] : []),
    ...(offers.professional ? [term("professional-degree")] : []),
    ...(offers.credentials.length ? [term("licence")] : []),
    term("full-time", { hours: listIn(locale, fullTime.map((h) => formatHours(h)), "or"), half: half ?? "none" }),
  ];
  if (countsExperience(catalog)) terms.push(term("relevant-experience"));
  terms.push(term("closely-related"));
  if (areas.length) terms.push(term("similar-area", { areas: listIn(locale, areas, "or") }));
  if (catalog.levels.some((e) => /journey/i.test(`${e.level.summary ?? ""} ${e.level.title}`))) terms.push(term("journey-level"));
  if (comparable.length) terms.push(term("comparable"));
  for (const level of comparable)
    terms.push({
      id: `term-comparable-${level.id}`,
      term: t("term.comparable-level", { title: level.title }),
      help: t("term.comparable-level.help", { title: level.title, series: level.seriesTitle, plain: t.has?.(`plain.${level.id}`) ? t(`plain.${level.id}`) : "none" }),
    });
  if (asksSupervisory(catalog)) terms.push(term("supervisory"));
  if (leavesSubstitution(catalog)) terms.push(term("substitution-policy"));
  terms.push(term("minimum-qualifications"));
  return terms;
}
