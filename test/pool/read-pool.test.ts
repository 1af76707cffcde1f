/**
 * Reading a pool file as JSON or CSV: the format chosen by name or first
 * character, broken JSON located by line and column, and a file with nobody
 * in it refused with a reason rather than shown as empty results.
 */
import { describe, expect, it } from "vitest";
import { parsePoolJson, poolFormat, readPool } from "../../src/pool/read-pool";

function message(fileName: string, text: string): string {
  const r = readPool(fileName, text);
  if (r.ok) throw new Error("expected the file to be refused");
  return r.message;
}

describe("reading a pool file", () => {
  it("decides JSON or CSV by the extension, else by the first character", () => {
    expect(poolFormat("pool.CSV", "[")).toBe("csv");
    expect(poolFormat("pool.json", "a,b")).toBe("json");
    expect(poolFormat("pool.txt", "\uFEFF  [{}]")).toBe("json");
    expect(poolFormat("pool.txt", "applicant_id,high_school")).toBe("csv");
  });

  it("locates a JSON syntax error by line and column, and says how to fix it", () => {
    const text = '[\n  { "education": { "highSchool": "ged" } }\n  { "education": { "highSchool": "ged" } }\n]';
    expect(message("pool.json", text)).toMatch(/^The file is not valid JSON: at line 3, column 3: Fix the JSON here: .*a missing or extra comma, quote or bracket is the usual cause\. Check it with a JSON validator/);
    expect(message("pool.json", '[{"education":')).toMatch(/^The file is not valid JSON: at line 1, column \d+: The file ends too early/);
  });

  it("says an empty JSON file is empty", () => {
    expect(message("pool.json", " \n")).toMatch(/^The file is empty: choose a JSON file of applicants/);
  });

  it("refuses a file with no applicants, JSON or CSV", () => {
    expect(message("pool.json", "[]")).toBe("The file holds no applicants: choose a file with at least one applicant in it.");
    expect(message("pool.csv", "applicant_id,high_school\n")).toMatch(/no applicants below it/);
  });

  it("reads one applicant object as a pool of one, and an array in order", () => {
    const one = parsePoolJson('{"education":{"highSchool":"ged"}}');
    expect(one.ok && one.candidates.map((c) => c.id)).toEqual(["1"]);
    const two = readPool("p.json", '[{"name":"A"},{"name":"B"}]');
    expect(two.ok && two.candidates.map((c) => (c.raw as { name: string }).name)).toEqual(["A", "B"]);
  });
});
