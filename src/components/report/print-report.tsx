/**
 * Printing the qualification report: the report waits, hidden, directly under
 * <body>; the browser's print (the button, or Ctrl+P) puts it, and only it,
 * on paper (print.css).
 */
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useCatalog } from "../../lib/catalog-context";
import type { Applicant } from "../../engine/applicant-schema";
import type { ApplicantResult } from "../../engine/result-types";
import { QualificationReport, type QualificationReportProps } from "./qualification-report";
import { readStored, writeStored } from "../../lib/browser-storage";
import { ON_PAPER, printWithTitle, putOnPaper, removeFromPaper } from "../print/on-paper";
import "./controls.css";

const DETAILS_KEY = "mq-screener.report-details";

/** Who signs the report and for which agency; kept in this browser between sessions (never sent anywhere). */
export interface ReportDetails {
  officerName: string;
  agency: string;
}

function readDetails(): ReportDetails {
  const saved = (readStored(DETAILS_KEY) ?? {}) as Partial<ReportDetails>;
  return { officerName: typeof saved.officerName === "string" ? saved.officerName : "", agency: typeof saved.agency === "string" ? saved.agency : "" };
}

/** The officer's name and agency for reports, remembered in this browser. */
export function useReportDetails(): [ReportDetails, (next: Partial<ReportDetails>) => void] {
  const [details, setDetails] = useState<ReportDetails>(readDetails);
  const update = useCallback((next: Partial<ReportDetails>) => {
    setDetails((prev) => {
      const merged = { ...prev, ...next };
      // Storage may be off (private browsing): the details still work for this page.
      writeStored(DETAILS_KEY, merged);
      return merged;
    });
  }, []);
  return [details, update];
}

function reportTitle(result: ApplicantResult): string {
  return `Qualification report - ${result.name?.trim() || "applicant"} - ${result.asOf}`;
}

/** The report, hidden on screen, ready for the browser's print. Render it wherever the result is known. */
export function ReportOnPaper(props: QualificationReportProps) {
  return createPortal(
    <div className="report-print-root">
      <QualificationReport {...props} />
    </div>,
    document.body,
  );
}

/** Put a report under <body> as the thing to print; returns what removes it. Only one thing is ever on paper. */
function mountReport(props: QualificationReportProps): () => void {
  return putOnPaper("report-print-root", <QualificationReport {...props} />);
}

/**
 * Print one applicant's report now, from anywhere (e.g. a row of the pool
 * view):
 *
 *   import { printQualificationReport, useReportDetails } from ".";
 *   const [details] = useReportDetails();
 *   printQualificationReport({ result, applicant, catalog, ...details });
 *
 * It renders the report under <body>, opens the browser's print, and removes
 * the report when printing ends. While it is there it is the only thing on
 * paper.
 */
export function printQualificationReport(props: QualificationReportProps): void {
  mountReport(props);
  printWithTitle(reportTitle(props.result));
}

/** The applicant and result a report is printed for. */
export interface ReportSubject {
  result: ApplicantResult;
  applicant: Applicant;
}

/**
 * Either the applicant and result themselves (null while the applicant cannot
 * be screened), or a function giving them at the moment of printing (for a
 * view that keeps them in a ref).
 */
export type PrintReportControlsProps =
  | { current: () => ReportSubject | null }
  | { result: ApplicantResult | null; applicant: Applicant | null };

function subjectGetter(props: PrintReportControlsProps): () => ReportSubject | null {
  if ("current" in props) return props.current;
  const { result, applicant } = props;
  return () => (result && applicant ? { result, applicant } : null);
}

/**
 * "Print report" with the officer's name and agency for the report, for a
 * view's toolbar. The browser's own print (Ctrl+P) prints the report too.
 */
