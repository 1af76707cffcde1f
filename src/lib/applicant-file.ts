/**
 * Saving and opening applicant files (../shared/applicant-format.md).
 * Saving writes the format exactly; opening checks the file with the
 * engine's schema and reports every problem with its place, never touching
 * the form until the file is good.
 */
import { downloadText } from "./download";
import type { Applicant } from "../engine/applicant-schema";
import type { ApplicantVocabulary, LocatedError } from "../engine/validate-applicant";

/** "Jordan Example", "2026-11-22" -> "jordan-example-2026-11-22.json". */
export function applicantFileName(applicant: Applicant, today: string): string {
  const slug = (applicant.name ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug || "applicant"}-${applicant.asOf ?? today}.json`;
}

/** The file's text: the applicant object, indented for people who open it in an editor. */
export function applicantFileText(applicant: Applicant): string {
  return `${JSON.stringify(applicant, null, 2)}\n`;
}

/** Start a download of the applicant as a JSON file (a blob: URL, so nothing leaves the machine). */
export function downloadApplicant(applicant: Applicant, fileName: string): void {
  downloadText(fileName, applicantFileText(applicant), "application/json");
}

export type OpenResult = { ok: true; applicant: Applicant } | { ok: false; errors: LocatedError[] };

/** Parse and validate the text of an applicant file. A file of several applicants belongs to the pool screen. */
export async function parseApplicantFile(text: string, vocabulary?: ApplicantVocabulary): Promise<OpenResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: "", message: `The file is not readable JSON (${(e as Error).message}). Choose a file saved by the screener, or fix the JSON in an editor.` }] };
  }
  if (Array.isArray(data)) {
    if (data.length !== 1)
      return {
        ok: false,
        errors: [{ path: "", message: `The file holds ${data.length} applicants. Open it in "Screen a pool", or choose a file with one applicant.` }],
      };
    data = data[0];
  }
  const { validateApplicant } = await import("../engine/validate-applicant");
  const v = validateApplicant(data, vocabulary);
  return v.ok ? { ok: true, applicant: v.applicant } : { ok: false, errors: v.errors };
}
