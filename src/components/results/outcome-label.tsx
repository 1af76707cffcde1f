import type { Outcome } from "../../engine/result-types";
import { OUTCOME_SYMBOLS, OUTCOME_WORDS } from "./outcome";

/** An outcome as a labelled badge: the words carry the meaning; colour and symbol only repeat them. */
export function OutcomeLabel({ outcome }: { outcome: Outcome }) {
  return (
    <span className={`outcome outcome-${outcome}`}>
      <span aria-hidden="true">{OUTCOME_SYMBOLS[outcome]} </span>
      {OUTCOME_WORDS[outcome]}
    </span>
  );
}
