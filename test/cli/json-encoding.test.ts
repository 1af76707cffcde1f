/**
 * Invalid UTF-8 in a JSON file (issue 11): it was read as Windows-1252 and
 * screened with garbled names, exit 0. JSON is UTF-8, so an applicants file
 * that is not is refused (exit 2, one line naming the encoding and where),
 * and a qualification file that is not is reported, located, and left out
 * like any other bad qualification file. A pool CSV keeps its Windows-1252
 * reading (test/pool/screen-cli.test.ts), which is right for spreadsheets.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeJsonText } from "../../src/engine/decode-json-text";
import { parseJsonBytes } from "../../src/engine/parse-json-file";
import { decodePoolFile } from "../../src/pool/read-pool";
import { runCli } from "./run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "json-encoding-"));
const latin1 = (text: string): Buffer => Buffer.from(text, "latin1");
const APPLICANT = '[\n  { "name": "José Müller", "asOf": "2026-11-22", "education": { "highSchool": "diploma" } }\n]\n';

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("decodeJsonText", () => {
  it("reads UTF-8, and UTF-16 by its byte-order mark", () => {
    expect(decodeJsonText(new TextEncoder().encode(APPLICANT))).toEqual({ ok: true, text: APPLICANT });
    expect(decodeJsonText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(APPLICANT, "utf16le")]))).toEqual({ ok: true, text: APPLICANT });
  });

  it("locates the first byte that is not UTF-8 by line and column in characters", () => {
    expect(decodeJsonText(latin1(APPLICANT))).toEqual({ ok: false, line: 2, column: 17, byte: 0xe9 });
    // After valid multi-byte characters on the same line, the column still counts characters.
    expect(decodeJsonText(Buffer.concat([Buffer.from('"€é', "utf8"), Buffer.from([0xff])]))).toEqual({ ok: false, line: 1, column: 4, byte: 0xff });
    expect(decodeJsonText(Uint8Array.of(0xe9))).toEqual({ ok: false, line: 1, column: 1, byte: 0xe9 });
    // Overlong forms and surrogates are not UTF-8 either.
    expect(decodeJsonText(Uint8Array.of(0x22, 0xc0, 0xaf, 0x22))).toMatchObject({ ok: false, column: 2, byte: 0xc0 });
    expect(decodeJsonText(Uint8Array.of(0x0a, 0xed, 0xa0, 0x80))).toMatchObject({ ok: false, line: 2, column: 1, byte: 0xed });
  });

  it("a qualification file's bytes that are not UTF-8 are a located error naming the encoding", () => {
    expect(parseJsonBytes(latin1('{ "title": "Técnico" }'), "q.json")).toEqual({
      ok: false,
      error: { file: "q.json", path: "line 1, column 14", message: expect.stringMatching(/^The file is not UTF-8: byte 0xE9 is not valid UTF-8 .*save it again as UTF-8$/) },
    });
  });
});

describe("decodePoolFile (the pool reader's bytes to text)", () => {
  it("reads a CSV in Windows-1252 but refuses JSON that is not UTF-8", () => {
    const csv = latin1("applicant_id,name,high_school\r\nA1,José,diploma\r\n");
    expect(decodePoolFile("pool.csv", csv)).toEqual({ ok: true, format: "csv", text: "applicant_id,name,high_school\r\nA1,José,diploma\r\n" });
    expect(decodePoolFile("pool.json", latin1(APPLICANT))).toEqual({ ok: false, message: expect.stringMatching(/^The file is not UTF-8: at line 2, column 17, byte 0xE9 /) });
    expect(decodePoolFile("pool.json", Buffer.from(APPLICANT, "utf8"))).toEqual({ ok: true, format: "json", text: APPLICANT });
  });
});

describe("npm run screen on a JSON file that is not UTF-8", () => {
  it("refuses an applicants file in Latin-1: one line naming the encoding and the place, nothing on stdout, exit 2", async () => {
    for (const args of [[], ["--format", "csv"]]) {
      const path = file("latin.json", latin1(APPLICANT));
      const r = await runCli(...args, path);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`screen: ${path} is not UTF-8: at line 2, column 17, byte 0xE9 is not valid UTF-8 (the file may have been saved as Windows-1252 or Latin-1). JSON files must be UTF-8: save it again as UTF-8\n`);
    }
  });

  it("decides it is JSON by its first character when the name says nothing", async () => {
    const r = await runCli(file("applicants.txt", latin1(APPLICANT)));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/applicants\.txt is not UTF-8: at line 2, column 17/);
  });

  it("still screens the same file saved as UTF-8 or UTF-16 (PowerShell's Out-File)", async () => {
    for (const bytes of [Buffer.from(APPLICANT, "utf8"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(APPLICANT, "utf16le")])]) {
      const r = await runCli(file("ok.json", bytes));
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as Array<{ name: string }>)[0].name).toBe("José Müller");
    }
  });

  it("reports a qualification file in Latin-1 as `screen: FILE line, column: ...` and leaves it out; the others still screen", async () => {
    const example = readFileSync(join(ROOT, "docs/examples/marren-county-permit-technician.json"), "utf8");
    const qdir = mkdtempSync(join(tmpdir(), "json-encoding-q-"));
    writeFileSync(join(qdir, "a-latin.json"), latin1(example.replace(/"id": "(510\d)"/g, '"id": "L$1"').replace('"title": "Permit Counter Aide"', '"title": "Permit Counter Aide (Técnico)"')));
    writeFileSync(join(qdir, "b-good.json"), example);
    const r = await runCli("--qualifications", qdir, file("one.json", APPLICANT));
    expect(r.stderr).toMatch(/^screen: a-latin\.json line \d+, column \d+: The file is not UTF-8: byte 0xE9 is not valid UTF-8 .*save it again as UTF-8\n$/);
    expect(r.status).toBe(0);
    const ids = (JSON.parse(r.stdout) as Array<{ levels: Array<{ id: string }> }>)[0].levels.map((l) => l.id);
    expect(ids.filter((id) => id.startsWith("L"))).toEqual([]);
    expect(ids).toContain("5101");
  });
});
