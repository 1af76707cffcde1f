/**
 * A document as a person cites it: title, issuer and date, from the series'
 * `documents`. The id rules use (a seed file name) is provenance only and
 * never reaches a screen or paper when the file lists its documents.
 */
import type { Series, SourceDocument } from "./qualification-schema";

/**
 * The citation of one of a series' documents; the id itself when the file
 * does not list it (an agency file written before `documents`).
 * @example citationOf(series, "004_34c81e3abb8fdc02.txt") // "Customer Service Series class specification (State Universities Civil Service System), effective 08/15/10"
 */
export function citationOf(series: Pick<Series, "documents">, documentId: string): string {
  const doc = series.documents?.find((d) => d.id === documentId);
  return doc ? citeDocument(doc) : documentId;
}

/**
 * A listed document in words: "Title (Issuer), section 7.2, effective 08/15/10".
 * @example citeDocument({ id: "x", title: "Examination Procedures", issuer: "State Universities Civil Service System", section: "7.2" }) // "Examination Procedures (State Universities Civil Service System), section 7.2"
 */
export function citeDocument(doc: SourceDocument): string {
  return `${doc.title} (${doc.issuer})${doc.section ? `, section ${doc.section}` : ""}${doc.effective ? `, effective ${doc.effective}` : ""}`;
}
