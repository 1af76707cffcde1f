import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Applicant } from "../../src/engine/applicant-schema";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { DEGREE_LEVELS, EXPERIENCE_KINDS, HIGH_SCHOOL, RECOGNISED_AREAS } from "../../src/engine/vocabulary";
import {
  applicantToForm,
  describePath,
  emptyForm,
  emptyJob,
  formProblems,
  formToApplicant,
  pathToFieldName,
  sortByFormOrder,
} from "../../src/lib/applicant-form";

const jordan = JSON.parse(readFileSync(new URL("../fixtures/jordan.json", import.meta.url), "utf8")) as Applicant;

/** The applicant format's equivalences (absent end = null, supervisory = false, lists = empty), written the way the form saves them. */
function canonical(a: Applicant): Applicant {
  const out: Applicant = { ...a, education: { ...a.education } };
  if (a.experience) out.experience = a.experience.map((j) => ({ ...j, end: j.end ?? null, supervisory: j.supervisory ?? false, comparableTo: j.comparableTo ?? [] }));
  if (a.education.coursework) out.education.coursework = a.education.coursework.map((c) => ({ ...c, areas: c.areas ?? [] }));
  // An empty list and an absent one mean the same; the form saves neither.
  if (!out.experience?.length) delete out.experience;
  if (!out.education.coursework?.length) delete out.education.coursework;
  if (!out.education.degrees?.length) delete out.education.degrees;
  return out;
}

