/**
 * One screening job as the web worker runs it (and, where workers are not
 * available, the page itself, a chunk at a time): read the file's bytes,
 * decode and parse them, then validate and screen a share of its applicants,
 * reporting rows in chunks. The page hands over the file itself (a Blob,
 * passed by reference), so a file of a million applicants is never decoded,
 * copied or parsed on the page's main thread.
 * No DOM: the same code runs in the worker and on the page.
 */
import { vocabularyOf } from "../../engine/validate-applicant";
import type { PolicyChoices } from "../../engine/decide";
import { buildCatalog, type Catalog } from "../../engine/catalog";
import type { Applicant } from "../../engine/applicant-schema";
import type { Series } from "../../engine/qualification-schema";
import type { ApplicantResult, Outcome } from "../../engine/result-types";
import { screenApplicant, type ScreenOptions } from "../../engine/screen-applicant";
import type { PoolCandidate, PoolRow, ScreenedRow } from "../../pool/pool-types";
import { decodeText } from "../../pool/decode-text";
import { readPool } from "../../pool/read-pool";
import { checkCandidate, screenCandidate } from "../../pool/screen-candidate";

/** Applicants screened between two progress reports. */
export const CHUNK = 200;

export interface ScreenRequest {
  type: "screen";
  fileName: string;
  /** The file as chosen (a Blob is sent to a worker by reference; its bytes are read there). */
  file: Blob;
  /** The page's catalog (`catalog.series`: the built-in series and the officer's files), rebuilt in the worker. */
  series: Array<{ file: string; series: Series }>;
  /** The officer's policy choices. */
  policies: PolicyChoices;
  today: string;
  /** This worker screens share `part` of `parts` (contiguous, by applicant index). */
  part: number;
  parts: number;
}

export interface DetailRequest {
  type: "detail";
  index: number;
}

/** Screen this worker's share again with each unmet level's shortfall, for the download. */
export interface ShortfallsRequest {
  type: "shortfalls";
}

export type JobRequest = ScreenRequest | DetailRequest | ShortfallsRequest;

export type JobMessage =
  | { type: "read"; format: "csv" | "json"; total: number }
  | { type: "unreadable"; format: "csv" | "json"; message: string }
  | { type: "packed-rows"; rows: PackedRows }
  | { type: "done" }
  | { type: "shortfall-rows"; rows: PoolRow[] }
  | { type: "shortfalls-done" }
  | { type: "detail"; index: number; applicant: Applicant; result: ApplicantResult }
  | { type: "detail-failed"; index: number; message: string }
  | { type: "failed"; message: string };

/** Outcomes as one byte each, for packed rows. */
const OUTCOME_CODES: readonly Outcome[] = ["meets", "does-not-meet", "review", "inactive"];

/**
 * A chunk of outcome-only rows in few objects: every outcome one byte of a
 * typed array. Each outcome as a string of its own would be ten strings per
 * applicant for the page to receive and its garbage collector to copy: two
 * million for 200,000 applicants, on the page's main thread.
 */
export interface PackedRows {
  levels: number;
  index: number[];
  id: string[];
  name: string[];
  asOf: string[];
  outcomes: Uint8Array;
  /** By position among the screened rows: the levels waiting on an undecided substitution, only for rows that have some. */
  waiting: Array<[position: number, levels: number[]]>;
  /** Rows that failed validation, as they are. */
  invalid: PoolRow[];
}

/** Pack outcome-only rows for posting. */
export function packRows(rows: PoolRow[]): PackedRows {
  const screened = rows.filter((r): r is ScreenedRow => r.ok);
  const levels = screened[0]?.outcomes.length ?? 0;
  const outcomes = new Uint8Array(screened.length * levels);
  screened.forEach((r, i) => r.outcomes.forEach((o, j) => (outcomes[i * levels + j] = OUTCOME_CODES.indexOf(o))));
  return {
    levels,
    index: screened.map((r) => r.index),
    id: screened.map((r) => r.id),
    name: screened.map((r) => r.name),
    asOf: screened.map((r) => r.asOf),
    outcomes,
    waiting: screened.flatMap((r, i): Array<[number, number[]]> => (r.waiting ? [[i, r.waiting]] : [])),
    invalid: rows.filter((r) => !r.ok),
  };
}

