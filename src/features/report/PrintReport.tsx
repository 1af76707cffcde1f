/**
 * Printing the qualification report: the report waits, hidden, directly under
 * <body>; the browser's print (the button, or Ctrl+P) puts it, and only it,
 * on paper (print.css).
 */
import { useCallback, useEffect, useId, useState } from "react";
import { createPortal, flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { useCatalog } from "../../app/catalog-context";
import type { Applicant } from "../../engine/applicant-schema";
import type { ApplicantResult } from "../../engine/result-types";
import { QualificationReport, type QualificationReportProps } from "./QualificationReport";
import "./controls.css";

const DETAILS_KEY = "mq-screener.report-details";

/** Who signs the report and for which agency; kept in this browser between sessions (never sent anywhere). */
export interface ReportDetails {
  officerName: string;
  agency: string;
}

function readDetails(): ReportDetails {
  try {
    const saved = JSON.parse(window.localStorage.getItem(DETAILS_KEY) ?? "{}") as Partial<ReportDetails>;
    return { officerName: typeof saved.officerName === "string" ? saved.officerName : "", agency: typeof saved.agency === "string" ? saved.agency : "" };
  } catch {
    return { officerName: "", agency: "" };
  }
}

/** The officer's name and agency for reports, remembered in this browser. */
export function useReportDetails(): [ReportDetails, (next: Partial<ReportDetails>) => void] {
  const [details, setDetails] = useState<ReportDetails>(readDetails);
  const update = useCallback((next: Partial<ReportDetails>) => {
    setDetails((prev) => {
      const merged = { ...prev, ...next };
      try {
        window.localStorage.setItem(DETAILS_KEY, JSON.stringify(merged));
      } catch {
        // Storage may be off (private browsing): the details still work for this page.
      }
      return merged;
    });
  }, []);
  return [details, update];
}

/** Name the printout (the browser offers the title as the PDF's file name) while printing. */
function printWithTitle(title: string): void {
  const before = document.title;
  document.title = title;
  try {
    window.print();
  } finally {
    document.title = before;
  }
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

/**
 * Print one applicant's report now, from anywhere (e.g. a row of the pool
 * view), without a standing <ReportOnPaper>:
 *
 *   import { printQualificationReport } from "../report";
 *   printQualificationReport({ result, applicant, catalog, officerName, agency });
 *
 * It renders the report under <body>, opens the browser's print, and removes
 * the report when printing ends. While it is there it is the only thing on
 * paper, even if another report is standing by.
 */
export function printQualificationReport(props: QualificationReportProps): void {
  for (const old of document.querySelectorAll(".report-print-now")) old.remove();
  const host = document.createElement("div");
  host.className = "report-print-root report-print-now";
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(<QualificationReport {...props} />));
  const cleanup = (): void => {
    window.removeEventListener("afterprint", cleanup);
    root.unmount();
    host.remove();
  };
  // Chromium and Firefox block in print() until the dialog closes; Safari returns at once and fires afterprint later.
  window.addEventListener("afterprint", cleanup);
  printWithTitle(reportTitle(props.result));
}

export interface PrintReportControlsProps {
  /** Null while the applicant cannot be screened (the form has problems). */
  result: ApplicantResult | null;
  applicant: Applicant | null;
}

/**
 * "Print report" with the officer's name and agency for the report, for a
 * view's toolbar. The report itself stands by, hidden, so Ctrl+P prints it too.
 */
export function PrintReportControls({ result, applicant }: PrintReportControlsProps) {
  const { catalog } = useCatalog();
  const [details, setDetails] = useReportDetails();
  const [problem, setProblem] = useState("");
  const id = useId();
  useEffect(() => {
    if (result) setProblem("");
  }, [result]);
  const print = (): void => {
    if (!result || !applicant) {
      setProblem("There is nothing to print yet: correct the problems in the applicant's details, then print the report.");
      return;
    }
    setProblem("");
    printWithTitle(reportTitle(result));
  };
  return (
    <div className="print-report-controls no-print">
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
      {result && applicant && <ReportOnPaper result={result} applicant={applicant} catalog={catalog} officerName={details.officerName} agency={details.agency} />}
    </div>
  );
}
