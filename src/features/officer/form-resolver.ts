/**
 * The form's validation: the engine's own applicant schema (through
 * `validateApplicant`, the same zod schema files and the command line are
 * checked with) plus the form's one extra rule, as a react-hook-form resolver.
 * The check is fetched on first use so zod is not in the page's first download.
 */
import type { Resolver } from "react-hook-form";
import type { Applicant } from "../../engine/applicant-schema";
import type { ApplicantVocabulary, LocatedError } from "../../engine/validate-applicant";
import type { ApplicantFormValues } from "../../lib/applicant-form";

// The check (with the engine's schema, zod, the form-to-file conversion and the errors in react-hook-form's shape) is fetched on first use.
const loadCheck = () => import("./form-check");

/** Every problem with the form values, in the order of the form's fields, and the applicant when there is none. */
export async function validateForm(values: ApplicantFormValues, vocabulary?: ApplicantVocabulary): Promise<{ applicant: Applicant | null; errors: LocatedError[] }> {
  const { checkForm } = await loadCheck();
  return checkForm(values, vocabulary);
}

/** The form's `context` is the loaded classes' vocabulary (`vocabularyOf(catalog)`). */
export const applicantResolver: Resolver<ApplicantFormValues, ApplicantVocabulary | undefined> = async (values, context, options) => {
  const [{ errors }, { toFieldErrors }] = await Promise.all([validateForm(values, context), loadCheck()]);
  return errors.length ? { values: {}, errors: toFieldErrors(errors, options) } : { values, errors: {} };
};
