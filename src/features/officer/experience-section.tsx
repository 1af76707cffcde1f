import { useCallback, useMemo, useRef } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { emptyJob, type JobRow } from "../../lib/applicant-form";
import { useFormParts } from "./form-context";
import { useFormWarnings } from "./use-form-warnings";
import { JobFieldset } from "./job-fieldset";
import { localToday } from "../../lib/today";

const copy = (v: unknown): string[] => (Array.isArray(v) ? [...v] : []);

/** The applicant's jobs: add, remove and duplicate, with focus kept where a keyboard user expects it. */
export function ExperienceSection() {
  const { control, getValues, announce } = useFormParts();
  const { fields, append, insert, remove } = useFieldArray({ control, name: "experience" });
  const addButton = useRef<HTMLButtonElement>(null);
  // Warnings need every job at once (overlapping hours); each job gets its own as text, so only a job whose warning changes re-renders.
  const [jobs, asOf] = useWatch({ control, name: ["experience", "asOf"] }) as [JobRow[] | undefined, string | undefined];
  const check = useFormWarnings();
  const warnings = useMemo(() => check?.jobWarnings(jobs ?? [], (asOf ?? "").trim() || localToday()) ?? [], [check, jobs, asOf]);
  const onRemove = useCallback(
    (index: number) => {
      remove(index);
      addButton.current?.focus();
      announce(`Job ${index + 1} removed.`);
    },
    [remove, announce],
  );
  const onDuplicate = useCallback(
    (index: number) => {
      const job = getValues(`experience.${index}`);
      // Focus moves to the copy's first field.
      insert(index + 1, { ...emptyJob(), ...job, kinds: copy(job.kinds), comparableTo: copy(job.comparableTo) }, { focusName: `experience.${index + 1}.employer` });
      announce(`Job ${index + 1} duplicated as job ${index + 2}.`);
    },
    [insert, getValues, announce],
  );
  return (
    <section className="form-section" aria-labelledby="experience-heading">
      <h2 id="experience-heading">Experience</h2>
      <p className="hint">One entry per job. Overlapping jobs are counted once; part-time work counts in proportion.</p>
      {fields.map((f, i) => (
        <JobFieldset
          key={f.id}
          index={i}
          onRemove={onRemove}
          onDuplicate={onDuplicate}
          startWarning={warnings[i]?.start}
          hoursWarning={warnings[i]?.hoursPerWeek}
          comparableWarning={warnings[i]?.comparableTo}
        />
      ))}
      <button
        type="button"
        ref={addButton}
        onClick={() => {
          append(emptyJob(), { focusName: `experience.${fields.length}.employer` });
          announce(`Job ${fields.length + 1} added.`);
        }}
      >
        Add a job
      </button>
    </section>
  );
}
