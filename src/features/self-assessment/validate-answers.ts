/**
 * Plain-language checks of each step's answers. Each problem names the
 * control it belongs to (its id, for the error summary's link) and says how
 * to fix it. The file format's own schema checks the whole applicant again
 * before results are shown or a file is saved.
 */
import { daysInMonth, parseIsoDate } from "../../engine/calendar-date";
import { MONTH_NAMES } from "../report";
import { CLOSELY_RELATED, partsToIso, UNRELATED, type DateParts, type Draft, type JobDraft } from "./draft";

export interface FieldError {
  /** The id of the control (or of the fieldset of a group) the error summary links to and the message sits beside. */
  id: string;
  message: string;
}

const NUMBER = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/;

export const ids = {
  name: "sa-name",
  highSchool: "sa-high-school",
  hasCoursework: "sa-has-coursework",
  hasDegree: "sa-has-degree",
  courseworkHours: (i: number) => `sa-coursework-${i}-hours`,
  degreeLevel: (i: number) => `sa-degree-${i}-level`,
  jobTitle: "sa-job-title",
  jobEmployer: "sa-job-employer",
  jobStart: "sa-job-start",
  jobEnd: "sa-job-end",
  jobCurrent: "sa-job-current",
  jobHours: "sa-job-hours",
  jobKinds: "sa-job-kinds",
  jobClosely: "sa-job-closely",
  jobSupervisory: "sa-job-supervisory",
  jobComparable: "sa-job-comparable",
};

export function checkHighSchool(draft: Draft): FieldError[] {
  return draft.highSchool ? [] : [{ id: ids.highSchool, message: "Choose whether you finished high school or earned a GED" }];
}

export function checkCoursework(draft: Draft): FieldError[] {
  if (!draft.hasCoursework) return [{ id: ids.hasCoursework, message: "Choose yes if you have taken college courses for credit, or no if you have not" }];
  if (draft.hasCoursework === "no") return [];
  const errors: FieldError[] = [];
  draft.coursework.forEach((row, i) => {
    const id = ids.courseworkHours(i);
    const what = `courses ${i + 1}`;
    if (row.hours.trim() === "") errors.push({ id, message: `Enter the credit hours for ${what}, for example 45` });
    else if (!NUMBER.test(row.hours)) errors.push({ id, message: `Enter the credit hours for ${what} as a number, for example 45` });
    else if (Number(row.hours) <= 0) errors.push({ id, message: `Enter credit hours greater than 0 for ${what}` });
    else if (Number(row.hours) > 400) errors.push({ id, message: `Enter at most 400 credit hours for ${what}; split larger amounts into several groups` });
  });
  return errors;
}

export function checkDegrees(draft: Draft): FieldError[] {
  if (!draft.hasDegree) return [{ id: ids.hasDegree, message: "Choose yes if you have earned a college degree, or no if you have not" }];
  if (draft.hasDegree === "no") return [];
  return draft.degrees.flatMap((d, i) => (d.level ? [] : [{ id: ids.degreeLevel(i), message: `Choose the kind of degree for degree ${i + 1}` }]));
}

function checkDate(parts: DateParts, edge: "start" | "end", id: string): { error: FieldError | null; iso: string | null } {
  const which = edge === "start" ? "started" : "left";
  if (parts.month.trim() === "" || parts.year.trim() === "")
    return { error: { id: `${id}-${parts.month.trim() === "" ? "month" : "year"}`, message: `Enter the month and year you ${which} this job, for example 3 and 2019` }, iso: null };
  const iso = partsToIso(parts, edge);
  // A day past the month's end (30 February) gets the month's own length, the one thing to fix.
  const [day, month, year] = [parts.day, parts.month, parts.year].map((v) => (/^\s*\d+\s*$/.test(v) ? Number(v) : NaN));
  if (iso === null && month >= 1 && month <= 12 && /^\s*\d{4}\s*$/.test(parts.year) && year >= 1900 && day > daysInMonth(year, month)) {
    const last = daysInMonth(year, month);
    return { error: { id: `${id}-day`, message: `Enter a day from 1 to ${last} for when you ${which} this job: ${MONTH_NAMES[month - 1]} ${year} has ${last} days` }, iso: null };
  }
  if (iso === null) {
    const box = !/^\s*\d+\s*$/.test(parts.day) && parts.day.trim() !== "" ? "day" : !/^\s*\d+\s*$/.test(parts.month) || Number(parts.month) > 12 || Number(parts.month) < 1 ? "month" : !/^\s*\d{4}\s*$/.test(parts.year) ? "year" : "day";
    return { error: { id: `${id}-${box}`, message: `Enter a real date for when you ${which} this job: day 1 to 31, month 1 to 12 and a four-digit year` }, iso: null };
  }
  return { error: null, iso };
}

/** Problems with one job's answers; `asOf` is the screening date (today unless an opened file says otherwise). */
export function checkJob(job: JobDraft, asOf: string): FieldError[] {
  const errors: FieldError[] = [];
  const start = checkDate(job.start, "start", ids.jobStart);
  if (start.error) errors.push(start.error);
  else if (parseIsoDate(start.iso!)! > parseIsoDate(asOf)!)
    errors.push({ id: `${ids.jobStart}-year`, message: `Enter a start date on or before ${asOf}: a job that has not started yet does not count` });
  if (!job.current) {
    const end = checkDate(job.end, "end", ids.jobEnd);
    if (end.error) errors.push({ ...end.error, message: `${end.error.message}, or tick "I still work here"` });
    else if (start.iso && parseIsoDate(end.iso!)! < parseIsoDate(start.iso)!) errors.push({ id: `${ids.jobEnd}-year`, message: "Enter an end date on or after the start date" });
  }
  const hours = job.hoursPerWeek;
  if (hours.trim() === "") errors.push({ id: ids.jobHours, message: "Enter the hours you worked in a usual week, for example 40" });
  else if (!NUMBER.test(hours) || Number(hours) < 1 || Number(hours) > 168)
    errors.push({ id: ids.jobHours, message: "Enter the hours you worked in a usual week as a number from 1 to 168" });
  const related = job.kinds.filter((k) => k !== UNRELATED && k !== CLOSELY_RELATED);
  if (job.kinds.length === 0) errors.push({ id: ids.jobKinds, message: 'Tick at least one box to say what the work was, or tick "Something else"' });
  else if (related.length === 0 && !job.closelyRelated)
    errors.push({ id: ids.jobClosely, message: "Choose whether the work was much like customer service work" });
  if (!job.supervisory) errors.push({ id: ids.jobSupervisory, message: "Choose whether you supervised other employees in this job" });
  return errors;
}
