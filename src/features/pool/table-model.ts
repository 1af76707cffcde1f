/**
 * The results table's arithmetic, without React: filter by level and
 * outcome, sort by id, name or a level's outcome, count outcomes per level,
 * and cut pages.
 */
import type { Outcome } from "../../engine/result-types";
import type { ScreenedRow } from "../../pool/pool-types";

export const OUTCOMES: readonly Outcome[] = ["meets", "does-not-meet", "review", "inactive"];

/** Sorting by outcome puts the best first: meets, then review, then does not meet, then inactive. */
const OUTCOME_RANK: Record<Outcome, number> = { meets: 0, review: 1, "does-not-meet": 2, inactive: 3 };

export type SortKey = "id" | "name" | number;
export type SortDirection = "ascending" | "descending";

export interface TableFilter {
  /** Level index in the catalog, or null for any level. */
  level: number | null;
  outcome: Outcome | null;
  /** Text the id or name contains (case-insensitive). */
  text: string;
}

export const NO_FILTER: TableFilter = { level: null, outcome: null, text: "" };

/**
 * Rows passing the filter. With an outcome but no level, a row passes when any level has that outcome.
 * @example filterRows(rows, { level: 4, outcome: "meets", text: "" }) // applicants who meet the fifth level
 */
export function filterRows(rows: readonly ScreenedRow[], filter: TableFilter): ScreenedRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter((row) => {
    if (filter.outcome !== null) {
      if (filter.level !== null ? row.outcomes[filter.level] !== filter.outcome : !row.outcomes.includes(filter.outcome)) return false;
    }
    if (text && !row.id.toLowerCase().includes(text) && !row.name.toLowerCase().includes(text)) return false;
    return true;
  });
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/**
 * Rows sorted by a key (ties keep file order); null keeps file order.
 * @example sortRows(rows, "name", "ascending")
 */
export function sortRows(rows: readonly ScreenedRow[], key: SortKey | null, direction: SortDirection): ScreenedRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const compare = (a: ScreenedRow, b: ScreenedRow): number => {
    if (key === "id") return collator.compare(a.id, b.id);
    if (key === "name") return collator.compare(a.name, b.name);
    if (key === null) return 0;
    return OUTCOME_RANK[a.outcomes[key]] - OUTCOME_RANK[b.outcomes[key]];
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || a.index - b.index);
}

/** No applicants yet: every outcome 0 at each of `levels` levels. */
export function noOutcomes(levels: number): Array<Record<Outcome, number>> {
  return Array.from({ length: levels }, () => ({ meets: 0, "does-not-meet": 0, review: 0, inactive: 0 }));
}

/** Add one applicant's outcomes to the counts (as rows arrive, so the page never counts 200,000 rows at once). */
export function addOutcomes(counts: Array<Record<Outcome, number>>, row: ScreenedRow): void {
  const outcomes = row.outcomes;
  for (let i = 0; i < outcomes.length; i++) counts[i][outcomes[i]]++;
}

/** Add one applicant's levels that are review only for an undecided substitution to the per-level counts. */
export function addWaiting(waiting: number[], row: ScreenedRow): void {
  if (row.waiting) for (const i of row.waiting) waiting[i]++;
}


export const PAGE_SIZE = 100;

/** Number of pages for `count` rows (at least one). */
export function pageCount(count: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}
