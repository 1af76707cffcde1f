/**
 * "Check your own qualifications": the applicant answers in plain language,
 * one step at a time, sees where they appear to stand, and prints or saves
 * the answers as an applicant file the placement officer opens.
 *
 * Claims only the hiring agency can judge ("closely related", "much like"
 * another class) are asked as questions and saved in the file, where the
 * officer sees them as judgements to confirm. The results never count them
 * silently: a level met only with them is "You may meet ..., if the hiring
 * agency agrees that ...".
 */
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import { ApplicantLanguage, LanguageSwitch, useLanguage, useT } from "../../i18n/applicant-language";
import { forgetAnswers, loadAnswers, saveAnswers } from "./answers-storage";
import { useCatalog } from "../../lib/catalog-context";
import type { Applicant } from "../../engine/applicant-schema";
import { screenApplicant } from "../../engine/screen-applicant";
import { validateApplicant, vocabularyOf } from "../../engine/validate-applicant";
import { useHandOver } from "../../lib/pending-applicant";
import { applicantFileName, downloadApplicant, parseApplicantFile } from "../../lib/applicant-file";
import { describePath, formOffers, type FormOffers } from "../../lib/applicant-form";
import { localToday } from "../../lib/today";
import { AnswersSummary, type Section } from "./answers-summary";
import { applicantToDraft, draftToApplicantJson, emptyDraft, emptyJobDraft, jobName, withoutClaims, type Draft, type JobDraft } from "./draft";
import { ErrorSummary } from "../../components/error-summary/error-summary";
import { plainResults } from "./plain-results";
import { CourseworkStep, CredentialsStep, DegreesStep, HighSchoolStep, JobsStep, JobStep, NameStep } from "./question-steps";
import { Glossary, ResultsStep } from "./results-step";
import { comparableLevels, glossary } from "./terms";
import { checkCoursework, checkCredentials, checkDegrees, checkHighSchool, checkJob, type FieldError } from "./validate-answers";
import "./self-assessment.css";

type Step = "start" | Section | "job" | "check" | "results";

/**
 * The questions in order; "job" is a page of "jobs". Licences and
 * certificates are asked only where a loaded class file declares some (or
 * the answers already hold some, so they can be seen and changed; once on
 * that question it stays until the applicant moves on).
 */
function questionsFor(offers: FormOffers, draft: Draft, step: Step): Section[] {
  const credentials = offers.credentials.length > 0 || (draft.credentials?.length ?? 0) > 0 || step === "credentials";
  return ["name", "high-school", "coursework", "degrees", ...(credentials ? (["credentials"] as const) : []), "jobs"];
}

interface State {
  step: Step;
  draft: Draft;
  /** The job being added or changed, and where it goes. */
  job: { index: number; answers: JobDraft } | null;
  /** Reached a question through "Change" on the check page: go back there after it. */
  returnToCheck: boolean;
}

const START: State = { step: "start", draft: emptyDraft(), job: null, returnToCheck: false };

const isState = (value: unknown): value is State => {
  const s = value as State | null;
  return !!s && typeof s === "object" && typeof s.step === "string" && !!s.draft && Array.isArray(s.draft.jobs);
};

/** The applicant's own page, in English or Spanish. */
export function SelfAssessmentView() {
  return (
    <ApplicantLanguage>
      <SelfAssessment />
    </ApplicantLanguage>
  );
}

