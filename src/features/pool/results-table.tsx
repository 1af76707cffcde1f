/**
 * The pool's results: a table with one row per screened applicant and a
 * column per level, sortable by id, name or any level's outcome, filtered by
 * level and outcome (and id or name), a page of rows at a time.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Outcome } from "../../engine/result-types";
import type { PoolLevel, ScreenedRow } from "../../pool/pool-types";
import { OUTCOME_SYMBOLS, OUTCOME_WORDS } from "../../components/results";
import { filterRows, OUTCOMES, PAGE_SIZE, pageCount, sortRows, type SortDirection, type SortKey, type TableFilter } from "./table-model";

/** Short outcome words for a table of many columns; the key under the table gives the full ones. */
export const SHORT_OUTCOME: Record<Outcome, string> = { meets: "Meets", "does-not-meet": "Does not meet", review: "Review", inactive: "Inactive" };

function ShortOutcome({ outcome }: { outcome: Outcome }) {
  return (
    <span className={`outcome outcome-${outcome}`}>
      <span aria-hidden="true">{OUTCOME_SYMBOLS[outcome]} </span>
      {SHORT_OUTCOME[outcome]}
    </span>
  );
}

export interface TableView {
  filter: TableFilter;
  sort: { key: SortKey; direction: SortDirection } | null;
  page: number;
}

export const FIRST_VIEW: TableView = { filter: { level: null, outcome: null, text: "" }, sort: null, page: 1 };

/** "who meet G4", "who do not meet any level"... for the status line. */
export function describeFilter(filter: TableFilter, levels: PoolLevel[]): string {
  const parts: string[] = [];
  if (filter.outcome !== null) {
    const level = filter.level === null ? "at least one level" : levels[filter.level].id;
    const verb: Record<Outcome, string> = {
      meets: `who meet ${level}`,
      "does-not-meet": `who do not meet ${level}`,
      review: `who need an officer's review for ${level}`,
      inactive: `for whom ${filter.level === null ? "at least one level" : level} is not in effect`,
    };
    parts.push(verb[filter.outcome]);
  }
  if (filter.text.trim()) parts.push(`whose id or name contains "${filter.text.trim()}"`);
  return parts.join(" and ");
}

export interface ResultsTableProps {
  rows: ScreenedRow[];
  levels: PoolLevel[];
  view: TableView;
  onView: (view: TableView) => void;
  onOpen: (row: ScreenedRow) => void;
  /** The applicant whose open button should take focus (coming back from their details). */
  focusIndex: number | null;
}

