import { monthPosition } from "./calendar-date";

/** One job as the counting rules see it: inclusive day numbers already cut at the screening date. */
export interface JobSpan {
  /** Position of the job in the applicant's experience list. */
  index: number;
  start: number;
  end: number;
  hoursPerWeek: number;
}

/** A stretch of days over which the same jobs were held. */
export interface CreditedSegment {
  start: number;
  /** Inclusive. */
  end: number;
  /** Share of full time credited on each day: min(1, hours / full time). */
  rate: number;
  /** Months credited for the stretch. */
  months: number;
  jobs: number[];
}

export interface ExperienceCredit {
  /** Full-time months credited. */
  months: number;
  /** Months in which any job was held, whatever the hours (credited months never exceed this). */
  calendarMonths: number;
  /** Credited months attributed to each job (by its share of the hours on each day), by job index. */
  perJob: Map<number, number>;
  segments: CreditedSegment[];
}

/**
 * Credit experience by the counting rules: "Experience is credited day by day.
 * A day credits min(1, total hours that day across all jobs / 40) of full
 * time" and "A credited day is worth 1 / (days in its calendar month) of a
 * month". Overlapping jobs are never counted twice. With `detail` false,
 * only the totals are computed (no per-job split or segments).
 * @example creditExperience([{ index: 0, start: dayNumber(2021, 1, 1), end: dayNumber(2021, 12, 31), hoursPerWeek: 40 }], 40).months // 12
 */
export function creditExperience(jobs: readonly JobSpan[], fullTimeHoursPerWeek: number, detail = true): ExperienceCredit {
  if (!detail && jobs.length === 1) {
    // One job: its months at its share of full time, without the sweep.
    const [job] = jobs;
    if (job.end < job.start) return { months: 0, calendarMonths: 0, perJob: new Map(), segments: [] };
    const span = monthPosition(job.end + 1) - monthPosition(job.start);
    return { months: span * Math.min(1, job.hoursPerWeek / fullTimeHoursPerWeek), calendarMonths: span, perJob: new Map(), segments: [] };
  }
  const events: Array<[day: number, job: JobSpan, starts: boolean]> = [];
  for (const job of jobs) {
    if (job.end < job.start) continue;
    events.push([job.start, job, true], [job.end + 1, job, false]);
  }
  events.sort((a, b) => a[0] - b[0]);
  const perJob = new Map<number, number>();
  const segments: CreditedSegment[] = [];
  const active: JobSpan[] = [];
  let months = 0;
  let calendarMonths = 0;
  let hours = 0;
  let prevDay = 0;
  let prevPos = 0;
  for (let i = 0; i < events.length; ) {
    const day = events[i][0];
    if (active.length > 0 && day > prevDay) {
      const pos = monthPosition(day);
      const span = pos - prevPos;
      const rate = Math.min(1, hours / fullTimeHoursPerWeek);
      const credited = span * rate;
      months += credited;
      calendarMonths += span;
      if (detail) {
        for (const job of active) perJob.set(job.index, (perJob.get(job.index) ?? 0) + (credited * job.hoursPerWeek) / hours);
        segments.push({ start: prevDay, end: day - 1, rate, months: credited, jobs: active.map((j) => j.index) });
      }
      prevPos = pos;
    } else if (day > prevDay) {
      prevPos = monthPosition(day);
    }
    prevDay = day;
    // Apply every change that happens on this day before crediting the next stretch.
    for (; i < events.length && events[i][0] === day; i++) {
      const [, job, starts] = events[i];
      if (starts) {
        active.push(job);
        hours += job.hoursPerWeek;
      } else {
        active.splice(active.indexOf(job), 1);
        hours -= job.hoursPerWeek;
      }
    }
    if (active.length === 0) hours = 0; // keep floating error from accumulating
  }
  return { months, calendarMonths, perJob, segments };
}
