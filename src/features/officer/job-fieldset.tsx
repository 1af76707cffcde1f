/**
 * One job: employer, title, dates (or "still works here"), hours, kinds of
 * work with what each means, supervision, and the levels the officer judges
 * it comparable to, with each level's duties at hand.
 */
import { memo, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useCatalog } from "../../lib/catalog-context";
import { EXPERIENCE_KIND_INFO, EXPERIENCE_KINDS } from "../../engine/vocabulary";
import { fieldId, formOffers } from "../../lib/applicant-form";
import { useFormParts } from "./form-context";
import { ChoiceGroup, FieldWarning, SelectField, TextAreaField, TextField } from "./form-controls";
import { comparableLevelIds } from "../../lib/comparable-levels";
import { LevelDuties } from "./level-duties";

const KIND_OPTIONS = EXPERIENCE_KINDS.map((k) => ({ value: k, label: EXPERIENCE_KIND_INFO[k].label, description: EXPERIENCE_KIND_INFO[k].description }));

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
  return <ChoiceGroup name={`experience.${index}.kinds`} legend="Kinds of work" hint="Tick every kind of work the job involved." options={options} className="kinds" />;
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
      label="Employer sector"
      options={[{ value: "", label: "Not given" }, ...sectors.map((s) => ({ value: s.value, label: s.label })), ...unknown]}
    />
  );
}

function ComparableLevels({ index, warning }: { index: number; warning?: string }) {
  const { register, getValues } = useFormParts();
  const { catalog } = useCatalog();
  const name = `experience.${index}.comparableTo` as const;
  const counted = useMemo(() => comparableLevelIds(catalog), [catalog]);
  const offered = catalog.levels.filter(({ level }) => counted.has(level.id));
  const titles = new Map(catalog.levels.map(({ level }) => [level.id, level.title]));
  // Levels a file names that no class counts, or that are not loaded, stay ticked (and saved) rather than silently dropped.
  const others = (getValues(name) ?? []).filter((id) => !counted.has(id));
  if (offered.length === 0 && others.length === 0) return null;
  const id = fieldId(name);
  return (
    <fieldset className={`choices comparable${warning ? " field-warned" : ""}`} aria-describedby={`${id}-hint${warning ? ` ${id}-warning` : ""}`}>
      <legend>Comparable to (officer's judgement)</legend>
      <p id={`${id}-hint`} className="hint">
        Tick a level if this job gave experience comparable to the work of that level. Only the levels some class counts comparable experience toward
        are listed. Open "What … does" to read the level's duties before deciding.
      </p>
      <FieldWarning id={id} message={warning} />
      {offered.map(({ level }, i) => {
        const boxId = i === 0 ? id : `${id}-${level.id}`;
        return (
          <div key={level.id} className="checkbox">
            <input id={boxId} type="checkbox" value={level.id} {...register(name)} />
            <label htmlFor={boxId}>
              {level.id} {level.title}
            </label>
            <LevelDuties level={level} />
          </div>
        );
      })}
      {others.map((u) => (
        <div key={u} className="checkbox">
          <input id={`${id}-x-${u}`} type="checkbox" value={u} {...register(name)} />
          <label htmlFor={`${id}-x-${u}`}>
            {titles.has(u) ? `${u} ${titles.get(u)} (no class counts experience comparable to it)` : `${u} (not among the loaded classes)`}
          </label>
        </div>
      ))}
    </fieldset>
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
      <legend>Job {n}</legend>
      <div className="field-pair">
        <TextField name={`${p}.employer`} label="Employer" autoComplete="off" />
        <TextField name={`${p}.title`} label="Job title" autoComplete="off" />
      </div>
      <div className="field-pair">
        {monthOnly ? (
          <TextField name={`${p}.start`} label="Start month" hint="yyyy-mm, for example 2021-03" width="date" autoComplete="off" warning={startWarning} />
        ) : (
          <TextField name={`${p}.start`} label="Start date" hint="yyyy-mm-dd, for example 2021-03-01" width="date" autoComplete="off" warning={startWarning} />
        )}
        {!current &&
          (monthOnly ? (
            <TextField name={`${p}.end`} label="End month" hint="yyyy-mm, the last month worked" width="date" autoComplete="off" />
          ) : (
            <TextField name={`${p}.end`} label="End date" hint="yyyy-mm-dd, the last day worked" width="date" autoComplete="off" />
          ))}
      </div>
      <div className="checkbox">
        <input
          id={fieldId(`${p}.monthOnly`)}
          type="checkbox"
          aria-describedby={`${fieldId(`${p}.monthOnly`)}-hint`}
          {...register(`${p}.monthOnly`, {
            // Dates already marked wrong are checked again in the new form.
            onChange: () => {
              for (const edge of ["start", "end"] as const) if (getFieldState(`${p}.${edge}`).invalid) void trigger(`${p}.${edge}`);
            },
          })}
        />
        <label htmlFor={fieldId(`${p}.monthOnly`)}>Only the month is known</label>
        <p id={`${fieldId(`${p}.monthOnly`)}-hint`} className="hint">
          Tick when the application gives only month and year. The start month counts from its first day, the end month to its last day.
        </p>
      </div>
      <div className="checkbox">
        <input id={fieldId(`${p}.current`)} type="checkbox" {...register(`${p}.current`, { onChange: () => void trigger(`${p}.end`) })} />
        <label htmlFor={fieldId(`${p}.current`)}>Still works here (the job runs to the screening date)</label>
      </div>
      <div className="field-pair">
        <TextField
          name={`${p}.hoursPerWeek`}
          label="Hours per week"
          hint="Part-time hours count in proportion to full time."
          width="number"
          inputMode="decimal"
          autoComplete="off"
          warning={hoursWarning}
        />
        <TextField
          name={`${p}.qualifyingPercent`}
          label="Share of qualifying duties (percent)"
          hint="For mixed duties: the share of the job's time on qualifying work, 1 to 100. Leave empty for all of it (100)."
          width="number"
          inputMode="decimal"
          autoComplete="off"
        />
      </div>
      <EmployerSector index={index} />
      <KindsOfWork index={index} />
      <div className="checkbox">
        <input id={fieldId(`${p}.supervisory`)} type="checkbox" aria-describedby={`${fieldId(`${p}.supervisory`)}-hint`} {...register(`${p}.supervisory`)} />
        <label htmlFor={fieldId(`${p}.supervisory`)}>Supervised staff</label>
        <p id={`${fieldId(`${p}.supervisory`)}-hint`} className="hint">
          Tick if the applicant supervised other employees in this job.
        </p>
      </div>
      <ComparableLevels index={index} warning={comparableWarning} />
      <TextAreaField
        name={`${p}.officerNote`}
        label="Officer's note on this job (optional)"
        hint="Why you judged the job as you did, for example why it is closely related or comparable to a level. Shown with the job on the results and the report."
      />
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
