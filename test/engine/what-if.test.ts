/**
 * Every what-if is re-screened: applying it makes the level meet, and one day
 * earlier (a date) or one semester hour fewer (coursework) does not, both by
 * the engine and by the day-by-day reference counter.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import type { Applicant } from "../../src/engine/applicant-schema";
import { formatIsoDate, parseIsoDate } from "../../src/engine/calendar-date";
import { loadCatalog } from "../../src/engine/load-qualifications";
import type { Series } from "../../src/engine/qualification-schema";
import type { WhatIf } from "../../src/engine/result-types";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant, vocabularyOf } from "../../src/engine/validate-applicant";
import { applicant as narrowApplicant, wideApplicant } from "./arbitraries";
import synthetic from "./fixtures/synthetic-series.json";
import synthetic2 from "./fixtures/synthetic-series-2.json";
import { applyWhatIf } from "./apply-what-if";
import { referenceOutcome } from "./reference-counter";

const { catalog } = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: "synthetic-series.json", data: synthetic }, { file: "synthetic-series-2.json", data: synthetic2 }]);
const seriesOf = new Map(catalog.levels.map((e) => [e.level.id, e.series as Series]));
const TODAY = "2026-11-22";

/** The same patch a little smaller: one day earlier, or one semester hour fewer. Null when there is nothing smaller of its kind. */
function smaller(patch: WhatIf): WhatIf | null {
  if (patch.asOf) {
    const day = formatIsoDate(parseIsoDate(patch.asOf)! - 1);
    const jobs = (patch.jobs ?? []).flatMap((j) => (j.end === patch.asOf ? (day < j.start ? [] : [{ ...j, end: day }]) : [j]));
    return { ...patch, asOf: day, ...(patch.jobs ? { jobs } : {}) };
  }
  if (patch.coursework?.length) {
    const rows = patch.coursework.map((r) => ({ ...r }));
    rows[rows.length - 1].hours -= 1;
    return { ...patch, coursework: rows.filter((r) => r.hours > 0) };
  }
  return null;
}

function outcomeOf(a: Applicant, levelId: string, policies: Record<string, boolean> | undefined): { engine: string; reference: string } {
  const v = validateApplicant(a, vocabularyOf(catalog));
  if (!v.ok) throw new Error(`a what-if made an invalid applicant: ${JSON.stringify(v.errors)}`);
  const engine = screenApplicant(v.applicant, catalog, { today: TODAY, policies, explain: false }).levels.find((l) => l.id === levelId)!.outcome;
  return { engine, reference: referenceOutcome(v.applicant, seriesOf.get(levelId)!, levelId, TODAY, policies) };
}

function checkApplicant(raw: unknown, policies: Record<string, boolean> | undefined): number {
  const v = validateApplicant(raw, vocabularyOf(catalog));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  let checked = 0;
  for (const level of screenApplicant(v.applicant, catalog, { today: TODAY, policies }).levels) {
    if (level.outcome !== "does-not-meet") {
      expect(level.whatIf).toBeNull();
      continue;
    }
    expect(level.whatIf).not.toBeNull();
    expect(level.shortfall!.needs[0].options.map((o) => o.whatIf)).toEqual(level.whatIf);
    for (const patch of level.whatIf!) {
      const at = outcomeOf(applyWhatIf(v.applicant, patch), level.id, policies);
      expect(at, `${level.id} ${JSON.stringify(patch)} for ${JSON.stringify(raw)}`).toEqual({ engine: "meets", reference: "meets" });
      const less = smaller(patch);
      if (less) {
        const below = outcomeOf(applyWhatIf(v.applicant, less), level.id, policies);
        expect(below.engine, `${level.id} less than ${JSON.stringify(patch)} for ${JSON.stringify(raw)}`).not.toBe("meets");
        expect(below.reference).not.toBe("meets");
      }
      checked++;
    }
  }
  return checked;
}

describe("what-if", () => {
  it("each patch meets, and one day earlier or one hour fewer does not (wide dates, part-time, month-only dates)", () => {
    let checked = 0;
    fc.assert(
      fc.property(wideApplicant, fc.option(fc.record({ "education-substitution": fc.boolean() }), { nil: undefined }), (a, policies) => {
        checked += checkApplicant(a, policies);
      }),
      { numRuns: 300, seed: 11 },
    );
    expect(checked).toBeGreaterThan(300);
  }, 600_000);

  it("each patch meets, and one day earlier or one hour fewer does not (recent careers)", () => {
    fc.assert(
      fc.property(narrowApplicant, (a) => {
        checkApplicant(a, undefined);
      }),
      { numRuns: 200, seed: 3 },
    );
  }, 600_000);
});
