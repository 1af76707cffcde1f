/**
 * Applicants that could not be screened, each with every problem located by
 * row and column (CSV) or index and path (JSON) and how to fix it. Long lists
 * show the first applicants and offer the rest.
 */
import { useState } from "react";
import type { InvalidRow } from "../../pool/pool-types";
import { describeLocation } from "../../pool/screen-candidate";

const FIRST = 50;

export function PoolErrors({ invalid, format }: { invalid: InvalidRow[]; format: "csv" | "json" }) {
  const [all, setAll] = useState(false);
  const shown = all ? invalid : invalid.slice(0, FIRST);
  const count = invalid.length.toLocaleString("en-US");
  return (
    <section className="pool-errors" aria-labelledby="pool-errors-title">
      <h3 id="pool-errors-title">
        {count} {invalid.length === 1 ? "applicant" : "applicants"} could not be screened
      </h3>
      <p>
        Correct these {format === "csv" ? "rows" : "entries"} in the file and screen it again; every other applicant was screened. The downloaded results
        list these applicants too, with their problems in the errors column.
      </p>
      <ul className="pool-error-list">
        {shown.map((row) => (
          <li key={row.index}>
            <strong>{row.id ? `Applicant ${row.id}${row.name ? ` (${row.name})` : ""}` : "A row with no applicant id"}</strong>
            <ul>
              {row.errors.map((e, i) => (
                <li key={i}>
                  {describeLocation(e)}: {e.message}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {invalid.length > FIRST && !all && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {count} applicants with problems
        </button>
      )}
    </section>
  );
}
