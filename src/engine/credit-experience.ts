/**
 * Crediting experience: the one implementation of the applicant format's
 * counting rules for work history, a sweep over job boundaries
 * (O(n log n) in the number of jobs). The decision, the explanation, the
 * what-if and the timeline all read what it returns.
 */
import { daysInMonthIndex, firstDayOfMonthIndex, monthIndexOf, monthPosition } from "./calendar-date";
import { EPSILON } from "./format-number";

/** One job as the counting rules see it: inclusive day numbers already cut at the screening date. */
export interface JobSpan {
  /** Position of the job in the applicant's experience list. */
  index: number;
  start: number;
  end: number;
  /** Qualifying hours a week (the job's hours times its share of qualifying duties). */
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
  /** The jobs held, only when asked for (`jobsInSegments`). */
  jobs: number[];
}

/**
 * Credited days by calendar month, for a rounding rule that counts a part
 * month in days: months whose every day is credited in full, and the
 * full-time-equivalent days of the others.
 */
export interface MonthLedger {
  /** Calendar months inside one stretch credited in full every day. */
  fullMonths: number;
  /** Months inside one part-time stretch: their credit in months and in full-time-equivalent days. */
  partMonths: number;
  partDays: number;
  /** Months where a stretch begins or ends: full-time-equivalent days credited, by month index. */
  edges: Map<number, number>;
}

export interface ExperienceCredit {
  /** Full-time months credited: each day min(1, hours / full time) / (days in its month). */
  months: number;
  /** Months in which any job was held, whatever the hours (credited months never exceed this). */
  calendarMonths: number;
  segments: CreditedSegment[];
  /** Credited days by calendar month (for rounding rules and what-ifs). */
  ledger: MonthLedger;
}

/** An empty ledger. */
export function emptyLedger(): MonthLedger {
  return { fullMonths: 0, partMonths: 0, partDays: 0, edges: new Map() };
}

function addEdge(ledger: MonthLedger, month: number, days: number): void {
  ledger.edges.set(month, (ledger.edges.get(month) ?? 0) + days);
}

/**
 * Add the days start..end (inclusive), each credited `rate` of full time, to a ledger.
 * @example addToLedger(emptyLedger(), dayNumber(2021, 1, 1), dayNumber(2021, 3, 31), 1) // three full months
 */
export function addToLedger(ledger: MonthLedger, start: number, end: number, rate: number): void {
  if (end < start || rate <= 0) return;
  const first = monthIndexOf(start);
  const last = monthIndexOf(end);
  if (first === last) {
    addEdge(ledger, first, rate * (end - start + 1));
    return;
  }
  addEdge(ledger, first, rate * (firstDayOfMonthIndex(first + 1) - start));
  addEdge(ledger, last, rate * (end - firstDayOfMonthIndex(last) + 1));
  const inside = last - first - 1;
  if (inside <= 0) return;
  if (rate >= 1 - EPSILON) ledger.fullMonths += inside;
  else {
    ledger.partMonths += rate * inside;
    ledger.partDays += rate * (firstDayOfMonthIndex(last) - firstDayOfMonthIndex(first + 1));
  }
}

/** What a ledger comes to: whole months credited in full, and the part months in months and in full-time-equivalent days. */
export interface LedgerTotals {
  fullMonths: number;
  partMonths: number;
  partDays: number;
}

function addEdgeTo(this: LedgerTotals, days: number, month: number): void {
  const length = daysInMonthIndex(month);
  if (days >= length - EPSILON) this.fullMonths += 1;
  else {
    this.partMonths += days / length;
    this.partDays += days;
  }
}

/** Sum a ledger: a month whose credited days reach its length is a full month. */
export function ledgerTotals(ledger: MonthLedger): LedgerTotals {
  const totals = { fullMonths: ledger.fullMonths, partMonths: ledger.partMonths, partDays: ledger.partDays };
  // forEach: a for-of over a Map's entries makes an array per entry.
  ledger.edges.forEach(addEdgeTo, totals);
  return totals;
}

