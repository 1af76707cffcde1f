/**
 * Labelled controls in the GOV.UK pattern: a hint under the label, the error
 * message beside the field (`<id>-error` in `aria-describedby`), and the
 * field marked invalid. Each control subscribes to its own error only.
 */
import { useId, type FocusEvent, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import { get, useFormState, type FieldPath } from "react-hook-form";
import { fieldId, formField, type ApplicantFormValues } from "../../lib/applicant-form";
import { useFormParts } from "./form-context";

export type Name = FieldPath<ApplicantFormValues>;

/**
 * A field's registration with the GOV.UK timing: checked when the officer
 * leaves it (or the group, for boxes: `checkOnBlur` false), and once it shows
 * an error, checked again on every change so the message goes when fixed.
 * Before any save or check, nothing is shown for fields not yet visited.
 */
export function useRegister(name: Name, checkOnBlur = true) {
  const { register, trigger, getFieldState } = useFormParts();
  return register(name, {
    onBlur: checkOnBlur ? () => void trigger(name) : undefined,
    onChange: () => {
      if (getFieldState(name).invalid) void trigger(name);
    },
  });
}

/** For a group of boxes: check the group when focus leaves all of it. */
export function useGroupBlur(name: Name): (e: FocusEvent<HTMLElement>) => void {
  const { trigger } = useFormParts();
  return (e) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void trigger(name);
  };
}

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

/**
 * Something in the input an officer would want to re-check (a degree with no
 * high school, a job starting after the screening date). Not an error: it
 * never blocks screening or saving. "Check:" is written out, so it is not told
 * apart by colour alone, and the field names it in `aria-describedby`
 * (`<id>-warning`), so a screen reader reads it with the field.
 */
export function FieldWarning({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-warning`} className="field-warning">
      <strong>Check:</strong> {message}
    </p>
  );
}

/**
 * One labelled control with its hint, error and warning, in the GOV.UK order
 * (label, hint, error, control); `control` gets the props that tie it to them.
 */
function Field({ name, label: given, hint: givenHint, warning, control }: { name: Name; label?: ReactNode; hint?: ReactNode; warning?: string; control: (props: ControlProps) => ReactNode }) {
  const { label, hint } = words(name, given, givenHint);
  const registration = useRegister(name);
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className={`field${error ? " field-invalid" : ""}${warning ? " field-warned" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <FieldWarning id={id} message={warning} />
      {control({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(hint ? `${id}-hint` : false, error && `${id}-error`, warning && `${id}-warning`),
        ...registration,
      })}
    </div>
  );
}

/**
 * A field's label and hint: as given, else the field's row of APPLICANT_FIELDS
 * (src/pool/applicant-fields.ts), where each field's words are written once.
 */
function words(name: Name, label: ReactNode | undefined, hint: ReactNode | undefined): { label: ReactNode; hint: ReactNode | undefined } {
  const field = label === undefined || hint === undefined ? formField(name) : undefined;
  const shown = label ?? field?.label;
  if (shown === undefined) throw new Error(`The field ${name} needs a label: give one, or add the field to APPLICANT_FIELDS`);
  return { label: shown, hint: hint ?? field?.hint };
}

/** A field's allowed values as the form offers them: as given, else from APPLICANT_FIELDS. */
const optionsOf = (name: Name, options: Option[] | undefined): Option[] => options ?? [...(formField(name)?.options ?? [])];

type ControlProps = ReturnType<typeof useRegister> & { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> {
  name: Name;
  /** The label and hint; without them, the field's words in APPLICANT_FIELDS. */
  label?: ReactNode;
  hint?: ReactNode;
  /** Shorter fields for dates and numbers. */
  width?: "date" | "number" | "full";
  /** Input to re-check, shown as "Check: ..." next to the field (never an error). */
  warning?: string;
}

export function TextField({ name, label, hint, width = "full", warning, ...rest }: TextFieldProps) {
  return <Field name={name} label={label} hint={hint} warning={warning} control={(props) => <input type="text" className={`input-${width}`} {...rest} {...props} />} />;
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> {
  name: Name;
  label?: ReactNode;
  hint?: ReactNode;
}

/** Several lines of text: a note or a reason. */
export function TextAreaField({ name, label, hint, rows = 3, ...rest }: TextAreaFieldProps) {
  return <Field name={name} label={label} hint={hint} control={(props) => <textarea rows={rows} {...rest} {...props} />} />;
}

export function SelectField({ name, label, options }: { name: Name; label?: ReactNode; options?: Array<{ value: string; label: string }> }) {
  return (
    <Field
      name={name}
      label={label}
      control={(props) => (
        <select {...props}>
          {optionsOf(name, options).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
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
export function ChoiceGroup({
  name,
  legend: givenLegend,
  hint: givenHint,
  options: givenOptions,
  type = "checkbox",
  className,
  warning,
}: {
  name: Name;
  /** The legend, hint and options; without them, the field's in APPLICANT_FIELDS. */
  legend?: ReactNode;
  hint?: ReactNode;
  options?: Option[];
  type?: "checkbox" | "radio";
  className?: string;
  /** Input to re-check, shown as "Check: ..." under the legend (never an error). */
  warning?: string;
}) {
  const { label: legend, hint } = words(name, givenLegend, givenHint);
  const options = optionsOf(name, givenOptions);
  const registration = useRegister(name, false);
  const onBlur = useGroupBlur(name);
  const error = useFieldError(name);
  const id = fieldId(name);
  const uid = useId();
  return (
    <fieldset
      onBlur={onBlur}
      className={`choices${error ? " field-invalid" : ""}${warning ? " field-warned" : ""}${className ? ` ${className}` : ""}`}
      aria-describedby={describedBy(hint ? `${id}-hint` : false, error && `${id}-error`, warning && `${id}-warning`)}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <FieldWarning id={id} message={warning} />
      {options.map((o, i) => {
        const boxId = i === 0 ? id : `${id}-${uid}-${i}`;
        return (
          <div key={o.value} className="checkbox">
            <input id={boxId} type={type} value={o.value} aria-describedby={o.description ? `${boxId}-desc` : undefined} {...registration} />
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
