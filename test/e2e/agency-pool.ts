/**
 * A small pool for the agency-class tests: applicants on each side of the
 * worked example's Permit Technician I requirement, written in the pool CSV
 * layout, and what the engine decides for them with the example file loaded.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import type { Outcome } from "../../src/engine/result-types";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { OUTCOME_WORDS } from "../../src/components/results/outcome";
import { applicantsToCsv } from "../pool/applicants-to-csv";

export const EXAMPLE_FILE = "marren-county-permit-technician.json";
export const EXAMPLE_PATH = join(import.meta.dirname, "..", "..", "docs", "examples", EXAMPLE_FILE);
export const EXAMPLE_TEXT = readFileSync(EXAMPLE_PATH, "utf8");

const job = (start: string, end: string, hoursPerWeek = 37.5) => ({ employer: "County", start, end, hoursPerWeek, kinds: ["customer-service"] });
const AS_OF = "2026-11-22";
export const AGENCY_POOL = [
  { id: "A-1", applicant: { name: "A year at 37.5 hours", asOf: AS_OF, education: { highSchool: "diploma" }, experience: [job("2022-01-01", "2022-12-31")] } },
  { id: "A-2", applicant: { name: "Half a year", asOf: AS_OF, education: { highSchool: "diploma" }, experience: [job("2022-01-01", "2022-06-30")] } },
  { id: "A-3", applicant: { name: "No diploma", asOf: AS_OF, education: { highSchool: "none" }, experience: [job("2019-01-01", "2022-12-31")] } },
  {
    id: "A-4",
    applicant: { name: "Coursework instead", asOf: AS_OF, education: { highSchool: "ged", coursework: [{ hours: 30, unit: "semester", areas: ["public-administration"] }] }, experience: [] },
  },
];
export const AGENCY_POOL_CSV = applicantsToCsv(AGENCY_POOL);

/** How many of the pool have each outcome at a level, by the engine with the example file loaded. */
export function expectedCounts(levelId: string): Record<Outcome, number> {
  const { catalog } = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: EXAMPLE_FILE, data: JSON.parse(EXAMPLE_TEXT) as unknown }]);
  const counts: Record<Outcome, number> = { meets: 0, "does-not-meet": 0, review: 0, inactive: 0 };
  for (const { applicant } of AGENCY_POOL) {
    const v = validateApplicant(applicant);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    counts[screenApplicant(v.applicant, catalog, { today: AS_OF }).levels.find((l) => l.id === levelId)!.outcome]++;
  }
  return counts;
}

/** Load qualification files on the Class specs page (already open). */
export async function loadQualificationFiles(page: Page, files: Array<{ name: string; text: string }>): Promise<void> {
  await page.getByLabel("Qualification files (.json)").setInputFiles(files.map((f) => ({ name: f.name, mimeType: "application/json", buffer: Buffer.from(f.text) })));
  await page.getByRole("button", { name: "Load qualification files" }).click();
  await page.waitForFunction(() => !(document.querySelector(".classes-view button[type=submit]") as HTMLButtonElement | null)?.disabled);
}

/** Screen the agency pool on the pool page (reached through the navigation, so loaded classes stay) and read a level's row of the counts table. */
export async function screenAgencyPool(page: Page, levelId: string): Promise<Record<Outcome, number>> {
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Screen a pool" }).click();
  // A file name of its own per call: the results heading of an earlier call is then never mistaken for this one's.
  const name = `agency-pool-${levelId}.csv`;
  await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(AGENCY_POOL_CSV) });
  await page.getByRole("button", { name: "Screen applicants" }).click();
  await page.getByRole("heading", { name: `Results for ${name}` }).waitFor();
  const table = page.getByRole("table", { name: /Applicants by outcome/ });
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const cells = await table.getByRole("row", { name: new RegExp(`^${levelId} `) }).getByRole("cell").allInnerTexts();
  const counts: Record<Outcome, number> = { meets: 0, "does-not-meet": 0, review: 0, inactive: 0 };
  for (const [outcome, words] of Object.entries(OUTCOME_WORDS) as Array<[Outcome, string]>) {
    const column = headers.findIndex((h) => h.trim() === words) - 1;
    counts[outcome] = Number(/^[\d,]+/.exec(cells[column].trim())![0].replace(/,/g, ""));
  }
  return counts;
}
