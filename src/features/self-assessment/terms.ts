/**
 * Help text for the words the class specs use, in plain language. Numbers
 * (full-time hours, the quarter-hour rate) and class names come from the
 * catalog, so an agency's own class files explain themselves too.
 */
import type { Catalog } from "../../engine/catalog";
import { formatHours } from "../../engine/format-number";
import { AREA_INFO } from "../../engine/vocabulary";
import { allRules, comparableLevelIds } from "../officer";

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

function joinList(items: string[], word: string): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** "a, b or c". */
export const orList = (items: string[]): string => joinList(items, "or");

/** "a, b and c". */
export const andList = (items: string[]): string => joinList(items, "and");

/** The levels some rule of the catalog counts experience "comparable to", in catalog order. */
export function comparableLevels(catalog: Catalog): ComparableLevel[] {
  const wanted = comparableLevelIds(catalog);
  return catalog.levels
    .filter((e) => wanted.has(e.level.id))
    .map((e) => ({ id: e.level.id, title: e.level.title, seriesTitle: e.series.title, summary: e.level.summary ?? null }));
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

/** The words of the class specs, explained. */
export function glossary(catalog: Catalog): Term[] {
  const counting = catalog.levels.map((l) => l.counting);
  const fullTime = distinct(counting.map((c) => c.fullTimeHoursPerWeek));
  const quarter = distinct(counting.map((c) => `${formatHours(c.quarterToSemester.quarterHours)} quarter hours count as ${formatHours(c.quarterToSemester.semesterHours)} semester hours`));
  const comparable = comparableLevels(catalog);
  const areas = countedAreas(catalog).map((a) => AREA_INFO[a]?.label.toLowerCase() ?? a);
  const hours = fullTime.map((h) => formatHours(h));
  const half = fullTime.length === 1 ? formatHours(fullTime[0] / 2) : null;
  const terms: Term[] = [
    {
      id: "term-ged",
      term: "High school graduation or equivalent (GED)",
      help: "A high school diploma, or a certificate the law treats as equal to one. The GED (General Educational Development) test is the best known; other high school equivalency certificates count the same way.",
    },
    {
      id: "term-coursework",
      term: "College coursework",
      help: "Courses you took for credit at a college or university, whether or not you finished a degree. Your transcript lists them with their credit hours.",
    },
    {
      id: "term-semester-hours",
      term: "Semester hours",
      help: "The credit a college on a semester calendar (usually two terms a year) gives for a course. Many courses are worth 3 semester hours. Also called credit hours or units.",
    },
    {
      id: "term-quarter-hours",
      term: "Quarter hours",
      help: `The credit a college on a quarter calendar (usually three or four terms a year) gives for a course. Quarter hours are smaller: ${orList(quarter)}.`,
    },
    {
      id: "term-full-time",
      term: "Full-time",
      help: `Full time means ${orList(hours)} hours a week. Part-time work counts in proportion${half ? `: ${half} hours a week for a year counts as half a year` : ""}. Two jobs at the same time never count for more than full time.`,
    },
    {
      id: "term-closely-related",
      term: "Closely related experience",
      help: "Work that is not one of the kinds listed but is very much like customer service work: helping, informing or serving people. The hiring agency decides whether work is closely related; you can tell us what you think.",
    },
  ];
  if (areas.length)
    terms.push({
      id: "term-similar-area",
      term: "Similar area of study",
      help: `Some classes count only courses in ${orList(areas)}, or in a similar subject. The hiring agency decides whether another subject is similar.`,
    });
  for (const level of comparable)
    terms.push({
      id: `term-comparable-${level.id}`,
      term: `Comparable to a ${level.title}`,
      help: `Work much like what a ${level.title} (${level.seriesTitle}) does${level.summary ? `: ${level.summary}` : "."} The hiring agency decides whether your work was comparable.`,
    });
  if (asksSupervisory(catalog))
    terms.push({
      id: "term-supervisory",
      term: "Supervisory experience",
      help: "Directing other employees' work as part of your job: assigning and checking their work, training them, or taking part in hiring and evaluating them. Leading a task now and then, without being responsible for staff, is not supervising.",
    });
  terms.push({
    id: "term-minimum-qualifications",
    term: "Minimum qualifications",
    help: "The least education and experience a class of jobs asks for. Meeting them lets an application go forward; it is not a job offer.",
  });
  return terms;
}
