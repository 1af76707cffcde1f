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
import { useCatalog } from "../../app/catalog-context";
import type { Applicant } from "../../engine/applicant-schema";
import { screenApplicant } from "../../engine/screen-applicant";
import { validateApplicant } from "../../engine/validate-applicant";
import { setPendingApplicant } from "../officer";
import { applicantFileName, downloadApplicant, parseApplicantFile } from "../officer/applicant-file";
import { describePath } from "../officer/applicant-form-model";
import { localToday } from "../report";
import { AnswersSummary, type Section } from "./answers-summary";
import { applicantToDraft, draftToApplicantJson, emptyDraft, emptyJobDraft, jobName, withoutClaims, type Draft, type JobDraft } from "./draft";
import { ErrorSummary } from "./fields";
import { plainResults } from "./plain-results";
import { CourseworkStep, DegreesStep, HighSchoolStep, JobsStep, JobStep, NameStep } from "./question-steps";
import { Glossary, ResultsStep } from "./results-step";
import { comparableLevels, glossary } from "./terms";
import { checkCoursework, checkDegrees, checkHighSchool, checkJob, type FieldError } from "./validate-answers";
import "./self-assessment.css";

type Step = "start" | Section | "job" | "check" | "results";

/** The questions in order; "job" is a page of "jobs". */
const QUESTIONS: Section[] = ["name", "high-school", "coursework", "degrees", "jobs"];

interface State {
  step: Step;
  draft: Draft;
  /** The job being added or changed, and where it goes. */
  job: { index: number; answers: JobDraft } | null;
  /** Reached a question through "Change" on the check page: go back there after it. */
  returnToCheck: boolean;
}

const STORE_KEY = "mq-screener.self-assessment";
const START: State = { step: "start", draft: emptyDraft(), job: null, returnToCheck: false };

/** Answers survive a reload or a visit to another view, in this tab only (sessionStorage), and never leave the browser. */
function restore(): State {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(STORE_KEY) ?? "null") as State | null;
    if (saved && typeof saved.step === "string" && saved.draft && Array.isArray(saved.draft.jobs)) return { ...START, ...saved };
  } catch {
    // A damaged entry is ignored; the applicant starts afresh.
  }
  return START;
}

