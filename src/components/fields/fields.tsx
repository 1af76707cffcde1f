/**
 * The field kit, in the GOV.UK pattern: a label or legend, a hint under it,
 * the error message next to the control (its words those of the error
 * summary), each tied to the control by `aria-describedby`, and the control
 * marked invalid. The parts are presentational: a feature binds them to its
 * state (the officer's form to react-hook-form, the self-assessment to its
 * own answers). Each view keeps its own look (class names, FieldLook); the
 * markup is the same.
 */
import type { FocusEvent, InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

/** The class names of one look. */
export interface FieldLook {
  /** The box around one labelled control, and the class added when it is invalid. */
  field: string;
  invalid: string;
  label?: string;
  /** A hint: its element (a hint may hold paragraphs) and class. */
  hint: { tag: "p" | "div"; className: string };
  error: string;
  /** A group of boxes: the fieldset's class, its legend's, the wrapper of its boxes (if any), one box's, and one box's hint. */
  group: string;
  legend?: string;
  choices?: string;
  choice: string;
  choiceHint: { tag: "p" | "div"; className: string };
}

/** The staff pages' look (src/app styles): the officer's form, the pool's and the classes' file choosers. */
export const STAFF_LOOK: FieldLook = {
  field: "field",
  invalid: "field-invalid",
  hint: { tag: "p", className: "hint" },
  error: "field-error",
  group: "choices",
  choice: "checkbox",
  choiceHint: { tag: "p", className: "hint" },
};

/** `aria-describedby` from the ids that apply; undefined when none does. */
export const describedBy = (...ids: Array<string | false | null | undefined>): string | undefined => ids.filter(Boolean).join(" ") || undefined;

const classes = (...names: Array<string | false | null | undefined>): string => names.filter(Boolean).join(" ");

export function Hint({ id, look, children, tag = look.hint }: { id: string; look: FieldLook; children: ReactNode; tag?: FieldLook["hint"] }) {
  const Tag = tag.tag;
  return (
    <Tag id={id} className={tag.className}>
      {children}
    </Tag>
  );
}

/** The error next to a control (`id`), prefixed for screen readers ("Error:") as GOV.UK does. */
export function ErrorMessage({ id, look, message, prefix }: { id: string; look: FieldLook; message: string | undefined; prefix: string }) {
  if (!message) return null;
  return (
    <p id={id} className={look.error}>
      <span className="visually-hidden">{prefix} </span>
      {message}
    </p>
  );
}

/**
 * Something in the input to re-check (never an error, never blocking).
 * "Check:" is written out, so it is not told apart by colour alone, and the
 * field names it in `aria-describedby` (`<id>-warning`).
 */
export function FieldWarning({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-warning`} className="field-warning">
      <strong>Check:</strong> {message}
    </p>
  );
}

/** What ties a control to its label, hint, error and warning. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export interface Described {
  /** The control's id; its hint, error and warning are `<id>-hint`, `<id>-error`, `<id>-warning`. */
  id: string;
  look: FieldLook;
  hint?: ReactNode;
  /** Ids of help elsewhere on the page that explains the field. */
  helpIds?: string[];
  error?: string;
  /** The error's words for screen readers, before the message ("Error:"). */
  errorPrefix: string;
  /** Input to re-check, shown as "Check: ..." (never an error). */
  warning?: string;
}

const describedIds = ({ id, hint, helpIds = [], error, warning }: Described): string | undefined =>
  describedBy(!!hint && `${id}-hint`, ...helpIds, error && `${id}-error`, warning && `${id}-warning`);

/** Hint, error and warning, in the GOV.UK order under a label or legend. */
function Messages({ id, look, hint, error, errorPrefix, warning }: Described) {
  return (
    <>
      {hint && (
        <Hint id={`${id}-hint`} look={look}>
          {hint}
        </Hint>
      )}
      <ErrorMessage id={`${id}-error`} look={look} message={error} prefix={errorPrefix} />
      <FieldWarning id={id} message={warning} />
    </>
  );
}

/**
 * One labelled control with its hint, error and warning (label, hint, error,
 * control); `children` draws the control with the props that tie it to them.
 */
export function LabelledField({ label, children, ...described }: Described & { label: ReactNode; children: (props: ControlProps) => ReactNode }) {
  const { id, look, error, warning } = described;
  return (
    <div className={classes(look.field, error && look.invalid, warning && "field-warned")}>
      <label htmlFor={id} className={look.label}>
        {label}
      </label>
      <Messages {...described} />
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedIds(described) })}
    </div>
  );
}

/** A select of options (its label and the rest from LabelledField). */
export function Select({ options, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <select {...props}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/**
 * A group of boxes (radios, checkboxes or date parts) under one legend, with
 * the group's hint, error and warning; `children` are its boxes.
 */
export function ChoiceFieldset({
  legend,
  legendClassName,
  className,
  anchor = false,
  wrap = true,
  onBlur,
  children,
  ...described
}: Described & {
  legend: ReactNode;
  legendClassName?: string;
  className?: string;
  /** Give the fieldset the id itself (the error summary links to it). */
  anchor?: boolean;
  /** Put the boxes in the look's wrapper of choices (not date parts). */
  wrap?: boolean;
  onBlur?: (e: FocusEvent<HTMLFieldSetElement>) => void;
  children: ReactNode;
}) {
  const { id, look, error, warning } = described;
  return (
    <fieldset
      id={anchor ? id : undefined}
      onBlur={onBlur}
      className={classes(look.group, className, error && look.invalid, warning && "field-warned")}
      aria-describedby={describedIds(described)}
    >
      <legend className={legendClassName ?? look.legend}>{legend}</legend>
      <Messages {...described} />
      {look.choices && wrap ? <div className={look.choices}>{children}</div> : children}
    </fieldset>
  );
}

/** One radio or checkbox with its label and, if any, its own hint (`hintId`) and more (`children`, e.g. a disclosure). */
export function ChoiceItem({
  look,
  label,
  hint,
  hintId,
  input,
  children,
}: {
  look: FieldLook;
  label: ReactNode;
  hint?: ReactNode;
  hintId: string;
  input: InputHTMLAttributes<HTMLInputElement> & { id: string };
  children?: ReactNode;
}) {
  return (
    <div className={look.choice}>
      <input aria-describedby={hint ? hintId : undefined} {...input} />
      <label htmlFor={input.id}>{label}</label>
      {hint && (
        <Hint id={hintId} look={look} tag={look.choiceHint}>
          {hint}
        </Hint>
      )}
      {children}
    </div>
  );
}

