/**
 * The questions, one step at a time, in plain language. Every term the class
 * specs use is explained beside the question that needs it (hints tied with
 * aria-describedby); the words come from terms.ts and the catalog.
 */
import type { RefObject } from "react";
import { DEGREE_LABELS, DEGREE_LEVELS, EXPERIENCE_KIND_INFO, EXPERIENCE_KINDS, HIGH_SCHOOL, AREA_INFO, RECOGNISED_AREAS } from "../../engine/vocabulary";
import { longDate, MONTH_NAMES } from "../report";
import { CLOSELY_RELATED, emptyCoursework, emptyDegree, jobName, partsToIso, UNRELATED, type DateParts, type Draft, type JobDraft } from "./draft";
import { CheckboxGroup, DateField, errorFor, RadioGroup, TextField } from "./fields";
import type { ComparableLevel, Term } from "./terms";
import { ids, type FieldError } from "./validate-answers";

export interface StepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  errors: FieldError[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  terms: Record<string, Term>;
}

const help = (terms: Record<string, Term>, id: string): string | undefined => terms[id]?.help;

/** Areas the applicant can name; "similar" is the agency's judgement, so it is never offered. */
const AREAS = RECOGNISED_AREAS.filter((a) => !AREA_INFO[a].judgement);

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export function NameStep({ draft, update, errors, headingRef }: StepProps) {
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        About you
      </h1>
      <TextField
        id={ids.name}
        label="Your name (optional)"
        hint="We print it on your results and put it in your saved file, so the placement officer knows whose answers they are. You can leave it empty."
        autoComplete="name"
        error={errorFor(errors, ids.name)}
        value={draft.name}
        onChange={(name) => update({ name })}
      />
    </>
  );
}

export function HighSchoolStep({ draft, update, errors, headingRef, terms }: StepProps) {
  return (
    <RadioGroup
      id={ids.highSchool}
      legend="Have you finished high school or earned a GED?"
      legendHeading
      headingRef={headingRef}
      hint={help(terms, "term-ged")}
      error={errorFor(errors, ids.highSchool)}
      value={draft.highSchool}
      onChange={(highSchool) => update({ highSchool })}
      choices={HIGH_SCHOOL.map((h) => ({
        value: h,
        label: h === "diploma" ? "Yes, I have a high school diploma" : h === "ged" ? "Yes, I have a GED or another high school equivalency certificate" : "No, not yet",
      }))}
    />
  );
}

