/**
 * Read a pool file, CSV (docs/csv-format.md) or JSON (the applicant format's
 * array), deciding by the file name's extension or, when that is unclear, by
 * its first character.
 */
import { decodeJsonText, notUtf8Reason } from "../engine/decode-json-text";
import { parseJsonFile } from "../engine/parse-json-file";
import { decodeTextAs } from "./decode-text";
import { parsePoolCsv } from "./parse-pool-csv";
import type { PoolCandidate, PoolReading } from "./pool-types";

/**
 * "csv" or "json": by extension, else JSON when the text starts with `[` or `{`.
 * @example poolFormat("pool.txt", "[{}]") // "json"
 */
export function poolFormat(fileName: string, text: string): "csv" | "json" {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".tsv")) return "csv";
  if (lower.endsWith(".json")) return "json";
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
  return first === "[" || first === "{" ? "json" : "csv";
}

/**
 * A pool file's bytes as text, and whether it is CSV or JSON (`poolFormat`).
 * A CSV is read in the encoding the spreadsheet saved it in (`decodeText`);
 * JSON must be UTF-8 (or UTF-16 with a byte-order mark), and bytes that are
 * not are refused with where the first bad byte is, rather than screened with
 * garbled names.
 * @example decodePoolFile("pool.json", new Uint8Array([0x5b, 0xe9])) // { ok: false, message: "The file is not UTF-8: at line 1, column 2, byte 0xE9 is not valid UTF-8 ..." }
 */
export function decodePoolFile(fileName: string, bytes: Uint8Array): { ok: true; text: string; format: "csv" | "json" } | { ok: false; message: string } {
  const { text, encoding } = decodeTextAs(bytes);
  const format = poolFormat(fileName, text);
  // JSON is UTF-8 (or UTF-16): text read any other way is an error, located by the engine's reader.
  if (format === "csv" || encoding !== "windows-1252") return { ok: true, text, format };
  const json = decodeJsonText(bytes);
  if (!json.ok) return { ok: false, message: `The file is not UTF-8: at line ${json.line}, column ${json.column}, ${notUtf8Reason(json.byte)}` };
  return { ok: true, text: json.text, format };
}

/**
 * Parse a pool file's text as JSON, or say in one sentence why it cannot be:
 * empty, or where the syntax breaks (line and column) and how to fix it.
 * @example parsePoolJsonText("[{},]").ok // false
 */
export function parsePoolJsonText(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, message: "The file is empty: choose a JSON file of applicants (an array of applicants in the applicant format), or a CSV in the pool layout." };
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (e) {
    // The engine's reader turns the browser's or Node's wording into a line and column, where it can.
    const located = parseJsonFile(body, "");
    const where = !located.ok && located.error.path ? `at ${located.error.path}: ${located.error.message}` : `${(e as Error).message}`;
    return { ok: false, message: `The file is not valid JSON: ${where}. Check it with a JSON validator, or save the spreadsheet as CSV instead.` };
  }
}

/**
 * A JSON pool: an array of applicants (or one applicant object). Each
 * element becomes a candidate as it is; the applicant format is checked later.
 * @example parsePoolJson('[{"education":{"highSchool":"ged"}}]').ok // true
 */
export function parsePoolJson(text: string): PoolReading {
  const parsed = parsePoolJsonText(text);
  return parsed.ok ? fromParsedJson(parsed.data) : { ok: false, format: "json", message: parsed.message };
}

/** The candidate for the element at `index` of a JSON pool. */
function jsonCandidate(raw: unknown, index: number): PoolCandidate {
  return { index, id: String(index + 1), raw, errors: [], csv: null };
}

/** Candidates from already-parsed JSON (one applicant object or an array of them). */
export function fromParsedJson(data: unknown): PoolReading & { ok: true } {
  const list = Array.isArray(data) ? data : [data];
  return { ok: true, format: "json", candidates: list.map(jsonCandidate) };
}

/**
 * The same candidates made one at a time as they are screened, so a large
 * pool never holds a second object per applicant (the command line's path).
 */
export function* jsonCandidates(data: unknown): Generator<PoolCandidate> {
  const list = Array.isArray(data) ? data : [data];
  for (let i = 0; i < list.length; i++) yield jsonCandidate(list[i], i);
}

/**
 * Read a pool file's text into candidates.
 * @example readPool("pool.csv", "applicant_id,high_school\nA1,ged\n").ok // true
 */
export function readPool(fileName: string, text: string): PoolReading {
  const reading = poolFormat(fileName, text) === "csv" ? parsePoolCsv(text) : parsePoolJson(text);
  // An empty array is valid JSON, but there is nothing to screen: say so rather than show empty results.
  if (reading.ok && reading.candidates.length === 0)
    return { ok: false, format: reading.format, message: "The file holds no applicants: choose a file with at least one applicant in it." };
  return reading;
}
