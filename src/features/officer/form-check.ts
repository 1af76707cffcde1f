/**
 * The whole check of the officer's form: the engine's applicant schema (the
 * same zod schema files and the command line are checked with) on the form
 * turned into the file format, plus the form's own rule, with messages worded
 * for the form's controls. Loaded after the form (it carries zod).
 */
import type { Applicant } from "../../engine/applicant-schema";
import { validateApplicant, type ApplicantVocabulary, type LocatedError } from "../../engine/validate-applicant";
import { EXPERIENCE_KIND_INFO } from "../../engine/vocabulary";
import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldErrors, ResolverOptions } from "react-hook-form";
import { formProblems, formToApplicant, pathToFieldName, sortByFormOrder, type ApplicantFormValues } from "../../lib/applicant-form";

/** Messages worded for this form's controls, where the file format's words would mislead. */
function formWording(error: LocatedError): string {
  if (error.path === "education.highSchool") return "Choose the applicant's high school education: a diploma, a GED or equivalent, or none";
  if (/^education\.degrees\[\d+\]\.level$/.test(error.path)) return "Choose the degree level";
  if (/^experience\[\d+\]\.kinds$/.test(error.path)) return `Choose at least one kind of work; tick "${EXPERIENCE_KIND_INFO.other.label}" for work unrelated to customer service`;
  if (/^levelDecisions\[\d+\]\.level$/.test(error.path)) return "Choose the level this decision is for";
  if (/^levelDecisions\[\d+\]\.outcome$/.test(error.path)) return "Choose the officer's outcome: meets or does not meet";
  if (/^levelDecisions\[\d+\]\.reason$/.test(error.path)) return "Enter the reason for the decision: it is required, and is shown on the results and the report";
  if (/\.end$/.test(error.path) && error.message.includes("leave it empty"))
    return 'Enter the end date as a real date in the form yyyy-mm-dd, for example 2023-06-30, or tick "Still works here"';
  return error.message;
}

/**
 * Every problem with the form values, in the order of the form's fields; the applicant when there is none.
 * @example checkForm(emptyForm("2026-11-22")).errors[0].path // "education.highSchool"
 */
export function checkForm(values: ApplicantFormValues, vocabulary?: ApplicantVocabulary): { applicant: Applicant | null; errors: LocatedError[] } {
  // The loaded classes' kinds, credentials and sectors (format 1.2) are accepted; the format's own without any.
  const v = validateApplicant(formToApplicant(values), vocabulary);
  // The schema's "at most one decision per level" is said by formProblems on the decision that repeats a level.
  const schemaErrors = v.ok ? [] : v.errors.filter((e) => e.path !== "levelDecisions");
  // One message per field: the form's own rule first (it names the form's controls), then the schema's.
  const seen = new Set<string>();
  const own = formProblems(values);
  const errors = sortByFormOrder([...own, ...schemaErrors])
    .filter((e) => !seen.has(e.path) && seen.add(e.path))
    .map((e) => ({ path: e.path, message: own.includes(e) ? e.message : formWording(e) }));
  return { applicant: v.ok && errors.length === 0 ? v.applicant : null, errors };
}

/**
 * Located errors as react-hook-form's nested errors, keyed by field name (the
 * first error of each field), nested by @hookform/resolvers' toNestErrors as
 * its schema resolvers do.
 */
export function toFieldErrors(errors: LocatedError[], options: ResolverOptions<ApplicantFormValues>): FieldErrors<ApplicantFormValues> {
  const flat: Record<string, FieldError> = {};
  for (const e of errors) flat[pathToFieldName(e.path)] ??= { type: "validate", message: e.message };
  return toNestErrors(flat, options);
}
