/**
 * The pool CSV layout (docs/csv-format.md): rows grouped by applicant_id,
 * lenient values, and every problem located by spreadsheet row and column.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePoolCsv } from "../../src/pool/parse-pool-csv";
import type { PoolCandidate, PoolReading } from "../../src/pool/pool-types";
import { checkCandidate, screenCandidate } from "../../src/pool/screen-candidate";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { applicant as applicantArb } from "../engine/arbitraries";
import { catalog, TODAY } from "../engine/helpers";
import { applicantsToCsv, HEADER } from "./applicants-to-csv";

function read(text: string): PoolCandidate[] {
  const r = parsePoolCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.candidates;
}

function fatal(text: string): string {
  const r: PoolReading = parsePoolCsv(text);
  if (r.ok) throw new Error("expected the file to be unreadable");
  return r.message;
}

/** A CSV from rows of named cells (unnamed columns empty). */
function csv(rows: Array<Record<string, string>>, header: string[] = HEADER): string {
  return [header.join(","), ...rows.map((r) => header.map((h) => r[h] ?? "").join(","))].join("\n");
}

function errorsOf(c: PoolCandidate): Array<{ row: number | null; column: string | null; message: string }> {
  const checked = checkCandidate(c);
  if (checked.ok) return [];
  return checked.errors.map(({ row, column, message }) => ({ row, column, message }));
}

const JOB = { start: "2021-03-01", end: "2021-12-31", hours_per_week: "40", kinds: "customer-service" };

