import { useCatalogIfAny } from "../../lib/catalog-context";
import type { Applicant } from "../../engine/applicant-schema";
import { describeJob } from "../../engine/explain";
import type { ApplicantResult, LevelResult } from "../../engine/result-types";
import { ksasToJudge } from "./ksa-checklist";
import { LevelResultCard } from "./level-result-card";
import { SeriesPolicies } from "./series-policies";

export interface ResultsViewProps {
  result: ApplicantResult;
  /** The applicant screened; when given, the heading names them. */
  applicant?: Applicant;
  /** Show each series' agency policies as checkboxes (needs the catalog context). Default false. */
  policyControls?: boolean;
  /** Heading level of the series titles; levels use the next one. Default 3. */
  headingLevel?: 2 | 3 | 4;
}


/** Levels grouped by series, in the catalog's order. */
export function groupBySeries(levels: readonly LevelResult[]): Array<{ seriesId: string; seriesTitle: string; levels: LevelResult[] }> {
  const groups: Array<{ seriesId: string; seriesTitle: string; levels: LevelResult[] }> = [];
  for (const level of levels) {
    const last = groups[groups.length - 1];
    if (last?.seriesId === level.seriesId) last.levels.push(level);
    else groups.push({ seriesId: level.seriesId, seriesTitle: level.seriesTitle, levels: [level] });
  }
  return groups;
}

/**
 * Every level of every series for one applicant: outcome in words, months
 * credited against months required, the shortfall, and an expandable
 * explanation quoting the spec with the arithmetic.
 */
export function ResultsView({ result, applicant, policyControls = false, headingLevel = 3 }: ResultsViewProps) {
  const SeriesHeading = `h${headingLevel}` as "h3";
  const levelHeading = `h${headingLevel + 1}` as "h4";
  const name = applicant?.name ?? result.name;
  const catalog = useCatalogIfAny();
  return (
    <div className="results-view">
      <p className="results-asof">
        {name ? `${name}, screened` : "Screened"} as of <strong>{result.asOf}</strong>.
      </p>
      <OfficerNotes applicant={applicant} />
      {groupBySeries(result.levels).map((g) => (
        <section key={g.seriesId} className="series-result" aria-labelledby={`series-${g.seriesId}-title`}>
          <SeriesHeading id={`series-${g.seriesId}-title`}>{g.seriesTitle}</SeriesHeading>
          {policyControls && <SeriesPolicies seriesId={g.seriesId} />}
          {g.levels.map((l) => (
            <LevelResultCard key={l.id} level={l} heading={levelHeading} asOf={result.asOf} ksas={catalog ? ksasToJudge(l, catalog) : []} applicantName={name} />
          ))}
        </section>
      ))}
    </div>
  );
}

/** The officer's notes on the applicant's jobs (why a job was judged as it was), once for every level. */
export function OfficerNotes({ applicant }: { applicant?: Applicant }) {
  const notes = (applicant?.experience ?? []).flatMap((job, i) => (job.officerNote?.trim() ? [{ i, job, note: job.officerNote.trim() }] : []));
  if (notes.length === 0) return null;
  return (
    <div className="officer-notes">
      <p>
        <strong>Officer's notes on jobs:</strong>
      </p>
      <ul>
        {notes.map(({ i, job, note }) => (
          <li key={i}>
            {describeJob(job, i)}: {note}
          </li>
        ))}
      </ul>
    </div>
  );
}
