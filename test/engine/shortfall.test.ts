/**
 * A shortfall names the smallest additions that would qualify: adding exactly
 * what it says makes the level met, and a little less does not.
 */
import { describe, expect, it } from "vitest";
import { creditExperience } from "../../src/engine/credit-experience";
import { dayNumber, formatIsoDate } from "../../src/engine/calendar-date";
import type { ShortfallOption } from "../../src/engine/result-types";
import { level } from "./helpers";

type Input = { asOf?: string; education: { highSchool: string; coursework?: unknown[]; degrees?: unknown[] }; experience?: unknown[] };

/** A full-time job ending 1999-12-31 (before any test job) that credits at least `months`, day by day. */
function jobOfMonths(months: number, kinds: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const end = dayNumber(1999, 12, 31);
  let start = end;
  while (creditExperience([{ index: 0, start, end, hoursPerWeek: 40 }], 40).months < months - 1e-9) start--;
  return { start: formatIsoDate(start), end: "1999-12-31", hoursPerWeek: 40, kinds, ...extra };
}

function withOption(base: Input, option: ShortfallOption, scale: number, kinds: string[], areas: string[], jobExtra: Record<string, unknown> = {}): Input {
  const copy = structuredClone(base);
  if (option.kind === "experience") copy.experience = [...(copy.experience ?? []), jobOfMonths(option.months! * scale, kinds, jobExtra)];
  if (option.kind === "education") copy.education.coursework = [...(copy.education.coursework ?? []), { hours: option.semesterHours! * scale, unit: "semester", areas }];
  return copy;
}

const cases: Array<{ name: string; id: string; input: Input; text: string; kinds: string[]; areas: string[]; jobExtra?: Record<string, unknown> }> = [
  {
    name: "4807 with 14 months of experience",
    id: "4807",
    input: { education: { highSchool: "diploma" }, experience: [{ start: "2025-01-01", end: "2026-02-28", hoursPerWeek: 40, kinds: ["customer-service"] }] },
    text: "3.5 more months of full-time responsible work experience in customer services and related fields, or 10 more semester hours (15 quarter hours) of college coursework",
    kinds: ["customer-service"],
    areas: [],
  },
  {
    name: "4808 with 20 semester hours in communications",
    id: "4808",
    input: { education: { highSchool: "diploma", coursework: [{ hours: 20, unit: "semester", areas: ["communications"] }] } },
    text: "",
    kinds: ["public-relations"],
    areas: ["communications"],
  },
  {
    name: "G4 with 10 months of part-time experience",
    id: "G4",
    input: { education: { highSchool: "none" }, experience: [{ start: "2025-01-01", end: "2025-10-31", hoursPerWeek: 30, kinds: ["office-administration"] }] },
    text: "16.5 more months of full-time relevant experience, or 41.3 more semester hours (62 quarter hours) of college coursework (agency substitution policy)",
    kinds: ["office-administration"],
    areas: [],
  },
  {
    name: "4809 without the comparable year",
    id: "4809",
    input: { education: { highSchool: "diploma", coursework: [{ hours: 120, unit: "semester" }] } },
    text: "11.5 more months of full-time experience comparable to a Customer Service Representative",
    kinds: ["customer-service"],
    areas: [],
    jobExtra: { comparableTo: ["4808"] },
  },
];

describe("shortfall", () => {
  it.each(cases)("$name: says what is missing in words and numbers", (c) => {
    const r = level(c.input, c.id);
    expect(r.outcome).toBe("does-not-meet");
    if (c.text) expect(r.shortfall?.text).toBe(c.text);
    expect(r.shortfall?.needs.length).toBeGreaterThan(0);
  });

  it.each(cases)("$name: each option, added alone, qualifies; a little less does not", (c) => {
    const r = level(c.input, c.id);
    const [need] = r.shortfall!.needs;
    for (const option of need.options) {
      expect(level(withOption(c.input, option, 1, c.kinds, c.areas, c.jobExtra), c.id).outcome, option.text).toBe("meets");
      const less = option.kind === "experience" ? (option.months! - 0.15) / option.months! : (option.semesterHours! - 0.15) / option.semesterHours!;
      expect(level(withOption(c.input, option, less, c.kinds, c.areas, c.jobExtra), c.id).outcome, `less than ${option.text}`).toBe("does-not-meet");
    }
  });

  it("a missing credential is named", () => {
    const r = level({ education: { highSchool: "none", coursework: [{ hours: 120, unit: "semester" }] } }, "4807");
    expect(r.shortfall?.text).toBe("a high school diploma or GED or other high school equivalency");
  });

  it("a level that fails two requirements lists both", () => {
    const r = level({ education: { highSchool: "none" } }, "4809");
    expect(r.shortfall?.needs.map((n) => n.ruleId)).toEqual(["high-school", "combination", "comparable-year"]);
    expect(r.shortfall?.text.split("; and ")).toHaveLength(3);
  });
});

describe("agency policy relied on", () => {
  const withCoursework = (experience: unknown[]) => ({ education: { highSchool: "diploma", coursework: [{ hours: 60, unit: "semester" }] }, experience });
  const job = { start: "2025-01-01", end: "2025-12-31", hoursPerWeek: 40, kinds: ["customer-service"] };

  it("is named when the level is met only because education substitutes for experience", () => {
    expect(level(withCoursework([job]), "G4").policiesApplied).toEqual(["Agency policy: education substitutes for experience"]);
  });

  it("is not named when experience alone meets the level, nor when the level is not met", () => {
    expect(level(withCoursework([job]), "G2").policiesApplied).toEqual([]);
    expect(level(withCoursework([job]), "G5").outcome).toBe("does-not-meet");
    expect(level(withCoursework([job]), "G5").policiesApplied).toEqual([]);
  });
});

describe("agency policy choices", () => {
  it("switch one series' policy without switching another series' policy of the same id", async () => {
    const { BUILTIN_QUALIFICATION_FILES } = await import("../../src/builtin-qualifications");
    const { loadCatalog } = await import("../../src/engine/load-qualifications");
    const { screenApplicant } = await import("../../src/engine/screen-applicant");
    const { policyKey } = await import("../../src/engine/decide");
    const family = BUILTIN_QUALIFICATION_FILES.find((f) => f.file === "customer-service-job-family.json")!.data as { id: string; levels: Array<{ id: string }> };
    const copy = { ...structuredClone(family), id: "other-agency-family", levels: structuredClone(family.levels).map((l) => ({ ...l, id: `X-${l.id}` })) };
    const { catalog: both, errors } = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: "other.json", data: copy }]);
    expect(errors).toEqual([]);
    const applicant = { education: { highSchool: "diploma" as const, coursework: [{ hours: 60, unit: "semester" as const }] } };
    const outcome = (policies: Record<string, boolean>, id: string) =>
      screenApplicant(applicant, both, { today: "2026-11-22", policies }).levels.find((l) => l.id === id)!.outcome;
    const off = { [policyKey("customer-service-job-family", "education-substitution")]: false };
    expect(outcome(off, "G4")).toBe("does-not-meet");
    expect(outcome(off, "X-G4")).toBe("meets");
    // A plain policy id still switches it in every series.
    expect(outcome({ "education-substitution": false }, "X-G4")).toBe("does-not-meet");
  });
});
