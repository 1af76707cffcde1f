import type { Applicant } from "../../engine/applicant-schema";
import type { ApplicantResult, LevelResult } from "../../engine/result-types";
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
  return (
    <div className="results-view">
      <p className="results-asof">
        {name ? `${name}, screened` : "Screened"} as of <strong>{result.asOf}</strong>.
      </p>
      {groupBySeries(result.levels).map((g) => (
        <section key={g.seriesId} className="series-result" aria-labelledby={`series-${g.seriesId}-title`}>
          <SeriesHeading id={`series-${g.seriesId}-title`}>{g.seriesTitle}</SeriesHeading>
          {policyControls && <SeriesPolicies seriesId={g.seriesId} />}
          {g.levels.map((l) => (
            <LevelResultCard key={l.id} level={l} heading={levelHeading} asOf={result.asOf} />
          ))}
        </section>
      ))}
    </div>
  );
}
