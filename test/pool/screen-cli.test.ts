/**
 * `npm run --silent screen -- --format csv|json FILE` with FILE as JSON or as
 * the pool CSV layout: one CSV row per applicant with a column per level,
 * errors in their row and on stderr, and the exit codes of the applicant format.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli";
import { applicantsToCsv } from "./applicants-to-csv";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "screen-pool-cli-"));

const run = runCli;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function table(text: string): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

interface JsonRecord {
  name: string | null;
  asOf: string;
  levels: Array<{ id: string; outcome: string; shortfall: string | null }>;
}

const GOOD = [
  {
    name: "Ann Example",
    asOf: "2026-11-22",
    education: { highSchool: "diploma", coursework: [{ hours: 45, unit: "semester", areas: ["business-administration"] }] },
    experience: [{ employer: "City", title: "Clerk", start: "2020-01-01", end: null, hoursPerWeek: 40, kinds: ["customer-service"], comparableTo: ["4808"] }],
  },
  { name: "Bo", asOf: "2026-11-22", education: { highSchool: "none" } },
  {
    name: "Cy",
    asOf: "2004-01-01",
    education: { highSchool: "ged", degrees: [{ level: "bachelor", field: "communications" }] },
    experience: [{ start: "1999-01-01", end: "2003-06-30", hoursPerWeek: 20, kinds: ["office-administration"], supervisory: true }],
  },
];

describe("npm run screen -- --format csv", async () => {
  it("prints one row per applicant with a column per level's outcome, matching the JSON output", async () => {
    const path = file("good.json", JSON.stringify(GOOD));
    const json = await run(path);
    expect(json.status).toBe(0);
    const records = JSON.parse(json.stdout) as JsonRecord[];
    const r = await run("--format", "csv", path);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const ids = records[0].levels.map((l) => l.id);
    expect(r.stdout.split("\r\n")[0].split(",")).toEqual(["applicant_id", "name", "as_of", ...ids, "errors"]);
    const rows = table(r.stdout);
    expect(rows).toHaveLength(GOOD.length);
    rows.forEach((row, i) => {
      for (const l of records[i].levels) expect(row[l.id]).toBe(l.outcome);
    });
  });

  it("adds what each unmet level is missing with --shortfalls", async () => {
    const path = file("good.json", JSON.stringify(GOOD));
    const records = JSON.parse((await run(path)).stdout) as JsonRecord[];
    const r = await run("--format", "csv", "--shortfalls", path);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const rows = table(r.stdout);
    const ids = records[0].levels.map((l) => l.id);
    expect(r.stdout.split("\r\n")[0].split(",")).toEqual(["applicant_id", "name", "as_of", ...ids, ...ids.map((id) => `${id} shortfall`), "errors"]);
    expect(rows).toHaveLength(GOOD.length);
    rows.forEach((row, i) => {
      expect(row.applicant_id).toBe(String(i + 1));
      expect(row.name).toBe(records[i].name);
      expect(row.as_of).toBe(records[i].asOf);
      for (const l of records[i].levels) {
        expect(row[l.id]).toBe(l.outcome);
        expect(row[`${l.id} shortfall`]).toBe(l.shortfall ?? "");
      }
      expect(row.errors).toBe("");
    });
    // The pool is varied enough to show more than one outcome.
    expect(new Set(rows.flatMap((row) => ids.map((id) => row[id]))).size).toBeGreaterThan(2);
  });

  it("screens the CSV layout the same as the same applicants in JSON", async () => {
    const csvPath = file("good.csv", applicantsToCsv(GOOD.map((applicant, i) => ({ id: `A-${i + 1}`, applicant }))));
    const jsonPath = file("good-too.json", JSON.stringify(GOOD));
    const fromCsv = await run("--format=csv", "--shortfalls", csvPath);
    const fromJson = await run("--format=csv", "--shortfalls", jsonPath);
    expect(fromCsv.status).toBe(0);
    const a = table(fromCsv.stdout);
    const b = table(fromJson.stdout);
    expect(a.map((row) => row.applicant_id)).toEqual(["A-1", "A-2", "A-3"]);
    expect(a.map(({ applicant_id: _, ...rest }) => rest)).toEqual(b.map(({ applicant_id: _, ...rest }) => rest));
    // And --format json on the CSV prints the applicant format's records, identical to the JSON file's.
    const jsonFromCsv = await run("--format", "json", csvPath);
    expect(jsonFromCsv.status).toBe(0);
    expect(JSON.parse(jsonFromCsv.stdout)).toEqual(JSON.parse((await run(jsonPath)).stdout));
  });


  it("decides by content when the extension says nothing", async () => {
    const csvText = applicantsToCsv([{ id: "X", applicant: GOOD[1] }]);
    expect(table((await run("--format", "csv", file("pool.txt", csvText))).stdout)[0].applicant_id).toBe("X");
    expect(table((await run("--format", "csv", file("pool.data", JSON.stringify(GOOD[1])))).stdout)[0].applicant_id).toBe("1");
  });

  it("keeps screening past invalid applicants: their row carries located errors, stderr repeats them, and the exit code is 1", async () => {
    const text = [
      "applicant_id,name,high_school,start,end,hours_per_week,kinds",
      "A1,Ann,diploma,2020-01-01,,40,customer-service",
      "B2,Bo,diploma,2021-05-01,2021-04-01,40,customer-service",
      "C3,Cy,maybe,,,,",
    ].join("\n");
    const r = await run("--format", "csv", file("mixed.csv", text));
    expect(r.status).toBe(1);
    const rows = table(r.stdout);
    expect(rows.map((row) => row.applicant_id)).toEqual(["A1", "B2", "C3"]);
    expect(rows[0].errors).toBe("");
    expect(rows[0]["4807"]).toMatch(/^(meets|does-not-meet|review|inactive)$/);
    expect(rows[1]["4807"]).toBe("");
    expect(rows[1].errors).toMatch(/^Row 3, column end: Enter an end date on or after the start date/);
    expect(rows[2].errors).toMatch(/^Row 4, column high_school: Choose high school: diploma, ged, none/);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^screen: applicant B2, Row 3, column end: Enter an end date/),
      expect.stringMatching(/^screen: applicant C3, Row 4, column high_school: Choose high school/),
    ]);
  });

  it("locates JSON errors by index and path, in the row and on stderr", async () => {
    const r = await run("--format", "csv", file("bad.json", JSON.stringify([GOOD[1], { education: { highSchool: "ged" }, experience: [{ start: "2021-13-01", hoursPerWeek: 40, kinds: ["other"] }] }])));
    expect(r.status).toBe(1);
    const rows = table(r.stdout);
    expect(rows[1].errors).toMatch(/^Applicant 2 \(index 1\), experience\[0\]\.start: Enter the start date as a real date/);
    expect(r.stderr).toMatch(/^screen: Applicant 2 \(index 1\), experience\[0\]\.start: /);
  });

  it("--format json on a CSV gives the format's error record with the applicant id, row and column", async () => {
    const r = await run("--format", "json", file("bad.csv", "applicant_id,high_school\nA1,diploma\nB2,college\n"));
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as unknown[];
    expect(out[1]).toEqual({ index: 1, applicantId: "B2", errors: [{ path: "education.highSchool", row: 3, column: "high_school", message: expect.stringMatching(/^Choose high school/) }] });
  });

  it("exits 2 with one line on stderr for an unknown format, an unreadable CSV header or malformed JSON", async () => {
    const good = file("one.json", JSON.stringify(GOOD[1]));
    for (const [args, pattern] of [
      [["--format", "xml", good], /^screen: --format needs json or csv, not xml/],
      [["--shortfalls", good], /^screen: --shortfalls goes with --format csv/],
      [["--format", "csv", file("bad-header.csv", "id,high_school\n1,diploma\n")], /^screen: .*bad-header\.csv cannot be read as the pool CSV layout: Row 1 \(the header\): "id" is not a column/],
      [["--format", "csv", file("broken.json", "[{")], /^screen: .*broken\.json is not valid JSON/],
    ] as Array<[string[], RegExp]>) {
      const r = await run(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
    }
  });

  it("keeps --qualifications working: an agency's levels get their own columns", async () => {
    const r = await run("--format", "csv", "--qualifications", join(ROOT, "docs/examples"), file("q.json", JSON.stringify(GOOD)));
    expect(r.status).toBe(0);
    const rows = table(r.stdout);
    const extra = Object.keys(rows[0]).filter((k) => !k.endsWith("shortfall") && !["applicant_id", "name", "as_of", "errors"].includes(k));
    const builtIn = Object.keys(table((await run("--format", "csv", file("q2.json", JSON.stringify(GOOD)))).stdout)[0]).filter((k) => !k.endsWith("shortfall"));
    expect(extra.filter((k) => !builtIn.includes(k)).length).toBeGreaterThan(0);
    for (const id of extra) expect(rows[0][id]).toMatch(/^(meets|does-not-meet|review|inactive)$/);
  });

  it("reads a CSV saved by Excel as plain CSV (Windows-1252) or Unicode text (UTF-16), names and all", async () => {
    const text = "applicant_id,name,as_of,high_school\r\nA1,José Müller,2026-11-22,diploma\r\n";
    const latin = join(dir, "latin.csv");
    writeFileSync(latin, Buffer.from(text, "latin1"));
    const utf16 = join(dir, "unicode.txt");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/,/g, "\t"), "utf16le")]));
    for (const path of [latin, utf16]) {
      const r = await run("--format", "csv", path);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(table(r.stdout)[0].name).toBe("José Müller");
    }
  });
});
