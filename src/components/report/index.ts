/**
 * The printable qualification report.
 *
 * - `<PrintReportControls result={result} applicant={applicant} />` (or
 *   `current={() => ({ result, applicant }) or null}`): officer name and
 *   agency fields plus a "Print report" button, for a view's toolbar. The
 *   browser's own print (Ctrl+P) prints the report too.
 * - `<ReportOnPaper result applicant catalog ... />`: a report standing by,
 *   hidden on screen, the only thing on paper while it is mounted.
 * - `printQualificationReport({ result, applicant, catalog, officerName?, agency? })`:
 *   print one applicant's report now (e.g. from a row of the pool view). Use
 *   `useReportDetails()` for the officer's name and agency remembered in this browser.
 * - `<QualificationReport ... />`: the report itself, e.g. for a preview.
 */
export { QualificationReport, type QualificationReportProps } from "./qualification-report";
export { PrintReportControls, ReportOnPaper, printQualificationReport, useReportDetails, type PrintReportControlsProps, type ReportDetails, type ReportSubject } from "./print-report";
/** Dates in words for people ("22 November 2026"), read as calendar dates. */
export { longDate, MONTH_NAMES } from "./report-model";
