/**
 * One job: employer, title, dates (or "still works here"), hours, kinds of
 * work with what each means, supervision, and the levels the officer judges
 * it comparable to, with each level's duties at hand.
 */
import { memo, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useCatalog } from "../../lib/catalog-context";
import { fieldId, formOffers } from "../../lib/applicant-form";
import { applicantField, FIELD_LISTS } from "../../pool/applicant-fields";
import { useFormParts } from "./form-context";
import { BoxGroup, Checkbox, ChoiceGroup, SelectField, TextAreaField, TextField } from "./form-controls";
import { comparableChoices } from "../../lib/comparable-levels";
import { LevelDuties } from "./level-duties";

// Words and allowed values from APPLICANT_FIELDS (src/pool/applicant-fields.ts).
const KIND_OPTIONS = [...(applicantField("job", "kinds").options ?? [])];
const START = applicantField("job", "start");
const END = applicantField("job", "end");
const MONTH_ONLY = applicantField("job", "monthOnly");
const CURRENT = applicantField("job", "current");
const SUPERVISORY = applicantField("job", "supervisory");
const COMPARABLE = applicantField("job", "comparableTo");

/**
 * The kinds of work offered: the format's own, then every loaded class's own kinds
 * (format 1.2), then any the job holds that no loaded class declares (kept, not dropped).
 */
function KindsOfWork({ index }: { index: number }) {
  const { getValues } = useFormParts();
  const { catalog } = useCatalog();
  const loaded = formOffers(catalog).kinds;
  const known = new Set([...KIND_OPTIONS, ...loaded].map((o) => o.value));
  const others = (getValues(`experience.${index}.kinds`) ?? []).filter((k) => !known.has(k)).map((k) => ({ value: k, label: `${k} (not among the loaded classes)` }));
  const options = loaded.length || others.length ? [...KIND_OPTIONS, ...loaded, ...others] : KIND_OPTIONS;
  return <ChoiceGroup name={`experience.${index}.kinds`} options={options} className="kinds" />;
}

/** (1.2) Who employed the applicant, when a loaded class credits only some employers. */
function EmployerSector({ index }: { index: number }) {
  const { control } = useFormParts();
  const { catalog } = useCatalog();
  const sector = useWatch({ control, name: `experience.${index}.sector` }) ?? "";
  const sectors = formOffers(catalog).sectors;
  if (sectors.length === 0 && sector === "") return null;
  const unknown = sector !== "" && !sectors.some((s) => s.value === sector) ? [{ value: sector, label: `${sector} (not among the loaded classes)` }] : [];
  return (
    <SelectField
      name={`experience.${index}.sector`}
      options={[{ value: "", label: "Not given" }, ...sectors.map((s) => ({ value: s.value, label: s.label })), ...unknown]}
    />
  );
}

function ComparableLevels({ index, warning }: { index: number; warning?: string }) {
  const { register, getValues } = useFormParts();
  const { catalog } = useCatalog();
  const name = `experience.${index}.comparableTo` as const;
  const offered = useMemo(() => comparableChoices(catalog), [catalog]);
  const counted = new Set(offered.map((c) => c.id));
  const titles = new Map(catalog.levels.map(({ level }) => [level.id, level.title]));
  // Levels a file names that no class counts, or that are not loaded, stay ticked (and saved) rather than silently dropped.
  const others = (getValues(name) ?? []).filter((id) => !counted.has(id));
  if (offered.length === 0 && others.length === 0) return null;
  const id = fieldId(name);
  return (
    <BoxGroup id={id} legend={COMPARABLE.label} hint={COMPARABLE.hint} warning={warning} className="comparable">
      {offered.map((c, i) => (
        <Checkbox
          key={c.id}
          id={i === 0 ? id : `${id}-${i}`}
          // A grade the series orders but no file screens (OPM's GS-4) is named with its series.
          label={c.entry ? `${c.id} ${c.entry.level.title}` : `${c.id} (a grade of ${c.seriesTitle})`}
          input={{ value: c.id, ...register(name) }}
        >
          {c.entry && <LevelDuties level={c.entry.level} />}
        </Checkbox>
      ))}
      {others.map((u) => (
        <Checkbox
          key={u}
          id={`${id}-x-${u}`}
          label={titles.has(u) ? `${u} ${titles.get(u)} (no class counts experience comparable to it)` : `${u} (not among the loaded classes)`}
          input={{ value: u, ...register(name) }}
        />
      ))}
    </BoxGroup>
  );
}

export interface JobFieldsetProps {
  index: number;
  onRemove: (index: number) => void;
  onDuplicate: (index: number) => void;
  /** Input to re-check next to the start date, the hours and the comparable levels (see form-warnings.ts). */
  startWarning?: string;
  hoursWarning?: string;
  comparableWarning?: string;
}

export const JobFieldset = memo(function JobFieldset({ index, onRemove, onDuplicate, startWarning, hoursWarning, comparableWarning }: JobFieldsetProps) {
  const { control, register, trigger, getFieldState } = useFormParts();
  const current = useWatch({ control, name: `experience.${index}.current` });
  const monthOnly = useWatch({ control, name: `experience.${index}.monthOnly` });
  const n = index + 1;
  const p = `experience.${index}` as const;
  return (
    <fieldset className="job" id={`job-${index}`}>
      <legend>
        {FIELD_LISTS.job.item} {n}
      </legend>
      <div className="field-pair">
        <TextField name={`${p}.employer`} autoComplete="off" />
        <TextField name={`${p}.title`} autoComplete="off" />
      </div>
      <div className="field-pair">
        {/* "Only the month is known" changes the words (APPLICANT_FIELDS' monthOnly label and hint), not the field. */}
        <TextField name={`${p}.start`} {...(monthOnly ? START.monthOnly : {})} width="date" autoComplete="off" warning={startWarning} />
        {!current && <TextField name={`${p}.end`} {...(monthOnly ? END.monthOnly : {})} width="date" autoComplete="off" />}
      </div>
      <Checkbox
        id={fieldId(`${p}.monthOnly`)}
        label={MONTH_ONLY.label}
        hint={MONTH_ONLY.hint}
        input={register(`${p}.monthOnly`, {
          // Dates already marked wrong are checked again in the new form.
          onChange: () => {
            for (const edge of ["start", "end"] as const) if (getFieldState(`${p}.${edge}`).invalid) void trigger(`${p}.${edge}`);
          },
        })}
      />
      <Checkbox id={fieldId(`${p}.current`)} label={CURRENT.label} input={register(`${p}.current`, { onChange: () => void trigger(`${p}.end`) })} />
      <div className="field-pair">
        <TextField name={`${p}.hoursPerWeek`} width="number" inputMode="decimal" autoComplete="off" warning={hoursWarning} />
        <TextField name={`${p}.qualifyingPercent`} width="number" inputMode="decimal" autoComplete="off" />
      </div>
      <EmployerSector index={index} />
      <KindsOfWork index={index} />
      <Checkbox id={fieldId(`${p}.supervisory`)} label={SUPERVISORY.label} hint={SUPERVISORY.hint} input={register(`${p}.supervisory`)} />
      <ComparableLevels index={index} warning={comparableWarning} />
      <TextAreaField name={`${p}.officerNote`} />
      <div className="row-actions">
        <button type="button" className="secondary" onClick={() => onDuplicate(index)}>
          Duplicate job {n}
        </button>
        <button type="button" className="secondary" onClick={() => onRemove(index)}>
          Remove job {n}
        </button>
      </div>
    </fieldset>
  );
});
