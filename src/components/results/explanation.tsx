/**
 * A level's explanation, step by step: what the spec requires (quoted, with
 * its document), the applicant's facts, the arithmetic, and whether each
 * requirement holds. Officer judgements, agency policies and the screener's
 * interpretations are labelled as such, so no one mistakes them for the spec.
 */
import type { ExplanationStep, LevelResult, StepKind } from "../../engine/result-types";
import { STATUS_WORDS } from "./months";
import { policyName } from "./outcome";
import { useCatalogIfAny } from "../../lib/catalog-context";

// Judgements, policies, interpretations and notes name themselves in the engine's words
// ("Officer's judgement: ...", "Agency policy, not ...", "Interpretation (the screener's reading ...)"), so only
// arithmetic gets a tag here.
const TAGS: Partial<Record<StepKind, string>> = {
  arithmetic: "Arithmetic",
};

function Step({ step }: { step: ExplanationStep }) {
  const tag = TAGS[step.kind];
  // The quote is shown on its own only when the sentence does not already carry it.
  const quoteShown = step.quote && !step.text.includes(step.quote);
  return (
    <li className={`step step-${step.kind}`} style={{ marginInlineStart: `${step.depth * 1.25}rem` }}>
      {tag && <span className="step-tag">{tag}: </span>}
      {step.status && <span className="visually-hidden">({STATUS_WORDS[step.status]}) </span>}
      {step.text}
      {quoteShown && <q className="step-quote">{step.quote}</q>}
      {step.document && <span className="step-source"> (source: {step.document})</span>}
    </li>
  );
}

/** Every step of a level's explanation, then the judgements and policies the outcome depends on. */
export function LevelExplanation({ level }: { level: LevelResult }) {
  const catalog = useCatalogIfAny();
  return (
    <div className="explanation">
      <ol className="steps">
        {level.steps.map((s, i) => (
          <Step key={i} step={s} />
        ))}
      </ol>
      {level.judgements.length > 0 && (
        <>
          <p className="explanation-subhead">This outcome depends on the officer's judgement:</p>
          <ul>
            {level.judgements.map((j) => (
              <li key={`${j.path}:${j.text}`}>{j.text}</li>
            ))}
          </ul>
        </>
      )}
      {level.policiesApplied.length > 0 && (
        <>
          <p className="explanation-subhead">Agency policy applied (not the class spec's words):</p>
          <ul>
            {level.policiesApplied.map((p) => (
              <li key={p}>{policyName(p, catalog)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
