/**
 * The pool view's screening state: read the chosen file, screen it in
 * workers against the page's catalog and policies, collect the rows, and keep
 * the handle for opening one applicant.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Catalog } from "../../engine/catalog";
import type { PoolLevel, PoolRow } from "../../pool/pool-types";
import { poolLevels } from "../../pool/results-csv";
import { startPoolScreening, type PoolScreening } from "./pool-screener";

/** What the screening was done against, to notice when the officer changes it afterwards. */
export interface ScreenedAgainst {
  catalog: Catalog;
  policies: Record<string, boolean>;
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
  screen: (file: { name: string; text: () => Promise<string> }, catalog: Catalog, policies: Record<string, boolean>, today: string) => Promise<void>;
  /** Screen the last file again, e.g. after the officer changed a policy. */
  screenAgain: (catalog: Catalog, policies: Record<string, boolean>, today: string) => void;
  cancel: () => void;
  /** The live screening, for opening one applicant's full result. */
  screening: PoolScreening | null;
}

export function usePoolScreening(): PoolControls {
  const [state, setState] = useState<PoolState>({ phase: "idle" });
  const screening = useRef<PoolScreening | null>(null);
  const [handle, setHandle] = useState<PoolScreening | null>(null);
  const last = useRef<{ fileName: string; text: string } | null>(null);

  const stop = useCallback(() => {
    screening.current?.cancel();
    screening.current = null;
    setHandle(null);
  }, []);
  useEffect(() => stop, [stop]);

  const run = useCallback(
    (fileName: string, text: string, catalog: Catalog, policies: Record<string, boolean>, today: string) => {
      stop();
      last.current = { fileName, text };
      const started = performance.now();
      const against: ScreenedAgainst = { catalog, policies, levels: poolLevels(catalog), today };
      let rows: PoolRow[] = [];
      let done = 0;
      let format: "csv" | "json" = "csv";
      setState({ phase: "screening", fileName, total: null, done: 0 });
      const current = startPoolScreening(
        { fileName, text, series: catalog.series, policies, today },
        {
          onRead: (total, f) => {
            format = f;
            rows = new Array<PoolRow>(total);
            setState({ phase: "screening", fileName, total, done: 0 });
          },
          onUnreadable: (message) => {
            stop();
            setState({ phase: "unreadable", fileName, message });
          },
          onRows: (chunk) => {
            for (const row of chunk) rows[row.index] = row;
            done += chunk.length;
            setState({ phase: "screening", fileName, total: rows.length, done });
          },
          onDone: () => {
            setState({ phase: "done", fileName, format, rows, seconds: (performance.now() - started) / 1000, against });
          },
          onFailed: (message) => {
            stop();
            setState({ phase: "failed", fileName, message });
          },
        },
      );
      screening.current = current;
      setHandle(current);
    },
    [stop],
  );

  const screen = useCallback<PoolControls["screen"]>(
    async (file, catalog, policies, today) => {
      stop();
      setState({ phase: "reading", fileName: file.name });
      let text: string;
      try {
        text = await file.text();
      } catch {
        setState({ phase: "unreadable", fileName: file.name, message: "The file could not be read. Check that it still exists and is not open in another program, then choose it again." });
        return;
      }
      run(file.name, text, catalog, policies, today);
    },
    [run, stop],
  );

  const screenAgain = useCallback<PoolControls["screenAgain"]>(
    (catalog, policies, today) => {
      if (last.current) run(last.current.fileName, last.current.text, catalog, policies, today);
    },
    [run],
  );

  const cancel = useCallback(() => {
    stop();
    setState((s) => ({ phase: "cancelled", fileName: "fileName" in s ? s.fileName : "" }));
  }, [stop]);

  return { state, screen, screenAgain, cancel, screening: handle };
}