const isoDate = fc.date({ min: new Date("1980-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
// Any text at all: commas, spaces at either end, quotes and other scripts are kept exactly as typed.
const someText = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("Business, Management", " Marine biology ", "Économie, droit", '"Quoted", area', "a,b,,c"));
// An area is anything but blank (a blank entry is a problem the form reports).
const area = fc.oneof(fc.constantFrom(...RECOGNISED_AREAS), someText.filter((s) => s.trim() !== ""));

const applicantArb: fc.Arbitrary<Applicant> = fc.record(
  {
    name: someText,
    asOf: isoDate,
    education: fc.record(
      {
        highSchool: fc.constantFrom(...HIGH_SCHOOL),
        coursework: fc.array(
          fc.record({
            // Quarter hours, and the odd value JavaScript writes with an exponent (String(1e-7) is "1e-7").
            hours: fc.oneof(fc.double({ min: 0.25, max: 400, noNaN: true }).map((h) => Math.round(h * 4) / 4), fc.constantFrom(1e-7, 2.5e-10, Number.MIN_VALUE)),
            unit: fc.constantFrom("semester" as const, "quarter" as const),
            areas: fc.uniqueArray(fc.constantFrom(...RECOGNISED_AREAS)).chain((known) =>
              fc.array(area.filter((a) => !(RECOGNISED_AREAS as readonly string[]).includes(a)), { maxLength: 2 }).map((other) => [...known, ...other]),
            ),
          }),
          { maxLength: 3 },
        ),
        degrees: fc.array(fc.record({ level: fc.constantFrom(...DEGREE_LEVELS), field: area }, { requiredKeys: ["level"] }), { maxLength: 2 }),
      },
      { requiredKeys: ["highSchool"] },
    ),
    experience: fc.array(
      fc
        .record({
          employer: someText,
          title: someText,
          start: isoDate,
          days: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }),
          hoursPerWeek: fc.integer({ min: 1, max: 168 }),
          kinds: fc.uniqueArray(fc.constantFrom(...EXPERIENCE_KINDS), { minLength: 1 }),
          supervisory: fc.boolean(),
          comparableTo: fc.uniqueArray(fc.constantFrom("4807", "4808", "4809", "G4", "custom-9")),
        })
        .map(({ days, ...job }) => {
          const end = days === null ? null : new Date(Date.parse(`${job.start}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
          return { ...job, end };
        }),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ["education"] },
) as fc.Arbitrary<Applicant>;

describe("form values and the applicant format", () => {
  it("re-opens the example file exactly", () => {
    const form = applicantToForm(jordan, { otherAreas: "entries" });
    expect(form.education.coursework[1]).toEqual({ hours: "30", unit: "quarter", areas: [], otherAreaEntries: [{ area: "biology" }], otherAreas: "", level: "" });
    expect(form.experience[0].current).toBe(true);
    expect(formToApplicant(form)).toEqual(jordan);
  });

  it("keeps an area of study with a comma as one area", () => {
    const a: Applicant = { education: { highSchool: "diploma", coursework: [{ hours: 45, unit: "semester", areas: ["communications", "Business, Management", " Arts,  Letters "] }] } };
    const form = applicantToForm(a, { otherAreas: "entries" });
    expect(form.education.coursework[0].otherAreaEntries).toEqual([{ area: "Business, Management" }, { area: " Arts,  Letters " }]);
    expect(formToApplicant(form)).toEqual(a);
  });

  it("round-trips any valid applicant, both ways, with other areas one per entry", () => {
    fc.assert(
      fc.property(applicantArb, (a) => {
        expect(validateApplicant(a).ok).toBe(true);
        const form = applicantToForm(a, { otherAreas: "entries" });
        const back = formToApplicant(form);
        expect(back).toEqual(canonical(a));
        const v = validateApplicant(back);
        expect(v.ok).toBe(true);
        if (v.ok) expect(applicantToForm(v.applicant, { otherAreas: "entries" })).toEqual(form);
        expect(formProblems(form)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips the 1.1 additions exactly: share of qualifying duties, officer's note, month-only dates, decisions", () => {
    const month = fc.tuple(fc.integer({ min: 1990, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    const job11 = fc.record(
      {
        start: month,
        end: fc.option(fc.constant("2027-12"), { nil: null }),
        hoursPerWeek: fc.integer({ min: 1, max: 168 }),
        kinds: fc.constant(["customer-service" as const]).map((k) => [...k]),
        supervisory: fc.boolean(),
        comparableTo: fc.constant([] as string[]),
        qualifyingPercent: fc.integer({ min: 1, max: 100 }),
        officerNote: someText,
      },
      { requiredKeys: ["start", "end", "hoursPerWeek", "kinds", "supervisory", "comparableTo"] },
    );
    const decision = fc.record(
      { level: fc.constantFrom("4807", "G4", "003638", "custom-9"), outcome: fc.constantFrom("meets" as const, "does-not-meet" as const), reason: someText.filter((r) => r.trim() !== ""), by: someText, date: isoDate },
      { requiredKeys: ["level", "outcome", "reason"] },
    );
    const arb = fc.record({
      education: fc.constant({ highSchool: "diploma" as const }),
      experience: fc.array(job11, { minLength: 1, maxLength: 3 }),
      levelDecisions: fc.uniqueArray(decision, { selector: (d) => d.level, minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, (a) => {
        expect(validateApplicant(a).ok).toBe(true);
        const form = applicantToForm(a as Applicant, { otherAreas: "entries" });
        expect(form.experience.every((j) => j.monthOnly)).toBe(true);
        expect(formProblems(form)).toEqual([]);
        // Exactly, key order and all: the saved text is the opened text.
        expect(JSON.stringify(formToApplicant(form))).toBe(JSON.stringify(a));
      }),
      { numRuns: 200 },
    );
  });

  it("by default joins other areas into one box separated by commas (the self-assessment's question)", () => {
    const form = applicantToForm(jordan);
    expect(form.education.coursework[1]).toEqual({ hours: "30", unit: "quarter", areas: [], otherAreas: "biology", level: "" });
    expect(formToApplicant(form)).toEqual(jordan);
  });

  it("reports a blank other area rather than dropping it or saving it empty", () => {
    const form = emptyForm("2026-11-22");
    form.education.highSchool = "diploma";
    form.education.coursework = [{ hours: "12", unit: "semester", areas: [], otherAreaEntries: [{ area: "History" }, { area: "  " }], otherAreas: "" }];
    expect(formProblems(form)).toEqual([{ path: "education.coursework[0].otherAreaEntries[1]", message: expect.stringMatching(/^Type other area of study 2, or remove it/) }]);
    expect(pathToFieldName("education.coursework[0].otherAreaEntries[1]")).toBe("education.coursework.0.otherAreaEntries.1.area");
    expect(describePath("education.coursework[0].otherAreaEntries[1]")).toBe("Coursework row 1, other area of study");
  });

  it("keeps mistyped numbers as typed so the schema reports them, and treats blanks as missing", () => {
    const form = emptyForm("2026-11-22");
    form.education.highSchool = "diploma";
    form.experience = [{ ...emptyJob(), start: "2020-01-01", current: true, hoursPerWeek: "forty", kinds: ["customer-service"] }];
    form.education.coursework = [{ hours: "", unit: "semester", areas: [], otherAreas: "" }];
    const v = validateApplicant(formToApplicant(form));
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors.map((e) => e.path).sort()).toEqual(["education.coursework[0].hours", "experience[0].hoursPerWeek"]);
    }
    expect(form.experience[0].hoursPerWeek).toBe("forty");
  });

  it("never turns a forgotten end date into a current job", () => {
    const form = emptyForm("2026-11-22");
    form.experience = [{ ...emptyJob(), start: "2020-01-01", current: false }];
    expect(formProblems(form)).toEqual([{ path: "experience[0].end", message: expect.stringMatching(/Enter the end date.*or tick "Still works here"/) }]);
    form.experience[0].current = true;
    expect(formProblems(form)).toEqual([]);
  });

  it("treats an empty screening date as today: the file gets none", () => {
    const form = emptyForm("");
    form.education.highSchool = "ged";
    expect(formToApplicant(form)).toEqual({ education: { highSchool: "ged" } });
  });

  it("names the field of a located error and where it is", () => {
    expect(pathToFieldName("experience[2].kinds[0]")).toBe("experience.2.kinds");
    expect(pathToFieldName("education.coursework[0].hours")).toBe("education.coursework.0.hours");
    expect(describePath("experience[1].end")).toBe("Job 2, end date");
    expect(describePath("education.coursework[0].hours")).toBe("Coursework row 1, credit hours");
    expect(describePath("education.highSchool")).toBe("High school");
  });

  it("lists problems in the order the form shows the fields", () => {
    const paths = ["experience[1].kinds", "experience[0].hoursPerWeek", "experience[0].end", "education.coursework[0].hours", "asOf", "education.highSchool", "experience[10].start"];
    expect(sortByFormOrder(paths.map((path) => ({ path }))).map((e) => e.path)).toEqual([
      "asOf",
      "education.highSchool",
      "education.coursework[0].hours",
      "experience[0].end",
      "experience[0].hoursPerWeek",
      "experience[1].kinds",
      "experience[10].start",
    ]);
  });
});
