/**
 * The results and explanation view: every level of every series, grouped by
 * series, with outcomes in words, months, shortfall and quoted explanation.
 * Used by the officer's screening page, the pool screen and the self-assessment.
 */
export { ResultsView, groupBySeries, type ResultsViewProps } from "./results-view";
export { LevelResultCard } from "./level-result-card";
export { LevelExplanation } from "./explanation";
export { OutcomeLabel } from "./outcome-label";
export { OUTCOME_WORDS, OUTCOME_SYMBOLS, policyName, summariseOutcomes } from "./outcome";
export { monthsRequirements, requiredText, STATUS_WORDS, type MonthsRequirement } from "./months";
export { SeriesPolicies } from "./series-policies";
export { OfficerDecisionNote, decisionText } from "./decision";
export { KsaChecklist, ksaMarks, ksasToJudge, setKsaMark, clearKsaMarks } from "./ksa-checklist";
export { OfficerNotes } from "./results-view";