export function CourseworkStep({ draft, update, errors, headingRef, terms }: StepProps) {
  const rows = draft.coursework;
  const setRow = (i: number, patch: Partial<(typeof rows)[number]>): void => update({ coursework: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <>
      <RadioGroup
        id={ids.hasCoursework}
        legend="Have you taken any college courses for credit?"
        legendHeading
        headingRef={headingRef}
        hint={
          <>
            <p>{help(terms, "term-coursework")}</p>
            <p>If you have a degree, you can skip its courses here and tell us about the degree next; where both are given, the larger counts.</p>
          </>
        }
        error={errorFor(errors, ids.hasCoursework)}
        value={draft.hasCoursework}
        onChange={(v) => update({ hasCoursework: v as Draft["hasCoursework"], coursework: v === "yes" && rows.length === 0 ? [emptyCoursework()] : rows })}
        choices={YES_NO}
      />
      {draft.hasCoursework === "yes" && (
        <>
          <p>Tell us about your courses. You can put them all in one group, or make a group for each subject.</p>
          {rows.map((row, i) => (
            <fieldset key={i} className="sa-fieldset sa-group">
              <legend>
                <h2>Courses {i + 1}</h2>
              </legend>
              <TextField
                id={ids.courseworkHours(i)}
                label="How many credit hours?"
                hint="Add up the credit hours of these courses; your transcript lists them. For example 45."
                inputMode="decimal"
                width="short"
                error={errorFor(errors, ids.courseworkHours(i))}
                value={row.hours}
                onChange={(hours) => setRow(i, { hours })}
              />
              <RadioGroup
                id={`sa-coursework-${i}-unit`}
                legend="What kind of credit hours are they?"
                value={row.unit}
                onChange={(unit) => setRow(i, { unit: unit as "semester" | "quarter" })}
                choices={[
                  { value: "semester", label: "Semester hours", hint: help(terms, "term-semester-hours") },
                  { value: "quarter", label: "Quarter hours", hint: help(terms, "term-quarter-hours") },
                ]}
              />
              <CheckboxGroup
                id={`sa-coursework-${i}-areas`}
                legend="What subjects were they in? Tick any that fit."
                hint={help(terms, "term-similar-area")}
                values={row.areas}
                onChange={(areas) => setRow(i, { areas })}
                choices={AREAS.map((a) => ({ value: a, label: AREA_INFO[a].label, hint: AREA_INFO[a].description }))}
              />
              {row.areas.some((a) => AREA_INFO[a]?.judgement) && <p>The placement officer has marked these courses as in a similar area of study.</p>}
              <TextField
                id={`sa-coursework-${i}-other`}
                label="Other subjects (optional)"
                hint="For example: biology, history. Separate subjects with commas."
                value={row.otherAreas}
                onChange={(otherAreas) => setRow(i, { otherAreas })}
              />
              <button type="button" className="sa-secondary" onClick={() => update({ coursework: rows.filter((_, j) => j !== i) })}>
                Remove courses {i + 1}
              </button>
            </fieldset>
          ))}
          <button type="button" className="sa-secondary" onClick={() => update({ coursework: [...rows, emptyCoursework()] })}>
            Add another group of courses
          </button>
        </>
      )}
    </>
  );
}

export function DegreesStep({ draft, update, errors, headingRef }: StepProps) {
  const rows = draft.degrees;
  const setRow = (i: number, patch: Partial<(typeof rows)[number]>): void => update({ degrees: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <>
      <RadioGroup
        id={ids.hasDegree}
        legend="Have you earned a college degree?"
        legendHeading
        headingRef={headingRef}
        hint="An associate, bachelor's, master's or doctoral degree that you have finished."
        error={errorFor(errors, ids.hasDegree)}
        value={draft.hasDegree}
        onChange={(v) => update({ hasDegree: v as Draft["hasDegree"], degrees: v === "yes" && rows.length === 0 ? [emptyDegree()] : rows })}
        choices={YES_NO}
      />
      {draft.hasDegree === "yes" &&
        rows.map((row, i) => (
          <fieldset key={i} className="sa-fieldset sa-group">
            <legend>
              <h2>Degree {i + 1}</h2>
            </legend>
            <div className={`sa-field${errorFor(errors, ids.degreeLevel(i)) ? " sa-field-error" : ""}`}>
              <label htmlFor={ids.degreeLevel(i)} className="sa-label">
                What kind of degree?
              </label>
              {errorFor(errors, ids.degreeLevel(i)) && (
                <p id={`${ids.degreeLevel(i)}-error`} className="sa-error-message">
                  <span className="visually-hidden">Error: </span>
                  {errorFor(errors, ids.degreeLevel(i))}
                </p>
              )}
              <select
                id={ids.degreeLevel(i)}
                className="sa-input"
                value={row.level}
                aria-invalid={errorFor(errors, ids.degreeLevel(i)) ? true : undefined}
                aria-describedby={errorFor(errors, ids.degreeLevel(i)) ? `${ids.degreeLevel(i)}-error` : undefined}
                onChange={(e) => setRow(i, { level: e.target.value })}
              >
                <option value="">Choose a degree</option>
                {DEGREE_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {DEGREE_LABELS[l]}
                  </option>
                ))}
              </select>
            </div>
            <RadioGroup
              id={`sa-degree-${i}-field`}
              legend="What subject was it in?"
              value={row.field}
              onChange={(field) => setRow(i, { field })}
              choices={[
                ...AREAS.map((a) => ({ value: a, label: AREA_INFO[a].label, hint: AREA_INFO[a].description })),
                ...(row.field && AREA_INFO[row.field]?.judgement ? [{ value: row.field, label: `${AREA_INFO[row.field].label} (marked by the placement officer)` }] : []),
                { value: "other", label: "Something else" },
              ]}
            />
            {row.field === "other" && (
              <TextField id={`sa-degree-${i}-other`} label="What subject?" hint="For example: biology." value={row.otherField} onChange={(otherField) => setRow(i, { otherField })} />
            )}
            <button type="button" className="sa-secondary" onClick={() => update({ degrees: rows.filter((_, j) => j !== i) })}>
              Remove degree {i + 1}
            </button>
          </fieldset>
        ))}
      {draft.hasDegree === "yes" && (
        <button type="button" className="sa-secondary" onClick={() => update({ degrees: [...rows, emptyDegree()] })}>
          Add another degree
        </button>
      )}
    </>
  );
}

/** A date as the applicant gave it, in words: "15 March 2019", or "March 2019" when they left the day out. */
function dateInWords(parts: DateParts, edge: "start" | "end"): string {
  const iso = partsToIso(parts, edge);
  if (iso === null) return "?";
  return parts.day.trim() === "" ? `${MONTH_NAMES[Number(parts.month) - 1]} ${Number(parts.year)}` : longDate(iso);
}

/** "March 2019 to now, 40 hours a week". */
export function jobSummary(job: JobDraft): string {
  const start = dateInWords(job.start, "start");
  const end = job.current ? "now" : dateInWords(job.end, "end");
  return `${start} to ${end}, ${job.hoursPerWeek} hours a week`;
}

