import { applicantSchema, type Applicant } from "./applicant-schema";
import type { Catalog } from "./catalog";
import { isValidApplicantQuick, type ApplicantVocabulary } from "./quick-check-applicant";
import { formatPath, locatedErrors, type LocatedError } from "./schema-messages";
import { EXPERIENCE_KINDS } from "./vocabulary";

export type { ApplicantVocabulary, LocatedError };
export { formatPath };

export type Validation = { ok: true; applicant: Applicant } | { ok: false; errors: LocatedError[] };

/** The applicant format's own vocabulary: its kinds of work, and no credentials or sectors. */
export const BUILTIN_VOCABULARY: ApplicantVocabulary = { kinds: new Set(EXPERIENCE_KINDS), credentials: new Set(), sectors: new Set() };

const vocabularies = new WeakMap<Catalog, ApplicantVocabulary>();

/**
 * The ids an applicant screened against a catalog may use (format 1.2): the
 * format's kinds plus every kind, credential and sector a loaded class file declares.
 * @example vocabularyOf(catalog).credentials.has("class-a-license")
 */
export function vocabularyOf(catalog: Catalog): ApplicantVocabulary {
  let found = vocabularies.get(catalog);
  if (!found) {
    const kinds = new Set<string>(EXPERIENCE_KINDS);
    const credentials = new Set<string>();
    const sectors = new Set<string>();
    for (const { series } of catalog.series) {
      for (const k of series.vocabulary?.kinds ?? []) kinds.add(k.id);
      for (const c of series.vocabulary?.credentials ?? []) credentials.add(c.id);
      for (const s of series.vocabulary?.sectors ?? []) sectors.add(s.id);
    }
    found = { kinds, credentials, sectors };
    vocabularies.set(catalog, found);
  }
  return found;
}

const list = (ids: ReadonlySet<string>): string => [...ids].join(", ");

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Ids the schema cannot know: kinds, credentials and sectors from the loaded
 * class files. Read from the raw value, so a misspelt kind is named even when
 * the schema finds other problems too.
 */
function vocabularyErrors(input: unknown, vocabulary: ApplicantVocabulary): LocatedError[] {
  const errors: LocatedError[] = [];
  if (!isRecord(input)) return errors;
  const experience = Array.isArray(input.experience) ? input.experience : [];
  experience.forEach((job: unknown, i) => {
    if (!isRecord(job)) return;
    if (Array.isArray(job.kinds))
      job.kinds.forEach((k: unknown, j) => {
        if (typeof k === "string" && !vocabulary.kinds.has(k)) errors.push({ path: `experience[${i}].kinds[${j}]`, message: `Choose each kind of work from: ${list(vocabulary.kinds)}` });
      });
    if (typeof job.sector === "string" && !vocabulary.sectors.has(job.sector))
      errors.push({
        path: `experience[${i}].sector`,
        message: vocabulary.sectors.size ? `Use a sector from: ${list(vocabulary.sectors)}` : "No loaded class file declares sectors: leave sector out, or load the class file that declares it",
      });
  });
  const education = isRecord(input.education) ? input.education : {};
  const credentials = Array.isArray(education.credentials) ? education.credentials : [];
  credentials.forEach((c: unknown, i) => {
    if (isRecord(c) && typeof c.id === "string" && !vocabulary.credentials.has(c.id))
      errors.push({
        path: `education.credentials[${i}].id`,
        message: vocabulary.credentials.size ? `Use a credential id from: ${list(vocabulary.credentials)}` : "No loaded class file declares credentials: leave credentials out, or load the class file that declares them",
      });
  });
  return errors;
}

/**
 * Check any JSON value against the applicant format. Never throws: every
 * problem comes back with its path and a message saying how to fix it.
 * Kinds, credentials and sectors are checked against `vocabulary` (the
 * format's own by default; `vocabularyOf(catalog)` for loaded class files).
 * @example validateApplicant({ education: { highSchool: "ged" } }).ok // true
 */
export function validateApplicant(input: unknown, vocabulary: ApplicantVocabulary = BUILTIN_VOCABULARY): Validation {
  // Most applicants are valid: a plain check settles those without the schema's cost.
  if (isValidApplicantQuick(input, vocabulary)) return { ok: true, applicant: input as Applicant };
  const result = applicantSchema.safeParse(input);
  const unknown = vocabularyErrors(input, vocabulary);
  if (!result.success) {
    // A misspelt kind is still named, beside the schema's other messages (in path order).
    const errors = [...locatedErrors(result.error.issues), ...unknown];
    return { ok: false, errors: errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  }
  return unknown.length ? { ok: false, errors: unknown } : { ok: true, applicant: result.data };
}
