/**
 * The officer form's errors in the shared error summary
 * (src/components/error-summary): after a failed save, every error as a link
 * that moves focus to its field. It takes focus when a save fails
 * (`focusKey` changes).
 */
import { useFormState, type FieldErrors } from "react-hook-form";
import { ErrorSummary as Summary, focusTarget } from "../../components/error-summary/error-summary";
import { describePath, fieldId, type ApplicantFormValues } from "../../lib/applicant-form";
import { useFormParts } from "./form-context";

/** Every error message with its field name, in form order. */
export function flattenErrors(errors: FieldErrors<ApplicantFormValues>, prefix = ""): Array<{ name: string; message: string }> {
  const out: Array<{ name: string; message: string }> = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || key === "root" || key === "ref") continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown; type?: unknown };
    if (typeof v.message === "string" && typeof v.type === "string") out.push({ name, message: v.message });
    else out.push(...flattenErrors(value as FieldErrors<ApplicantFormValues>, name));
  }
  return out;
}

/** Field name to a located path for describing it: `experience.1.end` -> `experience[1].end`. */
const toPath = (name: string): string => name.replace(/\.(\d+)/g, "[$1]");

export function focusField(name: string): void {
  focusTarget(fieldId(name));
}

export function ErrorSummary({ focusKey }: { focusKey: number }) {
  const { control } = useFormParts();
  const { errors, submitCount } = useFormState({ control });
  const list = submitCount > 0 ? flattenErrors(errors) : [];
  // Focus moves to it on each failed save (focusKey), not when an error appears as the officer types.
  return <Summary items={list.map((e) => ({ target: fieldId(e.name), text: `${describePath(toPath(e.name))}: ${e.message}`, key: e.name }))} focusKey={focusKey} />;
}
