/**
 * A naive reference screener for the tests: as literal as the counting rules
 * of ../shared/applicant-format.md, day by day with date-fns, and written
 * without any of the engine's code (no day numbers, no sweep, no ledger).
 * It is slow on purpose; the engine must agree with it.
 */
import { addDays, differenceInCalendarDays, endOfMonth, getDaysInMonth, isAfter, isBefore, parseISO, subDays, subYears } from "date-fns";
import type { Applicant } from "../../src/engine/applicant-schema";
import type { ExperienceFilter, Rule, Series } from "../../src/engine/qualification-schema";

type Setting = { setting: "ask" | "allow" | "deny"; capMonths?: number };
type Policies = Record<string, boolean | Setting>;
type Status = "met" | "not-met" | "review";

const DEGREES = ["associate", "bachelor", "master", "doctorate"];
const EPS = 1e-9;

/** A job date as the format reads it: a month alone starts on the 1st and ends on the last day. */
function jobDate(text: string, edge: "start" | "end"): Date {
  if (text.length === 7) return edge === "start" ? parseISO(`${text}-01`) : endOfMonth(parseISO(`${text}-01`));
  return parseISO(text);
}

interface Counting {
  order: readonly string[];
  fullTime: number;
  quarter: { quarterHours: number; semesterHours: number };
  degreeHours: Record<string, number>;
  roundingDays: number | null;
}

function countingOf(series: Series): Counting {
  const c = series.counting ?? {};
  return {
    order: series.levelOrder ?? [],
    fullTime: c.fullTimeHoursPerWeek ?? 40,
    quarter: c.quarterToSemester ?? { quarterHours: 45, semesterHours: 30 },
    degreeHours: { associate: 60, bachelor: 120, master: 120, doctorate: 120, professional: 120, ...(c.degreeHours ?? {}) },
    roundingDays: c.experienceRounding ? c.experienceRounding.days : null,
  };
}

type Filter = ExperienceFilter;

/** The filter, read literally: every condition given must hold. `order` is the series' levelOrder. */
function passes(job: NonNullable<Applicant["experience"]>[number], f: Filter, order: readonly string[] = []): boolean {
  if (f.kinds && !job.kinds.some((k) => f.kinds!.includes(k))) return false;
  if (f.comparableTo && !(job.comparableTo ?? []).some((id) => f.comparableTo!.includes(id))) return false;
  if (f.atLeast && !(job.comparableTo ?? []).some((id) => id === f.atLeast || (order.includes(f.atLeast!) && order.indexOf(id) >= order.indexOf(f.atLeast!)))) return false;
  if (f.supervisory !== undefined && (job.supervisory ?? false) !== f.supervisory) return false;
  if (f.sectors && (job.sector === undefined || !f.sectors.includes(job.sector))) return false;
  if (f.excludeSectors && job.sector !== undefined && f.excludeSectors.includes(job.sector)) return false;
  return true;
}

/** "Within the last N years": the first day that counts, from the screening date back, moved earlier by service in the extension's sectors. */
function windowFrom(applicant: Applicant, asOf: string, within: NonNullable<Filter["within"]>): Date {
  const asOfDate = parseISO(asOf);
  let from = subYears(asOfDate, within.years);
  const ext = within.extension;
  if (ext) {
    let days = 0;
    for (const j of applicant.experience ?? []) {
      if (j.sector === undefined || !ext.sectors.includes(j.sector)) continue;
      const start = jobDate(j.start, "start");
      if (isAfter(start, asOfDate)) continue;
      const end = j.end == null || isAfter(jobDate(j.end, "end"), asOfDate) ? asOfDate : jobDate(j.end, "end");
      days += differenceInCalendarDays(end, start) + 1;
    }
    if (ext.maxYears !== undefined) days = Math.min(days, Math.round(ext.maxYears * 365.25));
    from = subDays(from, days);
  }
  return from;
}

