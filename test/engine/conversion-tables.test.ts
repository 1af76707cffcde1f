/**
 * Each seed's conversion table reproduced row by row through the engine:
 * N semester hours (and the same in quarter hours) credit exactly the months
 * the table gives, in every level that uses the table.
 */
import { describe, expect, it } from "vitest";
import type { CreditSource, Rule } from "../../src/engine/qualification-schema";
import { catalog, level } from "./helpers";

type EducationSource = Extract<CreditSource, { kind: "education" }>;

function educationSources(rule: Rule): EducationSource[] {
  if (rule.type === "all" || rule.type === "any") return rule.rules.flatMap(educationSources);
  if (rule.type === "combination") return rule.sources.filter((s): s is EducationSource => s.kind === "education");
  return [];
}

const rows = catalog.levels.flatMap(({ level: l }) =>
  educationSources(l.requirements).flatMap((source) =>
    source.conversion.rows.map((row) => ({ id: l.id, area: source.areas?.[0], asOf: l.effective?.until ? "2004-06-01" : "2026-11-22", ...row })),
  ),
);

describe("conversion tables", () => {
  it("there are tables to check, including the university series' four rows", () => {
    expect(rows.filter((r) => r.id === "4808").map((r) => [r.semesterHours, r.months])).toEqual([
      [30, 12],
      [60, 24],
      [90, 36],
      [120, 48],
    ]);
  });

  it.each(rows)("$id: $semesterHours semester hours = $months months", (row) => {
    // The job family's substitution is left to the agency: allowed here to see its table.
    const policies = { "education-substitution": true };
    const semester = level({ asOf: row.asOf, education: { highSchool: "diploma", coursework: [{ hours: row.semesterHours, unit: "semester", areas: row.area ? [row.area] : [] }] } }, row.id, { policies });
    const arithmetic = semester.steps.find((s) => s.text.startsWith("Education credited"));
    expect(arithmetic?.text).toContain(`= ${row.months}.00 months`);
    // 45 quarter hours = 30 semester hours: the same row in quarter hours credits the same months.
    const quarter = level({ asOf: row.asOf, education: { highSchool: "diploma", coursework: [{ hours: row.semesterHours * 1.5, unit: "quarter", areas: row.area ? [row.area] : [] }] } }, row.id, { policies });
    expect(quarter.steps.find((s) => s.text.startsWith("Education credited"))?.text).toContain(`= ${row.months}.00 months`);
  });

  it("proportional equivalent: 45 semester hours x 12/30 = 18.00 months", () => {
    const r = level({ education: { highSchool: "diploma", coursework: [{ hours: 45, unit: "semester" }] } }, "4807");
    expect(r.steps.map((s) => s.text)).toContain(
      "Education credited: 45 semester hours x 12/30 = 18.00 months, by '30 semester hours equals 1 year (12 months)', proportionally.",
    );
  });
});
