/**
 * Shortfalls: the months that fall short in the figures the results show, and
 * the routes of the what-if in words. Each of the defects has a case.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { formatMonths } from "../../src/engine/format-number";
import { level } from "./helpers";
import { applyWhatIf } from "./apply-what-if";

const cs = (start: string, end: string | null, extra: Record<string, unknown> = {}) => ({ start, end, hoursPerWeek: 40, kinds: ["customer-service"], ...extra });

describe("shortfall", () => {
  it("says the missing months as required minus credited, as shown, even with rounding (13.00 of 18.00: 5.00 more)", () => {
    const r = level({ asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [cs("2025-01-01", "2026-01-31")] }, "4807");
    expect(r.outcome).toBe("does-not-meet");
    expect(formatMonths(r.credited!)).toBe("13.00");
    expect(r.shortfall!.missing).toEqual([expect.objectContaining({ credited: 13, required: 18, missing: 5 })]);
    expect(r.shortfall!.text).toContain('5.00 more months toward "18 months of experience and college coursework" (13.00 of 18.00)');
  });

  it("counts coursework from the listed hours when a degree is larger, since they are not added together", () => {
    // An associate degree in business administration is 60 semester hours = 24 months of 4808's 36.
    const input = { asOf: "2026-11-22", education: { highSchool: "diploma", degrees: [{ level: "associate", field: "business-administration" }] } };
    const r = level(input, "4808");
    const coursework = r.shortfall!.needs[0].options.find((o) => o.route === "coursework")!;
    expect(coursework.semesterHours).toBe(90);
    expect(coursework.text).toBe("90 more semester hours (135 quarter hours) of college coursework in business administration");
    expect(level(applyWhatIf(input as never, coursework.whatIf), "4808").outcome).toBe("meets");
    expect(level(applyWhatIf(input as never, { coursework: [{ hours: 89, unit: "semester", areas: ["business-administration"] }] }), "4808").outcome).toBe("does-not-meet");
  });

  it("one job serves both of 4809's requirements: the comparable year also counts toward the 36 months", () => {
    const r = level({ asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [cs("2020-01-01", "2022-12-31")] }, "4809");
    const jobs = r.shortfall!.needs[0].options.filter((o) => o.route === "job");
    expect(jobs).toHaveLength(1);
    expect(jobs[0].whatIf.jobs).toEqual([expect.objectContaining({ kinds: ["customer-service"], comparableTo: ["4808"], hoursPerWeek: 40, start: "2026-11-23" })]);
    expect(r.shortfall!.text.match(/full-time/g)).toHaveLength(1);
  });

  it("one supervisory job serves G8's relevant and supervisory years", () => {
    const r = level({ asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [cs("2020-01-01", "2023-12-31")] }, "G8");
    const [job] = r.shortfall!.needs[0].options.filter((o) => o.route === "job");
    expect(job.whatIf.jobs![0]).toEqual(expect.objectContaining({ supervisory: true }));
    expect(job.text).toMatch(/supervisory/);
  });

  it("a missing credential alone is named as the one route", () => {
    const r = level({ education: { highSchool: "none", coursework: [{ hours: 120, unit: "semester" }] } }, "4807");
    expect(r.whatIf).toEqual([{ highSchool: "diploma" }]);
    expect(r.shortfall!.text).toBe("It needs a high school diploma (or a GED).");
  });

  it("a level failing a credential and months asks for both in every route", () => {
    const r = level({ asOf: "2026-11-22", education: { highSchool: "none" }, experience: [cs("2026-01-01", null)] }, "4807");
    // A current full-time job: staying in it is sooner than a new job, so the routes are waiting and coursework.
    expect(r.whatIf!.map((w) => Object.keys(w).sort().join(","))).toEqual(["asOf,highSchool", "coursework,highSchool"]);
    for (const w of r.whatIf!) expect(w.highSchool).toBe("diploma");
  });

  it("a current job gives the date it qualifies on", () => {
    const r = level({ asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [cs("2026-01-01", null)] }, "G4");
    expect(r.whatIf![0]).toEqual({ asOf: "2027-12-31" });
    expect(r.shortfall!.needs[0].options[0].text).toBe("staying in the current job until 2027-12-31 (13.26 more months)");
  });
});

describe("agency policy relied on", () => {
  const withCoursework = (experience: unknown[]) => ({ education: { highSchool: "diploma", coursework: [{ hours: 60, unit: "semester" }] }, experience });
  const job = cs("2025-01-01", "2025-12-31");
  const allow = { policies: { "education-substitution": true } };

  it("is named when the level is met only because the allowed policy substitutes education for experience", () => {
    expect(level(withCoursework([job]), "G4", allow).policiesApplied).toEqual(["Agency policy: education substitutes for experience"]);
  });

  it("left on ask, a level that holds only through it is review, saying what would make it meet", () => {
    const r = level(withCoursework([job]), "G4");
    expect(r.outcome).toBe("review");
    expect(r.whatIf).toBeNull();
    expect(r.steps.map((s) => s.text).join("\n")).toContain("it meets if the agency accepts 12.00 months of education in place of experience");
  });

  it("denied, education does not count, and capped, it counts up to the cap", () => {
    expect(level(withCoursework([job]), "G4", { policies: { "education-substitution": false } }).outcome).toBe("does-not-meet");
    const capped = { policies: { "education-substitution": { setting: "allow" as const, capMonths: 6 } } };
    expect(level(withCoursework([job]), "G4", capped).outcome).toBe("does-not-meet");
    expect(level(withCoursework([job]), "G4", capped).credited).toBe(18);
  });

  it("is not named when experience alone meets the level, nor when the level is not met", () => {
    expect(level(withCoursework([job]), "G2", allow).policiesApplied).toEqual([]);
    expect(level(withCoursework([job]), "G5", allow).outcome).toBe("does-not-meet");
    expect(level(withCoursework([job]), "G5", allow).policiesApplied).toEqual([]);
  });

  it("an inherited property name as a policy id is never taken for the officer's choice", () => {
    expect(level(withCoursework([job]), "G4", { policies: {} }).outcome).toBe("review");
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
    const on = { [policyKey("customer-service-job-family", "education-substitution")]: true };
    expect(outcome(on, "G4")).toBe("meets");
    expect(outcome(on, "X-G4")).toBe("review");
    // A plain policy id still switches it in every series.
    expect(outcome({ "education-substitution": true }, "X-G4")).toBe("meets");
  });
});

describe("a shortfall where the spec gives alternatives", () => {
  it("joins the alternatives of an 'any' by 'or', each in brackets with its own 'and', and says a requirement once per alternative", () => {
    const dir = join(import.meta.dirname, "..", "..", "docs", "examples");
    const { catalog, errors } = loadCatalog(
      [{ file: "opm-admin-management.json", data: JSON.parse(readFileSync(join(dir, "opm-admin-management.json"), "utf8")) }],
      { "opm-admin-management.txt": readFileSync(join(dir, "opm-admin-management.txt"), "utf8") },
    );
    expect(errors).toEqual([]);
    // Eighteen months of specialized work (not general): GS-5's every route falls short.
    const applicant = { asOf: "2026-11-22", education: { highSchool: "diploma" as const }, experience: [{ start: "2024-01-01", end: "2025-06-30", hoursPerWeek: 40, kinds: ["specialized"] }] };
    const gs5 = screenApplicant(applicant, catalog, { today: "2026-11-22" }).levels.find((l) => l.id === "GS-5")!;
    expect(gs5.outcome).toBe("does-not-meet");
    const gaps = gs5.shortfall!.text.split(". Any one of:")[0];
    const alternatives = gaps.split("; or ");
    expect(alternatives).toHaveLength(2);
    for (const a of alternatives) expect(a).toMatch(/^\(36\.00 more months toward "[^"]+" \(0\.00 of 36\.00\); and 12\.00 more months toward "12 months equivalent to at least GS-4" \(0\.00 of 12\.00\)\)$/);
    // The flat list keeps every requirement that falls short, by rule.
    expect(gs5.shortfall!.missing.map((m) => m.required)).toEqual([36, 12, 36, 12]);
  });
});
