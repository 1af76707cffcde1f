/**
 * The GOV.UK error summary: after a failed action, a box titled "There is a
 * problem" lists every error as a link that moves focus to its field. It
 * takes focus itself when an action fails (`focusKey` changes).
 */
import { useEffect, useRef } from "react";
import { useFormState, type FieldErrors } from "react-hook-form";
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
  const el = document.getElementById(fieldId(name));
  if (!el) return;
  el.focus();
  // Bring the label into view too, as the GOV.UK pattern does.
  (el.closest("fieldset, .field") ?? el).scrollIntoView?.({ block: "start" });
}

export function ErrorSummary({ focusKey }: { focusKey: number }) {
  const { control } = useFormParts();
  const { errors, submitCount } = useFormState({ control });
  const box = useRef<HTMLDivElement>(null);
  const list = flattenErrors(errors);
  const shown = submitCount > 0 && list.length > 0;
  useEffect(() => {
    if (focusKey > 0) box.current?.focus();
  }, [focusKey]);
  if (!shown) return null;
  return (
    <div className="error-summary" ref={box} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {list.map((e) => (
          <li key={e.name}>
            <a
              href={`#${fieldId(e.name)}`}
              onClick={(ev) => {
                ev.preventDefault();
                focusField(e.name);
              }}
            >
              {describePath(toPath(e.name))}: {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