describe("reading the pool CSV layout", () => {
  it("groups rows by applicant_id, even when they are not next to each other, in order of first row", () => {
    const c = read(
      csv([
        { applicant_id: "A1", name: "Ann", as_of: "2026-11-22", high_school: "diploma", ...JOB },
        { applicant_id: "B2", name: "Bo", high_school: "none" },
        { applicant_id: "A1", ...JOB, start: "2022-01-01", end: "", kinds: "public-relations", coursework_hours: "45", coursework_unit: "quarter", coursework_areas: "communications" },
      ]),
    );
    expect(c.map((x) => x.id)).toEqual(["A1", "B2"]);
    expect(c[0].csv?.rows).toEqual([2, 4]);
    const v = checkCandidate(c[0]);
    expect(v.ok && v.applicant).toEqual({
      name: "Ann",
      asOf: "2026-11-22",
      education: { highSchool: "diploma", coursework: [{ hours: 45, unit: "quarter", areas: ["communications"] }] },
      experience: [
        { start: "2021-03-01", end: "2021-12-31", hoursPerWeek: 40, kinds: ["customer-service"] },
        { start: "2022-01-01", end: null, hoursPerWeek: 40, kinds: ["public-relations"] },
      ],
    });
    // An applicant with no job is one row with empty job columns.
    const bo = checkCandidate(c[1]);
    expect(bo.ok && bo.applicant).toEqual({ name: "Bo", education: { highSchool: "none" } });
  });

  it("accepts values as people type them: case, spaces, labels, yes/no, several values with ;", () => {
    const [c] = read(
      csv([
        {
          applicant_id: " A1 ",
          high_school: "GED",
          ...JOB,
          kinds: "Customer Service; closely related ;",
          supervisory: "Yes",
          comparable_to: "4808;4809",
          degree_level: "Bachelor",
          degree_field: "Business Administration",
        },
      ]),
    );
    const v = checkCandidate(c);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(c.id).toBe("A1");
    expect(v.applicant.education).toEqual({ highSchool: "ged", degrees: [{ level: "bachelor", field: "business-administration" }] });
    expect(v.applicant.experience?.[0]).toMatchObject({ kinds: ["customer-service", "closely-related"], supervisory: true, comparableTo: ["4808", "4809"] });
  });

  it("keeps an unrecognised area of study as typed (it counts as unrelated)", () => {
    const [c] = read(csv([{ applicant_id: "A1", high_school: "diploma", coursework_hours: "30", coursework_unit: "semester", coursework_areas: "Marine Biology" }]));
    const v = checkCandidate(c);
    expect(v.ok && v.applicant.education.coursework).toEqual([{ hours: 30, unit: "semester", areas: ["Marine Biology"] }]);
  });

  it("reads a header with spaces and capitals, a byte-order mark, semicolon separators and quoted cells", () => {
    const text = `\uFEFFApplicant ID;High School;Kinds;Start;Hours per week;Name\r\nA1;diploma;"customer-service;other";2020-01-01;40;"Lee; Pat"\r\n`;
    const [c] = read(text);
    const v = checkCandidate(c);
    expect(v.ok && v.applicant).toMatchObject({ name: "Lee; Pat", experience: [{ kinds: ["customer-service", "other"], hoursPerWeek: 40 }] });
  });

  it("allows applicant values repeated identically, and names both rows of a conflicting repeat", () => {
    const c = read(
      csv([
        { applicant_id: "A1", name: "Ann", high_school: "diploma", ...JOB },
        { applicant_id: "A1", name: "Ann", high_school: "diploma", ...JOB, start: "2022-01-01", end: "" },
        { applicant_id: "A1", name: "Anne", high_school: "ged" },
      ]),
    );
    expect(errorsOf(c[0])).toEqual([
      { row: 4, column: "name", message: expect.stringMatching(/row 4 gives name "Anne" but row 2 gives "Ann".*same value on every row/i) },
      { row: 4, column: "high_school", message: expect.stringMatching(/row 4 gives high_school "ged" but row 2 gives "diploma"/i) },
    ]);
  });

  it("locates each format error at the row and column it came from, with how to fix it and what the cell has", () => {
    const c = read(
      csv([
        { applicant_id: "A1", high_school: "diploma", ...JOB },
        { applicant_id: "A1", ...JOB, start: "03/01/2021", hours_per_week: "forty" },
        { applicant_id: "A1", ...JOB, end: "2020-01-01", kinds: "customer-service;sales", coursework_hours: "12" },
        { applicant_id: "A1", degree_level: "phd" },
      ]),
    );
    expect(errorsOf(c[0])).toEqual([
      { row: 3, column: "start", message: expect.stringMatching(/^Enter the start date as a real date in the form yyyy-mm-dd.*the cell has "03\/01\/2021"\)\. A spreadsheet may have changed the date: format the column as text/) },
      { row: 3, column: "hours_per_week", message: expect.stringMatching(/^Enter the hours per week as a number from 1 to 168.*"forty"/) },
      { row: 4, column: "end", message: expect.stringMatching(/^Enter an end date on or after the start date/) },
      { row: 4, column: "kinds", message: expect.stringMatching(/^Choose each kind of work from: customer-service,.*"sales"/) },
      { row: 4, column: "coursework_unit", message: expect.stringMatching(/^Choose the credit unit: semester, quarter/) },
      { row: 5, column: "degree_level", message: expect.stringMatching(/^Choose the degree level: associate, bachelor, master, doctorate.*"phd"/) },
    ]);
  });

  it("puts a missing high school on the applicant's first row, and a bad yes/no on its cell", () => {
    const c = read(csv([{ applicant_id: "A1", ...JOB, supervisory: "sometimes" }]));
    expect(errorsOf(c[0])).toEqual([
      { row: 2, column: "high_school", message: expect.stringMatching(/^Choose high school: diploma, ged, none/) },
      { row: 2, column: "supervisory", message: 'Enter yes or no for supervisory (or leave it empty for no), not "sometimes"' },
    ]);
  });

  it("gives a row without an applicant_id its own error in its place, and still reads the others", () => {
    const c = read(csv([{ applicant_id: "A1", high_school: "diploma" }, { name: "Who", high_school: "ged" }, { applicant_id: "B2", high_school: "none" }]));
    expect(c.map((x) => x.id)).toEqual(["A1", "", "B2"]);
    expect(errorsOf(c[1])).toEqual([{ row: 3, column: "applicant_id", message: expect.stringMatching(/^Enter an applicant_id on row 3/) }]);
    expect(checkCandidate(c[0]).ok).toBe(true);
    expect(checkCandidate(c[2]).ok).toBe(true);
  });

  it("numbers rows as a spreadsheet does: blank lines and cells with line breaks keep their place", () => {
    const text = `applicant_id,high_school,name\nA1,diploma,"Two\nlines"\n\n,,\nB2,diplome,Bo\n`;
    const c = read(text);
    expect(c.map((x) => x.id)).toEqual(["A1", "B2"]);
    // Row 2 holds the two-line name; rows 3 and 4 are empty; B2 is row 5.
    expect(errorsOf(c[1])).toEqual([{ row: 5, column: "high_school", message: expect.stringMatching(/^Choose high school.*"diplome"/) }]);
  });

  it("reports cells beyond the header on their row", () => {
    const c = read(`applicant_id,high_school\nA1,diploma,oops\n`);
    expect(errorsOf(c[0])).toEqual([{ row: 2, column: null, message: expect.stringMatching(/row 2 has 3 cells but the header names 2 columns/i) }]);
  });

  it("refuses a file it cannot read, saying how to fix the header or the quotes", () => {
    expect(fatal("")).toMatch(/empty/);
    expect(fatal("applicant_id,high_schol\nA1,diploma\n")).toMatch(/Row 1.*"high_schol" is not a column of the layout.*add a column headed "high_school"/);
    expect(fatal("name,high_school\nAnn,diploma\n")).toMatch(/Row 1.*add a column headed "applicant_id"/);
    expect(fatal("applicant_id,high_school,name,Name\nA1,diploma,x,y\n")).toMatch(/"name" appears twice/);
    expect(fatal('applicant_id,high_school,name\nA1,diploma,"Ann\nB2,ged,Bo\n')).toMatch(/^Row 2: a quoted cell is not closed/);
  });

  it("ignores a trailing empty column a spreadsheet saved, but not one with cells", () => {
    expect(read("applicant_id,high_school,\nA1,diploma,\n")).toHaveLength(1);
    expect(fatal("applicant_id,high_school,\nA1,diploma,x\n")).toMatch(/column 3 has cells but no heading/);
  });

  it("round-trips any valid applicant: written in the layout and read back, it screens the same", () => {
    fc.assert(
      fc.property(fc.array(applicantArb, { minLength: 1, maxLength: 4 }), (applicants) => {
        const text = applicantsToCsv(applicants.map((applicant, i) => ({ id: `P-${i}`, applicant: { name: `Person ${i}`, ...applicant } })));
        const candidates = read(text);
        expect(candidates).toHaveLength(applicants.length);
        candidates.forEach((c, i) => {
          const original = validateApplicant({ name: `Person ${i}`, ...applicants[i] });
          if (!original.ok) throw new Error("the arbitrary made an invalid applicant");
          const row = screenCandidate(c, catalog, { today: TODAY });
          expect(row.ok).toBe(true);
          const direct = screenCandidate({ index: i, id: `P-${i}`, raw: original.applicant, errors: [], csv: null }, catalog, { today: TODAY });
          expect(row).toEqual(direct);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("reads a decimal comma as a spreadsheet in many countries writes it, but never a thousands separator", () => {
    const [c] = read(`applicant_id;high_school;start;hours_per_week;kinds;coursework_hours;coursework_unit\nA1;diploma;2020-01-01;37,5;customer-service;22,25;semester\n`);
    const v = checkCandidate(c);
    expect(v.ok && v.applicant.experience?.[0].hoursPerWeek).toBe(37.5);
    expect(v.ok && v.applicant.education.coursework?.[0].hours).toBe(22.25);
    const [big] = read(`applicant_id;high_school;coursework_hours;coursework_unit\nA1;diploma;1,000;semester\n`);
    expect(errorsOf(big)).toEqual([{ row: 2, column: "coursework_hours", message: expect.stringMatching(/^Enter the credit hours as a number.*\(the cell has "1,000"\)/) }]);
  });

  it("says when the cell a problem is about is empty, or when the file has no such column", () => {
    const [empty] = read(csv([{ applicant_id: "A1", high_school: "", ...JOB, start: "" }]));
    expect(errorsOf(empty)).toEqual([
      { row: 2, column: "high_school", message: expect.stringMatching(/^Choose high school: diploma, ged, none \(the cell is empty\)$/) },
      { row: 2, column: "start", message: expect.stringMatching(/^Enter the start date .* \(the cell is empty\)$/) },
    ]);
    const [missing] = read("applicant_id,high_school,employer,start\nA1,diploma,City,2020-01-01\n");
    expect(errorsOf(missing)).toEqual([
      { row: 2, column: "hours_per_week", message: expect.stringMatching(/ \(the file has no hours_per_week column: add one\)$/) },
      { row: 2, column: "kinds", message: expect.stringMatching(/ \(the file has no kinds column: add one\)$/) },
    ]);
  });

  it("suggests the value a typo probably meant, in the cell's own column", () => {
    const [c] = read(csv([{ applicant_id: "A1", high_school: "diplma", ...JOB, kinds: "custmer-service;other", coursework_hours: "30", coursework_unit: "quater" }]));
    expect(errorsOf(c)).toEqual([
      { row: 2, column: "high_school", message: expect.stringMatching(/\(the cell has "diplma"\)\. Did you mean "diploma"\?$/) },
      { row: 2, column: "kinds", message: expect.stringMatching(/\(the cell has "custmer-service"\)\. Did you mean "customer-service"\?$/) },
      { row: 2, column: "coursework_unit", message: expect.stringMatching(/\(the cell has "quater"\)\. Did you mean "quarter"\?$/) },
    ]);
    // Nothing close: no guess.
    const [far] = read(csv([{ applicant_id: "A1", high_school: "diploma", ...JOB, kinds: "sales" }]));
    expect(errorsOf(far)[0].message).not.toMatch(/Did you mean/);
  });

  it("suggests the layout's column for a heading with a typo or words added", () => {
    expect(fatal("applicant_id,high_schol\nA1,diploma\n")).toMatch(/"high_schol" is not a column of the layout: did you mean "high_school"\? Rename the heading, or delete the column/);
    expect(fatal("Applicant ID,High School,Start Date\nA1,diploma,2021-03-01\n")).toMatch(/"Start Date" is not a column of the layout: did you mean "start"\?/);
  });

  it("explains a row whose cells moved because a cell holding the separator was not quoted", () => {
    // customer-service;other unquoted in a semicolon file: the row has one cell too many, and every cell after kinds moves right.
    const text = "applicant_id;high_school;start;hours_per_week;kinds;supervisory;comparable_to\nA1;diploma;2020-01-01;40;customer-service;other;no;\n";
    const [c] = read(text);
    expect(errorsOf(c)[0]).toEqual({ row: 2, column: null, message: expect.stringMatching(/^Row 2 has 8 cells but the header names 7 columns, so its cells may have moved one place to the right: a cell that holds a semicolon must be in quotes, for example "customer-service;other"$/) });
    expect(errorsOf(c).slice(1)).toEqual([{ row: 2, column: "supervisory", message: expect.stringMatching(/not "other"/) }]);
    // Extra empty cells on a row with no problem are harmless.
    expect(checkCandidate(read("applicant_id,high_school\nA1,diploma,,\n")[0]).ok).toBe(true);
  });

  it("refuses a workbook or other binary file saved instead of CSV, saying how to save it as CSV", () => {
    expect(fatal("PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml")).toMatch(/^This is not a CSV file: it looks like a spreadsheet workbook.*save or download the sheet as "CSV UTF-8"/);
    expect(fatal("\uFFFD\uFFFD\u0011\u0000\u0000\u0000")).toMatch(/^This is not a CSV file/);
  });

  it("refuses a header with no applicants below it", () => {
    expect(fatal("applicant_id,high_school\r\n\r\n")).toMatch(/^The file has a header row but no applicants below it: add one row per job/);
  });

  it("reads the words the screener's form shows, as an officer copies them into a spreadsheet", () => {
    const [c] = read(
      csv([
        {
          applicant_id: "A1",
          high_school: "High school diploma",
          ...JOB,
          kinds: "Business and financial operations;Closely related (officer's judgement);Other (not related)",
          degree_level: "Bachelor's degree",
          degree_field: "Similar area (officer's judgement)",
        },
      ]),
    );
    const v = checkCandidate(c);
    expect(v.ok && v.applicant.education).toEqual({ highSchool: "diploma", degrees: [{ level: "bachelor", field: "similar" }] });
    expect(v.ok && v.applicant.experience?.[0].kinds).toEqual(["business-financial-operations", "closely-related", "other"]);
    // A label of another list is not taken: a degree's words are no kind of work.
    const [wrong] = read(csv([{ applicant_id: "A1", high_school: "diploma", ...JOB, kinds: "Bachelor's degree" }]));
    expect(errorsOf(wrong)).toEqual([{ row: 2, column: "kinds", message: expect.stringMatching(/\(the cell has "Bachelor's degree"\)/) }]);
  });

  it("finds the header below blank rows or a title a spreadsheet has above it, keeping the spreadsheet's row numbers", () => {
    const text = "\r\nApplicant pool, March 2026;;;;\r\napplicant_id;high_school;start;hours_per_week;kinds\r\nA1;diploma;2021-3-1;40;other\r\n";
    const [c] = read(text);
    expect(c.id).toBe("A1");
    expect(errorsOf(c)).toEqual([{ row: 4, column: "start", message: expect.stringMatching(/^Enter the start date .*"2021-3-1"\)\. A spreadsheet may have changed the date/) }]);
    // A title without separators above a semicolon header.
    expect(read("Applicant pool March 2026\napplicant_id;high_school\nA1;diploma\n").map((x) => x.id)).toEqual(["A1"]);
    // A comma file whose rows hold more semicolons (several values) than the header has commas.
    const many = read("applicant_id,high_school,kinds,start,hours_per_week\nA1,diploma,customer-service;public-relations;office-administration;other;closely-related,2020-01-01,40\n");
    expect(checkCandidate(many[0]).ok).toBe(true);
    // With no header in the first rows, the first row's problems are the ones reported.
    expect(fatal("\nname,high_schol\nAnn,diploma\n")).toMatch(/^Row 2 \(the header\): "high_schol" is not a column of the layout: did you mean "high_school"\?.*add a column headed "applicant_id"/);
  });
});
