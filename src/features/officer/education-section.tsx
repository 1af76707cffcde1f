/**
 * Education: high school, college coursework rows and degrees. Areas of
 * study offer the recognised areas (with what each means) as checkboxes,
 * plus a list of other areas, one box each, kept exactly as typed (so
 * "Business, Management" stays one area).
 */
import { useRef, type RefObject } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { emptyCoursework, emptyCredential, emptyDegree, formOffers } from "../../lib/applicant-form";
import { applicantField, AREA_OPTIONS, FIELD_LISTS } from "../../pool/applicant-fields";
import { useCatalog } from "../../lib/catalog-context";
import { useFormParts } from "./form-context";
import { ChoiceGroup, SelectField, TextField } from "./form-controls";
import { useFormWarnings } from "./use-form-warnings";

// Words and allowed values from APPLICANT_FIELDS (src/pool/applicant-fields.ts).
const OTHER_AREAS = applicantField("coursework", "otherAreaEntries");
const UNITS = applicantField("coursework", "unit").options ?? [];
// The form's "" is the format's default, undergraduate (saved as nothing).
const COURSEWORK_LEVELS = (applicantField("coursework", "level").options ?? []).map((o) => (o.value === "undergraduate" ? { ...o, value: "" } : o));
const DEGREE_LEVELS = applicantField("degree", "level").options ?? [];

/** Other areas of study for one coursework row: a box per area, added and removed by button. */
function OtherAreas({ row }: { row: number }) {
  const { control, announce } = useFormParts();
  const entries = useFieldArray({ control, name: `education.coursework.${row}.otherAreaEntries` });
  const add = useRef<HTMLButtonElement>(null);
  const n = row + 1;
  return (
    <fieldset className="choices other-areas" aria-describedby={`other-areas-${row}-hint`}>
      <legend>{OTHER_AREAS.label}</legend>
      <p id={`other-areas-${row}-hint`} className="hint">
        {OTHER_AREAS.hint}
      </p>
      {entries.fields.map((f, j) => (
        <div key={f.id} className="area-entry">
          <TextField name={`education.coursework.${row}.otherAreaEntries.${j}.area`} label={`Other area ${j + 1}`} autoComplete="off" />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              entries.remove(j);
              add.current?.focus();
              announce(`Other area ${j + 1} of coursework row ${n} removed.`);
            }}
          >
            Remove other area {j + 1}
          </button>
        </div>
      ))}
      <button type="button" ref={add} className="secondary" onClick={() => entries.append({ area: "" }, { focusName: `education.coursework.${row}.otherAreaEntries.${entries.fields.length}.area` })}>
        Add {entries.fields.length ? "another" : "an"} area of study
      </button>
    </fieldset>
  );
}

function CourseworkRowFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control } = useFormParts();
  const { catalog } = useCatalog();
  const offers = formOffers(catalog);
  const unit = useWatch({ control, name: `education.coursework.${index}.unit` });
  const level = useWatch({ control, name: `education.coursework.${index}.level` }) ?? "";
  // Clock hours and graduate coursework only where a loaded class counts them (or the row already says so).
  const clock = offers.clock || unit === "clock";
  const graduate = offers.graduate || level === "graduate";
  const n = index + 1;
  return (
    <fieldset className="row-group">
      <legend>
        {FIELD_LISTS.coursework.item} {n}
      </legend>
      <div className="field-pair">
        <TextField name={`education.coursework.${index}.hours`} width="number" inputMode="decimal" autoComplete="off" />
        <SelectField name={`education.coursework.${index}.unit`} options={UNITS.filter((u) => clock || u.value !== "clock")} />
        {graduate && <SelectField name={`education.coursework.${index}.level`} options={COURSEWORK_LEVELS} />}
      </div>
      <ChoiceGroup name={`education.coursework.${index}.areas`} />
      <OtherAreas row={index} />
      <button type="button" className="secondary" onClick={onRemove}>
        Remove coursework row {n}
      </button>
    </fieldset>
  );
}

function DegreeFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control } = useFormParts();
  const field = useWatch({ control, name: `education.degrees.${index}.field` });
  const level = useWatch({ control, name: `education.degrees.${index}.level` });
  const { catalog } = useCatalog();
  // A professional degree (J.D., M.D.) only where a loaded class's degree rule tells it from a doctorate.
  const levels = formOffers(catalog).professional || level === "professional" ? DEGREE_LEVELS : DEGREE_LEVELS.filter((l) => l.value !== "professional");
  const n = index + 1;
  return (
    <fieldset className="row-group">
      <legend>
        {FIELD_LISTS.degree.item} {n}
      </legend>
      <div className="field-pair">
        <SelectField name={`education.degrees.${index}.level`} options={[{ value: "", label: "Choose the level" }, ...levels]} />
        <SelectField
          name={`education.degrees.${index}.field`}
          options={[{ value: "", label: "Not given" }, ...AREA_OPTIONS.map((a) => ({ value: a.value, label: a.label })), { value: "other", label: "Another field (type it)" }]}
        />
      </div>
      {field === "other" && <TextField name={`education.degrees.${index}.otherField`} autoComplete="off" />}
      <button type="button" className="secondary" onClick={onRemove}>
        Remove degree {n}
      </button>
    </fieldset>
  );
}

