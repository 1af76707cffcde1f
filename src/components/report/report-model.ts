/**
 * What a qualification report prints, worked out from the screening result
 * and the catalog: outcome words, the credentials an officer must verify,
 * and where each class's words come from. No class, threshold or area of
 * study is written here; everything comes from the data.
 */
import { format } from "date-fns";
import type { Applicant } from "../../engine/applicant-schema";
import { civilDate, parseIsoDate } from "../../engine/calendar-date";
import type { Catalog, CatalogLevel } from "../../engine/catalog";
import { formatHours } from "../../engine/format-number";
import type { Rule, Series } from "../../engine/qualification-schema";
import type { LevelResult } from "../../engine/result-types";
import { areaLabel, DEGREE_LABELS, EXPERIENCE_KIND_INFO, HIGH_SCHOOL_LABELS } from "../../engine/vocabulary";

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

/** One line per credential in the applicant's record: the documents an officer asks to see. */
export function applicantCredentials(applicant: Applicant): string[] {
  const lines: string[] = [`High school: ${HIGH_SCHOOL_LABELS[applicant.education.highSchool]}`];
  (applicant.education.coursework ?? []).forEach((row, i) => {
    const areas = row.areas?.length ? ` in ${row.areas.map(areaLabel).join(", ")}` : "";
    lines.push(`Coursework row ${i + 1}: ${formatHours(row.hours)} ${row.unit} hours${areas} (transcript)`);
  });
  (applicant.education.degrees ?? []).forEach((d, i) => {
    lines.push(`Degree ${i + 1}: ${DEGREE_LABELS[d.level]}${d.field ? ` in ${areaLabel(d.field)}` : ""} (diploma or transcript)`);
  });
  (applicant.experience ?? []).forEach((job, i) => {
    const who = [job.title, job.employer].filter((p) => p && p.trim() !== "").join(", ");
    const kinds = job.kinds.map((k) => EXPERIENCE_KIND_INFO[k].label.toLowerCase()).join(", ");
    const extra = [job.supervisory ? "supervisory" : null, job.comparableTo?.length ? `comparable to ${job.comparableTo.join(", ")}` : null].filter(Boolean);
    lines.push(
      `Job ${i + 1}${who ? ` (${who})` : ""}: ${job.start} to ${job.end ?? "current"}, ${formatHours(job.hoursPerWeek)} hours a week, ${kinds}${extra.length ? `; ${extra.join("; ")}` : ""} (employment verification)`,
    );
  });
  return lines;
}

/** When a level is in effect and since when its requirements apply, in words; null when the data gives no dates. */
export function effectiveText(entry: CatalogLevel): string | null {
  const parts: string[] = [];
  const eff = entry.level.effective;
  if (eff?.from) parts.push(`in effect from ${eff.from}`);
  if (eff?.until) parts.push(`abolished effective ${eff.until}`);
  if (entry.level.requirementsFrom) parts.push(`requirements as of ${entry.level.requirementsFrom.date} ('${entry.level.requirementsFrom.source.quote}')`);
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
