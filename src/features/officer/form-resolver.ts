/**
 * The form's validation: the engine's own applicant schema (through
 * `validateApplicant`, the same zod schema files and the command line are
 * checked with) plus the form's one extra rule, as a react-hook-form resolver.
 * The engine is fetched on first use so zod is not in the page's first download.
 */
import type { FieldErrors, Resolver } from "react-hook-form";
import type { Applicant } from "../../engine/applicant-schema";
import type { LocatedError, Validation } from "../../engine/validate-applicant";
import { formProblems, formToApplicant, pathToFieldName, sortByFormOrder, type ApplicantFormValues } from "./applicant-form-model";

export const loadValidator = () => import("../../engine/validate-applicant");

/** Messages worded for this form's controls, where the file format's words would mislead. */
function formWording(error: LocatedError): string {
  if (error.path === "education.highSchool") return "Choose the applicant's high school education: a diploma, a GED or equivalent, or none";
  if (/^education\.degrees\[\d+\]\.level$/.test(error.path)) return "Choose the degree level";
  if (/\.end$/.test(error.path) && error.message.includes("leave it empty"))
    return 'Enter the end date as a real date in the form yyyy-mm-dd, for example 2023-06-30, or tick "Still works here"';
  return error.message;
}

/** Every problem with the form values, in the order of the form's fields, checked with the given validator. */
export function checkForm(values: ApplicantFormValues, validateApplicant: (input: unknown) => Validation): { applicant: Applicant | null; errors: LocatedError[] } {
  const v = validateApplicant(formToApplicant(values));
  const errors = sortByFormOrder([...(v.ok ? [] : v.errors), ...formProblems(values)]).map((e) => ({ path: e.path, message: formWording(e) }));
  return { applicant: v.ok && errors.length === 0 ? v.applicant : null, errors };
}

/** `checkForm` with the engine's validator, fetched on first use. */
export async function validateForm(values: ApplicantFormValues): Promise<{ applicant: Applicant | null; errors: LocatedError[] }> {
  const { validateApplicant } = await loadValidator();
  return checkForm(values, validateApplicant);
}

function setIn(target: Record<string, unknown>, name: string, value: unknown): void {
  const parts = name.split(".");
  let node = target;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      if (!(part in node)) node[part] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(parts[i + 1]);
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
}

/** Located errors as react-hook-form's nested errors, keyed by field name. */
export function toFieldErrors(errors: LocatedError[]): FieldErrors<ApplicantFormValues> {
  const out: Record<string, unknown> = {};
  for (const e of errors) setIn(out, pathToFieldName(e.path), { type: "validate", message: e.message });
  return out as FieldErrors<ApplicantFormValues>;
}

export const applicantResolver: Resolver<ApplicantFormValues> = async (values) => {
  const { errors } = await validateForm(values);
  return errors.length ? { values: {}, errors: toFieldErrors(errors) } : { values, errors: {} };
};