export function PrintReportControls(props: PrintReportControlsProps) {
  const current = subjectGetter(props);
  const { catalog, policies } = useCatalog();
  const [details, setDetails] = useReportDetails();
  const [problem, setProblem] = useState("");
  // Which levels the report covers: every level, or the levels applied for (this applicant's, so kept in the page only).
  const [coverage, setCoverage] = useState<"all" | "applied">("all");
  const [applied, setApplied] = useState<ReadonlySet<string>>(() => new Set());
  const id = useId();
  const levelIds = coverage === "all" ? null : catalog.levels.filter((l) => applied.has(l.level.id)).map((l) => l.level.id);
  // Kept in a ref so the print listener always reads the latest details without re-subscribing.
  const latest = useRef({ catalog, details, current, policies, levelIds });
  latest.current = { catalog, details, current, policies, levelIds };
  useEffect(() => {
    // Ctrl+P or the browser's menu: put the report on paper, unless a report is already there.
    const onBeforePrint = (): void => {
      if (document.querySelector(`.${ON_PAPER}`)) return;
      const { catalog: c, details: d, current: get, policies: p, levelIds: ids } = latest.current;
      const subject = get();
      if (subject && (ids === null || ids.length > 0)) mountReport({ ...subject, catalog: c, ...d, policies: p, levelIds: ids });
    };
    window.addEventListener("beforeprint", onBeforePrint);
    return () => {
      window.removeEventListener("beforeprint", onBeforePrint);
      // Leaving the view: a report whose printing never reported its end (Safari, headless) must not print from another view.
      setTimeout(removeFromPaper, 0);
    };
  }, []);
  const print = (): void => {
    const subject = current();
    if (!subject) {
      setProblem("There is nothing to print yet: correct the problems in the applicant's details, then print the report.");
      return;
    }
    if (levelIds !== null && levelIds.length === 0) {
      setProblem("Choose at least one level applied for, or choose every level, then print the report.");
      document.getElementById(`${id}-levels`)?.querySelector("input")?.focus();
      return;
    }
    setProblem("");
    printQualificationReport({ ...subject, catalog, ...details, policies, levelIds });
  };
  const toggle = (levelId: string, on: boolean): void => {
    setApplied((prev) => {
      const next = new Set(prev);
      if (on) next.add(levelId);
      else next.delete(levelId);
      return next;
    });
    if (on) setProblem("");
  };
  return (
    <div className="print-report-controls no-print">
      <fieldset className="report-coverage">
        <legend>Levels on the report</legend>
        <div className="radio">
          <input id={`${id}-all`} type="radio" name={`${id}-coverage`} checked={coverage === "all"} onChange={() => setCoverage("all")} />
          <label htmlFor={`${id}-all`}>Every level screened</label>
        </div>
        <div className="radio">
          <input id={`${id}-applied`} type="radio" name={`${id}-coverage`} checked={coverage === "applied"} onChange={() => setCoverage("applied")} />
          <label htmlFor={`${id}-applied`}>Only the levels applied for</label>
        </div>
        {coverage === "applied" && (
          <div id={`${id}-levels`} className="report-coverage-levels">
            {catalog.series.map(({ series, file }) => (
              <fieldset key={file}>
                <legend>{series.title}</legend>
                {catalog.levels
                  .filter((l) => l.series === series)
                  .map(({ level }) => (
                    <div key={level.id} className="checkbox">
                      <input id={`${id}-level-${level.id}`} type="checkbox" checked={applied.has(level.id)} onChange={(e) => toggle(level.id, e.target.checked)} />
                      <label htmlFor={`${id}-level-${level.id}`}>
                        {level.id} {level.title}
                      </label>
                    </div>
                  ))}
              </fieldset>
            ))}
          </div>
        )}
      </fieldset>
      <div className="print-report-field">
        <label htmlFor={`${id}-officer`}>Officer name for the report</label>
        <input id={`${id}-officer`} type="text" autoComplete="name" value={details.officerName} onChange={(e) => setDetails({ officerName: e.target.value })} />
      </div>
      <div className="print-report-field">
        <label htmlFor={`${id}-agency`}>Hiring agency for the report</label>
        <input id={`${id}-agency`} type="text" autoComplete="organization" value={details.agency} onChange={(e) => setDetails({ agency: e.target.value })} />
      </div>
      <button type="button" onClick={print}>
        Print report
      </button>
      <p role="status" className="print-report-problem">
        {problem}
      </p>
    </div>
  );
}
