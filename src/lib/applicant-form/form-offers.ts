/**
 * What the applicant forms offer beyond the customer-service format (format
 * 1.2), worked out from the loaded classes: their own kinds of work,
 * credentials and employer sectors (each with its label and plain
 * description), and graduate coursework, clock hours and professional
 * degrees only where some loaded class counts them. With only the built-in
 * classes loaded nothing is offered, so the form stays as simple as it was.
 */
import type { Catalog } from "../../engine/catalog";
import type { Rule } from "../../engine/qualification-schema";
import type { ApplicantVocabulary } from "../../engine/quick-check-applicant";
import { EXPERIENCE_KINDS } from "../../engine/vocabulary";

/** One choice from a loaded class file's vocabulary. */
export interface OfferedTerm {
  value: string;
  label: string;
  description?: string;
}

export interface FormOffers {
  /** Kinds of work the loaded class files declare (the format's own are always offered). */
  kinds: OfferedTerm[];
  credentials: OfferedTerm[];
  sectors: OfferedTerm[];
  /** Some loaded class counts graduate coursework (an education source or coursework rule of level "graduate", or hours beyond the first N). */
  graduate: boolean;
  /** Some loaded class converts or counts classroom or trade-school clock hours. */
  clock: boolean;
  /** Some loaded class's degree rule names a first-professional degree. */
  professional: boolean;
}

/** Every rule of a requirement tree, including a review's `onlyIf`. */
function* rulesOf(rule: Rule): Generator<Rule> {
  yield rule;
  if (rule.type === "all" || rule.type === "any") for (const r of rule.rules) yield* rulesOf(r);
  if (rule.type === "review" && rule.onlyIf) yield* rulesOf(rule.onlyIf);
}

const BUILTIN_KINDS: ReadonlySet<string> = new Set(EXPERIENCE_KINDS);
const offers = new WeakMap<Catalog, FormOffers>();

/**
 * What the forms offer for a catalog (computed once per catalog).
 * @example formOffers(builtinCatalog) // { kinds: [], credentials: [], sectors: [], graduate: false, clock: false, professional: false }
 */
export function formOffers(catalog: Catalog): FormOffers {
  const known = offers.get(catalog);
  if (known) return known;
  const found: FormOffers = { kinds: [], credentials: [], sectors: [], graduate: false, clock: false, professional: false };
  const seen = { kinds: new Set<string>(BUILTIN_KINDS), credentials: new Set<string>(), sectors: new Set<string>() };
  for (const { series } of catalog.series)
    for (const list of ["kinds", "credentials", "sectors"] as const)
      for (const term of series.vocabulary?.[list] ?? []) {
        // The first class to declare an id gives its words; another class's same id is the same choice.
        if (seen[list].has(term.id)) continue;
        seen[list].add(term.id);
        found[list].push({ value: term.id, label: term.label, ...(term.description ? { description: term.description } : {}) });
      }
  for (const { level } of catalog.levels)
    for (const rule of rulesOf(level.requirements)) {
      if (rule.type === "degree" && rule.levels?.includes("professional")) found.professional = true;
      if (rule.type === "coursework") {
        if (rule.level === "graduate") found.graduate = true;
        if (rule.units?.includes("clock")) found.clock = true;
      }
      if (rule.type === "combination")
        for (const s of rule.sources) {
          if (s.kind !== "education") continue;
          if (s.level === "graduate" || s.beyondHours !== undefined) found.graduate = true;
          if (s.clock) found.clock = true;
        }
    }
  offers.set(catalog, found);
  return found;
}

const vocabularies = new WeakMap<Catalog, ApplicantVocabulary>();

/**
 * The ids a form's applicant may use with this catalog: the same sets as the
 * engine's `vocabularyOf`, built here so the page's first download carries no schema.
 * @example offeredVocabulary(catalog).kinds.has("customer-service") // true
 */
export function offeredVocabulary(catalog: Catalog): ApplicantVocabulary {
  let found = vocabularies.get(catalog);
  if (!found) {
    const o = formOffers(catalog);
    const ids = (terms: OfferedTerm[]) => new Set(terms.map((t) => t.value));
    found = { kinds: new Set([...EXPERIENCE_KINDS, ...ids(o.kinds)]), credentials: ids(o.credentials), sectors: ids(o.sectors) };
    vocabularies.set(catalog, found);
  }
  return found;
}
