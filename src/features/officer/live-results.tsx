/**
 * The officer's results, screened again on every change of the form. While
 * some field is invalid the last valid results stay, marked out of date.
 * A short summary of outcomes is announced politely once typing pauses.
 * Loaded after the form (it carries the engine and zod).
 */
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { useCatalog } from "../../lib/catalog-context";
import type { Applicant } from "../../engine/applicant-schema";
import { DEFAULT_COUNTING } from "../../engine/default-counting";
import type { ApplicantResult } from "../../engine/result-types";
import { screenApplicant } from "../../engine/screen-applicant";
import { ResultsView, summariseOutcomes } from "../../components/results";
import { ExperienceTimeline } from "../../components/timeline";
import type { LocatedError } from "../../engine/validate-applicant";
import { describePath, fieldId, offeredVocabulary, pathToFieldName, type ApplicantFormValues } from "../../lib/applicant-form";
import { focusField } from "./form-error-summary";
import { useFormParts } from "./form-context";
import { checkForm } from "./form-check";

/** How long typing must pause before the outcomes are announced. */
const ANNOUNCE_DELAY_MS = 1200;

export interface Screened {
  applicant: Applicant;
  result: ApplicantResult;
}

/** What keeps the results from updating, each a link to its field; the first ten. */
function AttentionList({ errors }: { errors: LocatedError[] }) {
  return (
    <ul>
      {errors.slice(0, 10).map((e) => {
        const name = pathToFieldName(e.path);
        return (
          <li key={e.path}>
            <a
              href={`#${fieldId(name)}`}
              onClick={(ev) => {
                ev.preventDefault();
                focusField(name);
              }}
            >
              {describePath(e.path)}: {e.message}
            </a>
          </li>
        );
      })}
      {errors.length > 10 && <li>and {errors.length - 10} more</li>}
    </ul>
  );
}

export default function LiveResults({ today, onScreened }: { today: string; onScreened?: (screened: Screened | null) => void }) {
  const { control } = useFormParts();
  const values = useWatch({ control }) as ApplicantFormValues;
  const deferred = useDeferredValue(values);
  const { catalog, screenOptions } = useCatalog();
  const check = useMemo(() => checkForm(deferred, offeredVocabulary(catalog)), [deferred, catalog]);
  const fresh = useMemo(
    () => (check.applicant ? { applicant: check.applicant, result: screenApplicant(check.applicant, catalog, screenOptions(today)) } : null),
    [check, catalog, screenOptions, today],
  );
  const [last, setLast] = useState<Screened | null>(fresh);
  if (fresh && fresh !== last) setLast(fresh);
  const shown = fresh ?? last;
  useEffect(() => onScreened?.(fresh), [fresh, onScreened]);

  const [announced, setAnnounced] = useState("");
  const summary = fresh ? summariseOutcomes(fresh.result.levels) : "";
  useEffect(() => {
    if (!summary) return;
    const t = setTimeout(() => setAnnounced(`Results updated. ${summary}`), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(t);
  }, [summary]);

  const fullTime = [...new Set(catalog.levels.map((l) => l.counting.fullTimeHoursPerWeek))];
  return (
    <>
      <p role="status" className="visually-hidden">
        {announced}
      </p>
      {!fresh && (
        <div className="results-stale">
          {shown ? (
            <>
              <p>
                <strong>Out of date.</strong> These results are for the last complete entry.{" "}
                {check.errors.length === 1 ? "One thing in the form needs attention" : `${check.errors.length} things in the form need attention`} before the
                results can update.
              </p>
              <details>
                <summary>What needs attention</summary>
                <AttentionList errors={check.errors} />
              </details>
            </>
          ) : (
            <>
              <p>
                <strong>No results yet.</strong> The results appear here once the form has {check.errors.length === 1 ? "this answer" : "these answers"}:
              </p>
              <AttentionList errors={check.errors} />
            </>
          )}
        </div>
      )}
      {shown && (
        <div className={fresh ? undefined : "results-out-of-date"}>
          <ResultsView result={shown.result} applicant={shown.applicant} policyControls />
          <ExperienceTimeline applicant={shown.applicant} asOf={shown.result.asOf} fullTimeHoursPerWeek={fullTime[0] ?? DEFAULT_COUNTING.fullTimeHoursPerWeek} />
          {fullTime.length > 1 && <p className="hint">The series count full time differently ({fullTime.join(", ")} hours per week); the timeline uses the first.</p>}
        </div>
      )}
    </>
  );
}
