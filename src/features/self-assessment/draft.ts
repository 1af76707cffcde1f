/**
 * The applicant's answers, kept exactly as typed (so a mistake never loses
 * input), and their conversion to and from the applicant file format by way
 * of the officer form's converters: a saved self-assessment is a file the
 * officer's "Open applicant" reads.
 */
import type { Applicant } from "../../engine/applicant-schema";
import { civilDate, daysInMonth, parseIsoDate } from "../../engine/calendar-date";
import {
  applicantToForm,
  emptyCoursework,
  emptyDegree,
  formToApplicant,
  type ApplicantFormValues,
  type CourseworkRow,
  type CredentialRow,
  type DegreeRow,
  type JobRow,
} from "../../lib/applicant-form";

/** A date as three boxes; the day may be left empty. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** One job as the applicant answers about it. */
export interface JobDraft {
  title: string;
  employer: string;
  start: DateParts;
  end: DateParts;
  current: boolean;
  hoursPerWeek: string;
  /** Kinds of work the applicant ticked (never "closely-related": that is asked as a question). */
  kinds: string[];
  /** "Was this work closely related to customer service?": the applicant's claim, for the agency to decide. */
  closelyRelated: "" | "yes" | "no";
  supervisory: "" | "yes" | "no";
  /** Level ids the applicant says this job was much like: a claim for the agency to decide. */
  comparableTo: string[];
  /**
   * (1.2) Who employed the applicant: a sector id a loaded class file declares,
   * NO_SECTOR ("none of these"), or "" when not answered (asked only where a
   * loaded class declares sectors; both of the last two save nothing).
   */
  sector?: string;
}

/** (1.2) A licence or certificate the applicant holds, as answered. */
export interface CredentialDraft {
  /** A credential id from a loaded class file's vocabulary. */
  id: string;
  /** As on the document (optional). */
  name: string;
  /** The last day it is valid; all boxes empty when it does not expire. */
  expires: DateParts;
}

export interface Draft {
  name: string;
  /** Kept from an opened file; empty means "as of today". */
  asOf: string;
  highSchool: string;
  hasCoursework: "" | "yes" | "no";
  coursework: CourseworkRow[];
  hasDegree: "" | "yes" | "no";
  degrees: DegreeRow[];
  /** (1.2) Asked only where a loaded class file declares licences or certificates; absent in drafts kept before. */
  hasCredential?: "" | "yes" | "no";
  credentials?: CredentialDraft[];
  jobs: JobDraft[];
}

export const CLOSELY_RELATED = "closely-related";
export const UNRELATED = "other";
/** The answer "none of these" to the employer-sector question. */
export const NO_SECTOR = "none";

export const emptyDate = (): DateParts => ({ day: "", month: "", year: "" });

export const emptyJobDraft = (): JobDraft => ({
  title: "",
  employer: "",
  start: emptyDate(),
  end: emptyDate(),
  current: false,
  hoursPerWeek: "",
  kinds: [],
  closelyRelated: "",
  supervisory: "",
  comparableTo: [],
  sector: "",
});

export const emptyDraft = (): Draft => ({
  name: "",
  asOf: "",
  highSchool: "",
  hasCoursework: "",
  coursework: [],
  hasDegree: "",
  degrees: [],
  hasCredential: "",
  credentials: [],
  jobs: [],
});

export { emptyCoursework, emptyDegree };

const WHOLE = /^\s*\d{1,4}\s*$/;

/**
 * The date the boxes say, as yyyy-mm-dd, or null when they do not make one.
 * An empty day means the first of the month for a start and the last for an end.
 * @example partsToIso({ day: "", month: "2", year: "2024" }, "end") // "2024-02-29"
 */