/** Every day from the first job's start to the screening date, with the jobs held on it: built once per applicant. */
interface RefDay {
  date: Date;
  month: string;
  length: number;
  /** Indexes (in the applicant's experience) of the jobs held that day, and their qualifying hours. */
  jobs: Array<{ index: number; hours: number }>;
}
const dayCache = new WeakMap<Applicant, Map<string, RefDay[]>>();

function referenceDays(applicant: Applicant, asOf: string): RefDay[] {
  const byAsOf = dayCache.get(applicant) ?? new Map<string, RefDay[]>();
  dayCache.set(applicant, byAsOf);
  const cached = byAsOf.get(asOf);
  if (cached) return cached;
  const asOfDate = parseISO(asOf);
  const jobs = (applicant.experience ?? [])
    .map((j, index) => ({
      index,
      start: jobDate(j.start, "start"),
      end: j.end == null ? asOfDate : isBefore(jobDate(j.end, "end"), asOfDate) ? jobDate(j.end, "end") : asOfDate,
      hours: (j.hoursPerWeek * (j.qualifyingPercent ?? 100)) / 100,
    }))
    .filter((j) => !isAfter(j.start, j.end));
  const days: RefDay[] = [];
  if (jobs.length) {
    const spans = jobs.map((j) => ({ index: j.index, from: j.start.getTime(), to: j.end.getTime(), hours: j.hours }));
    // Walk every day on which some job is held (the gaps between jobs hold nothing to count).
    const stretches = [...jobs].sort((a, b) => a.start.getTime() - b.start.getTime());
    let next = stretches[0].start;
    for (const stretch of stretches) {
      const from = isAfter(stretch.start, next) ? stretch.start : next;
      const lastTime = stretch.end.getTime();
      let day = from;
      for (; day.getTime() <= lastTime; day = addDays(day, 1)) {
        const t = day.getTime();
        const held: RefDay["jobs"] = [];
        for (const j of spans) if (t >= j.from && t <= j.to) held.push({ index: j.index, hours: j.hours });
        days.push({ date: day, month: `${day.getFullYear()}-${day.getMonth()}`, length: getDaysInMonth(day), jobs: held });
      }
      if (isAfter(day, next)) next = day;
    }
  }
  byAsOf.set(asOf, days);
  return days;
}

/** Months credited, day by day, to the jobs that pass any of the filters; and the rounding the series declares. */
const monthsCache = new WeakMap<Applicant, Map<string, { raw: number; months: number }>>();

export function referenceMonths(applicant: Applicant, asOf: string, filters: Filter[], counting: Counting): { raw: number; months: number } {
  // The same question asked by several levels is counted once (the count itself stays literal).
  const key = JSON.stringify([asOf, filters, counting.fullTime, counting.roundingDays, counting.order]);
  const cache = monthsCache.get(applicant) ?? new Map<string, { raw: number; months: number }>();
  monthsCache.set(applicant, cache);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = countMonths(applicant, asOf, filters, counting);
  cache.set(key, result);
  return result;
}

function countMonths(applicant: Applicant, asOf: string, filters: Filter[], counting: Counting): { raw: number; months: number } {
  const experience = applicant.experience ?? [];
  const counts = experience.map((j) => filters.some((f) => passes(j, f, counting.order)));
  // A recency window (the first filter's): days before it do not count.
  const within = filters[0]?.within;
  const from = within ? windowFrom(applicant, asOf, within) : null;
  // Full-time-equivalent days credited in each calendar month.
  const byMonth = new Map<string, { days: number; length: number }>();
  let raw = 0;
  for (const day of referenceDays(applicant, asOf)) {
    if (from && isBefore(day.date, from)) continue;
    let hours = 0;
    for (const j of day.jobs) if (counts[j.index]) hours += j.hours;
    if (hours === 0) continue;
    const share = Math.min(1, hours / counting.fullTime);
    raw += share / day.length;
    const m = byMonth.get(day.month) ?? { days: 0, length: day.length };
    m.days += share;
    byMonth.set(day.month, m);
  }
  if (counting.roundingDays === null) return { raw, months: raw };
  // The README's reading of "15 days or more, one month": months credited in full every day are whole;
  // the other months' days are pooled; their whole months count and the part month is measured in days.
  let full = 0;
  let partMonths = 0;
  let partDays = 0;
  for (const m of byMonth.values()) {
    if (m.days >= m.length - EPS) full++;
    else {
      partMonths += m.days / m.length;
      partDays += m.days;
    }
  }
  const partWhole = Math.floor(partMonths + EPS);
  const fraction = Math.max(0, partMonths - partWhole);
  const daysLeft = partMonths > EPS ? (fraction * partDays) / partMonths : 0;
  return { raw, months: full + partWhole + (daysLeft + EPS >= counting.roundingDays ? 1 : 0) };
}

