import { applicantSchema, type Applicant } from "./applicant-schema";
import { isValidApplicantQuick } from "./quick-check-applicant";

/** A problem with one field: where it is and how to fix it. */
export interface LocatedError {
  /** Path in the applicant object, e.g. `experience[0].end`; empty for the whole applicant. */
  path: string;
  message: string;
}

export type Validation = { ok: true; applicant: Applicant } | { ok: false; errors: LocatedError[] };

/**
 * Format a path as the applicant format writes it.
 * @example formatPath(["experience", 0, "end"]) // "experience[0].end"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Check any JSON value against the applicant format. Never throws: every
 * problem comes back with its path and a message saying how to fix it.
 * @example validateApplicant({ education: { highSchool: "ged" } }).ok // true
 */
export function validateApplicant(input: unknown): Validation {
  // Most applicants are valid: a plain check settles those without the schema's cost.
  if (isValidApplicantQuick(input)) return { ok: true, applicant: input as Applicant };
  const result = applicantSchema.safeParse(input);
  if (result.success) return { ok: true, applicant: result.data };
  const errors: LocatedError[] = [];
  for (const issue of result.error.issues) {
    // An unknown field is reported at its own path, one error per field.
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) errors.push({ path: formatPath([...issue.path, key]), message: `${issue.message.replace("this field", `"${key}"`)}` });
    } else {
      errors.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return { ok: false, errors };
}