export function partsToIso(parts: DateParts, edge: "start" | "end"): string | null {
  if (!WHOLE.test(parts.month) || !WHOLE.test(parts.year) || (parts.day.trim() !== "" && !WHOLE.test(parts.day))) return null;
  const year = Number(parts.year);
  const month = Number(parts.month);
  if (year < 1900 || year > 9999 || month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  const day = parts.day.trim() === "" ? (edge === "start" ? 1 : last) : Number(parts.day);
  if (day < 1 || day > last) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A yyyy-mm-dd date as boxes (the day always filled: the file has it). */
export function isoToParts(iso: string | null | undefined): DateParts {
  const n = iso ? parseIsoDate(iso) : null;
  if (n === null) return emptyDate();
  const { year, month, day } = civilDate(n);
  return { day: String(day), month: String(month), year: String(year) };
}

/** The kinds the file records for a job, from the applicant's answers. */
export function jobKinds(job: JobDraft): string[] {
  const related = job.kinds.filter((k) => k !== UNRELATED && k !== CLOSELY_RELATED);
  if (related.length) return related;
  if (job.closelyRelated === "yes") return [CLOSELY_RELATED];
  return job.kinds.includes(UNRELATED) ? [UNRELATED] : [];
}

function jobToRow(job: JobDraft): JobRow {
  return {
    employer: job.employer,
    title: job.title,
    start: partsToIso(job.start, "start") ?? "",
    end: job.current ? "" : (partsToIso(job.end, "end") ?? ""),
    current: job.current,
    hoursPerWeek: job.hoursPerWeek,
    kinds: jobKinds(job),
    supervisory: job.supervisory === "yes",
    comparableTo: [...job.comparableTo],
    sector: job.sector === NO_SECTOR ? "" : (job.sector ?? ""),
  };
}

/** Whether the expiry boxes are all empty (a licence that does not expire). */
export const noDate = (parts: DateParts): boolean => [parts.day, parts.month, parts.year].every((p) => p.trim() === "");

/**
 * A licence as the form's row. An expiry date without a day runs to the
 * month's last day; boxes that make no date stay as typed, so the file's
 * check names the problem rather than dropping it.
 */
function credentialToRow(c: CredentialDraft): CredentialRow {
  const expires = noDate(c.expires) ? "" : (partsToIso(c.expires, "end") ?? `${c.expires.year.trim()}-${c.expires.month.trim()}-${c.expires.day.trim()}`);
  return { id: c.id, name: c.name.trim(), expires };
}

/** The answers as the officer form's values. */
export function draftToForm(draft: Draft): ApplicantFormValues {
  return {
    name: draft.name.trim(),
    asOf: draft.asOf,
    education: {
      highSchool: draft.highSchool,
      coursework: draft.hasCoursework === "yes" ? draft.coursework : [],
      degrees: draft.hasDegree === "yes" ? draft.degrees : [],
      credentials: draft.hasCredential === "yes" ? (draft.credentials ?? []).map(credentialToRow) : [],
    },
    experience: draft.jobs.map(jobToRow),
  };
}

/** The answers as an applicant object in the file format (not yet validated). */
export function draftToApplicantJson(draft: Draft): Record<string, unknown> {
  return formToApplicant(draftToForm(draft));
}

/** A valid applicant (e.g. an opened file) as answers. */
export function applicantToDraft(applicant: Applicant): Draft {
  // Areas from a file each keep a box of their own, so "Business, Management" stays one subject.
  const form = applicantToForm(applicant, { otherAreas: "entries" });
  return {
    name: form.name,
    asOf: form.asOf,
    highSchool: form.education.highSchool,
    hasCoursework: form.education.coursework.length ? "yes" : "no",
    coursework: form.education.coursework,
    hasDegree: form.education.degrees.length ? "yes" : "no",
    degrees: form.education.degrees,
    hasCredential: form.education.credentials?.length ? "yes" : "no",
    credentials: (form.education.credentials ?? []).map((c) => ({ id: c.id, name: c.name, expires: isoToParts(c.expires) })),
    jobs: (applicant.experience ?? []).map((job) => {
      const related = job.kinds.filter((k) => k !== UNRELATED && k !== CLOSELY_RELATED);
      const claimed = job.kinds.includes(CLOSELY_RELATED);
      return {
        title: job.title ?? "",
        employer: job.employer ?? "",
        start: isoToParts(job.start),
        end: isoToParts(job.end),
        current: job.end == null,
        hoursPerWeek: String(job.hoursPerWeek),
        kinds: related.length ? related : [UNRELATED],
        closelyRelated: related.length ? "" : claimed ? "yes" : "no",
        supervisory: job.supervisory ? "yes" : "no",
        comparableTo: [...(job.comparableTo ?? [])],
        sector: job.sector ?? "",
      };
    }),
  };
}

/**
 * The same applicant with none of the claims only the hiring agency can
 * judge ("closely related", "much like" another class): what the applicant
 * qualifies for on the facts alone.
 */
export function withoutClaims(applicant: Applicant): Applicant {
  return {
    ...applicant,
    experience: applicant.experience?.map((job) => {
      const kinds = job.kinds.filter((k) => k !== CLOSELY_RELATED);
      return { ...job, kinds: kinds.length ? kinds : [UNRELATED], comparableTo: [] };
    }),
  };
}

/** "Job 2 (Guide, Parks Dept)": how the applicant's own pages name a job, in the page's language. */
export function jobName(job: Pick<JobDraft, "title" | "employer">, index: number, t: (id: string, values?: Record<string, string | number>) => string): string {
  const parts = [job.title.trim(), job.employer.trim()].filter((p) => p !== "");
  return t(parts.length ? "sa.job.nameWith" : "sa.job.name", { n: index + 1, what: parts.join(", ") });
}
