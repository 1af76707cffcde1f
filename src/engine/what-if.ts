/**
 * What would make an unmet level meet, as patches in the applicant format's
 * own terms (../shared/applicant-format.md, "Screening result", `whatIf`):
 * a later screening date with the current job going on, full-time qualifying
 * work from the day after the screening date, whole semester hours of
 * coursework in the right areas, or the credential that is missing. Each is
 * the smallest of its kind, worked out from the decision: the same tallies,
 * the same rounding and the same thresholds the decision used.
 */
import type { Coursework, Credential, Degree, Job } from "./applicant-schema";
import { formatIsoDate, LATEST_DAY, monthPosition } from "./calendar-date";
import { addToLedger, creditExperience, ledgerTotals, roundByDays, type JobSpan, type MonthLedger } from "./credit-experience";
import { atLeast, combinedEducation, educationMonths, reaches } from "./decide";
import type { EducationTally, ExperienceTally, LevelDecision, RuleDecision } from "./decision";
import type { ExperienceFilter } from "./qualification-schema";
import { EXPERIENCE_KIND_INFO, EXPERIENCE_KINDS, type ExperienceKind } from "./vocabulary";

/** A patch: `asOf` replaces the screening date, `highSchool` the high school; the lists are appended. */
export interface WhatIf {
  asOf?: string;
  highSchool?: "diploma" | "ged";
  jobs?: Job[];
  coursework?: Coursework[];
  degrees?: Degree[];
  /** Licences or certificates to add (an extension of the format's patch for classes with a credential rule). */
  credentials?: Credential[];
}

/** A what-if with what the words need: its kind and its figures. */
export interface Route {
  kind: "wait" | "job" | "coursework" | "credential";
  patch: WhatIf;
  /** wait and job: the day the level would meet. */
  day?: number;
  /** job: the new job's own months (full time). */
  jobMonths?: number;
  /** coursework: semester hours added, and their area ("" for any). */
  hours?: number;
  area?: string;
}

/** The most coursework a row of the applicant format may hold. */
const MAX_ROW_HOURS = 400;
/** How far ahead a what-if looks: no class asks for more than 50 years of experience. */
const HORIZON_DAYS = 366 * 60;

/** Credentials a route must add on the way: the high school and degrees that are missing. */
interface Fixes {
  highSchool?: "diploma" | "ged";
  degrees: Degree[];
  credentials: Credential[];
}

interface Value {
  /** Day (wait, job) or hours (coursework) at which the node holds; -Infinity: holds already; Infinity: not by this route. */
  at: number;
  fixes: Fixes;
}

const NONE: Fixes = { degrees: [], credentials: [] };
const holds = (fixes: Fixes = NONE): Value => ({ at: -Infinity, fixes });
const never: Value = { at: Infinity, fixes: NONE };

function fixCount(f: Fixes): number {
  return (f.highSchool ? 1 : 0) + f.degrees.length + f.credentials.length;
}

function merge(a: Fixes, b: Fixes): Fixes {
  return {
    highSchool: a.highSchool ?? b.highSchool,
    degrees: [...a.degrees, ...b.degrees.filter((d) => !a.degrees.some((x) => x.level === d.level && x.field === d.field))],
    credentials: [...a.credentials, ...b.credentials.filter((c) => !a.credentials.some((x) => x.id === c.id))],
  };
}

/**
 * Walk the decision for one kind of route: `leaf` gives the value of a
 * months requirement; credentials are fixed on the way; "all" needs its
 * latest child, "any" its cheapest.
 */
