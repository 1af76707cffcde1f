/**
 * Read a file's text as JSON, or say where it breaks and how to fix it.
 * Browsers and Node word JSON syntax errors differently (and only some give
 * a line): the position is turned into a line and column here so every
 * reader gets the same located message.
 */
import type { QualificationError } from "./catalog";
import { decodeJsonText, notUtf8Reason } from "./decode-json-text";

export type JsonFileResult = { ok: true; data: unknown } | { ok: false; error: QualificationError };

/** Line and column (both from 1) of a character position in a text. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column };
}

/**
 * Parse `text` (the content of `file`) as JSON. Never throws.
 * @example parseJsonFile('{"a": 1,}', "x.json") // { ok: false, error: { file: "x.json", path: "line 1, column 9", message: "Fix the JSON here: expected double-quoted property name ..." } }
 */
export function parseJsonFile(text: string, file: string): JsonFileResult {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, error: { file, path: "", message: "The file is empty: choose a qualification file (JSON) with a series in it" } };
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    if (/end of JSON input/i.test(raw)) {
      const { line, column } = lineAndColumn(body, body.trimEnd().length);
      return { ok: false, error: { file, path: `line ${line}, column ${column}`, message: 'The file ends too early: close every {, [ and " it opens (it may have been cut short)' } };
    }
    const at = /at position (\d+)/.exec(raw);
    // Firefox gives "at line 3 column 3 of the JSON data" and no position.
    const lc = /line (\d+) column (\d+)/.exec(raw);
    if (!at && lc)
      return { ok: false, error: { file, path: `line ${lc[1]}, column ${lc[2]}`, message: `Fix the JSON here: ${raw.replace(/^JSON\.parse: /, "").replace(/ at line \d+ column \d+ of the JSON data/, "")}; a missing or extra comma, quote or bracket is the usual cause` } };
    if (!at) {
      // Some engines give no position for a trailing comma ("Unexpected token ']', ..."): find it in the text.
      const comma = /,(\s*)[\]}]/.exec(body);
      if (comma) {
        const { line, column } = lineAndColumn(body, comma.index);
        return { ok: false, error: { file, path: `line ${line}, column ${column}`, message: "Remove this comma: JSON allows no comma before a closing ] or }" } };
      }
      return { ok: false, error: { file, path: "", message: `The file is not JSON (${raw}): choose the qualification file itself, saved as plain JSON text` } };
    }
    const { line, column } = lineAndColumn(body, Number(at[1]));
    const reason = raw
      .replace(/\s*\(line \d+ column \d+\)/, "")
      .replace(/ at position \d+/, "")
      .replace(/\s*in JSON$/, "")
      .replace(/^./, (c) => c.toLowerCase());
    return {
      ok: false,
      error: { file, path: `line ${line}, column ${column}`, message: `Fix the JSON here: ${reason}; a missing or extra comma, quote or bracket is the usual cause` },
    };
  }
}

/**
 * Parse a file's bytes as JSON: they must be UTF-8 (or UTF-16 with a
 * byte-order mark); bytes that are not are located like a syntax error.
 * Never throws.
 * @example parseJsonBytes(new Uint8Array([0x22, 0xe9, 0x22]), "x.json") // { ok: false, error: { file: "x.json", path: "line 1, column 2", message: "The file is not UTF-8: byte 0xE9 is not valid UTF-8 ..." } }
 */
export function parseJsonBytes(bytes: Uint8Array, file: string): JsonFileResult {
  const decoded = decodeJsonText(bytes);
  if (!decoded.ok) return { ok: false, error: { file, path: `line ${decoded.line}, column ${decoded.column}`, message: `The file is not UTF-8: ${notUtf8Reason(decoded.byte)}` } };
  return parseJsonFile(decoded.text, file);
}
