/**
 * A pool file's bytes as text, in the encoding a spreadsheet saved it in.
 * UTF-8 is the layout's encoding, but Excel's plain "CSV" on Windows writes
 * Windows-1252 and its "Unicode text" writes UTF-16: reading those as UTF-8
 * would turn "José" into "Jos�" or the whole file into noise.
 */

/**
 * Decode a pool file: UTF-16 when it starts with a UTF-16 byte-order mark,
 * UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (every byte
 * sequence is valid in it, so this never fails).
 * @example decodeText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9])) // "José"
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextAs(bytes).text;
}

/** `decodeText`, saying which encoding it read the bytes in (a JSON file must be UTF-8 or UTF-16). */
export function decodeTextAs(bytes: Uint8Array): { text: string; encoding: "utf-16" | "utf-8" | "windows-1252" } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16" };
  try {
    // Keeps a UTF-8 byte-order mark, as File.text() would not; the readers skip it.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Node's decoder reads "windows-1252" as Latin-1, so bytes 0x80-0x9F (€, curly quotes, dashes) are mapped here, as browsers do.
    const text = new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80] || c);
    return { text, encoding: "windows-1252" };
  }
}

/** Windows-1252's characters for bytes 0x80 to 0x9F (empty where the byte is unassigned). */
const WINDOWS_1252_80_9F = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"];
