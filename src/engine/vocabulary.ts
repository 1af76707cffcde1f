/**
 * The applicant format's closed vocabularies (../shared/applicant-format.md),
 * each with a plain description for people filling in the form.
 */

export const HIGH_SCHOOL = ["diploma", "ged", "none"] as const;
export type HighSchool = (typeof HIGH_SCHOOL)[number];

export const HIGH_SCHOOL_LABELS: Record<HighSchool, string> = {
  diploma: "High school diploma",
  ged: "GED or other high school equivalency",
  none: "No high school diploma or equivalent",
};

export const CREDIT_UNITS = ["semester", "quarter", "clock"] as const;
export type CreditUnit = (typeof CREDIT_UNITS)[number];

export const DEGREE_LEVELS = ["associate", "bachelor", "master", "doctorate"] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

/** Every degree level of the applicant format (1.2): the ladder, and a first-professional degree (J.D., M.D.) beside it. */
export const ALL_DEGREE_LEVELS = ["associate", "bachelor", "master", "doctorate", "professional"] as const;
export type AnyDegreeLevel = (typeof ALL_DEGREE_LEVELS)[number];

export const DEGREE_LABELS: Record<AnyDegreeLevel, string> = {
  associate: "Associate degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: "Doctorate (research)",
  professional: "Professional degree (such as a J.D. or M.D.)",
};

export const EXPERIENCE_KINDS = [
  "customer-service",
  "public-relations",
  "office-administration",
  "business-financial-operations",
  "healthcare-administration",
  "closely-related",
  "other",
] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export interface VocabularyEntry {
  label: string;
  description: string;
  /** True when choosing it is the officer's judgement rather than a plain fact. */
  judgement: boolean;
}

export const EXPERIENCE_KIND_INFO: Record<ExperienceKind, VocabularyEntry> = {
  "customer-service": {
    label: "Customer service",
    description: "Serving customers, clients or the public: answering questions, resolving complaints, explaining services.",
    judgement: false,
  },
  "public-relations": {
    label: "Public relations",
    description: "Communicating on behalf of an organisation with the public, the press or partners.",
    judgement: false,
  },
  "office-administration": {
    label: "Office administration",
    description: "Running an office: records, files, forms, scheduling, correspondence, reception.",
    judgement: false,
  },
  "business-financial-operations": {
    label: "Business and financial operations",
    description: "Billing, payments, accounts, cashiering, purchasing, budgets or similar business work.",
    judgement: false,
  },
  "healthcare-administration": {
    label: "Healthcare administration",
    description: "Administrative work in a health setting: patient registration, medical records, insurance, scheduling.",
    judgement: false,
  },
  "closely-related": {
    label: "Closely related (officer's judgement)",
    description: "Work the officer judges closely related to customer service, though it is none of the kinds above.",
    judgement: true,
  },
  other: {
    label: "Other (not related)",
    description: "Work unrelated to customer service. It is recorded but earns no credit.",
    judgement: false,
  },
};

/** Areas of study the applicant format recognises; any other string is kept and counts as unrelated. */
export const RECOGNISED_AREAS = ["business-administration", "communications", "public-relations", "similar"] as const;

export const AREA_INFO: Record<string, VocabularyEntry> = {
  "business-administration": { label: "Business administration", description: "Business, management, accounting, finance or marketing courses.", judgement: false },
  communications: { label: "Communications", description: "Communication, speech, journalism or writing courses.", judgement: false },
  "public-relations": { label: "Public relations", description: "Public relations or related courses.", judgement: false },
  similar: {
    label: "Similar area (officer's judgement)",
    description: "An area the officer judges similar to business administration, communications or public relations.",
    judgement: true,
  },
};

/**
 * Human label for an area or field string; other strings are shown as typed,
 * with an id's hyphens read as spaces.
 * @example areaLabel("business-administration") // "Business administration"
 * @example areaLabel("construction-management") // "construction management"
 */
export function areaLabel(area: string): string {
  return AREA_INFO[area]?.label ?? (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(area) ? area.replace(/-/g, " ") : area);
}

/**
 * Areas of study as a phrase: "business administration, communications or a
 * similar area (officer's judgement)".
 * @example areasInWords(["communications", "similar"]) // "communications or a similar area (officer's judgement)"
 */
export function areasInWords(areas: readonly string[]): string {
  const words = areas.map((a) => (a === "similar" ? "a similar area (officer's judgement)" : AREA_INFO[a] ? areaLabel(a).toLowerCase() : areaLabel(a)));
  return words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
