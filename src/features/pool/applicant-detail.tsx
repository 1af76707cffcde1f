/**
 * One applicant of the pool, opened from the results table: the same
 * explanation view as the single-applicant screen, and their printable report.
 */
import { useEffect, useRef, useState } from "react";
import type { Applicant } from "../../engine/applicant-schema";
import type { ApplicantResult } from "../../engine/result-types";
import type { ScreenedRow } from "../../pool/pool-types";
import { PrintReportControls } from "../../components/report";
import { ResultsView } from "../../components/results";
import type { PoolScreening } from "./pool-screener";

export interface ApplicantDetailProps {
  row: ScreenedRow;
  screening: PoolScreening | null;
  onBack: () => void;
}

export function ApplicantDetail({ row, screening, onBack }: ApplicantDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<{ applicant: Applicant; result: ApplicantResult } | null>(null);
  const [problem, setProblem] = useState("");
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    let live = true;
    if (!screening) {
      setProblem("This applicant cannot be shown any more: screen the file again.");
      return;
    }
    screening.detail(row.index).then(
      (d) => live && setLoaded(d),
      (e: Error) => live && setProblem(e.message),
    );
    return () => {
      live = false;
    };
  }, [screening, row.index]);
  const title = `Applicant ${row.id}${row.name ? `: ${row.name}` : ""}`;
  return (
    <section className="pool-detail" aria-labelledby="pool-detail-title">
      <button type="button" className="pool-back no-print" onClick={onBack}>
        Back to all results
      </button>
      <h2 id="pool-detail-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p role="status">{problem || (loaded ? "" : "Loading the full explanation…")}</p>
      {loaded && (
        <>
          <PrintReportControls current={() => loaded} />
          <ResultsView result={loaded.result} applicant={loaded.applicant} headingLevel={3} />
        </>
      )}
    </section>
  );
}
