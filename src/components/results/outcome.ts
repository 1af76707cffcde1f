/**
 * Outcomes in words. The page never relies on colour alone: every outcome is
 * written out, and a symbol (hidden from screen readers) repeats it.
 */
import type { Catalog } from "../../engine/catalog";
import type { LevelResult, Outcome } from "../../engine/result-types";

export const OUTCOME_WORDS: Record<Outcome, string> = {
  meets: "Meets",
  "does-not-meet": "Does not meet",
  review: "Needs an officer's review",
  inactive: "Not in effect (inactive)",
};

export const OUTCOME_SYMBOLS: Record<Outcome, string> = {
  meets: "✓",
  "does-not-meet": "✗",
  review: "?",
  inactive: "–",
};

/**
 * A short sentence of every level's outcome, grouped by outcome, for a live
 * region: "Meets: 4807, G2. Does not meet: 4808. Needs an officer's review: 003638."
 * @example summariseOutcomes(result.levels)
 */
export function summariseOutcomes(levels: readonly Pick<LevelResult, "id" | "outcome">[]): string {
  const groups = new Map<Outcome, string[]>();
  for (const l of levels) groups.set(l.outcome, [...(groups.get(l.outcome) ?? []), l.id]);
  return (Object.keys(OUTCOME_WORDS) as Outcome[])
    .filter((o) => groups.has(o))
    .map((o) => `${OUTCOME_WORDS[o]}: ${groups.get(o)!.join(", ")}.`)
    .join(" ");
}

/**
 * An agency policy's name for a sentence that already says it is agency
 * policy: its `shortLabel` in the qualification file (found by its label),
 * or the label as it is when the file gives none.
 * @example policyName("Agency policy: education substitutes for experience", catalog) // "education substitutes for experience"
 */
export function policyName(label: string, catalog: Catalog | null | undefined): string {
  for (const { series } of catalog?.series ?? []) {
    const policy = series.policies?.find((p) => p.label === label);
    if (policy) return policy.shortLabel ?? policy.label;
  }
  return label;
}
