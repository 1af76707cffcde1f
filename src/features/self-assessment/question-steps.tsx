/**
 * The questions, one step at a time, in plain language. Every term the class
 * specs use is explained beside the question that needs it (hints tied with
 * aria-describedby); the words come from terms.ts and the catalog.
 */
import type { RefObject } from "react";
import { DEGREE_LEVELS, EXPERIENCE_KINDS, HIGH_SCHOOL, AREA_INFO, RECOGNISED_AREAS } from "../../engine/vocabulary";
import { useLanguage, type Translate } from "../../i18n/applicant-language";
import { dateInWords, dateOrder, FORMAT_LOCALE, type Locale } from "../../i18n/locale";
import type { FormOffers, OfferedTerm } from "../../lib/applicant-form";
import { CLOSELY_RELATED, emptyCoursework, emptyDate, emptyDegree, jobName, NO_SECTOR, partsToIso, UNRELATED, type CredentialDraft, type DateParts, type Draft, type JobDraft } from "./draft";
import { CheckboxGroup, DateField, errorFor, RadioGroup, TextField } from "./fields";
import type { ComparableLevel, Term } from "./terms";
import { domToken, fromDomToken, ids, type FieldError } from "./validate-answers";

export interface StepProps {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  errors: FieldError[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  terms: Record<string, Term>;
  /** (1.2) What the loaded classes use beyond the built-in ones; nothing for the built-in classes alone. */
  offers: FormOffers;
  t: Translate;
}

const help = (terms: Record<string, Term>, id: string): string | undefined => terms[id]?.help;

/** Areas the applicant can name; "similar" is the agency's judgement, so it is never offered. */
const AREAS = RECOGNISED_AREAS.filter((a) => !AREA_INFO[a].judgement);

const yesNo = (t: Translate) => [
  { value: "yes", label: t("sa.yes") },
  { value: "no", label: t("sa.no") },
];

/** A vocabulary entry's words in the page's language. */
export const vocabLabel = (t: Translate, kind: "kind" | "area" | "degree" | "highSchool", id: string): string => t(`vocab.${kind}.${id}`);
const vocabHint = (t: Translate, kind: "kind" | "area", id: string): string => t(`vocab.${kind}.${id}.hint`);

/** A choice whose words come from a loaded class file: shown as the file gives them (in English, marked so). */
const fileChoice = (term: OfferedTerm) => ({
  value: domToken(term.value),
  label: <span lang="en">{term.label}</span>,
  hint: term.description ? <span lang="en">{term.description}</span> : undefined,
});

/** The degree levels offered: a professional degree (J.D., M.D.) only where a loaded class tells it from a research doctorate. */
export const degreeLevelsOffered = (offers: FormOffers, chosen = ""): string[] => (offers.professional || chosen === "professional" ? [...DEGREE_LEVELS, "professional"] : [...DEGREE_LEVELS]);

/** A degree level in the page's language; "doctorate" says "research" where a professional degree is offered beside it. */
export const degreeLabel = (t: Translate, level: string, professional: boolean): string => (level === "doctorate" && professional ? t("vocab.degree.doctorate.research") : vocabLabel(t, "degree", level));

export function NameStep({ draft, update, errors, headingRef, t }: StepProps) {
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t("sa.name.title")}
      </h1>
      <TextField
        id={ids.name}
        label={t("sa.name.label")}
        hint={t("sa.name.hint")}
        autoComplete="name"
        error={errorFor(errors, ids.name)}
        value={draft.name}
        onChange={(name) => update({ name })}
      />
    </>
  );
}

export function HighSchoolStep({ draft, update, errors, headingRef, terms, t }: StepProps) {
  return (
    <RadioGroup
      id={ids.highSchool}
      legend={t("sa.highSchool.title")}
      legendHeading
      headingRef={headingRef}
      hint={help(terms, "term-ged")}
      error={errorFor(errors, ids.highSchool)}
      value={draft.highSchool}
      onChange={(highSchool) => update({ highSchool })}
      choices={HIGH_SCHOOL.map((h) => ({
        value: h,
        label: t(`sa.highSchool.${h}`),
      }))}
    />
  );
}

