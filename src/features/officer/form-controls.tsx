/**
 * The field kit (src/components/fields) bound to react-hook-form, in the
 * officer's look: each control registers its field, subscribes to its own
 * error only, and takes its words from APPLICANT_FIELDS unless given.
 */
import { useId, type ComponentProps, type FocusEvent, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import { ChoiceFieldset, ChoiceItem, LabelledField, Select, STAFF_LOOK, type ControlProps as KitControlProps } from "../../components/fields";
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

const look = STAFF_LOOK;
const ERROR_PREFIX = "Error:";

/**
 * One labelled control with its hint, error and warning, in the GOV.UK order
 * (label, hint, error, control); `control` gets the props that tie it to them.
 */
function Field({ name, label: given, hint: givenHint, warning, control }: { name: Name; label?: ReactNode; hint?: ReactNode; warning?: string; control: (props: ControlProps) => ReactNode }) {
  const { label, hint } = words(name, given, givenHint);
  const registration = useRegister(name);
  const error = useFieldError(name);
  return (
    <LabelledField id={fieldId(name)} look={look} label={label} hint={hint} error={error} errorPrefix={ERROR_PREFIX} warning={warning}>
      {(props) => control({ ...props, ...registration })}
    </LabelledField>
  );
}

/**
 * A field's label and hint: as given, else the field's row of APPLICANT_FIELDS
 * (src/pool/applicant-fields.ts), where each field's words are written once.
 */
function words(name: Name, label: ReactNode | undefined, hint: ReactNode | undefined): { label: ReactNode; hint: ReactNode | undefined } {
  const field = label === undefined || hint === undefined ? formField(name) : undefined;
  const shown = label ?? field?.label;
  if (shown === undefined) throw new Error(`No label for ${name}`);
  return { label: shown, hint: hint ?? field?.hint };
}

/** A field's allowed values as the form offers them: as given, else from APPLICANT_FIELDS. */
const optionsOf = (name: Name, options: Option[] | undefined): Option[] => options ?? [...(formField(name)?.options ?? [])];

type ControlProps = ReturnType<typeof useRegister> & KitControlProps;

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
      control={(props) => <Select {...props} options={optionsOf(name, options)} />}
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
    <ChoiceFieldset
      id={id}
      look={look}
      legend={legend}
      hint={hint}
      error={error}
      errorPrefix={ERROR_PREFIX}
      warning={warning}
      className={className}
      onBlur={onBlur}
    >
      {options.map((o, i) => {
        const boxId = i === 0 ? id : `${id}-${uid}-${i}`;
        return <ChoiceItem key={o.value} look={look} label={o.label} hint={o.description} hintId={`${boxId}-desc`} input={{ id: boxId, type, value: o.value, ...registration }} />;
      })}
    </ChoiceFieldset>
  );
}

/** One checkbox with its hint (`<id>-hint`) and more (`children`): the kit's box in the officer's look. */
export function Checkbox({ id, label, hint, input, children }: { id: string; label: ReactNode; hint?: ReactNode; input: InputHTMLAttributes<HTMLInputElement>; children?: ReactNode }) {
  return (
    <ChoiceItem look={look} label={label} hint={hint} hintId={`${id}-hint`} input={{ id, type: "checkbox", ...input }}>
      {children}
    </ChoiceItem>
  );
}

/** A group of boxes the caller draws itself (ChoiceItem children), under the kit's legend, hint and warning in the officer's look. */
export function BoxGroup(props: Omit<ComponentProps<typeof ChoiceFieldset>, "look" | "errorPrefix">) {
  return <ChoiceFieldset {...props} look={look} errorPrefix={ERROR_PREFIX} />;
}

