/**
 * Screening throughput (issue 2): a generated pool of 100,000 applicants
 * screened against every built-in level, beside merely parsing the same JSON.
 * Goal: at most 3x the parse time.
 *
 * Two figures: outcome-only screening (parse, validate, decide every level:
 * what batch screening and `--format csv` need), and fully explained
 * screening (every step's words and the shortfall, serialised as the command
 * line prints it, one applicant at a time so memory stays flat).
 */
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { screenParsed } from "../../src/engine/screen-json";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { generatePool } from "./generate-pool";
import { best } from "./timing";

const COUNT = Number(process.env.BENCH_APPLICANTS ?? 100_000);
const TODAY = "2026-11-22";

const perSecond = (count: number, ms: number): string => Math.round((count / ms) * 1000).toLocaleString("en-US");

export default async function bench(): Promise<void> {
  const text = JSON.stringify(generatePool(COUNT));
  const { catalog } = loadCatalog(BUILTIN_QUALIFICATION_FILES);
  let sink = 0;
  const parseMs = best(3, () => {
    sink += (JSON.parse(text) as unknown[]).length;
  });
  const outcomeMs = best(3, () => {
    for (const raw of JSON.parse(text) as unknown[]) {
      const v = validateApplicant(raw);
      if (v.ok) sink += screenApplicant(v.applicant, catalog, { today: TODAY, explain: false }).levels.length;
    }
  });
  const explainedMs = best(1, () => {
    for (const raw of JSON.parse(text) as unknown[]) sink += JSON.stringify(screenParsed(raw, catalog, { today: TODAY }).records[0]).length;
  });
  console.log(`applicants: ${COUNT.toLocaleString("en-US")} (${(text.length / 1e6).toFixed(1)} MB of JSON), ${catalog.levels.length} levels each`);
  console.log(`JSON.parse alone:                      ${parseMs.toFixed(0)} ms`);
  console.log(`outcome-only (parse+validate+screen):  ${outcomeMs.toFixed(0)} ms = ${perSecond(COUNT, outcomeMs)} applicants/s, ratio ${(outcomeMs / parseMs).toFixed(2)}x parse (goal: at most 3x)`);
  console.log(`fully explained, serialised as JSON:   ${explainedMs.toFixed(0)} ms = ${perSecond(COUNT, explainedMs)} applicants/s, ratio ${(explainedMs / parseMs).toFixed(2)}x parse`);
  if (sink < 0) console.log(sink);
}