function CredentialFields({ index, onRemove, options }: { index: number; onRemove: () => void; options: Array<{ value: string; label: string }> }) {
  const { control } = useFormParts();
  const id = useWatch({ control, name: `education.credentials.${index}.id` }) ?? "";
  const n = index + 1;
  const unknown = id !== "" && !options.some((o) => o.value === id) ? [{ value: id, label: `${id} (not among the loaded classes)` }] : [];
  return (
    <fieldset className="row-group">
      <legend>
        {FIELD_LISTS.credential.item} {n}
      </legend>
      <SelectField name={`education.credentials.${index}.id`} options={[{ value: "", label: "Choose the licence or certificate" }, ...options, ...unknown]} />
      <div className="field-pair">
        <TextField name={`education.credentials.${index}.name`} autoComplete="off" />
        <TextField name={`education.credentials.${index}.expires`} width="date" autoComplete="off" />
      </div>
      <button type="button" className="secondary" onClick={onRemove}>
        Remove licence or certificate {n}
      </button>
    </fieldset>
  );
}

/** (1.2) Licences and certificates, shown only when a loaded class declares credentials (or the applicant has some). */
function CredentialsSection({ removeRow }: { removeRow: (what: string, index: number, remove: (i: number) => void, focus: RefObject<HTMLButtonElement | null>) => void }) {
  const { control } = useFormParts();
  const { catalog } = useCatalog();
  const credentials = useFieldArray({ control, name: "education.credentials" });
  const add = useRef<HTMLButtonElement>(null);
  const options = formOffers(catalog).credentials.map((c) => ({ value: c.value, label: c.label }));
  if (options.length === 0 && credentials.fields.length === 0) return null;
  return (
    <>
      <h3>Licences and certificates</h3>
      {credentials.fields.map((f, i) => (
        <CredentialFields key={f.id} index={i} options={options} onRemove={() => removeRow(FIELD_LISTS.credential.item, i, credentials.remove, add)} />
      ))}
      <button type="button" ref={add} onClick={() => credentials.append(emptyCredential(), { focusName: `education.credentials.${credentials.fields.length}.id` })}>
        Add a licence or certificate
      </button>
    </>
  );
}

export function EducationSection() {
  const { control, announce } = useFormParts();
  const coursework = useFieldArray({ control, name: "education.coursework" });
  const degrees = useFieldArray({ control, name: "education.degrees" });
  const addCoursework = useRef<HTMLButtonElement>(null);
  const addDegree = useRef<HTMLButtonElement>(null);
  const highSchool = useWatch({ control, name: "education.highSchool" });
  const warning = useFormWarnings()?.highSchoolWarning({ highSchool, degrees: degrees.fields });
  // A removed row takes its button with it: focus goes to the list's add button, and the removal is announced.
  const removeRow = (what: string, index: number, remove: (i: number) => void, focus: RefObject<HTMLButtonElement | null>) => {
    remove(index);
    focus.current?.focus();
    announce(`${what} ${index + 1} removed.`);
  };
  return (
    <section className="form-section" aria-labelledby="education-heading">
      <h2 id="education-heading">Education</h2>
      <ChoiceGroup name="education.highSchool" type="radio" warning={warning} />
      <h3>College coursework</h3>
      <p className="hint">One row per group of courses: the hours, whether they are semester or quarter hours, and the areas of study.</p>
      {coursework.fields.map((f, i) => (
        <CourseworkRowFields key={f.id} index={i} onRemove={() => removeRow(FIELD_LISTS.coursework.item, i, coursework.remove, addCoursework)} />
      ))}
      <button type="button" ref={addCoursework} onClick={() => coursework.append(emptyCoursework(), { focusName: `education.coursework.${coursework.fields.length}.hours` })}>
        Add coursework
      </button>
      <h3>Degrees</h3>
      {degrees.fields.map((f, i) => (
        <DegreeFields key={f.id} index={i} onRemove={() => removeRow(FIELD_LISTS.degree.item, i, degrees.remove, addDegree)} />
      ))}
      <button type="button" ref={addDegree} onClick={() => degrees.append(emptyDegree(), { focusName: `education.degrees.${degrees.fields.length}.level` })}>
        Add a degree
      </button>
      <CredentialsSection removeRow={removeRow} />
    </section>
  );
}
