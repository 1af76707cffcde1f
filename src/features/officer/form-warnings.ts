/**
 * Input an officer would want to re-check, as pure functions of the form's
 * values. These are warnings, not errors: the input is still valid and still
 * screened exactly as entered (issue 10, "Warn, next to the field").
 */
import { parseJobDate } from "../../engine/calendar-date";
import { EXPERIENCE_KIND_INFO, HIGH_SCHOOL_LABELS } from "../../engine/vocabulary";
import type { ApplicantFormValues, JobRow } from "../../lib/applicant-form";

/** More hours a week than this, across jobs held at the same time, is worth a second look. */
export const CONCURRENT_HOURS_TO_CHECK = 60;

/** Warnings for one job, by the field they sit next to. */
export interface JobWarnings {
  start?: string;
  hoursPerWeek?: string;
  comparableTo?: string;
}

/**
 * A degree with high school "none": possible (some colleges admit without a
 * diploma) but more often a slip in the high school answer.
 * @example highSchoolWarning({ highSchool: "none", degrees: [{ level: "bachelor", field: "", otherField: "" }] }) // "A degree is entered ..."
 */
export function highSchoolWarning(education: Pick<ApplicantFormValues["education"], "highSchool" | "degrees">): string | undefined {
  const degrees = education.degrees?.length ?? 0;
  if (education.highSchool !== "none" || degrees === 0) return undefined;
  return `${degrees === 1 ? "A degree is" : `${degrees} degrees are`} entered, but high school is "${HIGH_SCHOOL_LABELS.none}". Confirm the applicant has no high school diploma or equivalent; the answer is screened as entered.`;
}

const hours = (text: string | undefined): number | null => {
  const n = Number((text ?? "").trim());
  return (text ?? "").trim() !== "" && Number.isFinite(n) ? n : null;
};

/** A job's days as the engine counts them (month-only dates widened), or null while a date is unreadable. */
function span(job: JobRow, screeningDay: number | null): { start: number; end: number } | null {
  const start = parseJobDate((job.start ?? "").trim(), "start");
  if (start === null) return null;
  const end = job.current ? screeningDay : parseJobDate((job.end ?? "").trim(), "end");
  if (end === null || end < start) return null;
  return { start, end };
}

const jobList = (numbers: number[]): string => (numbers.length === 2 ? `${numbers[0]} and ${numbers[1]}` : `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`);

/**
 * Warnings for every job: a start after the screening date, "comparable to"
 * ticked on work of kind "other (not related)", and more than 60 hours a week
 * across jobs held at the same time (each job involved is warned).
 * `screeningDate` is the form's screening date, or today when it is empty.
 * @example jobWarnings([job], "2026-11-22")[0].start // "The job starts on 2027-01-01, after the screening date ..."
 */
export function jobWarnings(jobs: JobRow[], screeningDate: string): JobWarnings[] {
  const screeningDay = parseJobDate(screeningDate.trim(), "start");
  const out: JobWarnings[] = jobs.map(() => ({}));
  const spans = jobs.map((job) => span(job, screeningDay));
  jobs.forEach((job, i) => {
    const start = parseJobDate((job.start ?? "").trim(), "start");
    if (start !== null && screeningDay !== null && start > screeningDay)
      out[i].start = `The job starts on ${job.start.trim()}, after the screening date (${screeningDate.trim()}), so none of it counts. Check the start date and the screening date.`;
    const kinds = Array.isArray(job.kinds) ? job.kinds : [];
    const comparable = Array.isArray(job.comparableTo) ? job.comparableTo : [];
    if (kinds.includes("other") && comparable.length > 0)
      out[i].comparableTo = `The job is marked comparable to ${comparable.join(", ")}, but its kinds of work include "${EXPERIENCE_KIND_INFO.other.label}". Check the kinds of work, or the levels ticked here.`;
  });
  // The most hours held at once is reached on some job's first day: look there; each job is told its largest overlap.
  const largest: number[] = jobs.map(() => CONCURRENT_HOURS_TO_CHECK);
  spans.forEach((s, i) => {
    if (!s) return;
    const together = spans.flatMap((t, j) => (t && t.start <= s.start && s.start <= t.end && hours(jobs[j].hoursPerWeek) !== null ? [j] : []));
    if (together.length < 2) return;
    const total = together.reduce((sum, j) => sum + hours(jobs[j].hoursPerWeek)!, 0);
    if (total <= CONCURRENT_HOURS_TO_CHECK) return;
    const names = together.map((j) => j + 1);
    for (const j of together) {
      if (total <= largest[j]) continue;
      largest[j] = total;
      out[j].hoursPerWeek = `Jobs ${jobList(names)} overlap from ${jobs[i].start.trim()} and come to ${total} hours a week together, more than ${CONCURRENT_HOURS_TO_CHECK}. Check the hours and dates; no day counts more than full time.`;
    }
  });
  return out;
}
