/**
 * The officer's own decisions (applicant format 1.1, `levelDecisions`): for a
 * level, the officer's outcome (meets or does not meet), the reason (required),
 * who decided and when. A decision never changes the screener's outcome; both
 * are shown, and one that differs is marked as an override.
 */
import { useRef } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { useCatalog } from "../../lib/catalog-context";
import { emptyDecision } from "../../lib/applicant-form";
import { FIELD_LISTS } from "../../pool/applicant-fields";
import { useFormParts } from "./form-context";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "./form-controls";

function DecisionFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control } = useFormParts();
  const { catalog } = useCatalog();
  const level = useWatch({ control, name: `levelDecisions.${index}.level` });
  const n = index + 1;
  const p = `levelDecisions.${index}` as const;
  const known = catalog.levels.find((l) => l.level.id === level);
  // A level a file names that is not loaded stays chosen (and saved) rather than silently dropped.
  const options = [
    { value: "", label: "Choose the level" },
    ...catalog.levels.map(({ level: l }) => ({ value: l.id, label: `${l.id} ${l.title}` })),
    ...(level && !known ? [{ value: level, label: `${level} (not among the loaded classes)` }] : []),
  ];
  return (
    <fieldset className="row-group decision">
      <legend>
        {FIELD_LISTS.decision.item} {n}
        {known ? `: ${known.level.id} ${known.level.title}` : ""}
      </legend>
      {/* Labels, hints and the outcomes: APPLICANT_FIELDS (src/pool/applicant-fields.ts). */}
      <SelectField name={`${p}.level`} options={options} />
      <ChoiceGroup name={`${p}.outcome`} type="radio" />
      <TextAreaField name={`${p}.reason`} />
      <div className="field-pair">
        <TextField name={`${p}.by`} autoComplete="off" />
        <TextField name={`${p}.date`} width="date" autoComplete="off" />
      </div>
      <button type="button" className="secondary" onClick={onRemove}>
        Remove decision {n}
      </button>
    </fieldset>
  );
}

export function DecisionsSection() {
  const { control, announce } = useFormParts();
  const decisions = useFieldArray({ control, name: "levelDecisions" });
  const add = useRef<HTMLButtonElement>(null);
  return (
    <section className="form-section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Officer's decisions</h2>
      <p className="hint">
        Your own determination for a level, with the reason: for example after reviewing a level the screener leaves to an officer. The screener's outcome
        stays as it is; both are shown.
      </p>
      {decisions.fields.map((f, i) => (
        <DecisionFields
          key={f.id}
          index={i}
          onRemove={() => {
            decisions.remove(i);
            add.current?.focus();
            announce(`Decision ${i + 1} removed.`);
          }}
        />
      ))}
      <button type="button" ref={add} onClick={() => decisions.append(emptyDecision(), { focusName: `levelDecisions.${decisions.fields.length}.level` })}>
        Add a decision
      </button>
    </section>
  );
}
