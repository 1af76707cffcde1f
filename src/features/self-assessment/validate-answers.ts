/**
 * Plain-language checks of each step's answers. Each problem names the
 * control it belongs to (its id, for the error summary's link) and says how
 * to fix it. The file format's own schema checks the whole applicant again
 * before results are shown or a file is saved.
 */
import { daysInMonth, parseIsoDate } from "../../engine/calendar-date";
import type { Translate } from "../../i18n/applicant-language";
import { dateInWords, FORMAT_LOCALE, type Locale } from "../../i18n/locale";
import { CLOSELY_RELATED, noDate, partsToIso, UNRELATED, type DateParts, type Draft, type JobDraft } from "./draft";

export interface FieldError {
  /** The id of the control (or of the fieldset of a group) the error summary links to and the message sits beside. */
  id: string;
  message: string;
}

const NUMBER = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/;

/**
 * An id from a class file as part of an element id or a choice's value: ids
 * are free text there ("Class A license"), and an element id may hold no
 * space (aria-describedby lists ids by spaces). Slugs stay as they are.
 */
export const domToken = (id: string): string => encodeURIComponent(id);
export const fromDomToken = (token: string): string => decodeURIComponent(token);

export const ids = {
  name: "sa-name",
  highSchool: "sa-high-school",
  hasCoursework: "sa-has-coursework",
  hasDegree: "sa-has-degree",
  courseworkHours: (i: number) => `sa-coursework-${i}-hours`,
  degreeLevel: (i: number) => `sa-degree-${i}-level`,
  hasCredential: "sa-has-credential",
  credentials: "sa-credentials",
  credentialName: (id: string) => `sa-credential-${domToken(id)}-name`,
  credentialExpires: (id: string) => `sa-credential-${domToken(id)}-expires`,
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
  jobSector: "sa-job-sector",
};

export function checkHighSchool(draft: Draft, t: Translate): FieldError[] {
  return draft.highSchool ? [] : [{ id: ids.highSchool, message: t("sa.check.highSchool") }];
}

export function checkCoursework(draft: Draft, t: Translate): FieldError[] {
  if (!draft.hasCoursework) return [{ id: ids.hasCoursework, message: t("sa.check.hasCoursework") }];
  if (draft.hasCoursework === "no") return [];
  const errors: FieldError[] = [];
  draft.coursework.forEach((row, i) => {
    const id = ids.courseworkHours(i);
    const n = i + 1;
    if (row.hours.trim() === "") errors.push({ id, message: t("sa.check.hoursEmpty", { n }) });
    else if (!NUMBER.test(row.hours)) errors.push({ id, message: t("sa.check.hoursNumber", { n }) });
    else if (Number(row.hours) <= 0) errors.push({ id, message: t("sa.check.hoursPositive", { n }) });
    else if (Number(row.hours) > 400) errors.push({ id, message: t("sa.check.hoursMax", { n, unit: row.unit }) });
  });
  return errors;
}

export function checkDegrees(draft: Draft, t: Translate): FieldError[] {
  if (!draft.hasDegree) return [{ id: ids.hasDegree, message: t("sa.check.hasDegree") }];
  if (draft.hasDegree === "no") return [];
  return draft.degrees.flatMap((d, i) => (d.level ? [] : [{ id: ids.degreeLevel(i), message: t("sa.check.degreeLevel", { n: i + 1 }) }]));
}

/**
 * (1.2) The licences and certificates question, asked where a loaded class
 * file declares some. `labelOf` gives a credential's words from its class file.
 */
