/**
 * The form's validation: the engine's own applicant schema (through
 * `validateApplicant`, the same zod schema files and the command line are
 * checked with) plus the form's one extra rule, as a react-hook-form resolver.
 * The check is fetched on first use so zod is not in the page's first download.
 */
import type { FieldErrors, Resolver } from "react-hook-form";
import type { Applicant } from "../../engine/applicant-schema";
import type { LocatedError } from "../../engine/validate-applicant";
import { pathToFieldName, type ApplicantFormValues } from "../../lib/applicant-form";

// The check (with the engine's schema, zod and the form-to-file conversion) is fetched on first use.
const loadCheck = () => import("./form-check");

/** Every problem with the form values, in the order of the form's fields, and the applicant when there is none. */
export async function validateForm(values: ApplicantFormValues): Promise<{ applicant: Applicant | null; errors: LocatedError[] }> {
  const { checkForm } = await loadCheck();
  return checkForm(values);
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
