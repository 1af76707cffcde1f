/**
 * What a hostile or broken file can make the command line do, beyond its
 * results: its problems are printed on a terminal, so control characters in
 * them must not recolour or clear the screen or forge extra `screen:` lines;
 * a file too large to hold as text is refused in words, not with a stack trace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScreen } from "../../src/cli/run-screen";
import { runCli } from "./run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "hostile-"));
const ESCAPES = "x\u001b[31mRED\u001b[2J\r\nscreen: all screened\u202e";
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("problems printed on the terminal", () => {
  it("show an applicant's control characters as \\uXXXX, one line per problem", async () => {
    const path = file("escapes.json", JSON.stringify([{ education: { highSchool: "ged" }, [ESCAPES]: 1 }]));
    // The JSON output carries the problem in the applicant's record (JSON escapes control characters), not on stderr.
    const json = await runCli(path);
    expect(json.status).toBe(1);
    expect(json.stderr).toBe("");
    for (const args of [["--format", "csv", path]]) {
      const r = await runCli(...args);
      expect(r.status).toBe(1);
      const lines = r.stderr.split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe("");
      expect(lines[0]).not.toMatch(RAW_CONTROL);
      expect(lines[0]).toContain("x\\u001b[31mRED\\u001b[2J\\u000d\\u000ascreen: all screened\\u202e");
    }
  });

  it("show a qualification file's control characters as \\uXXXX, and a CSV pool's", async () => {
    const qdir = mkdtempSync(join(tmpdir(), "hostile-q-"));
    const example = JSON.parse(readFileSync(join(ROOT, "docs/examples/marren-county-permit-technician.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(join(qdir, "bad.json"), JSON.stringify({ ...example, [ESCAPES]: true }));
    const r = await runCli("--qualifications", qdir, file("one.json", JSON.stringify({ education: { highSchool: "ged" } })));
    expect(r.status).toBe(0);
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(r.stderr.slice(0, -1)).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toMatch(/^screen: bad\.json x\\u001b\[31mRED/);

    const csv = await runCli("--format", "csv", file("escapes.csv", `applicant_id,high_school\n"A\u001b[2J\nscreen: ok",maybe\n`));
    expect(csv.status).toBe(1);
    expect(csv.stderr.split("\n")).toHaveLength(2);
    expect(csv.stderr.slice(0, -1)).not.toMatch(RAW_CONTROL);
    expect(csv.stderr).toContain("applicant A\\u001b[2J\\u000ascreen: ok, Row 2");
  });
});

describe("a file too large to screen", () => {
  it("is refused in words with exit 2, before it is decoded", async () => {
    const path = file("big.json", JSON.stringify([{ education: { highSchool: "ged" } }, { education: { highSchool: "diploma" } }]));
    const chunks: string[] = [];
    const out = { write: (c: string) => chunks.push(c) > 0 };
    const err: string[] = [];
    const status = await runScreen([path], { stdout: out, stderr: { write: (c: string) => err.push(c) > 0 }, maxFileBytes: 50 });
    expect(status).toBe(2);
    expect(chunks).toEqual([]);
    expect(err.join("")).toMatch(/^screen: .*big\.json is \d+ bytes; the screener reads at most 50 bytes at a time: split the applicants into several files and screen each\n$/);
    // The same file within the limit screens.
    expect(await runScreen([path], { stdout: out, stderr: out, maxFileBytes: 1000 })).toBe(0);
  });
});