export function CourseworkStep({ draft, update, errors, headingRef, terms, offers, t }: StepProps) {
  const rows = draft.coursework;
  // Clock hours and graduate courses only where a loaded class counts them (or an opened file has them).
  const clock = offers.clock || rows.some((r) => r.unit === "clock");
  const graduate = offers.graduate || rows.some((r) => r.level === "graduate");
  const setRow = (i: number, patch: Partial<(typeof rows)[number]>): void => update({ coursework: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <>
      <RadioGroup
        id={ids.hasCoursework}
        legend={t(clock ? "sa.coursework.titleWithTraining" : "sa.coursework.title")}
        legendHeading
        headingRef={headingRef}
        hint={
          <>
            <p>{help(terms, "term-coursework")}</p>
            {clock && <p>{t("sa.coursework.trainingHint")}</p>}
            <p>{t("sa.coursework.degreeHint")}</p>
          </>
        }
        error={errorFor(errors, ids.hasCoursework)}
        value={draft.hasCoursework}
        onChange={(v) => update({ hasCoursework: v as Draft["hasCoursework"], coursework: v === "yes" && rows.length === 0 ? [emptyCoursework()] : rows })}
        choices={yesNo(t)}
      />
      {draft.hasCoursework === "yes" && (
        <>
          <p>{t("sa.coursework.intro")}</p>
          {rows.map((row, i) => (
            <fieldset key={i} className="sa-fieldset sa-group">
              <legend>
                <h2>{t("sa.coursework.group", { n: i + 1 })}</h2>
              </legend>
              <TextField
                id={ids.courseworkHours(i)}
                label={t(clock ? "sa.coursework.hoursAny" : "sa.coursework.hours")}
                hint={t(clock ? "sa.coursework.hoursAnyHint" : "sa.coursework.hoursHint")}
                inputMode="decimal"
                width="short"
                error={errorFor(errors, ids.courseworkHours(i))}
                value={row.hours}
                onChange={(hours) => setRow(i, { hours })}
              />
              <RadioGroup
                id={`sa-coursework-${i}-unit`}
                legend={t("sa.coursework.unit")}
                value={row.unit}
                onChange={(unit) => setRow(i, { unit: unit as "semester" | "quarter" | "clock" })}
                choices={[
                  { value: "semester", label: t("sa.coursework.semester"), hint: help(terms, "term-semester-hours") },
                  { value: "quarter", label: t("sa.coursework.quarter"), hint: help(terms, "term-quarter-hours") },
                  ...(clock ? [{ value: "clock", label: t("sa.coursework.clock"), hint: help(terms, "term-clock-hours") }] : []),
                ]}
              />
              {graduate && (
                <CheckboxGroup
                  id={`sa-coursework-${i}-level`}
                  legend={t("sa.coursework.level")}
                  values={row.level === "graduate" ? ["graduate"] : []}
                  onChange={(v) => setRow(i, { level: v.includes("graduate") ? "graduate" : "" })}
                  choices={[{ value: "graduate", label: t("sa.coursework.graduate"), hint: help(terms, "term-graduate-courses") }]}
                />
              )}
              <CheckboxGroup
                id={`sa-coursework-${i}-areas`}
                legend={t("sa.coursework.areas")}
                hint={help(terms, "term-similar-area")}
                values={row.areas}
                onChange={(areas) => setRow(i, { areas })}
                choices={AREAS.map((a) => ({ value: a, label: vocabLabel(t, "area", a), hint: vocabHint(t, "area", a) }))}
              />
              {row.areas.some((a) => AREA_INFO[a]?.judgement) && <p>{t("sa.coursework.similarMarked")}</p>}
              {(row.otherAreaEntries ?? []).map((entry, k) => (
                <div key={k} className="sa-area-entry">
                  <TextField
                    id={`sa-coursework-${i}-subject-${k}`}
                    label={t("sa.coursework.subject", { n: k + 1 })}
                    value={entry.area}
                    onChange={(area) => setRow(i, { otherAreaEntries: (row.otherAreaEntries ?? []).map((e, j) => (j === k ? { area } : e)) })}
                  />
                  <button type="button" className="sa-secondary" onClick={() => setRow(i, { otherAreaEntries: (row.otherAreaEntries ?? []).filter((_, j) => j !== k) })}>
                    {t("sa.coursework.removeSubject", { n: k + 1 })}
                  </button>
                </div>
              ))}
              <TextField
                id={`sa-coursework-${i}-other`}
                label={t("sa.coursework.other")}
                hint={t("sa.coursework.otherHint")}
                value={row.otherAreas}
                onChange={(otherAreas) => setRow(i, { otherAreas })}
              />
              <button type="button" className="sa-secondary" onClick={() => update({ coursework: rows.filter((_, j) => j !== i) })}>
                {t("sa.coursework.remove", { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button type="button" className="sa-secondary" onClick={() => update({ coursework: [...rows, emptyCoursework()] })}>
            {t("sa.coursework.add")}
          </button>
        </>
      )}
    </>
  );
}

export function DegreesStep({ draft, update, errors, headingRef, offers, t }: StepProps) {
  const rows = draft.degrees;
  const professional = offers.professional || rows.some((r) => r.level === "professional");
  const setRow = (i: number, patch: Partial<(typeof rows)[number]>): void => update({ degrees: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <>
      <RadioGroup
        id={ids.hasDegree}
        legend={t("sa.degrees.title")}
        legendHeading
        headingRef={headingRef}
        hint={t(professional ? "sa.degrees.hintProfessional" : "sa.degrees.hint")}
        error={errorFor(errors, ids.hasDegree)}
        value={draft.hasDegree}
        onChange={(v) => update({ hasDegree: v as Draft["hasDegree"], degrees: v === "yes" && rows.length === 0 ? [emptyDegree()] : rows })}
        choices={yesNo(t)}
      />
      {draft.hasDegree === "yes" &&
        rows.map((row, i) => (
          <fieldset key={i} className="sa-fieldset sa-group">
            <legend>
              <h2>{t("sa.degrees.group", { n: i + 1 })}</h2>
            </legend>
            <div className={`sa-field${errorFor(errors, ids.degreeLevel(i)) ? " sa-field-error" : ""}`}>
              <label htmlFor={ids.degreeLevel(i)} className="sa-label">
                {t("sa.degrees.level")}
              </label>
              {errorFor(errors, ids.degreeLevel(i)) && (
                <p id={`${ids.degreeLevel(i)}-error`} className="sa-error-message">
                  <span className="visually-hidden">{t("sa.error.prefix")} </span>
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
                <option value="">{t("sa.degrees.choose")}</option>
                {degreeLevelsOffered(offers, row.level).map((l) => (
                  <option key={l} value={l}>
                    {degreeLabel(t, l, professional)}
                  </option>
                ))}
              </select>
            </div>
            <RadioGroup
              id={`sa-degree-${i}-field`}
              legend={t("sa.degrees.field")}
              value={row.field}
              onChange={(field) => setRow(i, { field })}
              choices={[
                ...AREAS.map((a) => ({ value: a, label: vocabLabel(t, "area", a), hint: vocabHint(t, "area", a) })),
                ...(row.field && AREA_INFO[row.field]?.judgement ? [{ value: row.field, label: t("sa.degrees.marked", { area: vocabLabel(t, "area", row.field) }) }] : []),
                { value: "other", label: t("sa.somethingElse") },
              ]}
            />
            {row.field === "other" && (
              <TextField id={`sa-degree-${i}-other`} label={t("sa.degrees.otherLabel")} hint={t("sa.degrees.otherHint")} value={row.otherField} onChange={(otherField) => setRow(i, { otherField })} />
            )}
            <button type="button" className="sa-secondary" onClick={() => update({ degrees: rows.filter((_, j) => j !== i) })}>
              {t("sa.degrees.remove", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
      {draft.hasDegree === "yes" && (
        <button type="button" className="sa-secondary" onClick={() => update({ degrees: [...rows, emptyDegree()] })}>
          {t("sa.degrees.add")}
        </button>
      )}
    </>
  );
}

/**
 * (1.2) Licences and certificates, a question of its own where a loaded class
 * file declares some: which ones the applicant holds (the file's words), and
 * for each its name on the document and when it expires.
 */
export function CredentialsStep({ draft, update, errors, headingRef, terms, offers, t }: StepProps) {
  const { locale } = useLanguage();
  const held = draft.credentials ?? [];
  // A licence an opened file holds stays listed, so it can be seen and unticked.
  const choices: OfferedTerm[] = [...offers.credentials, ...held.filter((c) => !offers.credentials.some((o) => o.value === c.id)).map((c) => ({ value: c.id, label: c.id }))];
  const labelOf = (id: string): string => choices.find((c) => c.value === id)?.label ?? id;
  const setHeld = (id: string, patch: Partial<CredentialDraft>): void => update({ credentials: held.map((c) => (c.id === id ? { ...c, ...patch } : c)) });
  return (
    <>
      <RadioGroup
        id={ids.hasCredential}
        legend={t("sa.credentials.title")}
        legendHeading
        headingRef={headingRef}
        hint={
          <>
            <p>{t("sa.credentials.hint")}</p>
            <p>{help(terms, "term-licence")}</p>
          </>
        }
        error={errorFor(errors, ids.hasCredential)}
        value={draft.hasCredential ?? ""}
        onChange={(v) => update({ hasCredential: v as Draft["hasCredential"] })}
        choices={yesNo(t)}
      />
      {draft.hasCredential === "yes" && (
        <>
          <CheckboxGroup
            id={ids.credentials}
            legend={t("sa.credentials.which")}
            error={errorFor(errors, ids.credentials)}
            values={held.map((c) => domToken(c.id))}
            onChange={(tokens) =>
              update({ credentials: tokens.map(fromDomToken).map((id) => held.find((c) => c.id === id) ?? { id, name: "", expires: emptyDate() }) })
            }
            choices={choices.map(fileChoice)}
          />
          {held.map((c) => (
            <fieldset key={c.id} className="sa-fieldset sa-group">
              <legend>
                <h2 lang="en">{labelOf(c.id)}</h2>
              </legend>
              <TextField
                id={ids.credentialName(c.id)}
                label={t("sa.credentials.name")}
                hint={t("sa.credentials.nameHint")}
                value={c.name}
                onChange={(name) => setHeld(c.id, { name })}
              />
              <DateField
                id={ids.credentialExpires(c.id)}
                legend={t("sa.credentials.expires")}
                hint={t("sa.credentials.expiresHint", { example: dateExample(locale, "15", "3", "2029") })}
                errors={errors}
                value={c.expires}
                onChange={(expires) => setHeld(c.id, { expires })}
              />
            </fieldset>
          ))}
        </>
      )}
    </>
  );
}

/** A date as the applicant gave it, in words: "15 March 2019", or "March 2019" when they left the day out. */
function partsInWords(parts: DateParts, edge: "start" | "end", locale: Locale): string {
  const iso = partsToIso(parts, edge);
  if (iso === null) return "?";
  if (parts.day.trim() !== "") return dateInWords(iso, locale);
  return new Intl.DateTimeFormat(FORMAT_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, 1)));
}

/** "March 2019 to now, 40 hours a week". */
export function jobSummary(job: JobDraft, t: Translate, locale: Locale): string {
  const start = partsInWords(job.start, "start", locale);
  return job.current
    ? t("sa.job.summaryCurrent", { start, hours: job.hoursPerWeek })
    : t("sa.job.summary", { start, end: partsInWords(job.end, "end", locale), hours: job.hoursPerWeek });
}

/** "For example 3 15 2019" in the order the reader's region writes dates. */
function dateExample(locale: Locale, day: string, month: string, year: string): string {
  const parts = { day, month, year };
  return dateOrder(locale).map((p) => parts[p]).join(" ");
}

export function JobsStep({ draft, headingRef, onAdd, onChange, onRemove, t }: StepProps & { onAdd: () => void; onChange: (i: number) => void; onRemove: (i: number) => void }) {
  const { locale } = useLanguage();
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t("sa.jobs.title")}
      </h1>
      <p>{t("sa.jobs.intro")}</p>
      {draft.jobs.length === 0 ? (
        <p>{t("sa.jobs.none")}</p>
      ) : (
        <ul className="sa-job-list">
          {draft.jobs.map((job, i) => (
            <li key={i}>
              <h2>{jobName(job, i, t)}</h2>
              <p>{jobSummary(job, t, locale)}</p>
              <button type="button" className="sa-secondary" onClick={() => onChange(i)}>
                {t("sa.jobs.change", { n: i + 1 })}
              </button>{" "}
              <button type="button" className="sa-secondary" onClick={() => onRemove(i)}>
                {t("sa.jobs.remove", { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="sa-secondary" onClick={onAdd}>
        {t(draft.jobs.length ? "sa.jobs.addAnother" : "sa.jobs.add")}
      </button>
    </>
  );
}

const RELATED_KINDS = EXPERIENCE_KINDS.filter((k) => k !== CLOSELY_RELATED && k !== UNRELATED);
const BUILTIN_KINDS: ReadonlySet<string> = new Set(EXPERIENCE_KINDS);

/** The loaded classes' own kinds of work, and any other kind the job already holds (an opened file's), kept rather than dropped. */
function kindsOffered(offers: FormOffers, job: JobDraft): OfferedTerm[] {
  const others = job.kinds.filter((k) => !BUILTIN_KINDS.has(k) && !offers.kinds.some((o) => o.value === k));
  return [...offers.kinds, ...others.map((k) => ({ value: k, label: k }))];
}

/** The loaded classes' employer sectors, and the job's own if no loaded class declares it. */
function sectorsOffered(offers: FormOffers, job: JobDraft): OfferedTerm[] {
  const own = job.sector && job.sector !== NO_SECTOR && !offers.sectors.some((o) => o.value === job.sector) ? [{ value: job.sector, label: job.sector }] : [];
  return [...offers.sectors, ...own];
}

export function JobStep({
  job,
  index,
  setJob,
  errors,
  headingRef,
  terms,
  comparable,
  offers,
  t,
}: {
  t: Translate;
  offers: FormOffers;
  job: JobDraft;
  index: number;
  setJob: (job: JobDraft) => void;
  errors: FieldError[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  terms: Record<string, Term>;
  comparable: ComparableLevel[];
}) {
  const set = (patch: Partial<JobDraft>): void => setJob({ ...job, ...patch });
  const { locale } = useLanguage();
  const onlyUnrelated = job.kinds.length > 0 && !job.kinds.some((k) => k !== UNRELATED);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t("sa.job.title", { n: index + 1 })}
      </h1>
      <TextField id={ids.jobTitle} label={t("sa.job.jobTitle")} hint={t("sa.job.jobTitleHint")} autoComplete="organization-title" value={job.title} onChange={(title) => set({ title })} />
      <TextField id={ids.jobEmployer} label={t("sa.job.employer")} hint={t("sa.job.employerHint")} autoComplete="organization" value={job.employer} onChange={(employer) => set({ employer })} />
      <DateField
        id={ids.jobStart}
        legend={t("sa.job.start")}
        hint={t("sa.job.startHint", { example: dateExample(locale, "15", "3", "2019") })}
        errors={errors}
        value={job.start}
        onChange={(start) => set({ start })}
      />
      <div className="sa-choice sa-single-check">
        <input id={ids.jobCurrent} type="checkbox" checked={job.current} onChange={(e) => set({ current: e.target.checked })} />
        <label htmlFor={ids.jobCurrent}>{t("sa.job.current")}</label>
      </div>
      {!job.current && (
        <DateField
          id={ids.jobEnd}
          legend={t("sa.job.end")}
          hint={t("sa.job.endHint", { example: dateExample(locale, "30", "6", "2023") })}
          errors={errors}
          value={job.end}
          onChange={(end) => set({ end })}
        />
      )}
      <TextField
        id={ids.jobHours}
        label={t("sa.job.hours")}
        hint={help(terms, "term-full-time")}
        inputMode="decimal"
        width="short"
        error={errorFor(errors, ids.jobHours)}
        value={job.hoursPerWeek}
        onChange={(hoursPerWeek) => set({ hoursPerWeek })}
      />
      <CheckboxGroup
        id={ids.jobKinds}
        legend={t("sa.job.kinds")}
        error={errorFor(errors, ids.jobKinds)}
        values={job.kinds.map(domToken)}
        onChange={(tokens) => {
          const kinds = tokens.map(fromDomToken);
          set({ kinds, closelyRelated: kinds.some((k) => k !== UNRELATED) ? "" : job.closelyRelated });
        }}
        choices={[
          ...RELATED_KINDS.map((k) => ({ value: k, label: vocabLabel(t, "kind", k), hint: vocabHint(t, "kind", k) })),
          ...kindsOffered(offers, job).map(fileChoice),
          { value: UNRELATED, label: t("sa.somethingElse"), hint: t("sa.job.somethingElseHint") },
        ]}
      />
      {onlyUnrelated && (
        <RadioGroup
          id={ids.jobClosely}
          legend={t("sa.job.closely")}
          hint={help(terms, "term-closely-related")}
          error={errorFor(errors, ids.jobClosely)}
          value={job.closelyRelated}
          onChange={(v) => set({ closelyRelated: v as JobDraft["closelyRelated"] })}
          choices={[
            { value: "yes", label: t("sa.job.closelyYes") },
            { value: "no", label: t("sa.no") },
          ]}
        />
      )}
      {sectorsOffered(offers, job).length > 0 && (
        <RadioGroup
          id={ids.jobSector}
          legend={t("sa.job.sector")}
          hint={t("sa.job.sectorHint")}
          value={domToken(job.sector ?? "")}
          onChange={(token) => set({ sector: fromDomToken(token) })}
          choices={[...sectorsOffered(offers, job).map(fileChoice), { value: NO_SECTOR, label: t("sa.job.sectorNone") }]}
        />
      )}
      <RadioGroup
        id={ids.jobSupervisory}
        legend={t("sa.job.supervisory")}
        hint={help(terms, "term-supervisory")}
        error={errorFor(errors, ids.jobSupervisory)}
        value={job.supervisory}
        onChange={(v) => set({ supervisory: v as JobDraft["supervisory"] })}
        choices={yesNo(t)}
      />
      {comparable.length > 0 && (
        <CheckboxGroup
          id={ids.jobComparable}
          legend={t("sa.job.comparable")}
          hint={t("sa.job.comparableHint")}
          values={job.comparableTo}
          onChange={(comparableTo) => set({ comparableTo })}
          choices={comparable.map((c) => ({
            value: c.id,
            label: (
              <>
                <span lang="en">{c.title}</span> (<span lang="en">{c.seriesTitle}</span>)
              </>
            ),
            hint: help(terms, `term-comparable-${c.id}`),
          }))}
        />
      )}
    </>
  );
}
