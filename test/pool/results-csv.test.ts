/** Results as CSV, and reading JSON pools: quoting, formula-safe text, located JSON errors. */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parsePoolJson, poolFormat, readPool } from "../../src/pool/read-pool";
import { csvLines, poolLevels, resultsToCsv } from "../../src/pool/results-csv";
import { screenCandidate } from "../../src/pool/screen-candidate";
import { catalog, TODAY } from "../engine/helpers";

describe("results CSV", () => {
  it("quotes what needs quoting and nothing else", () => {
    const cell = (text: string): string => csvLines([[text]], "\r\n").slice(0, -2);
    expect(cell("plain")).toBe("plain");
    expect(cell("a,b")).toBe('"a,b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell("two\nlines")).toBe('"two\nlines"');
    expect(cell(" padded")).toBe('" padded"');
    expect(csvLines([["a", "", "b"], ["c"]], "\n")).toBe("a,,b\nc\n");
  });

  it("writes exactly what Papa.unparse writes, on random cells of every awkward character", () => {
    // Seeded, so a failure can be replayed.
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = ["a", "Z", "1", " ", ",", '"', "\r", "\n", "\t", "=", "+", "-", "@", "'", "\ufeff", "é", ";", "|"];
    const cellOf = (): string => Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    for (let n = 0; n < 400; n++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 3) }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, cellOf));
      // Papa writes an empty row of one empty cell as nothing; csvLines gives every row its line.
      if (rows.some((r) => r.length === 1 && r[0] === "")) continue;
      expect(csvLines(rows, "\r\n")).toBe(`${Papa.unparse(rows, { newline: "\r\n", escapeFormulae: /^[=+\-@\t\r]/, header: false })}\r\n`);
    }
  });

  it("gives a formula-looking cell a leading apostrophe, even with a line break in it", () => {
    expect(csvLines([["=1+1", "+1", "-1", "@A1", "\tx", "a=1", "=HYPERLINK()\nx"]], "\r\n")).toBe(`"'=1+1","'+1","'-1","'@A1","'\tx",a=1,"'=HYPERLINK()\nx"\r\n`);
  });

  it("reads back cell for cell, with a formula-looking name made harmless", () => {
    const reading = parsePoolJson(JSON.stringify([{ name: '=HYPERLINK("x"), "Doe"', education: { highSchool: "diploma" } }, { name: "Bad", education: {} }]));
    if (!reading.ok) throw new Error(reading.message);
    const rows = reading.candidates.map((c) => screenCandidate(c, catalog, { today: TODAY }, true));
    const levels = poolLevels(catalog);
    const text = resultsToCsv(levels, rows);
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text.trim(), { header: false });
    expect(parsed.errors).toEqual([]);
    const [header, first, second] = parsed.data;
    expect(header).toHaveLength(3 + 2 * levels.length + 1);
    expect(first).toHaveLength(header.length);
    expect(second).toHaveLength(header.length);
    expect(first[1]).toBe(`'=HYPERLINK("x"), "Doe"`);
    expect(first.slice(3, 3 + levels.length).every((o) => ["meets", "does-not-meet", "review", "inactive"].includes(o))).toBe(true);
    expect(second[second.length - 1]).toMatch(/^Applicant 2 \(index 1\), education\.highSchool: Choose high school/);
    // Outcome-only rows (the fast screening) give a file without shortfall columns.
    const fast = reading.candidates.map((c) => screenCandidate(c, catalog, { today: TODAY }));
    const fastHeader = resultsToCsv(levels, fast).split("\r\n")[0].split(",");
    expect(fastHeader).toEqual(["applicant_id", "name", "as_of", ...levels.map((l) => l.id), "errors"]);
    expect(fast.map((r) => (r.ok ? r.outcomes : null))).toEqual(rows.map((r) => (r.ok ? r.outcomes : null)));
  });
});

describe("reading a JSON pool", () => {
  it("takes an array or a single applicant, and locates errors by index and path", () => {
    const one = parsePoolJson('{"education":{"highSchool":"ged"}}');
    expect(one.ok && one.candidates.map((c) => c.id)).toEqual(["1"]);
    const many = parsePoolJson('[{"education":{"highSchool":"ged"}},{"education":{"highSchool":"ged"},"experience":[{"start":"2020-01-01"}]}]');
    if (!many.ok) throw new Error(many.message);
    const row = screenCandidate(many.candidates[1], catalog, { today: TODAY });
    expect(row.ok).toBe(false);
    if (row.ok) return;
    expect(row.errors.map((e) => [e.index, e.row, e.path])).toEqual([
      [1, null, "experience[0].hoursPerWeek"],
      [1, null, "experience[0].kinds"],
    ]);
  });

  it("says what is wrong with a file that is not JSON", () => {
    const r = parsePoolJson("[{");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^The file is not valid JSON/);
  });

  it("decides CSV or JSON by extension, else by the first character", () => {
    expect(poolFormat("a.CSV", "[")).toBe("csv");
    expect(poolFormat("a.json", "applicant_id")).toBe("json");
    expect(poolFormat("a", "\uFEFF  [")).toBe("json");
    expect(poolFormat("a", "applicant_id,high_school")).toBe("csv");
    expect(readPool("a", "applicant_id,high_school\nA,ged\n").format).toBe("csv");
  });
});
