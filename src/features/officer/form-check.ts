/**
 * The whole check of the officer's form: the engine's applicant schema (the
 * same zod schema files and the command line are checked with) on the form
 * turned into the file format, plus the form's own rule, with messages worded
 * for the form's controls. Loaded after the form (it carries zod).
 */
import type { Applicant } from "../../engine/applicant-schema";
import { validateApplicant, type LocatedError } from "../../engine/validate-applicant";
import { EXPERIENCE_KIND_INFO } from "../../engine/vocabulary";
import { formProblems, formToApplicant, sortByFormOrder, type ApplicantFormValues } from "../../lib/applicant-form";

/** Messages worded for this form's controls, where the file format's words would mislead. */
function formWording(error: LocatedError): string {
  if (error.path === "education.highSchool") return "Choose the applicant's high school education: a diploma, a GED or equivalent, or none";
  if (/^education\.degrees\[\d+\]\.level$/.test(error.path)) return "Choose the degree level";
  if (/^experience\[\d+\]\.kinds$/.test(error.path)) return `Choose at least one kind of work; tick "${EXPERIENCE_KIND_INFO.other.label}" for work unrelated to customer service`;
  if (/\.end$/.test(error.path) && error.message.includes("leave it empty"))
    return 'Enter the end date as a real date in the form yyyy-mm-dd, for example 2023-06-30, or tick "Still works here"';
  return error.message;
}

/**
 * Every problem with the form values, in the order of the form's fields; the applicant when there is none.
 * @example checkForm(emptyForm("2026-11-22")).errors[0].path // "education.highSchool"
 */
export function checkForm(values: ApplicantFormValues): { applicant: Applicant | null; errors: LocatedError[] } {
  const v = validateApplicant(formToApplicant(values));
  const errors = sortByFormOrder([...(v.ok ? [] : v.errors), ...formProblems(values)]).map((e) => ({ path: e.path, message: formWording(e) }));
  return { applicant: v.ok && errors.length === 0 ? v.applicant : null, errors };
}