export function checkCredentials(draft: Draft, t: Translate, labelOf: (id: string) => string): FieldError[] {
  if (!draft.hasCredential) return [{ id: ids.hasCredential, message: t("sa.check.hasCredential") }];
  if (draft.hasCredential === "no") return [];
  const held = draft.credentials ?? [];
  if (held.length === 0) return [{ id: ids.credentials, message: t("sa.check.credentialWhich") }];
  return held.flatMap((c) => {
    if (noDate(c.expires) || partsToIso(c.expires, "end") !== null) return [];
    const { month, year } = c.expires;
    const badMonth = !/^\s*\d+\s*$/.test(month) || Number(month) < 1 || Number(month) > 12;
    const badYear = !/^\s*\d{4}\s*$/.test(year) || Number(year) < 1900;
    const box = badMonth ? "month" : badYear ? "year" : "day";
    return [{ id: `${ids.credentialExpires(c.id)}-${box}`, message: t("sa.check.expiresReal", { credential: labelOf(c.id) }) }];
  });
}

function checkDate(parts: DateParts, edge: "start" | "end", id: string, t: Translate, locale: Locale): { error: FieldError | null; iso: string | null } {
  if (parts.month.trim() === "" || parts.year.trim() === "")
    return { error: { id: `${id}-${parts.month.trim() === "" ? "month" : "year"}`, message: t("sa.check.dateMissing", { edge }) }, iso: null };
  const iso = partsToIso(parts, edge);
  // A day past the month's end (30 February) gets the month's own length, the one thing to fix.
  const [day, month, year] = [parts.day, parts.month, parts.year].map((v) => (/^\s*\d+\s*$/.test(v) ? Number(v) : NaN));
  if (iso === null && month >= 1 && month <= 12 && /^\s*\d{4}\s*$/.test(parts.year) && year >= 1900 && day > daysInMonth(year, month)) {
    const last = daysInMonth(year, month);
    const monthName = new Intl.DateTimeFormat(FORMAT_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, 1)));
    return { error: { id: `${id}-day`, message: t("sa.check.dayPastEnd", { edge, last, month: monthName }) }, iso: null };
  }
  if (iso === null) {
    const box = !/^\s*\d+\s*$/.test(parts.day) && parts.day.trim() !== "" ? "day" : !/^\s*\d+\s*$/.test(parts.month) || Number(parts.month) > 12 || Number(parts.month) < 1 ? "month" : !/^\s*\d{4}\s*$/.test(parts.year) ? "year" : "day";
    return { error: { id: `${id}-${box}`, message: t("sa.check.dateReal", { edge }) }, iso: null };
  }
  return { error: null, iso };
}

/** Problems with one job's answers; `asOf` is the screening date (today unless an opened file says otherwise). */
export function checkJob(job: JobDraft, asOf: string, t: Translate, locale: Locale): FieldError[] {
  const errors: FieldError[] = [];
  const start = checkDate(job.start, "start", ids.jobStart, t, locale);
  if (start.error) errors.push(start.error);
  else if (parseIsoDate(start.iso!)! > parseIsoDate(asOf)!) errors.push({ id: `${ids.jobStart}-year`, message: t("sa.check.startFuture", { date: dateInWords(asOf, locale) }) });
  if (!job.current) {
    const end = checkDate(job.end, "end", ids.jobEnd, t, locale);
    if (end.error) errors.push({ ...end.error, message: t("sa.check.orStillHere", { message: end.error.message }) });
    else if (start.iso && parseIsoDate(end.iso!)! < parseIsoDate(start.iso)!) errors.push({ id: `${ids.jobEnd}-year`, message: t("sa.check.endBeforeStart") });
  }
  const hours = job.hoursPerWeek;
  if (hours.trim() === "") errors.push({ id: ids.jobHours, message: t("sa.check.weekHoursEmpty") });
  else if (!NUMBER.test(hours) || Number(hours) < 1 || Number(hours) > 168) errors.push({ id: ids.jobHours, message: t("sa.check.weekHoursRange") });
  const related = job.kinds.filter((k) => k !== UNRELATED && k !== CLOSELY_RELATED);
  if (job.kinds.length === 0) errors.push({ id: ids.jobKinds, message: t("sa.check.kinds") });
  else if (related.length === 0 && !job.closelyRelated) errors.push({ id: ids.jobClosely, message: t("sa.check.closely") });
  if (!job.supervisory) errors.push({ id: ids.jobSupervisory, message: t("sa.check.supervisory") });
  return errors;
}