function choiceOf(policies: Policies | undefined, series: Series, id: string): Setting {
  const chosen = policies?.[`${series.id}/${id}`] ?? policies?.[id];
  if (chosen !== undefined) return typeof chosen === "boolean" ? { setting: chosen ? "allow" : "deny" } : chosen;
  const p = series.policies?.find((x) => x.id === id);
  if (!p) return { setting: "ask" };
  const setting = p.setting ?? (p.enabled === undefined ? "ask" : p.enabled ? "allow" : "deny");
  return { setting, capMonths: p.capMonths };
}

type EducationSource = Extract<Extract<Rule, { type: "combination" }>["sources"][number], { kind: "education" }>;

/** Months from one education source, before any policy: its rows and degrees, beyond its first hours, plus clock hours; capped by maxMonths later. */
function educationMonths(applicant: Applicant, source: EducationSource, counting: Counting): number {
  const areas = source.areas ?? null;
  const level = source.level ?? "any";
  const counts = (list: string[]): boolean => areas === null || list.some((a) => areas.includes(a));
  let coursework = 0;
  let clock = 0;
  for (const row of applicant.education.coursework ?? []) {
    if (level !== "any" && (row.level ?? "undergraduate") !== level) continue;
    if (!counts(row.areas ?? [])) continue;
    if (row.unit === "clock") clock += row.hours;
    else coursework += row.unit === "quarter" ? (row.hours * counting.quarter.semesterHours) / counting.quarter.quarterHours : row.hours;
  }
  let degree = 0;
  for (const d of applicant.education.degrees ?? []) {
    const hours = source.degreeHours?.[d.level] ?? (level === "graduate" ? 0 : counting.degreeHours[d.level]);
    if (hours > 0 && counts(d.field === undefined ? [] : [d.field])) degree = Math.max(degree, hours);
  }
  const hours = Math.max(0, Math.max(coursework, degree) - (source.beyondHours ?? 0));
  const row = source.conversion.rows[0];
  const clockMonths = source.clock ? (clock * source.clock.months) / source.clock.clockHours : 0;
  return (hours * row.months) / row.semesterHours + clockMonths;
}

/** Undergraduate and graduate sources add up; sources of the same schooling are alternatives. */
function combine(entries: Array<{ source: EducationSource; months: number }>): number {
  let any = 0;
  let under = 0;
  let grad = 0;
  for (const e of entries) {
    const level = e.source.level ?? "any";
    if (level === "graduate") grad = Math.max(grad, e.months);
    else if (level === "undergraduate") under = Math.max(under, e.months);
    else any = Math.max(any, e.months);
  }
  return Math.max(any, under + grad);
}

