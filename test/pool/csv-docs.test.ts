/** docs/csv-format.md and the downloadable template say what the parser does. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../src/pool/csv-columns";
import { parsePoolCsv } from "../../src/pool/parse-pool-csv";
import { checkCandidate } from "../../src/pool/screen-candidate";

const ROOT = join(import.meta.dirname, "..", "..");
const doc = readFileSync(join(ROOT, "docs/csv-format.md"), "utf8");
const template = readFileSync(join(ROOT, "public/applicant-pool-template.csv"), "utf8");

describe("the CSV layout's documentation and template", () => {
  it("documents every column, in order, with the allowed values the page shows", () => {
    // The first table whose rows start with a column name is the layout's.
    const documented = doc
      .split("\n")
      .filter((l) => /^\| `[a-z_]+`/.test(l))
      .map((l) => /`([a-z_]+)`/.exec(l)![1]);
    expect(documented.slice(0, CSV_COLUMNS.length)).toEqual(CSV_COLUMNS.map((c) => c.name));
    for (const c of CSV_COLUMNS) expect(doc).toContain(`| ${c.allowed} | ${c.meaning} |`);
  });

  it("has a template with every column whose example applicants all read and validate", () => {
    expect(template.split(/\r?\n/)[0].split(",")).toEqual(CSV_COLUMNS.map((c) => c.name));
    const reading = parsePoolCsv(template);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.candidates.length).toBeGreaterThanOrEqual(2);
    for (const c of reading.candidates) expect(checkCandidate(c)).toMatchObject({ ok: true });
    // One applicant shows several rows: more than one job.
    expect(reading.candidates.some((c) => (c.csv?.jobRows.length ?? 0) > 1)).toBe(true);
  });

  it("shows the template itself as the example", () => {
    expect(doc).toContain(`\`\`\`csv\n${template.trim()}\n\`\`\``);
  });
});
