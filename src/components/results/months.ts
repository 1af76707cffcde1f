/**
 * Every requirement of a level that counts months, with what was credited
 * against what it requires and whether it holds. A level can hold one
 * months requirement and fail another (4809: 36 months of experience and
 * coursework, and a separate 12 comparable months): showing only one would
 * read "105 of 36 required: does not meet".
 */
import { formatMonths } from "../../engine/format-number";
import type { LevelResult, RuleResult, RuleStatus } from "../../engine/result-types";

export interface MonthsRequirement {
  ruleId: string;
  label: string;
  credited: number;
  required: number;
  status: RuleStatus;
}

/** Whether a requirement holds, in words. */
export const STATUS_WORDS: Record<RuleStatus, string> = { met: "holds", "not-met": "does not hold", review: "needs review" };

/**
 * The months requirements of a level's rule tree, in the order of the spec.
 * @example monthsRequirements(level).map((m) => m.label) // ["36 months of experience and college coursework", "12 months of experience comparable to ..."]
 */
export function monthsRequirements(level: Pick<LevelResult, "requirements">): MonthsRequirement[] {
  const out: MonthsRequirement[] = [];
  const walk = (rule: RuleResult): void => {
    if (rule.credited !== undefined && rule.required !== undefined)
      out.push({ ruleId: rule.ruleId, label: rule.label, credited: rule.credited, required: rule.required, status: rule.status });
    rule.children.forEach(walk);
  };
  if (level.requirements) walk(level.requirements);
  return out;
}

/**
 * The months required, after the months credited: "of 36.0 required", or
 * "(none required)" for a level whose range starts at nothing (G2's "0-1 year").
 * @example requiredText(36) // "of 36.0 required"
 */
export function requiredText(required: number): string {
  return required > 0 ? `of ${formatMonths(required)} required` : "(none required)";
}
