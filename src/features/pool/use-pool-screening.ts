/**
 * The pool view's screening state: read the chosen file, screen it in
 * workers against the page's catalog and policies, collect the rows, and keep
 * the handle for opening one applicant.
 *
 * The state lives outside the view, in the app's session of stores
 * (src/lib/session-store.tsx): an officer who goes to another view (to load an
 * agency's classes, or to check one applicant) and comes back finds the
 * screening still running, or its results still there.
 */
import type { PolicyChoices } from "../../engine/decide";
import { createStore, useSessionStore, useStoreValue } from "../../lib/session-store";
import type { Catalog } from "../../engine/catalog";
import type { Outcome } from "../../engine/result-types";
import type { InvalidRow, PoolLevel, PoolRow, ScreenedRow } from "../../pool/pool-types";
import { poolLevels } from "../../pool/results-csv";
import { slots, startPoolScreening, type PoolScreening } from "./pool-screener";
import { addOutcomes, addWaiting, noOutcomes } from "./table-model";

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
  | {
      phase: "done";
      fileName: string;
      format: "csv" | "json";
      /** Every row in file order; then the same split into those screened and those with problems. */
      rows: PoolRow[];
      screened: ScreenedRow[];
      invalid: InvalidRow[];
      /** Outcomes per level index, counted as the rows arrived. */
      counts: Array<Record<Outcome, number>>;
      /** Per level index, the reviews that wait only on a substitution the agency has not decided. */
      waiting: number[];
      seconds: number;
      against: ScreenedAgainst;
    }
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

/**
 * One screening session: its state, the last file (to screen it again) and
 * the controls. The app keeps one per session (src/lib/session-store.tsx).
 */
function makePoolScreening() {
  const store = createStore<Snapshot>({ state: { phase: "idle" }, screening: null });
  let last: { fileName: string; file: Blob } | null = null;
  /** Bumped by every new screening, so a superseded one's late messages are ignored. */
  let generation = 0;

  function set(next: Partial<Snapshot>): void {
    store.set({ ...store.get(), ...next });
  }

  function stop(): void {
    generation++;
    store.get().screening?.cancel();
    if (store.get().screening) set({ screening: null });
  }

  function run(fileName: string, file: Blob, catalog: Catalog, policies: PolicyChoices, today: string): void {
    stop();
    const mine = generation;
    last = { fileName, file };
    const started = performance.now();
    const against: ScreenedAgainst = { catalog, policies, levels: poolLevels(catalog), today };
    let rows: PoolRow[] = [];
    const counts = noOutcomes(against.levels.length);
    const waiting = against.levels.map(() => 0);
    let done = 0;
    let format: "csv" | "json" = "csv";
    const update = (state: PoolState): void => {
      if (generation === mine) set({ state });
    };
    update({ phase: "screening", fileName, total: null, done: 0 });
    const screening = startPoolScreening(
      { fileName, file, series: catalog.series, policies, today },
      {
        onRead: (total, f) => {
          format = f;
          rows = slots<PoolRow>(total);
          update({ phase: "screening", fileName, total, done: 0 });
        },
        onUnreadable: (message) => {
          update({ phase: "unreadable", fileName, message });
          if (generation === mine) stop();
        },
        onRows: (chunk) => {
          for (const row of chunk) {
            rows[row.index] = row;
            if (row.ok) {
              addOutcomes(counts, row);
              addWaiting(waiting, row);
            }
          }
          done += chunk.length;
          update({ phase: "screening", fileName, total: rows.length, done });
        },
        onDone: () => {
          const screened: ScreenedRow[] = [];
          const invalid: InvalidRow[] = [];
          for (const row of rows) {
            if (row.ok) screened.push(row);
            else invalid.push(row);
          }
          update({ phase: "done", fileName, format, rows, screened, invalid, counts, waiting, seconds: (performance.now() - started) / 1000, against });
        },
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
      // The file goes to the workers as it is (a Blob is passed by reference): they read, decode and parse it, off the page's main thread.
      let blob: Blob;
      try {
        blob = file instanceof Blob ? file : new Blob([await file.arrayBuffer()]);
      } catch {
        if (generation === mine)
          set({ state: { phase: "unreadable", fileName: file.name, message: "The file could not be read. Check that it still exists and is not open in another program, then choose it again." } });
        return;
      }
      // Another file chosen meanwhile wins.
      if (generation === mine) run(file.name, blob, catalog, policies, today);
    },
    screenAgain: (catalog: Catalog, policies: PolicyChoices, today: string): void => {
      if (last) run(last.fileName, last.file, catalog, policies, today);
    },
    cancel: (): void => {
      const s = store.get().state;
      stop();
      set({ state: { phase: "cancelled", fileName: "fileName" in s ? s.fileName : "" } });
    },
  };

  return { store, controls };
}

export function usePoolScreening(): PoolControls {
  const { store, controls } = useSessionStore(makePoolScreening);
  const { state, screening } = useStoreValue(store);
  return { state, screening, ...controls };
}
