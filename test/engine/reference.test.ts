/**
 * The engine against the naive reference counter (reference-counter.ts) on
 * 10,000 random applicants: every built-in level and every level of a
 * synthetic agency file that uses every rule type and counting option, with
 * random agency policy settings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import type { Series } from "../../src/engine/qualification-schema";
import { screenApplicant, screenOutcomes } from "../../src/engine/screen-applicant";
import { validateApplicant, vocabularyOf } from "../../src/engine/validate-applicant";
import { wideApplicant } from "./arbitraries";
import synthetic from "./fixtures/synthetic-series.json";
import synthetic2 from "./fixtures/synthetic-series-2.json";
import { referenceOutcome } from "./reference-counter";

const files = [...BUILTIN_QUALIFICATION_FILES, { file: "synthetic-series.json", data: synthetic }, { file: "synthetic-series-2.json", data: synthetic2 }];
const { catalog, errors } = loadCatalog(files);
const seriesOf = new Map(catalog.levels.map((e) => [e.level.id, e.series as Series]));
const TODAY = "2026-11-22";
const RUNS = Number(process.env.REFERENCE_RUNS ?? 5000);

const policyArb = fc.record({
  "education-substitution": fc.constantFrom<boolean | { setting: "ask" | "allow" | "deny"; capMonths?: number }>(true, false, { setting: "ask" }, { setting: "allow", capMonths: 18 }),
  "synthetic-every-rule/ask-sub": fc.constantFrom<boolean | { setting: "ask" | "allow" | "deny" }>(true, false, { setting: "ask" }),
});

describe("engine against the day-by-day reference counter", () => {
  it("the synthetic agency file loads", () => {
    expect(errors).toEqual([]);
  });

  for (const [part, seed] of [
    ["first", 20261202],
    ["second", 7],
  ] as const) {
    it(`agrees on every level for 5,000 random applicants (${part} half), outcome-only and explained`, () => {
      fc.assert(
        fc.property(wideApplicant, fc.option(policyArb, { nil: undefined }), (raw, policies) => {
          const v = validateApplicant(raw, vocabularyOf(catalog));
          expect(v.ok, JSON.stringify(raw)).toBe(true);
          if (!v.ok) return;
          const fast = screenApplicant(v.applicant, catalog, { today: TODAY, policies, explain: false });
          const explained = screenApplicant(v.applicant, catalog, { today: TODAY, policies });
          // The pool's outcome-only path: the same decisions, without a result per level.
          const outcomes = screenOutcomes(v.applicant, catalog, { today: TODAY, policies });
          fast.levels.forEach((level, i) => {
            const expected = referenceOutcome(v.applicant, seriesOf.get(level.id)!, level.id, TODAY, policies);
            expect(level.outcome, `${level.id} ${JSON.stringify(raw)} ${JSON.stringify(policies)}`).toBe(expected);
            expect(explained.levels[i].outcome).toBe(expected);
            expect(explained.levels[i].credited).toBe(level.credited);
            expect(outcomes.outcomes[i]).toBe(expected);
            expect(outcomes.waiting?.includes(i) ?? false).toBe(explained.levels[i].substitution !== null);
          });
        }),
        { numRuns: RUNS, seed },
      );
    }, 600_000);
  }
});