function walk(node: RuleDecision, leaf: (node: Extract<RuleDecision, { type: "experience" | "combination" }>) => number): Value {
  switch (node.type) {
    case "all": {
      let at = -Infinity;
      let fixes = NONE;
      for (const c of node.children) {
        const v = walk(c, leaf);
        if (v.at === Infinity) return never;
        at = Math.max(at, v.at);
        fixes = merge(fixes, v.fixes);
      }
      return { at, fixes };
    }
    case "any": {
      let best = never;
      for (const c of node.children) {
        const v = walk(c, leaf);
        if (v.at === Infinity) continue;
        // Fewer credentials to add first, then the earliest or smallest.
        if (best.at === Infinity || fixCount(v.fixes) < fixCount(best.fixes) || (fixCount(v.fixes) === fixCount(best.fixes) && v.at < best.at)) best = v;
      }
      return best;
    }
    case "high-school":
      return node.status === "met" ? holds() : holds({ highSchool: node.rule.accepts.includes("diploma") ? "diploma" : (node.rule.accepts[0] as "diploma" | "ged"), degrees: [], credentials: [] });
    case "degree": {
      if (node.status === "met") return holds();
      const level = node.rule.minLevel ?? node.rule.levels![0];
      return holds({ degrees: [node.rule.fields?.length ? { level, field: node.rule.fields[0] } : { level }], credentials: [] });
    }
    case "credential":
      return node.status === "met" ? holds() : holds({ degrees: [], credentials: [{ id: node.rule.credentials[0] }] });
    case "coursework":
      return node.status === "met" ? holds() : never;
    case "review":
      return never;
    case "experience":
    case "combination":
      return node.status === "met" ? holds() : { at: leaf(node), fixes: NONE };
  }
}

/** The months of credit the experience of a months requirement must reach, education held fixed (Infinity when a cap on experience keeps it from ever reaching it). */
function experienceTarget(node: Extract<RuleDecision, { type: "experience" | "combination" }>): number {
  if (node.type === "experience") return node.rule.months;
  const target = node.rule.months - node.educationMonths;
  for (const s of node.rule.sources) if (s.kind === "experience" && s.maxMonths !== undefined && !reaches(s.maxMonths, target)) return Infinity;
  return target;
}

/** Whether a new job passes one of a tally's filters (the new job has no sector, so a sector filter never takes it). */
function passes(job: Pick<Job, "kinds" | "comparableTo" | "supervisory">, filter: ExperienceFilter, series: LevelDecision["entry"]["series"]): boolean {
  if (filter.kinds && !job.kinds.some((k) => filter.kinds!.includes(k))) return false;
  if (filter.comparableTo && !(job.comparableTo ?? []).some((id) => filter.comparableTo!.includes(id))) return false;
  if (filter.atLeast && !atLeast(job.comparableTo ?? [], filter.atLeast, series)) return false;
  if (filter.supervisory !== undefined && (job.supervisory ?? false) !== filter.supervisory) return false;
  if (filter.sectors) return false;
  return true;
}

/**
 * The first day after the screening date on which a tally's credit reaches
 * `target`, if the days after it are credited by `future` (existing jobs that
 * go on, and any new job); Infinity when it never does before `lastDay`.
 */
