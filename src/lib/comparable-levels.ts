/**
 * The levels a job can usefully be judged "comparable to": those some rule
 * of the catalog counts comparable experience toward (the university
 * series' 4809 counts work comparable to 4808 or 4809). A judgement about
 * any other level changes no outcome, so the form does not ask for it.
 * Worked out from the catalog, so an agency's own files bring their own.
 */
import type { Catalog } from "../engine/catalog";
import type { Rule } from "../engine/qualification-schema";

/** Every rule of a requirement tree, the tree's root first. */
export function* allRules(rule: Rule): Generator<Rule> {
  yield rule;
  if (rule.type === "all" || rule.type === "any") for (const r of rule.rules) yield* allRules(r);
}

/**
 * The ids of the levels some rule counts experience "comparable to".
 * @example comparableLevelIds(catalog) // Set { "4808", "4809" } for the built-in classes
 */
export function comparableLevelIds(catalog: Catalog): Set<string> {
  const ids = new Set<string>();
  for (const entry of catalog.levels)
    for (const rule of allRules(entry.level.requirements)) {
      if (rule.type === "experience") rule.filter.comparableTo?.forEach((id) => ids.add(id));
      if (rule.type === "combination") for (const s of rule.sources) if (s.kind === "experience") s.filter.comparableTo?.forEach((id) => ids.add(id));
    }
  return ids;
}
