/**
 * The page a placement officer works in all day: the applicant form beside
 * live results (stacked on narrow screens), with Save, Open and Clear, and
 * an opt-in draft kept in this browser.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type ReactNode, type RefObject } from "react";
import { useForm } from "react-hook-form";
import type { Applicant } from "../../engine/applicant-schema";
import type { ApplicantVocabulary, LocatedError } from "../../engine/validate-applicant";
import { applicantField } from "../../pool/applicant-fields";
import { applicantToForm, describePath, emptyForm, fieldId, offeredVocabulary, type ApplicantFormValues } from "../../lib/applicant-form";
import { useCatalog } from "../../lib/catalog-context";
import { forgetDraft, loadDraft, saveDraft } from "./draft-storage";
import { DecisionsSection } from "./decisions-section";
import { EducationSection } from "./education-section";
import { ExperienceSection } from "./experience-section";
import { FormPartsContext, type FormParts } from "./form-context";
import { TextField } from "./form-controls";
import { applicantResolver, validateForm } from "./form-resolver";
import type { Screened } from "./live-results";
import { makePendingApplicant, takePending } from "../../lib/pending-applicant";
import { localToday } from "../../lib/today";
import { createStore, useSessionStore } from "../../lib/session-store";

const LiveResults = lazy(() => import("./live-results"));
// The error summary appears only after a failed save or check: its code is fetched then.
const ErrorSummary = lazy(() => import("./form-error-summary").then((m) => ({ default: m.ErrorSummary })));
// Saving and opening files happen on a click: their code is fetched then.
const loadFileTools = () => import("../../lib/applicant-file");
// The printable report (src/components/report) loads after the form, like the results.
const PrintReportControls = lazy(() => import("../../components/report").then((m) => ({ default: m.PrintReportControls })));
// Notice letters to the applicant (English or Spanish): loaded with the report, after the form.
const NoticesPanel = lazy(() => import("../../components/notices/notices-disclosure").then((m) => ({ default: m.NoticesPanel })));

/**
 * The form as the officer left it when moving to another view, with what it
 * held when last saved, opened or cleared (memory only, gone on reload).
 */
type KeptForm = { values: ApplicantFormValues; baseline: string } | null;
/** The screening date's hint (APPLICANT_FIELDS), naming today. */
const AS_OF_HINT = applicantField("applicant", "asOf").hint ?? "";

const makeKeptForm = () => createStore<KeptForm>(null);

/**
 * The form's values as a comparable text. The DOM gives "nothing chosen" in
 * several forms (a radio group with none checked is null where the blank form
 * has "", a checkbox group ticked and unticked is false rather than []), none
 * of them a change of work, so all are written alike.
 */
export function workText(values: ApplicantFormValues): string {
  // "Nothing" is left out altogether, so a field the form has not drawn yet (undefined) and one drawn empty read alike.
  return JSON.stringify(values, (_key, value: unknown) => (value === false || value === "" || value === null || (Array.isArray(value) && value.length === 0) ? undefined : value));
}

/**
 * A stored draft merged over a blank form, so a draft from an older version
 * cannot break the page; other areas typed into the older single box, separated
 * by commas, become one entry each.
 */
function fromDraft(values: ApplicantFormValues, today: string): ApplicantFormValues {
  const blank = emptyForm(today);
  const education = { ...blank.education, ...values.education };
  const coursework = (education.coursework ?? []).map((row) => ({
    ...row,
    otherAreaEntries: [
      ...(row.otherAreaEntries ?? []),
      ...(row.otherAreas ?? "")
        .split(",")
        .map((area) => area.trim())
        .filter((area) => area !== "")
        .map((area) => ({ area })),
    ],
    otherAreas: "",
  }));
  return { ...blank, ...values, education: { ...education, coursework }, experience: values.experience ?? [] };
}

/** An applicant as the officer's form: other areas of study one per entry. */
const toForm = (applicant: Applicant): ApplicantFormValues => applicantToForm(applicant, { otherAreas: "entries" });

interface Initial {
  values: ApplicantFormValues;
  from: string | null;
  /** The form starts with the applicant handed over by another view. */
  pending?: boolean;
  /** An applicant handed over while the form holds unsaved work: opened only if the officer says so. */
  waiting?: Applicant;
  draft?: boolean;
  baseline?: string;
}

function initialValues(today: string, kept: KeptForm, pending: Applicant | null): Initial {
  const own = ownValues(today, kept);
  if (pending && own.baseline !== undefined && workText(own.values) !== own.baseline) return { ...own, waiting: pending };
  if (pending) return { values: toForm(pending), from: "Opened the applicant in the officer view.", pending: true };
  return own;
}

