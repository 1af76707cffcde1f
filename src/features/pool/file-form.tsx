/**
 * Choosing the pool file: the file input with its hint, the CSV template to
 * download, and what goes in each column (from the layout's own list).
 */
import { useId, useRef, useState, type FormEvent } from "react";
import { ErrorSummary } from "../../components/error-summary/error-summary";
import { LabelledField, STAFF_LOOK } from "../../components/fields";
import { downloadText } from "../../lib/download";
import { CSV_COLUMNS } from "../../pool/csv-columns";
import template from "../../../public/applicant-pool-template.csv?raw";

/** Backticks in the layout's descriptions mark values; show them as code. */
function withCode(text: string) {
  return text.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

export function ColumnHelp() {
  return (
    <details className="pool-columns">
      <summary>What goes in each column</summary>
      <p>
        One row per job. Rows with the same <code>applicant_id</code> are one applicant. Give the applicant's name, screening date and high school on their
        first row (repeating them on later rows is fine if they are the same). A row may also carry one block of coursework, one degree and one of the
        officer's decisions for a level; use more rows for more. A date known only by month is written <code>yyyy-mm</code>. An applicant with no jobs is one row with the job columns empty. Several values in one cell are separated by <code>;</code>.
      </p>
      <div className="pool-scroll" role="region" aria-labelledby="pool-columns-caption" tabIndex={0}>
        <table className="pool-columns-table">
          <caption id="pool-columns-caption">Columns of the CSV layout</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">What to write</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((c) => (
              <tr key={c.name}>
                <th scope="row">
                  <code>{c.name}</code>
                </th>
                <td>{withCode(c.allowed)}</td>
                <td>{withCode(c.meaning)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export interface FileFormProps {
  onScreen: (file: File) => void;
  /** A sentence saying which classes and policies the screening uses. */
  against: string;
}

export function FileForm({ onScreen, against }: FileFormProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState("");
  /** Failed submits so far: the error summary takes focus on each. */
  const [failures, setFailures] = useState(0);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError("Choose a CSV or JSON file of applicants");
      setFailures((n) => n + 1);
      return;
    }
    setError("");
    onScreen(file);
  };
  return (
    <form className="pool-file-form" onSubmit={submit} noValidate>
      <ErrorSummary items={error ? [{ target: `${id}-file`, text: error }] : []} id={`${id}-summary`} focusKey={failures} />
      <LabelledField
        id={`${id}-file`}
        look={STAFF_LOOK}
        label="Applicant file (CSV or JSON)"
        hint="A CSV in the layout below (one row per job), or a JSON file of applicants in the applicant format. The file is read in this browser and never sent anywhere."
        error={error || undefined}
        errorPrefix="Error:"
      >
        {(props) => <input {...props} ref={input} type="file" accept=".csv,.json,.txt,.tsv,text/csv,application/json" onChange={() => setError("")} />}
      </LabelledField>
      <p className="pool-against">{against}</p>
      <button type="submit">
        Screen applicants
      </button>
      <p className="pool-template">
        <button type="button" className="link-button" onClick={() => downloadText("applicant-pool-template.csv", template, "text/csv;charset=utf-8")}>
          Download the CSV template
        </button>{" "}
        (a header row and three example applicants to copy).
      </p>
      <ColumnHelp />
    </form>
  );
}