export function SelfAssessmentView() {
  const { catalog, screenOptions } = useCatalog();
  const [state, setState] = useState<State>(restore);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { step, draft } = state;
  const today = localToday();
  const asOf = draft.asOf || today;
  const terms = useMemo(() => glossary(catalog), [catalog]);
  const termsById = useMemo(() => Object.fromEntries(terms.map((t) => [t.id, t])), [terms]);
  const comparable = useMemo(() => comparableLevels(catalog), [catalog]);

  useEffect(() => {
    try {
      window.sessionStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch {
      // Storage may be off: the answers still work on this page.
    }
  }, [state]);

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

  const checked = useMemo(() => (step === "results" || step === "check" ? validateApplicant(draftToApplicantJson(draft)) : null), [step, draft]);
  const levels = useMemo(() => {
    if (step !== "results" || !checked?.ok) return null;
    const applicant: Applicant = checked.applicant;
    const options = screenOptions(today);
    return plainResults(screenApplicant(withoutClaims(applicant), catalog, options), screenApplicant(applicant, catalog, options), draft, catalog);
  }, [step, checked, catalog, screenOptions, today, draft]);

  const fail = (found: FieldError[]): boolean => {
    setErrors(found);
    return found.length > 0;
  };
  const after = (section: Section): Step => (state.returnToCheck ? "check" : (QUESTIONS[QUESTIONS.indexOf(section) + 1] ?? "check"));

  const onContinue = (): void => {
    if (step === "name") go(after("name"));
    else if (step === "high-school") !fail(checkHighSchool(draft)) && go(after("high-school"));
    else if (step === "coursework") !fail(checkCoursework(draft)) && go(after("coursework"));
    else if (step === "degrees") !fail(checkDegrees(draft)) && go(after("degrees"));
    else if (step === "jobs") go("check", { returnToCheck: false });
  };

  const onBack = (): void => {
    if (step === "job") go("jobs", { job: null });
    else if (step === "results") go("check");
    else if (step === "check") go("jobs");
    else if (state.returnToCheck) go("check", { returnToCheck: false });
    else {
      const i = QUESTIONS.indexOf(step as Section);
      go(i > 0 ? QUESTIONS[i - 1] : "start");
    }
  };

  const seeResults = (): void => {
    const problems = [
      ...checkHighSchool(draft).map((e) => ({ ...e, id: "sa-change-high-school" })),
      ...checkCoursework(draft).map((e) => ({ ...e, id: "sa-change-coursework" })),
      ...checkDegrees(draft).map((e) => ({ ...e, id: "sa-change-degrees" })),
      ...draft.jobs.flatMap((job, i) => checkJob(job, asOf).map((e) => ({ id: "sa-change-jobs", message: `${jobName(job, i)}: ${e.message}` }))),
    ];
    if (fail(problems)) return;
    if (checked && !checked.ok) {
      fail(checked.errors.map((e) => ({ id: "sa-check-heading", message: `${describePath(e.path)}: ${e.message}` })));
      return;
    }
    go("results");
  };

  const saveJob = (): void => {
    if (!state.job) return;
    if (fail(checkJob(state.job.answers, asOf))) return;
    const { index, answers } = state.job;
    const jobs = index < draft.jobs.length ? draft.jobs.map((j, i) => (i === index ? answers : j)) : [...draft.jobs, answers];
    go("jobs", { draft: { ...draft, jobs }, job: null });
    setStatus(`${jobName(answers, index)} saved.`);
  };

  const save = (): void => {
    const v = validateApplicant(draftToApplicantJson(draft));
    if (!v.ok) {
      setStatus(`Your answers could not be saved: ${v.errors.map((e) => `${describePath(e.path)}: ${e.message}`).join("; ")}`);
      return;
    }
    const name = applicantFileName(v.applicant, today);
    downloadApplicant(v.applicant, name);
    setStatus(`Your answers were saved as ${name} in your downloads.`);
  };

  /** With the officer beside the applicant: the same answers in the officer's page, where the officer decides the claims. */
  const openInOfficerView = (): void => {
    if (!checked?.ok) return;
    setPendingApplicant(checked.applicant);
    window.location.hash = "/officer";
  };

  const open = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // The officer's own reader: the same checks and messages as "Open applicant".
    const opened = await parseApplicantFile(await file.text());
    input.value = "";
    if (!opened.ok) {
      // One line per problem (each leads back to the file chooser), after one that says which file and that nothing changed.
      const where = (path: string): string => {
        const place = describePath(path);
        return place === path ? `"${path}"` : place;
      };
      fail([
        { id: "sa-open-file", message: `${file.name} cannot be opened, so nothing has changed. Choose the file you saved, or one the placement officer gave you. The problems:` },
        ...opened.errors.map((e) => ({ id: "sa-open-file", message: e.path ? `${where(e.path)}: ${e.message}` : e.message })),
      ]);
      return;
    }
    go("check", { draft: applicantToDraft(opened.applicant), job: null, returnToCheck: false });
    setStatus(`Opened ${file.name}. Check the answers, then see your results.`);
  };

  const questionNumber = QUESTIONS.indexOf(step === "job" ? "jobs" : (step as Section));
  const stepProps = { draft, update, errors, headingRef, terms: termsById };

  return (
    <div className="self-assessment">
      {step !== "start" && (
        <button type="button" className="sa-back no-print" onClick={onBack}>
          Back
        </button>
      )}
      <ErrorSummary errors={errors} />
      {/* One live region for the whole flow (the results keep theirs beside the Save button), so a message is read even as the step changes. */}
      {step !== "results" && (
        <p role="status" className="sa-status">
          {status}
        </p>
      )}
      {questionNumber >= 0 && (
        <p className="sa-progress no-print">
          Question {questionNumber + 1} of {QUESTIONS.length}
        </p>
      )}

      {step === "start" && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            Check your own qualifications
          </h1>
          <p>
            Answer a few questions about your education and jobs, and see which job classes you appear to meet the minimum qualifications for, and what
            you would need for the others.
          </p>
          <ul>
            <li>It takes about 10 minutes. Have the dates and hours of your jobs and your college transcripts to hand, if you have them.</li>
            <li>Your answers stay on this device: nothing is sent anywhere.</li>
            <li>The hiring agency makes the official decision; this only shows where you appear to stand.</li>
          </ul>
          <button type="button" className="sa-primary" onClick={() => go("name", { returnToCheck: false })}>
            Start
          </button>
          <h2>Already saved your answers?</h2>
          <div className="sa-field">
            <label htmlFor="sa-open-file" className="sa-label">
              Open your saved answers
            </label>
            <p id="sa-open-file-hint" className="sa-hint">
              Choose the .json file you saved from this screener, or one the placement officer gave you.
            </p>
            <input id="sa-open-file" className="sa-file" type="file" accept=".json,application/json" aria-describedby="sa-open-file-hint" onChange={(e) => void open(e)} />
          </div>
          <details className="sa-words">
            <summary>What the words mean</summary>
            <Glossary terms={terms} />
          </details>
        </>
      )}

      {step === "name" && <NameStep {...stepProps} />}
      {step === "high-school" && <HighSchoolStep {...stepProps} />}
      {step === "coursework" && <CourseworkStep {...stepProps} />}
      {step === "degrees" && <DegreesStep {...stepProps} />}
      {step === "jobs" && (
        <JobsStep
          {...stepProps}
          onAdd={() => go("job", { job: { index: draft.jobs.length, answers: emptyJobDraft() } })}
          onChange={(i) => go("job", { job: { index: i, answers: draft.jobs[i] } })}
          onRemove={(i) => {
            setStatus(`${jobName(draft.jobs[i], i)} removed.`);
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
        />
      )}
      {step === "check" && (
        <>
          <h1 ref={headingRef} tabIndex={-1} id="sa-check-heading">
            Check your answers
          </h1>
          <AnswersSummary draft={draft} catalog={catalog} onChange={(section) => go(section, { returnToCheck: true })} />
        </>
      )}
      {step === "results" && !levels && (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            Your results
          </h1>
          <p>Some answers need correcting before the results can be shown: go back to your answers and change them.</p>
        </>
      )}
      {step === "results" && levels && (
        <ResultsStep
          levels={levels}
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
        {(QUESTIONS as Step[]).includes(step) && (
          <button type="button" className="sa-primary" onClick={onContinue}>
            {state.returnToCheck ? "Save and go back to your answers" : "Continue"}
          </button>
        )}
        {step === "job" && (
          <>
            <button type="button" className="sa-primary" onClick={saveJob}>
              Save this job
            </button>
            <button type="button" className="sa-secondary" onClick={() => go("jobs", { job: null })}>
              Cancel
            </button>
          </>
        )}
        {step === "check" && (
          <button type="button" className="sa-primary" onClick={seeResults}>
            See your results
          </button>
        )}
      </div>
    </div>
  );
}