/** A "15 days or more, one month" rounding applied: the whole months, the part month in days, and the result. */
export interface Rounded {
  /** Months before rounding. */
  raw: number;
  whole: number;
  /** The part month beyond the whole months, in full-time-equivalent days. */
  partDays: number;
  /** Whole months, plus one when the part month reaches the rule's days. */
  months: number;
}

/**
 * Round credited experience by a half-month rule counted in days ("When
 * experience is less than 15 days (or half a month), credit is not given.
 * When experience is 15 days or more, one month of credit is allowed."):
 * calendar months credited in full every day are whole months; the days of
 * the other months are added up as full-time-equivalent days. While they
 * come to less than a month, those days are the part month: fewer than
 * `days` earn nothing, `days` or more earn one month (14 days of February
 * earn nothing; 15 days of any month earn a month). When they come to more
 * than a month, their whole months count and the rest is converted to days
 * at the average length of those days' months.
 * @example roundByDays(ledgerTotals(ledger), 15).months
 */
export function roundByDays(totals: LedgerTotals, days: number): Rounded {
  const raw = totals.fullMonths + totals.partMonths;
  const partWhole = Math.floor(totals.partMonths + EPSILON);
  const whole = totals.fullMonths + partWhole;
  const fraction = Math.max(0, totals.partMonths - partWhole);
  const partDays = totals.partMonths > EPSILON ? (fraction * totals.partDays) / totals.partMonths : 0;
  return { raw, whole, partDays, months: whole + (partDays + EPSILON >= days ? 1 : 0) };
}

/** Options of `creditExperience`. */
export interface CreditOptions {
  /** Keep the stretches (the timeline and the what-if read them). Default true. */
  segments?: boolean;
  /** List the jobs held in each stretch (the timeline's overlaps). Costs O(jobs) per stretch. Default false. */
  jobsInSegments?: boolean;
  /** Fill the ledger of credited days by calendar month (a rounding rule needs it). Default true. */
  ledger?: boolean;
}

const NO_SEGMENTS: CreditedSegment[] = [];

/** A ledger never filled (nothing writes to it: the what-if copies a ledger before adding to it). */
const UNFILLED: MonthLedger = emptyLedger();

/**
 * Scratch space for the sweep's boundaries, reused from call to call (the
 * sweep runs for every rule of every applicant in a pool): each boundary is
 * one number, (day - DAY_ZERO) * 2^24 + its event number, so a plain numeric
 * sort orders them by day without a comparator or an object per boundary.
 */
let scratch = new Float64Array(64);
// 2^24 event numbers: room for 8 million jobs in one applicant, more than the largest file the page or the
// command line reads can hold; the largest day (9999-12-31) times 2^24 stays far below 2^53, so the packing is exact.
const EVENT_BITS = 2 ** 24;
/** Far enough before 1900 that every day the format accepts (and a what-if's) is positive. */
const DAY_ZERO = -800_000;

/**
 * Credit experience by the counting rules: "Experience is credited day by day.
 * A day credits min(1, total hours that day across all jobs / 40) of full
 * time" and "A credited day is worth 1 / (days in its calendar month) of a
 * month". Overlapping jobs are never counted twice. Nothing depends on where
 * the calendar's day numbers start: jobs long before 1970 count like any other.
 * @example creditExperience([{ index: 0, start: dayNumber(2021, 1, 1), end: dayNumber(2021, 12, 31), hoursPerWeek: 40 }], 40).months // 12
 */