export function JobsStep({ draft, headingRef, onAdd, onChange, onRemove }: StepProps & { onAdd: () => void; onChange: (i: number) => void; onRemove: (i: number) => void }) {
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        Tell us about each job
      </h1>
      <p>Add every job you have had, including part-time jobs. Add them one at a time; the order does not matter.</p>
      {draft.jobs.length === 0 ? (
        <p>You have not added any jobs yet.</p>
      ) : (
        <ul className="sa-job-list">
          {draft.jobs.map((job, i) => (
            <li key={i}>
              <h2>{jobName(job, i)}</h2>
              <p>{jobSummary(job)}</p>
              <button type="button" className="sa-secondary" onClick={() => onChange(i)}>
                Change job {i + 1}
              </button>{" "}
              <button type="button" className="sa-secondary" onClick={() => onRemove(i)}>
                Remove job {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="sa-secondary" onClick={onAdd}>
        {draft.jobs.length ? "Add another job" : "Add a job"}
      </button>
    </>
  );
}

const RELATED_KINDS = EXPERIENCE_KINDS.filter((k) => k !== CLOSELY_RELATED && k !== UNRELATED);

export function JobStep({
  job,
  index,
  setJob,
  errors,
  headingRef,
  terms,
  comparable,
}: {
  job: JobDraft;
  index: number;
  setJob: (job: JobDraft) => void;
  errors: FieldError[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  terms: Record<string, Term>;
  comparable: ComparableLevel[];
}) {
  const set = (patch: Partial<JobDraft>): void => setJob({ ...job, ...patch });
  const onlyUnrelated = job.kinds.length > 0 && !job.kinds.some((k) => k !== UNRELATED);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        Job {index + 1}
      </h1>
      <TextField id={ids.jobTitle} label="Job title" hint="For example: Billing Clerk." autoComplete="organization-title" value={job.title} onChange={(title) => set({ title })} />
      <TextField id={ids.jobEmployer} label="Employer" hint="The organisation you worked for." autoComplete="organization" value={job.employer} onChange={(employer) => set({ employer })} />
      <DateField
        id={ids.jobStart}
        legend="When did you start?"
        hint="For example 15 3 2019. If you do not remember the day, leave it empty: we count from the first day of the month."
        errors={errors}
        value={job.start}
        onChange={(start) => set({ start })}
      />
      <div className="sa-choice sa-single-check">
        <input id={ids.jobCurrent} type="checkbox" checked={job.current} onChange={(e) => set({ current: e.target.checked })} />
        <label htmlFor={ids.jobCurrent}>I still work here</label>
      </div>
      {!job.current && (
        <DateField
          id={ids.jobEnd}
          legend="When did you leave?"
          hint="For example 30 6 2023. If you do not remember the day, leave it empty: we count to the last day of the month."
          errors={errors}
          value={job.end}
          onChange={(end) => set({ end })}
        />
      )}
      <TextField
        id={ids.jobHours}
        label="How many hours did you work in a usual week?"
        hint={help(terms, "term-full-time")}
        inputMode="decimal"
        width="short"
        error={errorFor(errors, ids.jobHours)}
        value={job.hoursPerWeek}
        onChange={(hoursPerWeek) => set({ hoursPerWeek })}
      />
      <CheckboxGroup
        id={ids.jobKinds}
        legend="What did you do in this job? Tick all that fit."
        error={errorFor(errors, ids.jobKinds)}
        values={job.kinds}
        onChange={(kinds) => set({ kinds, closelyRelated: kinds.some((k) => k !== UNRELATED) ? "" : job.closelyRelated })}
        choices={[
          ...RELATED_KINDS.map((k) => ({ value: k, label: EXPERIENCE_KIND_INFO[k].label, hint: EXPERIENCE_KIND_INFO[k].description })),
          { value: UNRELATED, label: "Something else", hint: "Work that is none of the above." },
        ]}
      />
      {onlyUnrelated && (
        <RadioGroup
          id={ids.jobClosely}
          legend="Was this work much like customer service work?"
          hint={help(terms, "term-closely-related")}
          error={errorFor(errors, ids.jobClosely)}
          value={job.closelyRelated}
          onChange={(v) => set({ closelyRelated: v as JobDraft["closelyRelated"] })}
          choices={[
            { value: "yes", label: "Yes, I think it was closely related" },
            { value: "no", label: "No" },
          ]}
        />
      )}
      <RadioGroup
        id={ids.jobSupervisory}
        legend="Did you supervise other employees in this job?"
        hint={help(terms, "term-supervisory")}
        error={errorFor(errors, ids.jobSupervisory)}
        value={job.supervisory}
        onChange={(v) => set({ supervisory: v as JobDraft["supervisory"] })}
        choices={YES_NO}
      />
      {comparable.length > 0 && (
        <CheckboxGroup
          id={ids.jobComparable}
          legend="Was this job much like any of these jobs? Tick any that fit, or none."
          hint="Some classes ask for experience comparable to another job. The hiring agency decides whether your work was comparable; your results show what you would qualify for either way."
          values={job.comparableTo}
          onChange={(comparableTo) => set({ comparableTo })}
          choices={comparable.map((c) => ({ value: c.id, label: `${c.title} (${c.seriesTitle})`, hint: help(terms, `term-comparable-${c.id}`) }))}
        />
      )}
    </>
  );
}
