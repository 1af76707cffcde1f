import { applicantSchema, type Applicant } from "./applicant-schema";
import { isValidApplicantQuick } from "./quick-check-applicant";
import { formatPath, locatedErrors, type LocatedError } from "./schema-messages";

export type { LocatedError };
export { formatPath };

export type Validation = { ok: true; applicant: Applicant } | { ok: false; errors: LocatedError[] };

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
  return { ok: false, errors: locatedErrors(result.error.issues) };
}
