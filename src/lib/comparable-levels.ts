/**
 * The levels a job can usefully be judged "comparable to": those some rule
 * of the catalog counts comparable experience toward (the university
 * series' 4809 counts work comparable to 4808 or 4809). A judgement about
 * any other level changes no outcome, so the form does not ask for it.
 * Worked out from the catalog, so an agency's own files bring their own.
 */
import type { Catalog, CatalogLevel } from "../engine/catalog";
import type { ExperienceFilter, Rule } from "../engine/qualification-schema";

/** Every rule of a requirement tree, the tree's root first (a review's `onlyIf` included). */
export function* allRules(rule: Rule): Generator<Rule> {
  yield rule;
  if (rule.type === "all" || rule.type === "any") for (const r of rule.rules) yield* allRules(r);
  if (rule.type === "review" && rule.onlyIf) yield* allRules(rule.onlyIf);
}

/**
 * The ids of the levels some rule counts experience "comparable to": those a
 * filter names in `comparableTo`, and for "at least level X" (`atLeast`) X and
 * every level after it in its series' `levelOrder` (grades the series orders
 * but does not screen, such as GS-4, included).
 * @example comparableLevelIds(catalog) // Set { "4808", "4809" } for the built-in classes
 */
export function comparableLevelIds(catalog: Catalog): Set<string> {
  const ids = new Set<string>();
  for (const { level, series } of catalog.levels)
    for (const rule of allRules(level.requirements)) {
      const filters = rule.type === "experience" ? [rule.filter] : rule.type === "combination" ? rule.sources.map((s) => (s.kind === "experience" ? s.filter : {})) : [];
      for (const { comparableTo = [], atLeast } of filters as ExperienceFilter[]) {
        for (const id of comparableTo) ids.add(id);
        if (atLeast === undefined) continue;
        // X itself and every level after it in the series' order.
        const at = (series.levelOrder ?? []).indexOf(atLeast);
        for (const id of at < 0 ? [atLeast] : series.levelOrder!.slice(at)) ids.add(id);
      }
    }
  return ids;
}

/** A level a job can be judged comparable to: a screened level, or a grade only named in its series' order. */
export interface ComparableChoice {
  id: string;
  /** The screened level, or null for a grade the loaded files order but do not screen. */
  entry: CatalogLevel | null;
  seriesTitle: string;
}

/**
 * The levels a job can usefully be judged comparable to (`comparableLevelIds`),
 * series by series, in each series' level order and then catalog order.
 * @example comparableChoices(catalog).map((c) => c.id) // ["4808", "4809"] for the built-in classes
 */
export function comparableChoices(catalog: Catalog): ComparableChoice[] {
  const counted = comparableLevelIds(catalog);
  const choices: ComparableChoice[] = [];
  for (const { series } of catalog.series)
    for (const id of new Set([...(series.levelOrder ?? []), ...series.levels.map((l) => l.id)]))
      if (counted.delete(id)) choices.push({ id, entry: catalog.levels.find((e) => e.level.id === id) ?? null, seriesTitle: series.title });
  // Ids named by comparableTo that no loaded series orders or screens are left out: a judgement about them changes no outcome here.
  return choices;
}