/** What the form holds with no applicant handed over: as the officer left it, a draft, or blank. */
function ownValues(today: string, kept: KeptForm): Initial {
  if (kept) return { values: kept.values, from: null, baseline: kept.baseline };
  const draft = loadDraft();
  // A draft is kept in this browser but not saved to a file: it is unsaved work, which Open asks before replacing.
  if (draft) return { values: fromDraft(draft.values, today), from: `Draft restored from ${new Date(draft.savedAt).toLocaleString()}.`, draft: true, baseline: workText(emptyForm(today)) };
  return { values: emptyForm(today), from: null };
}

interface ConfirmBoxProps {
  id: string;
  boxRef: RefObject<HTMLDivElement | null>;
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  cancel: string;
  onCancel: () => void;
}

/** A question before work is lost (Clear, Open, a hand-over): a focused group, and Escape keeps the form, as Cancel does. */
function ConfirmBox({ id, boxRef, children, confirm, onConfirm, cancel, onCancel }: ConfirmBoxProps) {
  return (
    <div className="confirm" ref={boxRef} tabIndex={-1} role="group" aria-labelledby={id} onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <p id={id}>{children}</p>
      <button type="button" className="warning" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

export function OfficerView() {
  const today = useMemo(() => localToday(), []);
  const kept = useSessionStore(makeKeptForm);
  const pendingStore = useSessionStore(makePendingApplicant);
  // Read, not taken: React may call a state initialiser twice; the effect below takes it.
  const [initial] = useState(() => initialValues(today, kept.get(), pendingStore.get()));
  // The loaded classes' kinds, credentials and sectors are accepted (format 1.2).
  const vocabulary = offeredVocabulary(useCatalog().catalog);
  const form = useForm<ApplicantFormValues, ApplicantVocabulary>({
    defaultValues: initial.values,
    resolver: applicantResolver,
    context: vocabulary,
    // Fields are checked when left (see useRegister) and on a save or check; mode onSubmit
    // stops react-hook-form checking a whole new job the moment it is added.
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const { control, register, getValues, handleSubmit, reset, watch, trigger, getFieldState } = form;

  const [status, setStatus] = useState(initial.from ?? "");
  // "Draft restored from ...", shown until the form holds something else (cleared, or a file opened).
  const [restored, setRestored] = useState(initial.draft ? initial.from : null);
  const announce = useCallback((message: string) => {
    // Clearing first makes a repeated message be read again.
    setStatus("");
    setTimeout(() => setStatus(message), 50);
  }, []);
  const parts = useMemo<FormParts>(
    () => ({ control, register, getValues, trigger, getFieldState, announce }),
    [control, register, getValues, trigger, getFieldState, announce],
  );

  const [summaryFocus, setSummaryFocus] = useState(0);
  const onInvalid = () => setSummaryFocus((n) => n + 1);

  const screened = useRef<Screened | null>(null);
  const onScreened = useCallback((s: Screened | null) => {
    screened.current = s;
  }, []);

  // Unsaved work: the form differs from what it held when last saved, opened or cleared (or from a blank form).
  const baseline = useRef(initial.baseline ?? workText(initial.values));
  const markSaved = useCallback((values: ApplicantFormValues) => {
    baseline.current = workText(values);
  }, []);
  const unsaved = useCallback(() => workText(getValues()) !== baseline.current, [getValues]);

  // Keep the form when the officer moves to another view and back.
  useEffect(
    () => () => {
      kept.set({ values: getValues(), baseline: baseline.current });
    },
    [getValues, kept],
  );
  useEffect(() => {
    // The applicant the form started with has been opened (or is asked about below): it is no longer waiting.
    if (initial.pending || initial.waiting) takePending(pendingStore);
  }, [initial, pendingStore]);

  // An applicant handed over by another view replaces unsaved work only once the officer confirms.
  const [handedOver, setHandedOver] = useState<Applicant | null>(initial.waiting ?? null);
  const confirmHandedBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (handedOver) confirmHandedBox.current?.focus();
  }, [handedOver]);
  const openHandedOver = useCallback(
    (a: Applicant) => {
      const values = toForm(a);
      reset(values);
      markSaved(values);
      setRestored(null);
      announce("Opened the applicant in the officer view.");
    },
    [reset, announce, markSaved],
  );
  useEffect(
    () =>
      pendingStore.subscribe(() => {
        const a = takePending(pendingStore);
        if (!a) return;
        if (unsaved()) setHandedOver(a);
        else openHandedOver(a);
      }),
    [pendingStore, unsaved, openHandedOver],
  );
  const onOpenHandedOver = () => {
    if (handedOver) openHandedOver(handedOver);
    setHandedOver(null);
    setTimeout(() => document.getElementById(fieldId("name"))?.focus(), 0);
  };
  const keepForm = () => {
    setHandedOver(null);
    announce("Kept this form; the other applicant was not opened.");
    openButton.current?.focus();
  };

  // Drafts: kept only while the officer has turned them on.
  const [keepDraft, setKeepDraft] = useState(() => loadDraft() !== null);
  const [draftProblem, setDraftProblem] = useState("");
  useEffect(() => {
    if (!keepDraft) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const store = () => {
      if (!saveDraft(getValues())) setDraftProblem("This browser does not allow keeping a draft, so none is kept.");
    };
    store();
    const sub = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(store, 400);
    });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [keepDraft, watch, getValues]);
  const onKeepDraft = (e: ChangeEvent<HTMLInputElement>) => {
    setKeepDraft(e.target.checked);
    setDraftProblem("");
    if (!e.target.checked) {
      forgetDraft();
      announce("Draft deleted: nothing is kept in this browser.");
    } else announce("A draft of this form is now kept in this browser.");
  };
  const onForgetDraft = () => {
    setKeepDraft(false);
    forgetDraft();
    announce("Draft forgotten: nothing is kept in this browser.");
  };
  // With no draft kept, closing or reloading the tab would lose unsaved work: the browser asks first.
  useEffect(() => {
    if (keepDraft) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      e.preventDefault();
      // Older browsers ask only when returnValue is set.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [keepDraft, unsaved]);

  // Save: the GOV.UK pattern on a failed attempt; a download when the form is complete.
  const onSave = handleSubmit(async (values) => {
    const [{ applicant }, { applicantFileName, downloadApplicant }] = await Promise.all([validateForm(values, vocabulary), loadFileTools()]);
    if (!applicant) return;
    const name = applicantFileName(applicant, today);
    downloadApplicant(applicant, name);
    markSaved(values);
    announce(`Saved the applicant as ${name}.`);
  }, onInvalid);
  const onCheck = handleSubmit(() => announce("No problems found. The results are up to date."), onInvalid);

  // Open: a bad file is reported with located errors and leaves the form as it was.
  const fileInput = useRef<HTMLInputElement>(null);
  const fileErrorsBox = useRef<HTMLDivElement>(null);
  const [fileErrors, setFileErrors] = useState<{ file: string; errors: LocatedError[] } | null>(null);
  useEffect(() => {
    if (fileErrors) fileErrorsBox.current?.focus();
  }, [fileErrors]);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const { parseApplicantFile } = await loadFileTools();
    const opened = await parseApplicantFile(await file.text(), vocabulary);
    if (!opened.ok) {
      setFileErrors({ file: file.name, errors: opened.errors });
      return;
    }
    setFileErrors(null);
    setRestored(null);
    const values = toForm(opened.applicant);
    reset(values);
    markSaved(values);
    announce(`Opened ${file.name}.`);
  };

  // Open: with unsaved work in the form, only after the officer confirms, as Clear does.
  const [confirmOpen, setConfirmOpen] = useState(false);
  const confirmOpenBox = useRef<HTMLDivElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmOpen) confirmOpenBox.current?.focus();
  }, [confirmOpen]);
  const cancelOpen = () => {
    setConfirmOpen(false);
    openButton.current?.focus();
  };
  const onOpen = () => {
    setConfirmClear(false);
    if (unsaved()) setConfirmOpen(true);
    else fileInput.current?.click();
  };
  const onConfirmOpen = () => {
    setConfirmOpen(false);
    // Focus back on Open: the file chooser returns there, whether a file is chosen or not.
    openButton.current?.focus();
    fileInput.current?.click();
  };

  // Clear, after the officer confirms.
  const [confirmClear, setConfirmClear] = useState(false);
  const confirmBox = useRef<HTMLDivElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmClear) confirmBox.current?.focus();
  }, [confirmClear]);
  const cancelClear = () => {
    setConfirmClear(false);
    clearButton.current?.focus();
  };
  // Clearing starts the results afresh too: the last applicant's results are not kept as "out of date".
  const [cleared, setCleared] = useState(0);
  const onClear = () => {
    const blank = emptyForm(today);
    reset(blank);
    markSaved(blank);
    setCleared((n) => n + 1);
    setRestored(null);
    setConfirmClear(false);
    setFileErrors(null);
    announce("The form is cleared.");
    setTimeout(() => document.getElementById(fieldId("name"))?.focus(), 0);
  };

  return (
    <FormPartsContext.Provider value={parts}>
      <div className="officer">
        <h1>Screen an applicant</h1>
        <p className="lede">Enter the applicant's education and jobs. The results, beside the form (or below it on a narrow screen), update as you type and explain every outcome.</p>
        <div className="officer-toolbar no-print" role="group" aria-label="Applicant file and report">
          <button type="button" onClick={onSave}>
            Save applicant
          </button>
          <button type="button" ref={openButton} onClick={onOpen} aria-expanded={confirmOpen}>
            Open applicant…
          </button>
          <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Applicant file to open" onChange={onFile} />
          <button
            type="button"
            ref={clearButton}
            className="secondary"
            onClick={() => {
              setConfirmOpen(false);
              setConfirmClear(true);
            }}
            aria-expanded={confirmClear}
          >
            Clear form
          </button>
          <Suspense fallback={null}>
            <PrintReportControls current={() => screened.current} />
          </Suspense>
        </div>
        <Suspense fallback={null}>
          <NoticesPanel
            count={1}
            load={async () => {
              if (!screened.current) throw new Error("correct the problems in the applicant's details first");
              return [screened.current.result];
            }}
          />
        </Suspense>
        <div className="draft-setting no-print">
          <div className="checkbox">
            <input id="keep-draft" type="checkbox" checked={keepDraft} onChange={onKeepDraft} aria-describedby="keep-draft-hint" />
            <label htmlFor="keep-draft">Keep a draft in this browser</label>
            <p id="keep-draft-hint" className="hint">
              Off by default. When on, the form is stored on this computer only (never sent anywhere) and comes back when the page is reopened. Turning it off deletes the draft.
            </p>
          </div>
          {keepDraft && (
            <button type="button" className="secondary" onClick={onForgetDraft}>
              Forget the draft
            </button>
          )}
          {/* Said on screen too: on a shared computer the officer must see the form came back from a draft, not from a file. */}
          {keepDraft && restored && <p className="draft-restored">{restored} Use "Forget the draft" to delete it from this browser.</p>}
          {draftProblem && <p className="field-error">{draftProblem}</p>}
        </div>
        {confirmClear && (
          <ConfirmBox id="confirm-clear-text" boxRef={confirmBox} confirm="Yes, clear the form" onConfirm={onClear} cancel="Cancel" onCancel={cancelClear}>
            Clear every field of the form? Anything not saved to a file is lost.
          </ConfirmBox>
        )}
        {handedOver && (
          <ConfirmBox id="confirm-handed-text" boxRef={confirmHandedBox} confirm="Yes, open the applicant" onConfirm={onOpenHandedOver} cancel="Keep this form" onCancel={keepForm}>
            Open {handedOver.name?.trim() ? handedOver.name : "the applicant you chose"} in place of this form? The changes not saved to a file are lost. To keep them, keep this form and use "Save applicant" first.
          </ConfirmBox>
        )}
        {confirmOpen && (
          <ConfirmBox id="confirm-open-text" boxRef={confirmOpenBox} confirm="Yes, choose a file to open" onConfirm={onConfirmOpen} cancel="Cancel" onCancel={cancelOpen}>
            Open another applicant in place of this form? The changes not saved to a file are lost. To keep them, cancel and use "Save applicant" first.
          </ConfirmBox>
        )}
        {fileErrors && (
          <div className="error-summary" ref={fileErrorsBox} tabIndex={-1} aria-labelledby="file-errors-title">
            <h2 id="file-errors-title">{fileErrors.file} could not be opened</h2>
            <p>The form is unchanged. Fix these problems in the file, or choose another file:</p>
            <ul>
              {fileErrors.errors.map((e, i) => {
                // "Job 2, end date (experience[1].end)": the form's words, then where to look in the file; an unknown field is named once.
                const place = e.path ? describePath(e.path) : "";
                return (
                  <li key={i}>
                    {place ? `${place}${place !== e.path ? ` (${e.path})` : ""}: ` : ""}
                    {e.message}
                  </li>
                );
              })}
            </ul>
            <button type="button" className="secondary" onClick={() => setFileErrors(null)}>
              Dismiss
            </button>
          </div>
        )}
        <p role="status" className="visually-hidden">
          {status}
        </p>
        <div className="officer-layout">
          <form className="officer-form" noValidate aria-label="Applicant" onSubmit={onCheck}>
            {summaryFocus > 0 && (
              <Suspense fallback={null}>
                <ErrorSummary focusKey={summaryFocus} />
              </Suspense>
            )}
            <section className="form-section" aria-labelledby="applicant-heading">
              <h2 id="applicant-heading">Applicant</h2>
              <div className="field-pair">
                <TextField name="name" autoComplete="off" />
                <TextField name="asOf" hint={AS_OF_HINT.replace("{today}", today)} width="date" autoComplete="off" />
              </div>
            </section>
            <EducationSection />
            <ExperienceSection />
            <DecisionsSection />
            <button type="submit" className="check-button">
              Check the form
            </button>
          </form>
          <section className="officer-results" aria-labelledby="results-heading">
            <h2 id="results-heading">Results</h2>
            <Suspense fallback={<p>Loading the screening rules…</p>}>
              <LiveResults key={cleared} today={today} onScreened={onScreened} />
            </Suspense>
          </section>
        </div>
      </div>
    </FormPartsContext.Provider>
  );
}

