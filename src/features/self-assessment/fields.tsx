/**
 * Form controls for the self-assessment: the field kit (src/components/fields)
 * in the applicant's look, bound to the answers (controlled), with the error
 * prefix in the applicant's language. The error message next to a control has
 * the same words as the error summary.
 */
import type { ReactNode } from "react";
import { ChoiceFieldset, ChoiceItem, DatePartsField, Hint as KitHint, LabelledField, type FieldLook } from "../../components/fields";
import { useLanguage, useT } from "../../i18n/applicant-language";
import { dateOrder } from "../../i18n/locale";
import type { DateParts } from "./draft";
import type { FieldError } from "./validate-answers";

/** The self-assessment's look (self-assessment.css). */
const look: FieldLook = {
  field: "sa-field",
  invalid: "sa-field-error",
  label: "sa-label",
  hint: { tag: "div", className: "sa-hint" },
  error: "sa-error-message",
  group: "sa-fieldset",
  legend: "sa-legend",
  choices: "sa-choices",
  choice: "sa-choice",
  choiceHint: { tag: "div", className: "sa-hint sa-choice-hint" },
};

/** The message for a control, if any: an error whose id is the control's, or one of its boxes'. */
export function errorFor(errors: FieldError[], id: string): string | undefined {
  return errors.find((e) => e.id === id || e.id.startsWith(`${id}-`))?.message;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <KitHint id={id} look={look}>
      {children}
    </KitHint>
  );
}

interface TextFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Ids of help text elsewhere on the page that explains this field. */
  helpIds?: string[];
  error?: string;
  value: string;
  onChange: (value: string) => void;
  inputMode?: "numeric" | "decimal" | "text";
  autoComplete?: string;
  width?: "short" | "medium" | "long";
}

export function TextField({ id, label, hint, helpIds = [], error, value, onChange, inputMode, autoComplete = "off", width = "long" }: TextFieldProps) {
  const t = useT();
  return (
    <LabelledField id={id} look={look} label={label} hint={hint} helpIds={helpIds} error={error} errorPrefix={t("sa.error.prefix")}>
      {(props) => (
        <input
          {...props}
          type="text"
          className={`sa-input sa-input-${width}`}
          value={value}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </LabelledField>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface GroupProps {
  id: string;
  legend: ReactNode;
  /** Make the legend the page's heading (a question on a page of its own). */
  legendHeading?: boolean;
  headingRef?: React.Ref<HTMLHeadingElement>;
  hint?: ReactNode;
  helpIds?: string[];
  error?: string;
  choices: Choice[];
}

/** A fieldset of radios or checkboxes, each choice with its own hint. */
function ChoiceGroup({
  id,
  legend,
  legendHeading,
  headingRef,
  hint,
  helpIds = [],
  error,
  choices,
  type,
  isChecked,
  onToggle,
}: GroupProps & { type: "radio" | "checkbox"; isChecked: (value: string) => boolean; onToggle: (value: string, checked: boolean) => void }) {
  const t = useT();
  return (
    <ChoiceFieldset
      id={id}
      anchor
      look={look}
      legend={
        legendHeading ? (
          <h1 ref={headingRef} tabIndex={-1}>
            {legend}
          </h1>
        ) : (
          legend
        )
      }
      legendClassName={legendHeading ? "sa-legend sa-legend-heading" : undefined}
      hint={hint}
      helpIds={helpIds}
      error={error}
      errorPrefix={t("sa.error.prefix")}
    >
      {choices.map((c) => (
        <ChoiceItem
          key={c.value}
          look={look}
          label={c.label}
          hint={c.hint}
          hintId={`${id}-${c.value}-hint`}
          input={{
            id: `${id}-${c.value}`,
            type,
            name: type === "radio" ? id : undefined,
            value: c.value,
            checked: isChecked(c.value),
            onChange: (e) => onToggle(c.value, e.target.checked),
          }}
        />
      ))}
    </ChoiceFieldset>
  );
}

export function RadioGroup({ value, onChange, ...group }: GroupProps & { value: string; onChange: (value: string) => void }) {
  return <ChoiceGroup {...group} type="radio" isChecked={(v) => v === value} onToggle={(v) => onChange(v)} />;
}

export function CheckboxGroup({ values, onChange, ...group }: GroupProps & { values: string[]; onChange: (values: string[]) => void }) {
  return <ChoiceGroup {...group} type="checkbox" isChecked={(v) => values.includes(v)} onToggle={(v, on) => onChange(on ? [...values, v] : values.filter((x) => x !== v))} />;
}

/**
 * A date as day, month and year boxes, in the order the reader's region
 * writes dates (month, day, year in US English); the day may be left empty.
 * Each box keeps what was typed, whatever the language shown.
 */
export function DateField({ id, legend, hint, errors, value, onChange }: { id: string; legend: ReactNode; hint: ReactNode; errors: FieldError[]; value: DateParts; onChange: (value: DateParts) => void }) {
  const t = useT();
  const { locale } = useLanguage();
  const error = errorFor(errors, id);
  const wrong = errors.find((e) => e.id.startsWith(`${id}-`))?.id.slice(id.length + 1);
  const box: Record<keyof DateParts, { label: string; width: string }> = {
    day: { label: t("sa.date.day"), width: "2" },
    month: { label: t("sa.date.month"), width: "2" },
    year: { label: t("sa.date.year"), width: "4" },
  };
  const parts = dateOrder(locale).map((part) => ({ key: part, ...box[part], value: value[part], invalid: wrong === part }));
  return (
    <DatePartsField
      id={id}
      look={look}
      legend={legend}
      hint={hint}
      error={error}
      errorPrefix={t("sa.error.prefix")}
      parts={parts}
      onChange={(key, typed) => onChange({ ...value, [key]: typed })}
    />
  );
}
