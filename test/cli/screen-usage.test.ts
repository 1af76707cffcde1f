/**
 * The command line as a person first meets it: no arguments, two files, an
 * unknown option, a folder, an empty file, broken JSON, --help. Each mistake
 * is one line on stderr saying what is wrong in words, and exit 2; the
 * applicant format's output and exit codes are untouched.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliRun } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "screen-usage-"));

const run = runCli;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Exit 2, nothing on stdout, and exactly one line on stderr matching `pattern`. */
function expectOneLine(r: CliRun, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe("npm run screen: mistakes a person makes", async () => {
  it("with no file, asks for one and shows the usage", async () => {
    expectOneLine(await run(), /^screen: give the applicant file to screen; usage: npm run --silent screen -- .*FILE$/);
  });

  it("with two files, says how many it was given", async () => {
    const a = file("a.json", "[]");
    const b = file("b.json", "[]");
    expectOneLine(await run(a, b), /^screen: give exactly one applicant file, not 2 \(.*a\.json, .*b\.json\); usage:/);
  });

  it("names an unknown option, long or short", async () => {
    const a = file("a.json", "[]");
    expectOneLine(await run("--csv", a), /^screen: unknown option --csv; usage:/);
    expectOneLine(await run("-f", "csv", a), /^screen: unknown option -f; usage:/);
  });

  it("says in words why a path cannot be read: a folder, a missing file", async () => {
    expectOneLine(await run(dir), /^screen: cannot read .*: it is a folder, not a file$/);
    expectOneLine(await run(join(dir, "missing.json")), /^screen: cannot read .*missing\.json: there is no such file or folder/);
    expectOneLine(await run("--qualifications", file("not-a-folder.json", "{}"), file("x.json", "[]")), /^screen: cannot read qualifications folder .*not-a-folder\.json: it is a file, not a folder$/);
  });

  it("says an empty file is empty, whether named .json or .csv", async () => {
    expectOneLine(await run(file("empty.json", "")), /^screen: .*empty\.json is empty: choose a JSON file of applicants/);
    expectOneLine(await run("--format", "csv", file("empty.csv", "\uFEFF\r\n")), /^screen: .*empty\.csv cannot be read as the pool CSV layout: The file is empty/);
  });

  it("locates broken JSON by line and column, and says it is JSON that is broken", async () => {
    const r = await run(file("broken.json", '[\n  { "education": { "highSchool": "ged" } }\n  { "education": { "highSchool": "ged" } }\n]\n'));
    expectOneLine(r, /^screen: .*broken\.json is not valid JSON: at line 3, column 3: Fix the JSON here: .*comma/);
  });

  it("--help prints the usage and what each option does on stdout, and exits 0", async () => {
    const r = await run("--help");
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^usage: npm run --silent screen -- /);
    for (const option of ["--format json", "--format csv", "--shortfalls", "--qualifications DIR"]) expect(r.stdout).toContain(option);
  });

  it("still screens an empty array as the applicant format says: [] and exit 0", async () => {
    const r = await run(file("none.json", "[]"));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