export function ResultsTable({ rows, levels, view, onView, onOpen, focusIndex }: ResultsTableProps) {
  const id = useId();
  const { filter, sort, page } = view;
  const filtered = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const sorted = useMemo(() => (sort ? sortRows(filtered, sort.key, sort.direction) : filtered), [filtered, sort]);
  const pages = pageCount(sorted.length);
  const current = Math.min(page, pages);
  const first = (current - 1) * PAGE_SIZE;
  const shown = sorted.slice(first, first + PAGE_SIZE);
  const focusRef = useRef<HTMLButtonElement>(null);
  const [announce, setAnnounce] = useState("");
  useEffect(() => {
    focusRef.current?.focus();
  }, [focusIndex]);

  const setFilter = (next: Partial<TableFilter>): void => onView({ ...view, filter: { ...filter, ...next }, page: 1 });
  const sortBy = (key: SortKey): void => {
    const direction: SortDirection = sort?.key === key && sort.direction === "ascending" ? "descending" : "ascending";
    onView({ ...view, sort: { key, direction }, page: 1 });
    const name = key === "id" ? "applicant id" : key === "name" ? "name" : `${levels[key].id} outcome`;
    setAnnounce(`Sorted by ${name}, ${direction}${typeof key === "number" ? (direction === "ascending" ? " (meets first)" : " (not in effect first)") : ""}.`);
  };
  const ariaSort = (key: SortKey): SortDirection | undefined => (sort?.key === key ? sort.direction : undefined);
  const arrow = (key: SortKey): string => (sort?.key === key ? (sort.direction === "ascending" ? " ▲" : " ▼") : " ⇅");
  const described = describeFilter(filter, levels);
  const range = sorted.length === 0 ? "No applicants" : `Showing ${first + 1}–${first + shown.length} of ${sorted.length.toLocaleString("en-US")} applicants`;
  const status = `${range}${described ? ` ${described}` : ""}${sorted.length !== rows.length ? ` (${rows.length.toLocaleString("en-US")} screened)` : ""}. Page ${current} of ${pages}.`;

  return (
    <div className="pool-results-table">
      <fieldset className="pool-filters">
        <legend>Show applicants</legend>
        <div className="field">
          <label htmlFor={`${id}-level`}>Level</label>
          <select id={`${id}-level`} value={filter.level ?? ""} onChange={(e) => setFilter({ level: e.target.value === "" ? null : Number(e.target.value) })}>
            <option value="">Any level</option>
            {levels.map((l, i) => (
              <option key={l.id} value={i}>
                {l.id} {l.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>Outcome</label>
          <select id={`${id}-outcome`} value={filter.outcome ?? ""} onChange={(e) => setFilter({ outcome: e.target.value === "" ? null : (e.target.value as Outcome) })}>
            <option value="">Any outcome</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_WORDS[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>Id or name contains</label>
          <input id={`${id}-text`} type="search" value={filter.text} onChange={(e) => setFilter({ text: e.target.value })} />
        </div>
        {(filter.level !== null || filter.outcome !== null || filter.text !== "") && (
          <button type="button" onClick={() => onView({ ...view, filter: FIRST_VIEW.filter, page: 1 })}>
            Show all applicants
          </button>
        )}
      </fieldset>
      <p className="pool-table-status" role="status">
        {status}
      </p>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <div className="pool-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="pool-table">
          <caption id={`${id}-caption`}>
            Screening results{described ? `: applicants ${described}` : ""}, page {current} of {pages}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort("id")}>
                <button type="button" className="sort-button" onClick={() => sortBy("id")}>
                  Applicant<span aria-hidden="true">{arrow("id")}</span>
                </button>
              </th>
              <th scope="col" aria-sort={ariaSort("name")}>
                <button type="button" className="sort-button" onClick={() => sortBy("name")}>
                  Name<span aria-hidden="true">{arrow("name")}</span>
                </button>
              </th>
              {levels.map((l, i) => (
                <th key={l.id} scope="col" aria-sort={ariaSort(i)}>
                  <button type="button" className="sort-button" onClick={() => sortBy(i)} title={`${l.id} ${l.title} (${l.seriesTitle})`}>
                    {l.id} <span className="visually-hidden">{l.title}</span>
                    <span aria-hidden="true">{arrow(i)}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.index}>
                <th scope="row">
                  <button type="button" className="link-button" ref={row.index === focusIndex ? focusRef : undefined} onClick={() => onOpen(row)}>
                    <span className="visually-hidden">Open applicant</span> {row.id}
                  </button>
                </th>
                <td>{row.name}</td>
                {row.outcomes.map((o, i) => (
                  <td key={levels[i].id}>
                    <ShortOutcome outcome={o} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Review: {OUTCOME_WORDS.review.toLowerCase()}. Inactive: the class is not in effect on the screening date. Choose an applicant's id for their full
        explanation and report.
      </p>
      {pages > 1 && (
        <nav className="pool-pages" aria-label="Result pages">
          <button type="button" disabled={current === 1} onClick={() => onView({ ...view, page: current - 1 })}>
            Previous page
          </button>
          <label htmlFor={`${id}-page`}>Page</label>
          <select id={`${id}-page`} value={current} onChange={(e) => onView({ ...view, page: Number(e.target.value) })}>
            {Array.from({ length: pages }, (_, p) => (
              <option key={p} value={p + 1}>
                {p + 1}
              </option>
            ))}
          </select>
          <span>of {pages}</span>
          <button type="button" disabled={current === pages} onClick={() => onView({ ...view, page: current + 1 })}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
