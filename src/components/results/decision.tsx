/**
 * The officer's own decision for a level (applicant format 1.1,
 * `levelDecisions`) beside the screener's outcome. A decision that differs
 * from the screener's is an override: it says so, with its reason, wherever
 * it appears (results card, report summary, report section).
 */
import type { LevelResult, OfficerDecision } from "../../engine/result-types";
import { OUTCOME_WORDS } from "./outcome";

/**
 * The decision in one sentence, for a cell or a line of text.
 * @example decisionText(level.decision!, level.outcome) // "Meets: override of the screener's outcome (Does not meet). Reason: ... Decided by Pat Officer on 2026-11-22."
 */
export function decisionText(decision: OfficerDecision, screened: LevelResult["outcome"]): string {
  const who = [decision.by?.trim() ? `by ${decision.by.trim()}` : "", decision.date ? `on ${decision.date}` : ""].filter(Boolean).join(" ");
  const mark = decision.override ? `: override of the screener's outcome (${OUTCOME_WORDS[screened]})` : ", as screened";
  return `${OUTCOME_WORDS[decision.outcome]}${mark}. Reason: ${decision.reason.trim()}${/[.!?]$/.test(decision.reason.trim()) ? "" : "."}${who ? ` Decided ${who}.` : ""}`;
}

/** "Officer's decision: Meets: override of ... Reason: ...", marked as an override when it is one. */
export function OfficerDecisionNote({ level, className = "level-decision" }: { level: LevelResult; className?: string }) {
  const { decision } = level;
  if (!decision) return null;
  return (
    <p className={`${className}${decision.override ? ` ${className}-override` : ""}`}>
      <strong>{decision.override ? "Officer's decision (override):" : "Officer's decision:"}</strong> {decisionText(decision, level.outcome)}
    </p>
  );
}
