/**
 * Start screening a pool off the page's main thread: one or more web workers
 * each read the file and screen a contiguous share of its applicants. Where
 * workers are unavailable (tests in jsdom, a browser that refuses them), the
 * same job runs on the page a chunk at a time, yielding between chunks.
 */
import type { PolicyChoices } from "../../engine/decide";
import type { Applicant } from "../../engine/applicant-schema";
import type { Series } from "../../engine/qualification-schema";
import type { ApplicantResult } from "../../engine/result-types";
import type { PoolRow } from "../../pool/pool-types";
import { createJobRunner, unpackRows, type JobMessage, type JobRequest, type ScreenRequest } from "./pool-job";

export interface PoolInput {
  fileName: string;
  /** The chosen file: each worker reads, decodes and parses it itself. */
  file: Blob;
  series: Array<{ file: string; series: Series }>;
  policies: PolicyChoices;
  today: string;
}

export interface PoolHandlers {
  /** The file was read: how many applicants it holds. */
  onRead: (total: number, format: "csv" | "json") => void;
  /** The file cannot be read at all (bad header, not JSON). */
  onUnreadable: (message: string) => void;
  /** More rows screened (in any order across workers; each knows its index). */
  onRows: (rows: PoolRow[]) => void;
  onDone: () => void;
  onFailed: (message: string) => void;
}

export interface PoolScreening {
  /** The full result of one applicant, for the explanation view. */
  detail: (index: number) => Promise<{ applicant: Applicant; result: ApplicantResult }>;
  /**
   * Every applicant again, with each unmet level's shortfall (for the
   * download; slower, as it explains every level). `onProgress` hears how
   * many are done.
   */
  shortfalls: (onProgress: (done: number) => void) => Promise<PoolRow[]>;
  /** Stop screening and free the workers. */
  cancel: () => void;
}

interface Channel {
  send: (request: JobRequest) => void;
  listen: (on: (message: JobMessage) => void) => void;
  close: () => void;
}

function workerChannel(onError: (message: string) => void): Channel {
  const worker = new Worker(new URL("./screen-worker.ts", import.meta.url), { type: "module" });
  worker.onerror = (event) => {
    event.preventDefault();
    onError(event.message || "the screening worker stopped");
  };
  return {
    send: (request) => worker.postMessage(request),
    listen: (on) => {
      worker.onmessage = (event: MessageEvent<JobMessage>) => on(event.data);
    },
    close: () => worker.terminate(),
  };
}

/** The job on the page itself, a chunk at a time, so the page still answers between chunks. */
function pageChannel(): Channel {
  let listener: (message: JobMessage) => void = () => {};
  let closed = false;
  const handle = createJobRunner(
    (message) => {
      if (!closed) listener(message);
    },
    () => new Promise((resolve) => setTimeout(resolve, 0)),
    () => closed,
  );
  return {
    send: (request) => {
      void handle(request);
    },
    listen: (on) => {
      listener = on;
    },
    close: () => {
      closed = true;
    },
  };
}

/**
 * An array of `count` empty places, filled in any order. Not `new Array(count)`:
 * V8 keeps a large one (over about 100,000) as a dictionary, and filling,
 * filtering and counting 200,000 rows of it took the page's main thread
 * hundreds of milliseconds at a time.
 * @example slots<number>(3) // [null, null, null]
 */
export function slots<T>(count: number): T[] {
  const places: Array<T | null> = [];
  // Pushed one by one, the array stays a packed one.
  for (let i = 0; i < count; i++) places.push(null);
  return places as T[];
}

/** How many workers to screen with: one per core beyond the page's own, at least one, at most four. */
export function workerCount(cores = typeof navigator === "undefined" ? 1 : navigator.hardwareConcurrency || 1): number {
  return Math.max(1, Math.min(4, cores));
}

/**
 * Screen a pool file; handlers hear progress. Returns the handle to open one
 * applicant's full result or to cancel.
 */
export function startPoolScreening(input: PoolInput, handlers: PoolHandlers, parts = workerCount()): PoolScreening {
  let failed = false;
  const fail = (message: string): void => {
    if (failed) return;
    failed = true;
    handlers.onFailed(message);
  };
  let channels: Channel[];
  try {
    if (typeof Worker === "undefined") throw new Error("no workers");
    channels = Array.from({ length: parts }, () => workerChannel(fail));
  } catch {
    channels = [pageChannel()];
  }
  const count = channels.length;
  let read = 0;
  let done = 0;
  let total = 0;
  let extra: { rows: PoolRow[]; done: number; finished: number; onProgress: (done: number) => void; resolve: (rows: PoolRow[]) => void; reject: (e: Error) => void } | null = null;
  const waiting = new Map<number, { resolve: (v: { applicant: Applicant; result: ApplicantResult }) => void; reject: (e: Error) => void }>();
  channels.forEach((channel, part) => {
    channel.listen((message) => {
      if (failed) return;
      switch (message.type) {
        case "read":
          // Every worker reads the same file; report it once.
          total = message.total;
          if (++read === 1) handlers.onRead(message.total, message.format);
          break;
        case "unreadable":
          if (part === 0) handlers.onUnreadable(message.message);
          break;
        case "packed-rows":
          handlers.onRows(unpackRows(message.rows));
          break;
        case "done":
          if (++done === count) handlers.onDone();
          break;
        case "shortfall-rows":
          if (!extra) break;
          for (const row of message.rows) extra.rows[row.index] = row;
          extra.done += message.rows.length;
          extra.onProgress(extra.done);
          break;
        case "shortfalls-done":
          if (extra && ++extra.finished === count) {
            extra.resolve(extra.rows);
            extra = null;
          }
          break;
        case "detail":
          waiting.get(message.index)?.resolve({ applicant: message.applicant, result: message.result });
          waiting.delete(message.index);
          break;
        case "detail-failed":
          waiting.get(message.index)?.reject(new Error(message.message));
          waiting.delete(message.index);
          break;
        case "failed":
          extra?.reject(new Error(message.message));
          extra = null;
          fail(message.message);
          break;
      }
    });
    const request: ScreenRequest = { type: "screen", ...input, part, parts: count };
    channel.send(request);
  });
  return {
    detail: (index) =>
      new Promise((resolve, reject) => {
        waiting.set(index, { resolve, reject });
        channels[0].send({ type: "detail", index });
      }),
    shortfalls: (onProgress) =>
      new Promise((resolve, reject) => {
        extra?.reject(new Error("A newer download was asked for."));
        extra = { rows: slots<PoolRow>(total), done: 0, finished: 0, onProgress, resolve, reject };
        for (const c of channels) c.send({ type: "shortfalls" });
      }),
    cancel: () => {
      failed = true;
      extra?.reject(new Error("The screening was stopped."));
      extra = null;
      for (const c of channels) c.close();
      for (const w of waiting.values()) w.reject(new Error("The screening was stopped."));
      waiting.clear();
    },
  };
}
