/** The applicant's results in plain language, ready to print or save for the placement officer. */
import type { RefObject } from "react";
import type { Catalog } from "../../engine/catalog";
import { longDate } from "../report";
import { AnswersSummary, type Section } from "./answers-summary";
import type { Draft } from "./draft";
import { VERDICT_HEADINGS, VERDICT_ORDER, type PlainLevel } from "./plain-results";
import type { Term } from "./terms";

export function Glossary({ terms }: { terms: Term[] }) {
  return (
    <dl className="sa-glossary">
      {terms.map((t) => (
        <div key={t.id}>
          <dt>{t.term}</dt>
          <dd>{t.help}</dd>
        </div>
      ))}
    </dl>
  );
}

function LooksFor({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((k) => (
        <li key={k}>{k}</li>
      ))}
    </ul>
  );
}

interface ResultsStepProps {
  levels: PlainLevel[];
  asOf: string;
  draft: Draft;
  catalog: Catalog;
  terms: Term[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onPrint: () => void;
  onSave: () => void;
  onOpenInOfficerView: () => void;
  onChange: (section: Section) => void;
  onRestart: () => void;
  status: string;
}

export function ResultsStep({ levels, asOf, draft, catalog, terms, headingRef, onPrint, onSave, onOpenInOfficerView, onChange, onRestart, status }: ResultsStepProps) {
  const name = draft.name.trim();
  return (
    <div className="sa-results">
      <h1 ref={headingRef} tabIndex={-1}>
        {name ? `Results for ${name}` : "Your results"}
      </h1>
      <p>
        Checked on {longDate(asOf)} against the minimum qualifications of {levels.length} job classes, using your answers.
      </p>
      <div className="sa-notice">
        <h2>This is not a decision</h2>
        <p>
          The hiring agency makes the official decision on whether you meet the minimum qualifications, after checking your documents (such as your
          diploma, transcripts and proof of employment). These results only show where you appear to stand.
        </p>
      </div>
      <div className="sa-actions no-print">
        <button type="button" onClick={onPrint}>
          Print your results
        </button>
        <button type="button" onClick={onSave}>
          Save your answers to a file
        </button>
        <button type="button" className="sa-secondary" onClick={onOpenInOfficerView}>
          Open in the officer's screening page
        </button>
        <p className="sa-hint">
          Bring the saved file to the placement officer: they can open it in this screener. The file stays on your device until you share it. If
          you are with the placement officer now, they can open your answers in their screening page directly.
        </p>
        <p role="status" className="sa-status">
          {status}
        </p>
      </div>
      {VERDICT_ORDER.map((verdict) => {
        const group = levels.filter((l) => l.verdict === verdict);
        if (!group.length) return null;
        return (
          <section key={verdict} className={`sa-verdict sa-verdict-${verdict}`} aria-labelledby={`sa-verdict-${verdict}`}>
            <h2 id={`sa-verdict-${verdict}`}>
              {VERDICT_HEADINGS[verdict]} ({group.length})
            </h2>
            <ul className="sa-level-list">
              {group.map((l) => (
                <li key={l.id} className="sa-level">
                  <h3>
                    {l.title} <span className="sa-level-series">({l.seriesTitle})</span>
                  </h3>
                  <p>{l.headline}</p>
                  {l.details.map((d) => (
                    <p key={d} className="sa-level-detail">
                      {d}
                    </p>
                  ))}
                  {l.looksFor.length > 0 && (
                    <>
                      <details className="no-print">
                        <summary>What this class looks for</summary>
                        <LooksFor items={l.looksFor} />
                      </details>
                      {/* A closed disclosure prints as its summary alone: on paper the list is written out. */}
                      <div className="sa-print-only">
                        <p className="sa-level-detail">What this class looks for:</p>
                        <LooksFor items={l.looksFor} />
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <section aria-labelledby="sa-your-answers">
        <h2 id="sa-your-answers">Your answers</h2>
        <AnswersSummary draft={draft} catalog={catalog} onChange={onChange} headingLevel={3} />
      </section>
      <section aria-labelledby="sa-words">
        <h2 id="sa-words">What the words mean</h2>
        <Glossary terms={terms} />
      </section>
      <div className="sa-actions no-print">
        <button type="button" className="sa-secondary" onClick={onRestart}>
          Start again with new answers
        </button>
      </div>
    </div>
  );
}