function firstDay(d: LevelDecision, tally: ExperienceTally, target: number, future: JobSpan[], lastDay: number): number {
  if (!Number.isFinite(target)) return Infinity;
  if (reaches(tally.months, target)) return -Infinity;
  // A recency window moves with the screening date, dropping old days as new ones come: no date is worked out for it.
  if (tally.window) return Infinity;
  const fullTime = d.counting.fullTimeHoursPerWeek;
  const spans = future.flatMap((s) => (Math.min(s.end, lastDay) < s.start ? [] : [{ ...s, end: Math.min(s.end, lastDay) }]));
  const { segments } = creditExperience(spans, fullTime);
  if (segments.length === 0) return Infinity;
  const rounding = tally.rounding;
  const valueAt = (day: number): number => {
    if (!rounding) {
      let months = tally.raw;
      for (const s of segments) {
        if (s.start > day) break;
        months += s.rate * (monthPosition(Math.min(s.end, day) + 1) - monthPosition(s.start));
      }
      return months;
    }
    const ledger: MonthLedger = { ...tally.ledger, edges: new Map(tally.ledger.edges) };
    for (const s of segments) {
      if (s.start > day) break;
      addToLedger(ledger, s.start, Math.min(s.end, day), s.rate);
    }
    return roundByDays(ledgerTotals(ledger), rounding.days).months;
  };
  let lo = d.asOfDay + 1;
  let hi = segments[segments.length - 1].end;
  if (hi < lo || !reaches(valueAt(hi), target)) return Infinity;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(valueAt(mid), target)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Days after the screening date on which the jobs that pass a tally's filters go on (or begin). */
function continuing(d: LevelDecision, tally: ExperienceTally, lastDay: number): JobSpan[] {
  const spans: JobSpan[] = [];
  for (const v of tally.jobs) {
    if (!v.matches) continue;
    const job = d.jobs[v.index];
    const end = job.end ?? lastDay;
    const start = Math.max(job.start, d.asOfDay + 1);
    if (end >= start) spans.push({ index: v.index, start, end, hoursPerWeek: job.qualifyingHours });
  }
  return spans;
}

/** The tallies of the months requirements that do not hold. */
function unmetTallies(node: RuleDecision, out: ExperienceTally[] = []): ExperienceTally[] {
  if (node.status === "met") return out;
  if (node.type === "all" || node.type === "any") for (const c of node.children) unmetTallies(c, out);
  else if ((node.type === "experience" || node.type === "combination") && node.tally && !out.includes(node.tally)) out.push(node.tally);
  return out;
}

/** New full-time jobs to try: one per kind that some unmet requirement credits, with the supervision and comparability they ask. */
function candidateJobs(tallies: ExperienceTally[]): Array<Pick<Job, "kinds" | "supervisory" | "comparableTo">> {
  const filters = tallies.flatMap((t) => t.filters.map((f) => f.filter));
  const kinds: string[] = [];
  for (const f of filters) {
    // A kind that is a plain fact rather than the officer's judgement ("closely related").
    const kind = (f.kinds ?? []).find((k) => !EXPERIENCE_KIND_INFO[k as ExperienceKind]?.judgement && k !== "other") ?? f.kinds?.[0];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) kinds.push(EXPERIENCE_KINDS[0]);
  const supervisory = filters.some((f) => f.supervisory === true);
  const comparableTo = [...new Set(filters.flatMap((f) => (f.comparableTo ? [f.comparableTo[0]] : f.atLeast ? [f.atLeast] : [])))];
  return kinds.map((k) => ({
    kinds: [k as ExperienceKind],
    ...(supervisory ? { supervisory: true } : {}),
    ...(comparableTo.length ? { comparableTo } : {}),
  }));
}

/** Whether a source takes a new coursework row of this area and level. */
function takesRow(e: EducationTally, area: string, level: "undergraduate" | "graduate"): boolean {
  if (e.policy && e.policy.choice.setting !== "allow") return false;
  const want = e.source.level ?? "any";
  if (want !== "any" && want !== level) return false;
  const areas = e.source.areas ?? null;
  return areas === null || areas.includes(area);
}

/** The least whole semester hours of `area` (at `level`) that make a combination hold, through sources that need no one's consent; Infinity if none can. */
function hoursNeeded(node: Extract<RuleDecision, { type: "experience" | "combination" }>, area: string, level: "undergraduate" | "graduate"): number {
  if (node.type === "experience") return Infinity;
  const experience = node.experienceMonths;
  const takers = node.education.filter((e) => takesRow(e, area, level));
  if (takers.length === 0) return Infinity;
  const holdsWith = (n: number): boolean =>
    reaches(experience + combinedEducation(node.education, (e) => (e.policy?.choice.setting === "ask" ? 0 : takers.includes(e) ? educationMonths(e, n) : e.months)).months, node.rule.months);
  // The months still missing, at the best rate of the sources that take the row, give a first guess; then exact steps.
  let hi = 1;
  while (!holdsWith(hi)) {
    if (hi > 100000) return Infinity;
    hi *= 2;
  }
  let lo = 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (holdsWith(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Rows of whole semester hours, at most 400 a row. */
function courseworkRows(hours: number, area: string, level: "undergraduate" | "graduate"): Coursework[] {
  const rows: Coursework[] = [];
  for (let left = hours; left > 0; left -= MAX_ROW_HOURS)
    rows.push({ hours: Math.min(left, MAX_ROW_HOURS), unit: "semester", ...(area ? { areas: [area] } : {}), ...(level === "graduate" ? { level } : {}) });
  return rows;
}

/** Areas of study to try: those the unmet combinations list (the officer's "similar" last), then none. */
function candidateAreas(node: RuleDecision, out: string[] = []): string[] {
  if (node.status !== "met") {
    if (node.type === "all" || node.type === "any") for (const c of node.children) candidateAreas(c, out);
    else if (node.type === "combination") for (const e of node.education) for (const a of e.source.areas ?? []) if (!out.includes(a)) out.push(a);
  }
  return out;
}

function withFixes(patch: WhatIf, fixes: Fixes): WhatIf {
  return {
    ...(fixes.highSchool ? { highSchool: fixes.highSchool } : {}),
    ...(fixes.degrees.length ? { degrees: fixes.degrees } : {}),
    ...(fixes.credentials.length ? { credentials: fixes.credentials } : {}),
    ...patch,
  };
}

/**
 * The routes to `meets` for a level that does not meet, each the smallest of its kind.
 * @example whatIfRoutes(decision).map((r) => r.patch) // [{ asOf: "2027-04-15" }, { coursework: [...] }]
 */
export function whatIfRoutes(d: LevelDecision): Route[] {
  if (d.outcome !== "does-not-meet" || !d.root) return [];
  const root = d.root;
  const routes: Route[] = [];
  const until = d.entry.days.until;
  // A later date must still find the level in force.
  const lastDay = Math.min(LATEST_DAY, d.asOfDay + HORIZON_DAYS, until === null ? Infinity : until - 1);
  const inForce = (day: number): boolean => day <= lastDay;

  // Credentials alone.
  const credential = walk(root, () => Infinity);
  if (credential.at === -Infinity) routes.push({ kind: "credential", patch: withFixes({}, credential.fixes) });

  // Waiting: the jobs that go on past the screening date keep counting.
  const wait = walk(root, (node) => (node.tally ? firstDay(d, node.tally, experienceTarget(node), continuing(d, node.tally, lastDay), lastDay) : Infinity));
  if (Number.isFinite(wait.at) && inForce(wait.at)) routes.push({ kind: "wait", day: wait.at, patch: withFixes({ asOf: formatIsoDate(wait.at) }, wait.fixes) });

  // Full-time qualifying work from the day after the screening date.
  const fullTime = d.counting.fullTimeHoursPerWeek;
  const start = d.asOfDay + 1;
  let bestJob: { value: Value; job: Pick<Job, "kinds" | "supervisory" | "comparableTo"> } | null = null;
  for (const job of candidateJobs(unmetTallies(root))) {
    const value = walk(root, (node) => {
      if (!node.tally) return Infinity;
      const future = continuing(d, node.tally, lastDay);
      if (node.tally.filters.some((f) => passes(job, f.filter, d.entry.series))) future.push({ index: -1, start, end: lastDay, hoursPerWeek: fullTime });
      return firstDay(d, node.tally, experienceTarget(node), future, lastDay);
    });
    if (Number.isFinite(value.at) && inForce(value.at) && (!bestJob || value.at < bestJob.value.at)) bestJob = { value, job };
  }
  if (bestJob && (!routes.some((r) => r.kind === "wait") || bestJob.value.at < wait.at)) {
    const end = bestJob.value.at;
    const job: Job = { employer: "", title: "Full-time qualifying work", start: formatIsoDate(start), end: formatIsoDate(end), hoursPerWeek: fullTime, ...bestJob.job };
    routes.push({ kind: "job", day: end, jobMonths: monthPosition(end + 1) - monthPosition(start), patch: withFixes({ asOf: formatIsoDate(end), jobs: [job] }, bestJob.value.fixes) });
  }

  // Coursework: whole semester hours in an area (and at a level) every unmet combination credits.
  let bestHours: { value: Value; area: string; level: "undergraduate" | "graduate" } | null = null;
  for (const level of ["undergraduate", "graduate"] as const) {
    for (const area of [...candidateAreas(root).sort((a, b) => Number(a === "similar") - Number(b === "similar")), ""]) {
      const value = walk(root, (node) => hoursNeeded(node, area, level));
      if (Number.isFinite(value.at) && (!bestHours || value.at < bestHours.value.at)) bestHours = { value, area, level };
    }
  }
  if (bestHours) {
    const { value, area, level } = bestHours;
    routes.push({ kind: "coursework", hours: value.at, area, patch: withFixes({ coursework: courseworkRows(value.at, area, level) }, value.fixes) });
  }
  return routes;
}
