/**
 * A JSON file's bytes as text. JSON is UTF-8 (RFC 8259); reading other bytes
 * as some other encoding would turn "José" into "JosÃ©" or "Jos�" without a
 * word, so a file that is not UTF-8 is refused with the place of the first
 * byte that is not, for a message that names the encoding. A file that
 * starts with a UTF-16 byte-order mark (what Windows PowerShell's Out-File
 * writes) is unambiguous and read as UTF-16.
 */

export type JsonTextResult = { ok: true; text: string } | { ok: false; line: number; column: number; byte: number };

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1 (RFC 3629: no overlong forms, no surrogates). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/**
 * Decode a JSON file: UTF-16 by its byte-order mark, otherwise strict UTF-8
 * (a UTF-8 byte-order mark is kept for the JSON reader to skip). When the
 * bytes are not UTF-8, where the first bad byte is: line and column (from 1,
 * in characters) and its value.
 * @example decodeJsonText(new Uint8Array([0x22, 0xe9, 0x22])) // { ok: false, line: 1, column: 2, byte: 0xe9 }
 */
export function decodeJsonText(bytes: Uint8Array): JsonTextResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes) };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const column = [...new TextDecoder().decode(bytes.subarray(lineStart, at))].length + 1;
    return { ok: false, line, column, byte: bytes[at] };
  }
}

/**
 * Why the bytes are refused and how to fix it, naming the first bad byte.
 * @example notUtf8Reason(0xe9) // "byte 0xE9 is not valid UTF-8 (the file may have been saved as Windows-1252 or Latin-1). JSON files must be UTF-8: save it again as UTF-8"
 */
export function notUtf8Reason(byte: number): string {
  return `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} is not valid UTF-8 (the file may have been saved as Windows-1252 or Latin-1). JSON files must be UTF-8: save it again as UTF-8`;
}
