/**
 * What the experience timeline draws, from the engine's own counting:
 * each job's days cut at the screening date, its share of full time, the
 * jobs it overlaps, and the months credited to it (overlapping days once,
 * part-time pro rata), before any level's rules on kinds of work.
 */
import type { Applicant } from "../../engine/applicant-schema";
import { parseIsoDate } from "../../engine/calendar-date";
import { creditExperience, ownMonths, type CreditedSegment } from "../../engine/credit-experience";
import { prepareJobs } from "../../engine/screen-applicant";

export interface TimelineJob {
  index: number;
  label: string;
  start: string;
  /** As entered; null for a current job. */
  end: string | null;
  /** Day numbers drawn, cut at the screening date; null when the job starts after it. */
  span: { start: number; end: number } | null;
  hoursPerWeek: number;
  /** min(1, hours / full time). */
  share: number;
  /** Indexes of the jobs it shares days with. */
  overlaps: number[];
  /** The job's own months: its days at its share of full time, as if it were the only job. */
  creditedMonths: number;
}

export interface TimelineModel {
  asOfDay: number;
  jobs: TimelineJob[];
  segments: CreditedSegment[];
  /** Months credited for all jobs together. */
  months: number;
  /** Months in which any job was held. */
  calendarMonths: number;
  /** First and last day drawn. */
  from: number;
  to: number;
}

export function jobLabel(job: { title?: string; employer?: string }, index: number): string {
  const parts = [job.title, job.employer].filter((p): p is string => !!p && p.trim() !== "");
  return `Job ${index + 1}${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

/**
 * @example timelineModel(applicant, "2026-11-22", 40).jobs[0].creditedMonths
 */
export function timelineModel(applicant: Applicant, asOf: string, fullTimeHoursPerWeek: number): TimelineModel {
  const asOfDay = parseIsoDate(asOf)!;
  const prepared = prepareJobs(applicant, asOfDay);
  const spans = prepared.flatMap((p) => (p.span && p.span.end >= p.span.start ? [p.span] : []));
  const credit = creditExperience(spans, fullTimeHoursPerWeek, { jobsInSegments: true });
  const overlaps = new Map<number, Set<number>>();
  for (const s of credit.segments) {
    if (s.jobs.length < 2) continue;
    for (const j of s.jobs) for (const k of s.jobs) if (j !== k) (overlaps.get(j) ?? overlaps.set(j, new Set()).get(j)!).add(k);
  }
  const jobs = prepared.map(({ job, index, span }) => ({
    index,
    label: jobLabel(job, index),
    start: job.start,
    end: job.end ?? null,
    span: span && span.end >= span.start ? { start: span.start, end: span.end } : null,
    hoursPerWeek: job.hoursPerWeek,
    share: Math.min(1, job.hoursPerWeek / fullTimeHoursPerWeek),
    overlaps: [...(overlaps.get(index) ?? [])].sort((a, b) => a - b),
    creditedMonths: span && span.end >= span.start ? ownMonths(span, fullTimeHoursPerWeek) : 0,
  }));
  const drawn = jobs.flatMap((j) => (j.span ? [j.span] : []));
  const from = drawn.length ? Math.min(...drawn.map((s) => s.start)) : asOfDay - 365;
  return { asOfDay, jobs, segments: credit.segments, months: credit.months, calendarMonths: credit.calendarMonths, from, to: Math.max(asOfDay, from + 1) };
}
