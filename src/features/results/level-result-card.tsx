import { formatMonths } from "../../engine/format-number";
import type { LevelResult } from "../../engine/result-types";
import { LevelExplanation } from "./explanation";
import { OutcomeLabel } from "./outcome-label";

type Heading = "h2" | "h3" | "h4" | "h5";

/**
 * One level: its outcome in words, months credited against months required,
 * what is missing, and the full explanation behind a disclosure.
 */
export function LevelResultCard({ level, heading: H = "h4" }: { level: LevelResult; heading?: Heading }) {
  return (
    <article className={`level-result level-${level.outcome}`} aria-labelledby={`level-${level.id}-title`}>
      <H id={`level-${level.id}-title`} className="level-title">
        {level.id} {level.title}
        <span className="visually-hidden">:</span> <OutcomeLabel outcome={level.outcome} />
      </H>
      {level.required !== null && level.credited !== null && (
        <p className="level-months">
          Months credited: <strong>{formatMonths(level.credited)}</strong> of {formatMonths(level.required)} required
        </p>
      )}
      {level.shortfall && (
        <p className="level-shortfall">
          <strong>Missing:</strong> {level.shortfall.text}
        </p>
      )}
      {level.judgements.length > 0 && level.outcome === "meets" && <p className="level-note">Relies on the officer's judgement (see the explanation).</p>}
      <details className="level-details">
        <summary>
          Explanation<span className="visually-hidden"> for {level.id}</span>
        </summary>
        <LevelExplanation level={level} />
      </details>
    </article>
  );
}
