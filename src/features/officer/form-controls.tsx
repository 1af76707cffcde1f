/**
 * Labelled controls in the GOV.UK pattern: a hint under the label, the error
 * message beside the field (`<id>-error` in `aria-describedby`), and the
 * field marked invalid. Each control subscribes to its own error only.
 */
import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { get, useFormState, type FieldPath } from "react-hook-form";
import { fieldId, type ApplicantFormValues } from "./applicant-form-model";
import { useFormParts } from "./form-context";

export type Name = FieldPath<ApplicantFormValues>;

/** The error message shown for a field, once it has been validated (after blur or a submit attempt). */
export function useFieldError(name: Name): string | undefined {
  const { control } = useFormParts();
  const { errors } = useFormState({ control, name, exact: true });
  return (get(errors, name) as { message?: string } | undefined)?.message;
}

export const describedBy = (...ids: Array<string | false | undefined>): string | undefined => ids.filter(Boolean).join(" ") || undefined;

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> {
  name: Name;
  label: ReactNode;
  hint?: ReactNode;
  /** Shorter fields for dates and numbers. */
  width?: "date" | "number" | "full";
}

export function TextField({ name, label, hint, width = "full", ...rest }: TextFieldProps) {
  const { register } = useFormParts();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <input
        id={id}
        type="text"
        className={`input-${width}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : false, error && `${id}-error`)}
        {...rest}
        {...register(name)}
      />
    </div>
  );
}

interface Option {
  value: string;
  label: string;
  description?: string;
}

/**
 * A group of checkboxes (or radios) under one legend; the group's error is
 * linked from the first box, which the error summary moves focus to.
 */
export function ChoiceGroup({ name, legend, hint, options, type = "checkbox", className }: { name: Name; legend: ReactNode; hint?: ReactNode; options: Option[]; type?: "checkbox" | "radio"; className?: string }) {
  const { register } = useFormParts();
  const error = useFieldError(name);
  const id = fieldId(name);
  const uid = useId();
  return (
    <fieldset className={`choices${error ? " field-invalid" : ""}${className ? ` ${className}` : ""}`} aria-describedby={describedBy(hint ? `${id}-hint` : false, error && `${id}-error`)}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      {options.map((o, i) => {
        const boxId = i === 0 ? id : `${id}-${uid}-${i}`;
        return (
          <div key={o.value} className="checkbox">
            <input id={boxId} type={type} value={o.value} aria-describedby={o.description ? `${boxId}-desc` : undefined} {...register(name)} />
            <label htmlFor={boxId}>{o.label}</label>
            {o.description && (
              <p id={`${boxId}-desc`} className="hint">
                {o.description}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