export function creditExperience(jobs: readonly JobSpan[], fullTimeHoursPerWeek: number, options: CreditOptions = {}): ExperienceCredit {
  const keepSegments = options.segments ?? true;
  const listJobs = options.jobsInSegments ?? false;
  const fillLedger = options.ledger ?? true;
  const ledger = fillLedger ? emptyLedger() : UNFILLED;
  // Without stretches kept, one shared empty list (nothing adds to a returned list).
  const segments: CreditedSegment[] = keepSegments ? [] : NO_SEGMENTS;
  if (jobs.length === 1 && !listJobs) {
    // One job: its days at its share of full time, without the sweep.
    const job = jobs[0];
    if (job.end < job.start) return { months: 0, calendarMonths: 0, segments, ledger };
    const span = monthPosition(job.end + 1) - monthPosition(job.start);
    const rate = Math.min(1, job.hoursPerWeek / fullTimeHoursPerWeek);
    if (fillLedger) addToLedger(ledger, job.start, job.end, rate);
    if (keepSegments) segments.push({ start: job.start, end: job.end, rate, months: span * rate, jobs: [] });
    return { months: span * rate, calendarMonths: span, segments, ledger };
  }
  // Boundaries: +hours on a job's first day (event 2j), -hours the day after its last (event 2j + 1).
  if (scratch.length < jobs.length * 2) scratch = new Float64Array(jobs.length * 4);
  // Unreachable with the files the screener reads (see EVENT_BITS); a wrong sum would be worse than stopping.
  if (jobs.length * 2 > EVENT_BITS) throw new RangeError(`too many jobs to credit at once: ${jobs.length}`);
  let count = 0;
  for (let j = 0; j < jobs.length; j++) {
    const job = jobs[j];
    if (job.end < job.start) continue;
    scratch[count++] = (job.start - DAY_ZERO) * EVENT_BITS + 2 * j;
    scratch[count++] = (job.end + 1 - DAY_ZERO) * EVENT_BITS + 2 * j + 1;
  }
  const events = scratch;
  if (count > 24) scratch.subarray(0, count).sort();
  else {
    // A handful of jobs (nearly every applicant): an insertion sort, without a call into the runtime.
    for (let a = 1; a < count; a++) {
      const v = events[a];
      let b = a - 1;
      for (; b >= 0 && events[b] > v; b--) events[b + 1] = events[b];
      events[b + 1] = v;
    }
  }
  const active = listJobs ? new Set<number>() : null;
  let months = 0;
  let calendarMonths = 0;
  let hours = 0;
  let held = 0;
  let i = 0;
  let day = count ? Math.floor(events[0] / EVENT_BITS) + DAY_ZERO : 0;
  let position = count ? monthPosition(day) : 0;
  while (i < count) {
    // Apply every change that happens on this day before crediting the stretch it starts.
    for (; i < count; i++) {
      const packed = events[i];
      const at = Math.floor(packed / EVENT_BITS);
      if (at + DAY_ZERO !== day) break;
      const e = packed - at * EVENT_BITS;
      const job = jobs[e >> 1];
      const starts = (e & 1) === 0;
      hours += starts ? job.hoursPerWeek : -job.hoursPerWeek;
      held += starts ? 1 : -1;
      if (active) {
        if (starts) active.add(job.index);
        else active.delete(job.index);
      }
    }
    if (i === count) break;
    // A stretch always ends at some job's end: the next boundary.
    const next = Math.floor(events[i] / EVENT_BITS) + DAY_ZERO;
    const nextPosition = monthPosition(next);
    if (held === 0) hours = 0; // keep floating error from accumulating
    else {
      const span = nextPosition - position;
      const rate = Math.min(1, hours / fullTimeHoursPerWeek);
      const credited = span * rate;
      months += credited;
      calendarMonths += span;
      if (fillLedger) addToLedger(ledger, day, next - 1, rate);
      if (keepSegments) segments.push({ start: day, end: next - 1, rate, months: credited, jobs: active ? [...active] : [] });
    }
    day = next;
    position = nextPosition;
  }
  return { months, calendarMonths, segments, ledger };
}

/**
 * A job's own months: its days at its share of full time, as if it were the
 * only job (overlap with other jobs is deducted on a line of its own).
 * @example ownMonths({ index: 0, start: dayNumber(2021, 1, 1), end: dayNumber(2021, 6, 30), hoursPerWeek: 20 }, 40) // 3
 */
export function ownMonths(job: JobSpan, fullTimeHoursPerWeek: number): number {
  if (job.end < job.start) return 0;
  return (monthPosition(job.end + 1) - monthPosition(job.start)) * Math.min(1, job.hoursPerWeek / fullTimeHoursPerWeek);
}
