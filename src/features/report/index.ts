/**
 * The printable qualification report.
 *
 * - `<PrintReportControls result={result} applicant={applicant} />`: officer
 *   name and agency fields plus a "Print report" button, for a view's toolbar.
 *   While it is mounted with a result, the report stands by (hidden on screen)
 *   and is the only thing on paper, so Ctrl+P prints it too.
 * - `printQualificationReport({ result, applicant, catalog, officerName?, agency? })`:
 *   print one applicant's report now (e.g. from a row of the pool view). Use
 *   `useReportDetails()` for the officer's name and agency remembered in this browser.
 * - `<QualificationReport ... />`: the report itself, e.g. for a preview.
 */
export { QualificationReport, localToday, type QualificationReportProps } from "./QualificationReport";
export { PrintReportControls, ReportOnPaper, printQualificationReport, useReportDetails, type PrintReportControlsProps, type ReportDetails } from "./PrintReport";
/** Dates in words for people ("22 November 2026"), read as calendar dates. */
export { longDate } from "./report-model";
