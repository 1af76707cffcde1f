/**
 * The pool CSV layout's columns for the applicant format's 1.2 additions:
 * `sector` per job, `coursework_level`, clock hours, professional degrees,
 * and licences (`credential_id`, `credential_name`, `credential_expires`),
 * one per row like degrees.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { vocabularyOf } from "../../src/engine/validate-applicant";
import { parsePoolCsv } from "../../src/pool/parse-pool-csv";
import { checkCandidate } from "../../src/pool/screen-candidate";
import { APPLICANT_FIELDS, applicantField } from "../../src/pool/applicant-fields";
import { CSV_COLUMNS } from "../../src/pool/csv-columns";
import { allowedValues } from "../../src/pool/field-values";
import type { PoolCandidate } from "../../src/pool/pool-types";
import { applicantsToCsv } from "./applicants-to-csv";

const example = (name: string) => ({ file: `${name}.json`, data: JSON.parse(readFileSync(join(process.cwd(), "docs/examples", `${name}.json`), "utf8")) as unknown });
const { catalog } = loadCatalog([...BUILTIN_QUALIFICATION_FILES, example("uw-heavy-equipment-operator"), example("monroe-county-planner-2"), example("opm-admin-management")]);
const vocabulary = vocabularyOf(catalog);

function read(text: string): PoolCandidate[] {
  const r = parsePoolCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.candidates;
}

const applicant = {
  name: "Sam Planner",
  asOf: "2026-11-22",
  education: {
    highSchool: "diploma",
    coursework: [
      { hours: 18, unit: "semester", areas: ["urban planning"], level: "graduate" },
      { hours: 360, unit: "clock", areas: ["welding"] },
    ],
    degrees: [{ level: "professional", field: "law" }],
    credentials: [{ id: "motor-vehicle-operator-license", name: "Class A CDL", expires: "2030-05-31" }, { id: "journey-heavy-equipment-operator" }],
  },
  experience: [
    { employer: "Food Bank", title: "Planner", start: "2020-01-01", end: "2022-12-31", hoursPerWeek: 20, kinds: ["planning-research"], supervisory: false, sector: "volunteer" },
    { employer: "Quarry", title: "Operator", start: "2023-01-01", end: null, hoursPerWeek: 40, kinds: ["heavy-equipment-operation"], supervisory: false },
  ],
};

describe("the 1.2 columns of the pool CSV", () => {
  it("reads sector, coursework level, clock hours, professional degrees and licences back into the same applicant", () => {
    const [c] = read(applicantsToCsv([{ id: "A1", applicant }]));
    expect(c.csv?.credentialRows).toEqual([2, 3]);
    expect(checkCandidate(c, vocabulary)).toEqual({ ok: true, applicant });
  });

  it("names the row and column of a licence without its id, and of a sector no loaded class declares", () => {
    const csv = ["applicant_id,high_school,start,hours_per_week,kinds,sector,credential_id,credential_name", "A1,diploma,2020-01-01,40,heavy-equipment-operation,state-servic,,Class A CDL"].join("\n");
    const [c] = read(csv);
    const checked = checkCandidate(c, vocabulary);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map((e) => [e.row, e.column])).toEqual(expect.arrayContaining([
      [2, "credential_id"],
      [2, "sector"],
    ]));
  });

  it("understands Graduate and Clock hours as typed in a spreadsheet", () => {
    const csv = ["applicant_id,high_school,coursework_hours,coursework_unit,coursework_level", "A1,diploma,12,Clock,Graduate"].join("\n");
    const [c] = read(csv);
    expect((c.raw as { education: { coursework: unknown[] } }).education.coursework).toEqual([{ hours: 12, unit: "clock", level: "graduate", areas: [] }]);
  });

  it("offers the 1.2 values in 'Did you mean': professional degrees, graduate coursework, and the loaded classes' kinds, sectors and licences", () => {
    const csv = [
      "applicant_id,high_school,start,hours_per_week,kinds,sector,coursework_hours,coursework_unit,coursework_level,degree_level,credential_id",
      "A1,diploma,2020-01-01,40,heavy-equipment-operaton,volunter,12,semester,graduat,profesional,motor-vehicle-operator-licence",
    ].join("\n");
    const [c] = read(csv);
    const checked = checkCandidate(c, vocabulary);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const said = Object.fromEntries(checked.errors.map((e) => [e.column, e.message]));
    expect(said.degree_level).toMatch(/\(the cell has "profesional"\)\. Did you mean "professional"\?$/);
    expect(said.coursework_level).toMatch(/\(the cell has "graduat"\)\. Did you mean "graduate"\?$/);
    expect(said.kinds).toMatch(/Did you mean "heavy-equipment-operation"\?$/);
    expect(said.sector).toMatch(/Did you mean "volunteer"\?$/);
    expect(said.credential_id).toMatch(/Did you mean "motor-vehicle-operator-license"\?$/);
  });

  it("says to split clock hours over 400 across rows", () => {
    const csv = ["applicant_id,high_school,coursework_hours,coursework_unit", "A1,diploma,720,clock"].join("\n");
    const checked = checkCandidate(read(csv)[0], vocabulary);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual([expect.objectContaining({ row: 2, column: "coursework_hours", message: expect.stringMatching(/at most 400 .*split larger amounts into several rows/) })]);
  });
});

describe("the layout's closed vocabularies", () => {
  it("come from the one table of applicant fields, and the column help names every value", () => {
    const closed = CSV_COLUMNS.map((c) => ({ c, field: APPLICANT_FIELDS.find((f) => f.column === c.name) })).filter(({ field }) => field?.options);
    for (const { c, field } of closed) {
      if (c.name === "coursework_areas" || c.name === "degree_field") continue;
      for (const v of allowedValues(field)!) expect(c.allowed, c.name).toContain(`\`${v}\``);
    }
    expect(allowedValues(applicantField("degree", "level"))).toContain("professional");
  });
});
