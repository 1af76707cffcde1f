/**
 * Form controls for the self-assessment, GOV.UK style: a label or legend, a
 * hint tied to the control with aria-describedby, and the error message next
 * to the control (also in aria-describedby) with the same words as the error
 * summary.
 */
import type { ReactNode } from "react";
import { useLanguage, useT } from "../../i18n/applicant-language";
import { dateOrder } from "../../i18n/locale";
import type { DateParts } from "./draft";
import type { FieldError } from "./validate-answers";

/** The message for a control, if any: an error whose id is the control's, or one of its boxes'. */
export function errorFor(errors: FieldError[], id: string): string | undefined {
  return errors.find((e) => e.id === id || e.id.startsWith(`${id}-`))?.message;
}

const describedBy = (...ids: Array<string | false | null | undefined>): string | undefined => ids.filter(Boolean).join(" ") || undefined;

function ErrorMessage({ id, message }: { id: string; message?: string }) {
  const t = useT();
  if (!message) return null;
  return (
    <p id={id} className="sa-error-message">
      <span className="visually-hidden">{t("sa.error.prefix")} </span>
      {message}
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="sa-hint">
      {children}
    </div>
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
  return (
    <div className={`sa-field${error ? " sa-field-error" : ""}`}>
      <label htmlFor={id} className="sa-label">
        {label}
      </label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        id={id}
        type="text"
        className={`sa-input sa-input-${width}`}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(!!hint && `${id}-hint`, ...helpIds, error && `${id}-error`)}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
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

function Legend({ legend, legendHeading, headingRef }: Pick<GroupProps, "legend" | "legendHeading" | "headingRef">) {
  return (
    <legend className={legendHeading ? "sa-legend sa-legend-heading" : "sa-legend"}>
      {legendHeading ? (
        <h1 ref={headingRef} tabIndex={-1}>
          {legend}
        </h1>
      ) : (
        legend
      )}
    </legend>
  );
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
  return (
    <fieldset id={id} className={`sa-fieldset${error ? " sa-field-error" : ""}`} aria-describedby={describedBy(!!hint && `${id}-hint`, ...helpIds, error && `${id}-error`)}>
      <Legend legend={legend} legendHeading={legendHeading} headingRef={headingRef} />
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      <ErrorMessage id={`${id}-error`} message={error} />
      <div className="sa-choices">
        {choices.map((c) => (
          <div key={c.value} className="sa-choice">
            <input
              id={`${id}-${c.value}`}
              type={type}
              name={type === "radio" ? id : undefined}
              value={c.value}
              checked={isChecked(c.value)}
              aria-describedby={c.hint ? `${id}-${c.value}-hint` : undefined}
              onChange={(e) => onToggle(c.value, e.target.checked)}
            />
            <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
            {c.hint && (
              <div id={`${id}-${c.value}-hint`} className="sa-hint sa-choice-hint">
                {c.hint}
              </div>
            )}
          </div>
        ))}
      </div>
    </fieldset>
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
  const box: Record<keyof DateParts, { key: keyof DateParts; label: string; width: string }> = {
    day: { key: "day", label: t("sa.date.day"), width: "2" },
    month: { key: "month", label: t("sa.date.month"), width: "2" },
    year: { key: "year", label: t("sa.date.year"), width: "4" },
  };
  const boxes = dateOrder(locale).map((part) => box[part]);
  const wrong = errors.find((e) => e.id.startsWith(`${id}-`))?.id.slice(id.length + 1);
  return (
    <fieldset id={id} className={`sa-fieldset sa-date${error ? " sa-field-error" : ""}`} aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}>
      <legend className="sa-legend">{legend}</legend>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <ErrorMessage id={`${id}-error`} message={error} />
      <div className="sa-date-boxes">
        {boxes.map((b) => (
          <div key={b.key} className="sa-date-box">
            <label htmlFor={`${id}-${b.key}`}>{b.label}</label>
            <input
              id={`${id}-${b.key}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={`sa-input sa-input-chars-${b.width}`}
              value={value[b.key]}
              aria-invalid={wrong === b.key ? true : undefined}
              onChange={(e) => onChange({ ...value, [b.key]: e.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