function decide(rule: Rule, applicant: Applicant, asOf: string, series: Series, counting: Counting, policies: Policies | undefined): Status {
  switch (rule.type) {
    case "all": {
      const s = rule.rules.map((r) => decide(r, applicant, asOf, series, counting, policies));
      return s.includes("not-met") ? "not-met" : s.includes("review") ? "review" : "met";
    }
    case "any": {
      const s = rule.rules.map((r) => decide(r, applicant, asOf, series, counting, policies));
      return s.includes("met") ? "met" : s.includes("review") ? "review" : "not-met";
    }
    case "high-school":
      return (rule.accepts as string[]).includes(applicant.education.highSchool) ? "met" : "not-met";
    case "degree":
      return (applicant.education.degrees ?? []).some(
        (d) =>
          ((rule.levels ?? []).includes(d.level) || (rule.minLevel !== undefined && DEGREES.includes(d.level) && DEGREES.indexOf(d.level) >= DEGREES.indexOf(rule.minLevel))) &&
          (rule.fields == null || (d.field !== undefined && rule.fields.includes(d.field))),
      )
        ? "met"
        : "not-met";
    case "credential":
      return (applicant.education.credentials ?? []).some((c) => rule.credentials.includes(c.id) && (c.expires === undefined || c.expires >= asOf)) ? "met" : "not-met";
    case "coursework": {
      const hours = (applicant.education.coursework ?? [])
        .filter((r) => (!rule.units || rule.units.includes(r.unit)) && (!rule.level || (r.level ?? "undergraduate") === rule.level) && (!rule.areas || (r.areas ?? []).some((a) => rule.areas!.includes(a))))
        .reduce((sum, r) => sum + r.hours, 0);
      return hours + EPS >= rule.hours ? "met" : "not-met";
    }
    case "review":
      return rule.onlyIf && decide(rule.onlyIf, applicant, asOf, series, counting, policies) !== "met" ? "not-met" : "review";
    case "experience":
      return referenceMonths(applicant, asOf, [rule.filter], counting).months + EPS >= rule.months ? "met" : "not-met";
    case "combination": {
      const expSources = rule.sources.flatMap((s) => (s.kind === "experience" ? [s] : []));
      let experience = expSources.length ? referenceMonths(applicant, asOf, expSources.map((s) => s.filter), counting).months : 0;
      for (const s of expSources) if (s.maxMonths !== undefined) experience = Math.min(experience, s.maxMonths);
      const free: Array<{ source: EducationSource; months: number }> = [];
      const ifAllowed: Array<{ source: EducationSource; months: number }> = [];
      let anyAsked = false;
      for (const s of rule.sources) {
        if (s.kind !== "education") continue;
        let months = educationMonths(applicant, s, counting);
        const choice = s.policy ? choiceOf(policies, series, s.policy) : null;
        const cap = (m: number): number => (s.maxMonths === undefined ? m : Math.min(m, s.maxMonths));
        if (choice?.setting === "deny") continue;
        if (choice?.setting === "ask") {
          anyAsked ||= months > 0;
          ifAllowed.push({ source: s, months: cap(months) });
          continue;
        }
        if (choice?.setting === "allow" && choice.capMonths !== undefined) months = Math.min(months, choice.capMonths);
        free.push({ source: s, months: cap(months) });
        ifAllowed.push({ source: s, months: cap(months) });
      }
      if (experience + combine(free) + EPS >= rule.months) return "met";
      if (anyAsked && experience + combine(ifAllowed) + EPS >= rule.months) return "review";
      return "not-met";
    }
  }
}

/**
 * The outcome of one level for one applicant, the slow and literal way.
 * @example referenceOutcome(applicant, series, "4807", "2026-11-22", undefined) // "meets"
 */
export function referenceOutcome(applicant: Applicant, series: Series, levelId: string, today: string, policies?: Policies): string {
  const level = series.levels.find((l) => l.id === levelId)!;
  const asOf = applicant.asOf ?? today;
  if (level.effective?.from && asOf < level.effective.from) return "inactive";
  if (level.effective?.until && asOf >= level.effective.until) return "inactive";
  if (level.requirementsFrom && asOf < level.requirementsFrom.date) return "review";
  const status = decide(level.requirements, applicant, asOf, series, countingOf(series), policies);
  return status === "met" ? "meets" : status === "review" ? "review" : "does-not-meet";
}

export { countingOf as referenceCounting };
