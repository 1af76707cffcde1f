/**
 * Every level's thresholds, just below, exactly at and just above, as cases
 * in data (cases/levels.json): name, screening date, minimal applicant,
 * expected outcome and the months credited toward the main requirement.
 */
import { describe, expect, it } from "vitest";
import cases from "./cases/levels.json";
import { catalog, level, type LevelCase as Case } from "./helpers";


describe("level thresholds", () => {
  it.each(cases as Case[])("$name", (c) => {
    const result = level(c.applicant, c.level, c.policies ? { policies: c.policies } : {});
    expect(result.outcome, result.steps.map((s) => s.text).join("\n")).toBe(c.outcome);
    if (c.credited !== undefined) expect(result.credited).toBeCloseTo(c.credited, 1);
    if (c.outcome === "does-not-meet") expect(result.shortfall?.text).toMatch(/\S/);
    else expect(result.shortfall).toBeNull();
  });

  it("covers every level of the catalog with a case of each side of its thresholds", () => {
    for (const { level: l } of catalog.levels) {
      const outcomes = new Set((cases as Case[]).filter((c) => c.level === l.id).map((c) => c.outcome));
      if (l.requirements.type === "review") expect(outcomes).toEqual(new Set(["review"]));
      else if (l.id !== "G2") expect([...outcomes]).toEqual(expect.arrayContaining(["meets", "does-not-meet"]));
      else expect(outcomes.has("meets")).toBe(true);
    }
  });
});