/** The rows again, every outcome one of four shared strings. */
export function unpackRows(packed: PackedRows): PoolRow[] {
  const rows: PoolRow[] = packed.invalid.slice();
  const waiting = new Map(packed.waiting);
  for (let i = 0; i < packed.index.length; i++) {
    const outcomes: Outcome[] = [];
    for (let j = 0; j < packed.levels; j++) outcomes.push(OUTCOME_CODES[packed.outcomes[i * packed.levels + j]]);
    const row: ScreenedRow = { ok: true, index: packed.index[i], id: packed.id[i], name: packed.name[i], asOf: packed.asOf[i], outcomes, shortfalls: null };
    const levels = waiting.get(i);
    if (levels) row.waiting = levels;
    rows.push(row);
  }
  return rows;
}

/** The share [start, end) of `total` applicants that part `part` of `parts` screens. */
export function shareOf(total: number, part: number, parts: number): [number, number] {
  return [Math.floor((total * part) / parts), Math.floor((total * (part + 1)) / parts)];
}

/**
 * A job runner: hand it requests; it posts messages. `pause` runs between
 * chunks (a no-op in a worker; a yield to the page when it runs there) and
 * `stopped` lets the page abandon a job.
 */
export function createJobRunner(post: (message: JobMessage) => void, pause: () => Promise<void> = async () => {}, stopped: () => boolean = () => false) {
  let candidates: PoolCandidate[] = [];
  let catalog: Catalog | null = null;
  let options: ScreenOptions = { today: "" };
  let share: [number, number] = [0, 0];

  /** Screen this worker's share in chunks, outcomes only or with shortfalls. */
  async function screenShare(shortfalls: boolean): Promise<boolean> {
    const [start, end] = share;
    const screenOptions: ScreenOptions = { ...options, explain: shortfalls };
    for (let i = start; i < end; i += CHUNK) {
      if (stopped() || !catalog) return false;
      const rows: PoolRow[] = [];
      for (let j = i; j < Math.min(end, i + CHUNK); j++) rows.push(screenCandidate(candidates[j], catalog, screenOptions, shortfalls));
      if (shortfalls) post({ type: "shortfall-rows", rows });
      else post({ type: "packed-rows", rows: packRows(rows) });
      await pause();
    }
    return true;
  }

  async function screen(request: ScreenRequest): Promise<void> {
    let text: string;
    try {
      // In the encoding the spreadsheet saved it in (UTF-8, Windows-1252 or UTF-16).
      text = decodeText(new Uint8Array(await request.file.arrayBuffer()));
    } catch (e) {
      // A browser holds at most about 500 million characters in one string (V8's limit); a larger file cannot be read whole.
      const tooLarge = e instanceof RangeError;
      post({
        type: "unreadable",
        format: /\.json$/i.test(request.fileName) ? "json" : "csv",
        message: tooLarge
          ? `The file is too large for this browser to read at once (${Math.round(request.file.size / 1e6).toLocaleString("en-US")} MB). Split it into files of at most 400 MB each and screen them one at a time.`
          : "The file could not be read. Check that it still exists and is not open in another program, then choose it again.",
      });
      return;
    }
    if (stopped()) return;
    const reading = readPool(request.fileName, text);
    if (!reading.ok) {
      post({ type: "unreadable", format: reading.format, message: reading.message });
      return;
    }
    candidates = reading.candidates;
    catalog = buildCatalog(request.series).catalog;
    options = { today: request.today, policies: request.policies };
    post({ type: "read", format: reading.format, total: candidates.length });
    share = shareOf(candidates.length, request.part, request.parts);
    // Outcomes only: the table needs nothing more, and deciding is many times faster than explaining.
    if (await screenShare(false)) post({ type: "done" });
  }

  function detail(index: number): void {
    const candidate = candidates[index];
    const checked = candidate && catalog ? checkCandidate(candidate, vocabularyOf(catalog)) : null;
    if (!catalog || !checked?.ok) {
      post({ type: "detail-failed", index, message: "This applicant cannot be shown: screen the file again." });
      return;
    }
    post({ type: "detail", index, applicant: checked.applicant, result: screenApplicant(checked.applicant, catalog, options) });
  }

  return async function handle(request: JobRequest): Promise<void> {
    try {
      if (request.type === "screen") await screen(request);
      else if (request.type === "shortfalls") {
        if (await screenShare(true)) post({ type: "shortfalls-done" });
      } else detail(request.index);
    } catch (e) {
      post({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };
}
