/**
 * The table of applicant fields (src/pool/applicant-fields.ts) drives the
 * pool CSV's columns, the form's words for values a spreadsheet may copy, the
 * "Did you mean" of each field and the words of an error's location.
 */
import { describe, expect, it } from "vitest";
import { APPLICANT_FIELDS, fieldWords } from "../../src/pool/applicant-fields";
import { fieldPath } from "../../src/pool/field-values";
import { CSV_COLUMNS } from "../../src/pool/csv-columns";
import { parsePoolCsv } from "../../src/pool/parse-pool-csv";
import { checkCandidate } from "../../src/pool/screen-candidate";
import { describePath } from "../../src/lib/applicant-form";
import type { PoolCandidate } from "../../src/pool/pool-types";

function read(text: string): PoolCandidate[] {
  const r = parsePoolCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.candidates;
}

describe("the table of applicant fields", () => {
  it("gives every field with a column exactly one CSV column, filling the field's path", () => {
    const withColumn = APPLICANT_FIELDS.filter((f) => f.column !== undefined);
    expect(CSV_COLUMNS.slice(1).map((c) => [c.name, c.field])).toEqual(withColumn.map((f) => [f.column, fieldPath(f)]));
    expect(new Set(withColumn.map((f) => f.column)).size).toBe(withColumn.length);
    expect(APPLICANT_FIELDS.filter((f) => f.formOnly && f.column)).toEqual([]);
  });

  it("names each field in an error's location with the table's words", () => {
    for (const f of APPLICANT_FIELDS) {
      const path = f.group === "applicant" ? f.name : `${fieldPath(f).replace("[]", "[0]")}`;
      expect(describePath(path)).toMatch(new RegExp(`${fieldWords(f).replace(/[()]/g, "\\$&")}$`));
    }
  });

  it("reads the form's words for a value in a CSV cell, for every field with a closed list", () => {
    const header = "applicant_id,high_school,start,hours_per_week,kinds,coursework_hours,coursework_unit,coursework_level,coursework_areas,degree_level,decision_level,decision_outcome,decision_reason";
    const row = 'A1,High school diploma,2020-01-01,40,Customer service,30,Quarter hours,Graduate,Public relations,Master\'s degree,4801,Does not meet the level,Checked';
    const [c] = read(`${header}\n${row}\n`);
    expect(c.raw).toMatchObject({
      education: { highSchool: "diploma", coursework: [{ unit: "quarter", level: "graduate", areas: ["public-relations"] }], degrees: [{ level: "master" }] },
      experience: [{ kinds: ["customer-service"] }],
      levelDecisions: [{ outcome: "does-not-meet" }],
    });
  });

  it("suggests a value from the field's own list: a coursework level from undergraduate and graduate", () => {
    const [c] = read("applicant_id,high_school,coursework_hours,coursework_unit,coursework_level\nA1,diploma,30,semester,graduat\n");
    const checked = checkCandidate(c);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const error = checked.errors.find((e) => e.column === "coursework_level");
    expect(error?.message).toContain('Did you mean "graduate"?');
  });
});
