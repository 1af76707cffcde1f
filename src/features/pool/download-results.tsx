/**
 * Download the pool's results as CSV: one row per applicant in file order,
 * an outcome column per level and, if the officer wants them, a shortfall
 * column per level (worked out on demand: it needs every level explained).
 */
import { useId, useState } from "react";
import { downloadText } from "../../lib/download";
import type { PoolLevel, PoolRow } from "../../pool/pool-types";
import { resultsToCsv } from "../../pool/results-csv";
import type { PoolScreening } from "./pool-screener";

export interface DownloadResultsProps {
  rows: PoolRow[];
  levels: PoolLevel[];
  fileName: string;
  screening: PoolScreening | null;
}

export function DownloadResults({ rows, levels, fileName, screening }: DownloadResultsProps) {
  const id = useId();
  const [shortfalls, setShortfalls] = useState(true);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  const download = async (): Promise<void> => {
    if (progress !== null) return;
    let out = rows;
    if (shortfalls) {
      if (!screening) {
        setMessage("The shortfalls cannot be worked out any more: screen the file again, or download without them.");
        return;
      }
      setMessage("");
      setProgress(0);
      try {
        out = await screening.shortfalls(setProgress);
      } catch (e) {
        setProgress(null);
        setMessage(`The download could not be prepared: ${(e as Error).message}`);
        return;
      }
      setProgress(null);
    }
    downloadText(fileName, resultsToCsv(levels, out), "text/csv;charset=utf-8");
    setMessage(`Downloaded ${fileName}.`);
  };
  return (
    <div className="pool-download">
      <div className="checkbox">
        <input id={`${id}-shortfalls`} type="checkbox" checked={shortfalls} onChange={(e) => setShortfalls(e.target.checked)} aria-describedby={`${id}-hint`} />
        <label htmlFor={`${id}-shortfalls`}>Include what each applicant is missing for the levels they do not meet</label>
        <p id={`${id}-hint`} className="hint">
          Adds a shortfall column per level. Every level is explained to work it out, which takes a few seconds for thousands of applicants.
        </p>
      </div>
      <button type="button" onClick={() => void download()} aria-describedby={`${id}-about`}>
        Download results (CSV)
      </button>
      <p id={`${id}-about`} className="hint">
        One row per applicant in file order, with an outcome column per level and an errors column for applicants that could not be screened.
      </p>
      <p role="status">
        {progress !== null ? `Preparing the download: ${progress.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} applicants.` : message}
      </p>
    </div>
  );
}
