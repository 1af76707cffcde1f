/** Pool files in the encodings spreadsheets save: UTF-8, Excel's Windows-1252 "CSV", and UTF-16 "Unicode text". */
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/pool/decode-text";
import { parsePoolCsv } from "../../src/pool/parse-pool-csv";

const TEXT = "applicant_id,name,high_school\r\nA1,José Müller,diploma\r\n";

function utf16le(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe("decodeText", () => {
  it("reads UTF-8, keeping a byte-order mark for the reader to skip", () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toBe(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]))).toBe(`\uFEFF${TEXT}`);
  });

  it("reads Excel's plain CSV on Windows (Windows-1252) without turning accents into �", () => {
    // é is 0xE9 and ü 0xFC in Windows-1252; the euro sign 0x80.
    const bytes = Uint8Array.from([...TEXT].map((c) => c.charCodeAt(0)));
    expect(decodeText(bytes)).toBe(TEXT);
    expect(decodeText(Uint8Array.of(0x80, 0x4f, 0x92, 0x42))).toBe("€O’B");
  });

  it("reads UTF-16 'Unicode text' by its byte-order mark", () => {
    expect(decodeText(utf16le(TEXT))).toBe(TEXT);
    const be = utf16le(TEXT).map((_, i, a) => a[i ^ 1]);
    expect(decodeText(be)).toBe(TEXT);
  });

  it("gives the pool reader the names as typed, whatever the encoding", () => {
    for (const bytes of [new TextEncoder().encode(TEXT), Uint8Array.from([...TEXT].map((c) => c.charCodeAt(0))), utf16le(TEXT.replace(/,/g, "\t"))]) {
      const r = parsePoolCsv(decodeText(bytes));
      expect(r.ok && (r.candidates[0].raw as { name: string }).name).toBe("José Müller");
    }
  });
});
