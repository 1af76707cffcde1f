/**
 * Write applicant-format objects in the pool CSV layout, as a person would
 * fill the spreadsheet: the applicant's values on their first row, then one
 * row per job, with coursework blocks and degrees on the same rows in turn.
 * For tests: round trips and large generated pools.
 */
import Papa from "papaparse";
import { CSV_COLUMNS } from "../../src/pool/csv-columns";

interface AnyApplicant {
  name?: string;
  asOf?: string;
  education: { highSchool: string; coursework?: Array<{ hours: number; unit: string; areas?: string[]; level?: string }>; degrees?: Array<{ level: string; field?: string }>; credentials?: Array<{ id: string; name?: string; expires?: string }> };
  experience?: Array<{
    employer?: string;
    title?: string;
    start: string;
    end?: string | null;
    hoursPerWeek: number;
    kinds: string[];
    supervisory?: boolean;
    comparableTo?: string[];
    qualifyingPercent?: number;
    officerNote?: string;
    sector?: string;
  }>;
  levelDecisions?: Array<{ level: string; outcome: string; reason: string; by?: string; date?: string }>;
}

export const HEADER = CSV_COLUMNS.map((c) => c.name);

/** Rows (header first) for applicants with ids. */
export function applicantRows(applicants: Array<{ id: string; applicant: AnyApplicant }>): string[][] {
  const rows: string[][] = [HEADER];
  for (const { id, applicant: a } of applicants) {
    const jobs = a.experience ?? [];
    const coursework = a.education.coursework ?? [];
    const degrees = a.education.degrees ?? [];
    const credentials = a.education.credentials ?? [];
    const decisions = a.levelDecisions ?? [];
    const count = Math.max(1, jobs.length, coursework.length, degrees.length, credentials.length, decisions.length);
    for (let i = 0; i < count; i++) {
      const job = jobs[i];
      const block = coursework[i];
      const degree = degrees[i];
      const decision = decisions[i];
      const credential = credentials[i];
      const cells: Record<string, string> = {
        applicant_id: id,
        name: i === 0 ? (a.name ?? "") : "",
        as_of: i === 0 ? (a.asOf ?? "") : "",
        high_school: i === 0 ? a.education.highSchool : "",
        employer: job?.employer ?? "",
        job_title: job?.title ?? "",
        start: job?.start ?? "",
        end: job?.end ?? "",
        hours_per_week: job ? String(job.hoursPerWeek) : "",
        kinds: job ? job.kinds.join(";") : "",
        supervisory: job ? (job.supervisory ? "yes" : "no") : "",
        comparable_to: job?.comparableTo?.join(";") ?? "",
        qualifying_percent: job?.qualifyingPercent === undefined ? "" : String(job.qualifyingPercent),
        officer_note: job?.officerNote ?? "",
        sector: job?.sector ?? "",
        coursework_hours: block ? String(block.hours) : "",
        coursework_unit: block?.unit ?? "",
        coursework_level: block?.level ?? "",
        coursework_areas: block?.areas?.join(";") ?? "",
        degree_level: degree?.level ?? "",
        degree_field: degree?.field ?? "",
        credential_id: credential?.id ?? "",
        credential_name: credential?.name ?? "",
        credential_expires: credential?.expires ?? "",
        decision_level: decision?.level ?? "",
        decision_outcome: decision?.outcome ?? "",
        decision_reason: decision?.reason ?? "",
        decision_by: decision?.by ?? "",
        decision_date: decision?.date ?? "",
      };
      rows.push(HEADER.map((h) => cells[h]));
    }
  }
  return rows;
}

/** The CSV text of applicants with ids. */
export function applicantsToCsv(applicants: Array<{ id: string; applicant: AnyApplicant }>): string {
  return Papa.unparse(applicantRows(applicants), { newline: "\r\n" });
}
