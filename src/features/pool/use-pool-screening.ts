/**
 * The pool view's screening state: read the chosen file, screen it in
 * workers against the page's catalog and policies, collect the rows, and keep
 * the handle for opening one applicant.
 *
 * The state lives outside the view, for the browser tab: an officer who goes
 * to another view (to load an agency's classes, or to check one applicant)
 * and comes back finds the screening still running, or its results still there.
 */
import type { PolicyChoices } from "../../engine/decide";
import { useSyncExternalStore } from "react";
import type { Catalog } from "../../engine/catalog";
import type { PoolLevel, PoolRow } from "../../pool/pool-types";
import { decodeText } from "../../pool/decode-text";
import { poolLevels } from "../../pool/results-csv";
import { startPoolScreening, type PoolScreening } from "./pool-screener";

/** What the screening was done against, to notice when the officer changes it afterwards. */
export interface ScreenedAgainst {
  catalog: Catalog;
  policies: PolicyChoices;
  levels: PoolLevel[];
  today: string;
}

export type PoolState =
  | { phase: "idle" }
  | { phase: "reading"; fileName: string }
  | { phase: "screening"; fileName: string; total: number | null; done: number }
  | { phase: "done"; fileName: string; format: "csv" | "json"; rows: PoolRow[]; seconds: number; against: ScreenedAgainst }
  | { phase: "unreadable"; fileName: string; message: string }
  | { phase: "failed"; fileName: string; message: string }
  | { phase: "cancelled"; fileName: string };

export interface PoolControls {
  state: PoolState;
  /** Read and screen a file (any screening under way is stopped). */
  screen: (file: { name: string; arrayBuffer: () => Promise<ArrayBuffer> }, catalog: Catalog, policies: PolicyChoices, today: string) => Promise<void>;
  /** Screen the last file again, e.g. after the officer changed a policy. */
  screenAgain: (catalog: Catalog, policies: PolicyChoices, today: string) => void;
  cancel: () => void;
  /** The live screening, for opening one applicant's full result. */
  screening: PoolScreening | null;
}

interface Snapshot {
  state: PoolState;
  screening: PoolScreening | null;
}

let snapshot: Snapshot = { state: { phase: "idle" }, screening: null };
let last: { fileName: string; text: string } | null = null;
/** Bumped by every new screening, so a superseded one's late messages are ignored. */
let generation = 0;
const listeners = new Set<() => void>();

function set(next: Partial<Snapshot>): void {
  snapshot = { ...snapshot, ...next };
  for (const l of listeners) l();
}

function stop(): void {
  generation++;
  snapshot.screening?.cancel();
  if (snapshot.screening) set({ screening: null });
}

function run(fileName: string, text: string, catalog: Catalog, policies: PolicyChoices, today: string): void {
  stop();
  const mine = generation;
  last = { fileName, text };
  const started = performance.now();
  const against: ScreenedAgainst = { catalog, policies, levels: poolLevels(catalog), today };
  let rows: PoolRow[] = [];
  let done = 0;
  let format: "csv" | "json" = "csv";
  const update = (state: PoolState): void => {
    if (generation === mine) set({ state });
  };
  update({ phase: "screening", fileName, total: null, done: 0 });
  const screening = startPoolScreening(
    { fileName, text, series: catalog.series, policies, today },
    {
      onRead: (total, f) => {
        format = f;
        rows = new Array<PoolRow>(total);
        update({ phase: "screening", fileName, total, done: 0 });
      },
      onUnreadable: (message) => {
        update({ phase: "unreadable", fileName, message });
        if (generation === mine) stop();
      },
      onRows: (chunk) => {
        for (const row of chunk) rows[row.index] = row;
        done += chunk.length;
        update({ phase: "screening", fileName, total: rows.length, done });
      },
      onDone: () => update({ phase: "done", fileName, format, rows, seconds: (performance.now() - started) / 1000, against }),
      onFailed: (message) => {
        update({ phase: "failed", fileName, message });
        if (generation === mine) stop();
      },
    },
  );
  set({ screening });
}

const controls = {
  screen: async (file: { name: string; arrayBuffer: () => Promise<ArrayBuffer> }, catalog: Catalog, policies: PolicyChoices, today: string): Promise<void> => {
    stop();
    const mine = generation;
    set({ state: { phase: "reading", fileName: file.name } });
    let text: string;
    try {
      // In the encoding the spreadsheet saved it in (UTF-8, Windows-1252 or UTF-16).
      text = decodeText(new Uint8Array(await file.arrayBuffer()));
    } catch {
      if (generation === mine)
        set({ state: { phase: "unreadable", fileName: file.name, message: "The file could not be read. Check that it still exists and is not open in another program, then choose it again." } });
      return;
    }
    // Another file chosen meanwhile wins.
    if (generation === mine) run(file.name, text, catalog, policies, today);
  },
  screenAgain: (catalog: Catalog, policies: PolicyChoices, today: string): void => {
    if (last) run(last.fileName, last.text, catalog, policies, today);
  },
  cancel: (): void => {
    const s = snapshot.state;
    stop();
    set({ state: { phase: "cancelled", fileName: "fileName" in s ? s.fileName : "" } });
  },
};

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forget the pool (for tests: each starts with an idle screen). */
export function resetPoolScreening(): void {
  stop();
  last = null;
  set({ state: { phase: "idle" } });
}

export function usePoolScreening(): PoolControls {
  const { state, screening } = useSyncExternalStore(subscribe, () => snapshot);
  return { state, screening, ...controls };
}