function SelfAssessment() {
  const { catalog, screenOptions } = useCatalog();
  const t = useT();
  const { locale } = useLanguage();
  // Nothing about the applicant is stored unless they ask for it ("Keep my answers in this browser").
  const [initial] = useState(() => loadAnswers(isState));
  const [state, setState] = useState<State>(() => (initial ? { ...START, ...initial } : START));
  const [keep, setKeep] = useState(initial !== null);
  const [keepProblem, setKeepProblem] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState("");
  const handOver = useHandOver();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { step, draft } = state;
  const today = localToday();
  const asOf = draft.asOf || today;
  const terms = useMemo(() => glossary(catalog, t, locale), [catalog, t, locale]);
  const termsById = useMemo(() => Object.fromEntries(terms.map((t) => [t.id, t])), [terms]);
  const comparable = useMemo(() => comparableLevels(catalog), [catalog]);
  const offers = formOffers(catalog);
  // Kinds, licences and sectors of the loaded class files are good answers; the built-in vocabulary alone when none is loaded.
  const vocabulary = vocabularyOf(catalog);
  const questions = questionsFor(offers, draft, step);
  const credentialLabel = (id: string): string => offers.credentials.find((c) => c.value === id)?.label ?? id;

  useEffect(() => {
    if (keep && !saveAnswers(state)) setKeepProblem(t("sa.keep.refused"));
  }, [keep, state, t]);
  const onKeep = (on: boolean): void => {
    setKeep(on);
    setKeepProblem("");
    if (!on) forgetAnswers();
    setStatus(t(on ? "sa.keep.on" : "sa.keep.off"));
  };
  const onForget = (): void => {
    setKeep(false);
    forgetAnswers();
    setStatus(t("sa.keep.forgotten"));
  };

  // A new step puts focus on its heading, as a new page would.
  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
  }, [step]);

  const go = (next: Step, patch: Partial<State> = {}): void => {
    moved.current = true;
    setErrors([]);
    setStatus("");
    setState((s) => ({ ...s, ...patch, step: next }));
  };
  const update = (patch: Partial<Draft>): void => setState((s) => ({ ...s, draft: { ...s.draft, ...patch } }));

  const checked = useMemo(() => (step === "results" || step === "check" ? validateApplicant(draftToApplicantJson(draft), vocabulary) : null), [step, draft, vocabulary]);
  const levels = useMemo(() => {
    if (step !== "results" || !checked?.ok) return null;
    const applicant: Applicant = checked.applicant;
    const options = screenOptions(today);
    const claimed = screenApplicant(applicant, catalog, options);
    return { claimed, plain: plainResults(screenApplicant(withoutClaims(applicant), catalog, options), claimed, draft, catalog, t, locale) };
  }, [step, checked, catalog, screenOptions, today, draft, t, locale]);

  const fail = (found: FieldError[]): boolean => {
    setErrors(found);
    return found.length > 0;
  };
  const after = (section: Section): Step => (state.returnToCheck ? "check" : (questions[questions.indexOf(section) + 1] ?? "check"));

  const onContinue = (): void => {
    if (step === "name") go(after("name"));
    else if (step === "high-school") !fail(checkHighSchool(draft, t)) && go(after("high-school"));
    else if (step === "coursework") !fail(checkCoursework(draft, t)) && go(after("coursework"));
    else if (step === "degrees") !fail(checkDegrees(draft, t)) && go(after("degrees"));
    else if (step === "credentials") !fail(checkCredentials(draft, t, credentialLabel)) && go(after("credentials"));
    else if (step === "jobs") go("check", { returnToCheck: false });
  };

  const onBack = (): void => {
    if (step === "job") go("jobs", { job: null });
    else if (step === "results") go("check");
    else if (step === "check") go("jobs");
    else if (state.returnToCheck) go("check", { returnToCheck: false });
    else {
      const i = questions.indexOf(step as Section);
      go(i > 0 ? questions[i - 1] : "start");
    }
  };

  const seeResults = (): void => {
    const problems = [
      ...checkHighSchool(draft, t).map((e) => ({ ...e, id: "sa-change-high-school" })),
      ...checkCoursework(draft, t).map((e) => ({ ...e, id: "sa-change-coursework" })),
      ...checkDegrees(draft, t).map((e) => ({ ...e, id: "sa-change-degrees" })),
      ...(questions.includes("credentials") ? checkCredentials(draft, t, credentialLabel).map((e) => ({ ...e, id: "sa-change-credentials" })) : []),
      ...draft.jobs.flatMap((job, i) => checkJob(job, asOf, t, locale).map((e) => ({ id: "sa-change-jobs", message: t("sa.error.inJob", { job: jobName(job, i, t), message: e.message }) }))),
    ];
    if (fail(problems)) return;
    if (checked && !checked.ok) {
      fail(checked.errors.map((e) => ({ id: "sa-check-heading", message: t("sa.error.inFile", { place: describePath(e.path), message: e.message }) })));
      return;
    }
    go("results");
  };

  const saveJob = (): void => {
    if (!state.job) return;
    if (fail(checkJob(state.job.answers, asOf, t, locale))) return;
    const { index, answers } = state.job;
    const jobs = index < draft.jobs.length ? draft.jobs.map((j, i) => (i === index ? answers : j)) : [...draft.jobs, answers];
    go("jobs", { draft: { ...draft, jobs }, job: null });
    setStatus(t("sa.job.saved", { job: jobName(answers, index, t) }));
  };

  const save = (): void => {
    const v = validateApplicant(draftToApplicantJson(draft), vocabulary);
    if (!v.ok) {
      setStatus(t("sa.save.failed", { problems: v.errors.map((e) => t("sa.error.inFile", { place: describePath(e.path), message: e.message })).join("; ") }));
      return;
    }
    const name = applicantFileName(v.applicant, today);
    downloadApplicant(v.applicant, name);
    setStatus(t("sa.save.done", { file: name }));
  };

  /** With the officer beside the applicant: the same answers in the officer's page, where the officer decides the claims. */
  const openInOfficerView = (): void => {
    if (!checked?.ok) return;
    handOver(checked.applicant);
    window.location.hash = "/officer";
  };

  const open = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // The officer's own reader: the same checks and messages as "Open applicant".
    const opened = await parseApplicantFile(await file.text(), vocabulary);
    input.value = "";
    if (!opened.ok) {
      // One line per problem (each leads back to the file chooser), after one that says which file and that nothing changed.
      const where = (path: string): string => {
        const place = describePath(path);
        return place === path ? `"${path}"` : place;
      };
      fail([
        { id: "sa-open-file", message: t("sa.open.failed", { file: file.name }) },
        ...opened.errors.map((e) => ({ id: "sa-open-file", message: e.path ? t("sa.error.inFile", { place: where(e.path), message: e.message }) : e.message })),
      ]);
      return;
    }
    go("check", { draft: applicantToDraft(opened.applicant), job: null, returnToCheck: false });
    setStatus(t("sa.open.done", { file: file.name }));
  };

  const questionNumber = questions.indexOf(step === "job" ? "jobs" : (step as Section));
  const stepProps = { draft, update, errors, headingRef, terms: termsById, offers, t };

  return (
    <div className="self-assessment">
      <LanguageSwitch />
      {step !== "start" && (
        <button type="button" className="sa-back no-print" onClick={onBack}>
          {t("sa.back")}
        </button>
      )}
      <ErrorSummary
        items={errors.map((e) => ({ target: e.id, text: e.message }))}
        title={t("sa.error.title")}
        id="sa-error-summary"
        className="sa-error-summary"
        focusKey={errors}
      />
      {/* One live region for the whole flow (the results keep theirs beside the Save button), so a message is read even as the step changes. */}
      {step !== "results" && (
        <p role="status" className="sa-status">
          {status}
        </p>
      )}
      {questionNumber >= 0 && (
        <p className="sa-progress no-print">
          {t("sa.progress", { n: questionNumber + 1, total: questions.length })}
        </p>
      )}

      {step === "start" && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t("sa.start.title")}
          </h1>
          <p>{t("sa.start.intro")}</p>
          <ul>
            <li>{t("sa.start.time")}</li>
            <li>{t("sa.start.private")}</li>
            <li>{t("sa.start.notDecision")}</li>
          </ul>
          <button type="button" className="sa-primary" onClick={() => go("name", { returnToCheck: false })}>
            {t("sa.start.button")}
          </button>
          <h2>{t("sa.start.savedTitle")}</h2>
          <div className="sa-field">
            <label htmlFor="sa-open-file" className="sa-label">
              {t("sa.start.openLabel")}
            </label>
            <p id="sa-open-file-hint" className="sa-hint">
              {t("sa.start.openHint")}
            </p>
            <input id="sa-open-file" className="sa-file" type="file" accept=".json,application/json" aria-describedby="sa-open-file-hint" onChange={(e) => void open(e)} />
          </div>
          <details className="sa-words">
            <summary>{t("sa.words.title")}</summary>
            <Glossary terms={terms} />
          </details>
        </>
      )}

      {step === "name" && <NameStep {...stepProps} />}
      {step === "high-school" && <HighSchoolStep {...stepProps} />}
      {step === "coursework" && <CourseworkStep {...stepProps} />}
      {step === "degrees" && <DegreesStep {...stepProps} />}
      {step === "credentials" && <CredentialsStep {...stepProps} />}
      {step === "jobs" && (
        <JobsStep
          {...stepProps}
          onAdd={() => go("job", { job: { index: draft.jobs.length, answers: emptyJobDraft() } })}
          onChange={(i) => go("job", { job: { index: i, answers: draft.jobs[i] } })}
          onRemove={(i) => {
            setStatus(t("sa.job.removed", { job: jobName(draft.jobs[i], i, t) }));
            update({ jobs: draft.jobs.filter((_, j) => j !== i) });
          }}
        />
      )}
      {step === "job" && state.job && (
        <JobStep
          job={state.job.answers}
          index={state.job.index}
          setJob={(answers) => setState((s) => ({ ...s, job: s.job && { ...s.job, answers } }))}
          errors={errors}
          headingRef={headingRef}
          terms={termsById}
          comparable={comparable}
          offers={offers}
          t={t}
        />
      )}
      {step === "check" && (
        <>
          <h1 ref={headingRef} tabIndex={-1} id="sa-check-heading">
            {t("sa.check.title")}
          </h1>
          <AnswersSummary draft={draft} catalog={catalog} t={t} onChange={(section) => go(section, { returnToCheck: true })} />
        </>
      )}
      {step === "results" && !levels && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t("sa.results.title")}
          </h1>
          <p>{t("sa.results.needsCorrecting")}</p>
        </>
      )}
      {step === "results" && levels && (
        <ResultsStep
          levels={levels.plain}
          screened={levels.claimed}
          asOf={asOf}
          draft={draft}
          catalog={catalog}
          terms={terms}
          headingRef={headingRef}
          status={status}
          onPrint={() => window.print()}
          onSave={save}
          onOpenInOfficerView={openInOfficerView}
          onChange={(section) => go(section, { returnToCheck: true })}
          onRestart={() => {
            go("start", { draft: emptyDraft(), job: null, returnToCheck: false });
          }}
        />
      )}

      <div className="sa-nav no-print">
        {(questions as Step[]).includes(step) && (
          <button type="button" className="sa-primary" onClick={onContinue}>
            {t(state.returnToCheck ? "sa.nav.saveAndReturn" : "sa.nav.continue")}
          </button>
        )}
        {step === "job" && (
          <>
            <button type="button" className="sa-primary" onClick={saveJob}>
              {t("sa.job.save")}
            </button>
            <button type="button" className="sa-secondary" onClick={() => go("jobs", { job: null })}>
              {t("sa.job.cancel")}
            </button>
          </>
        )}
        {step === "check" && (
          <button type="button" className="sa-primary" onClick={seeResults}>
            {t("sa.check.seeResults")}
          </button>
        )}
      </div>
      <div className="draft-setting sa-keep no-print">
        <div className="sa-choice sa-single-check">
          <input id="sa-keep" type="checkbox" checked={keep} onChange={(e) => onKeep(e.target.checked)} aria-describedby="sa-keep-hint" />
          <label htmlFor="sa-keep">{t("sa.keep.label")}</label>
        </div>
        <p id="sa-keep-hint" className="sa-hint">
          {t("sa.keep.hint")}
        </p>
        {keep && (
          <button type="button" className="sa-secondary" onClick={onForget}>
            {t("sa.keep.forget")}
          </button>
        )}
        {keepProblem && <p className="sa-error-message">{keepProblem}</p>}
      </div>
    </div>
  );
}
