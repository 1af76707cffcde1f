/**
 * An agency's own classes in the built app: a qualification file loaded in
 * the page screens, explains and prints like the built-in classes (the
 * report naming its series by title); a broken file shows its
 * problems and the built-in classes keep working.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { OUTCOME_WORDS } from "../../src/components/results/outcome";
import { axe, describeViolations, launch, type Browser } from "./browser";
import { EXAMPLE_FILE, EXAMPLE_TEXT, expectedCounts, loadQualificationFiles, screenAgencyPool } from "./agency-pool";
import { enterApplicant, type TypedApplicant } from "./enter-applicant";

const FILE = EXAMPLE_FILE;
const EXAMPLE = EXAMPLE_TEXT;
const SERIES = JSON.parse(EXAMPLE) as { title: string; document: string };

/** The applicant the test types in, as the engine sees it. */
const APPLICANT: TypedApplicant = {
  name: "Sam Counter",
  asOf: "2026-11-22",
  education: { highSchool: "diploma" },
  experience: [{ employer: "County permit counter", start: "2022-01-01", end: "2022-12-31", hoursPerWeek: 37.5, kinds: ["customer-service"] }],
};

/** What the engine decides for a level, in the words the page uses. */
function expectedOutcome(levelId: string): string {
  const v = validateApplicant(APPLICANT);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const { catalog } = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: FILE, data: JSON.parse(EXAMPLE) as unknown }]);
  const level = screenApplicant(v.applicant, catalog, { today: APPLICANT.asOf }).levels.find((l) => l.id === levelId)!;
  return OUTCOME_WORDS[level.outcome];
}

/** Load the page afresh (loaded files are forgotten, as on a reload). */
async function freshPage(page: Page, address: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(address);
}

describe("agency classes loaded in the page", () => {
  let b: Browser;
  let base: string;
  beforeAll(async () => {
    base = inject("baseURL");
    b = await launch();
    // Record printing instead of opening the print dialog.
    await b.context.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
  });
  afterAll(async () => {
    await b.close();
  });

  it("screen, explain and print like the built-in classes, and the report names their series", async () => {
    const { page } = b;
    await page.goto(`${base}#/classes`);
    await loadQualificationFiles(page, [{ name: FILE, text: EXAMPLE }]);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Loaded" }).textContent()).toContain(`Loaded ${FILE}: ${SERIES.title}`);
    const onClasses = await axe(page);
    expect(onClasses, describeViolations(onClasses)).toEqual([]);

    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Screen an applicant" }).click();
    await enterApplicant(page, APPLICANT);
    // The loaded levels are offered as judgements like the built-in ones.
    await page.getByRole("group", { name: "Job 1" }).getByRole("checkbox", { name: /^5101 Permit Technician I\b/ }).waitFor();

    const results = page.getByRole("region", { name: "Results" });
    const series = results.getByRole("region", { name: SERIES.title });
    const pt1 = series.getByRole("article", { name: /^5101 Permit Technician I\b/ });
    await expect.poll(() => pt1.getByRole("heading").first().textContent()).toContain(expectedOutcome("5101"));
    await expect.poll(() => series.getByRole("article", { name: /^5100 / }).getByRole("heading").first().textContent()).toContain(expectedOutcome("5100"));

    // The explanation quotes the agency's spec and uses its counting rule.
    await pt1.locator("summary").first().click();
    // The explanation is drawn once the details are open (after the toggle event): wait for it.
    await expect.poll(() => pt1.textContent()).toContain("'public contact work experience'");
    expect(await pt1.textContent()).toContain("37.5 h/week = full time");

    // Print: the report is the thing on paper, and it names the series by its title and its document as the file writes it.
    await page.getByRole("button", { name: "Print report" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0)).toBe(1);
    const report = page.locator(".report-print-now");
    await page.emulateMedia({ media: "print" });
    expect(await report.isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Print report" }).isVisible()).toBe(false);
    const paper = (await report.textContent()) ?? "";
    expect(paper).toContain(SERIES.title);
    expect(paper).not.toContain(FILE);
    expect(paper).toContain("public contact work experience");
    expect(paper).toContain(SERIES.document);
    await page.emulateMedia({ media: "screen" });

    const foreign = b.requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(foreign).toEqual([]);
  });

  it("batch-screen like the built-in classes: a pool gets the agency's levels", async () => {
    const { page } = b;
    await freshPage(page, `${base}#/classes`);
    await loadQualificationFiles(page, [{ name: FILE, text: EXAMPLE }]);
    expect(await screenAgencyPool(page, "5101")).toEqual(expectedCounts("5101"));
    expect(await screenAgencyPool(page, "5100")).toEqual(expectedCounts("5100"));
    // The results table has a column for each loaded level, beside the built-in ones.
    const table = page.getByRole("table", { name: /^Screening results/ });
    await table.getByRole("columnheader", { name: /^5101 / }).waitFor();
    await table.getByRole("columnheader", { name: /^4807 / }).waitFor();
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("a broken file shows its problems (file, place, how to fix) and the built-in classes keep working", async () => {
    const { page } = b;
    // A reload forgets loaded files: start clean.
    await freshPage(page, `${base}#/classes`);
    const broken = JSON.parse(EXAMPLE) as { levels: Array<Record<string, unknown>> };
    broken.levels[1].title = "";
    broken.levels[2].requirements = { id: "x", type: "experience", label: "x", months: -3, filter: {}, source: { quote: "q", document: "d" } };
    await loadQualificationFiles(page, [
      { name: "broken.json", text: JSON.stringify(broken, null, 2) },
      { name: "typo.json", text: EXAMPLE.replace('"formatVersion": 1,', '"formatVersion": 1') },
    ]);
    const summary = page.locator(".error-summary");
    await summary.getByRole("heading", { name: "There is a problem" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    const links = await summary.getByRole("link").allTextContents();
    expect(links).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken\.json, at levels\[1\]\.title: Enter /),
        expect.stringMatching(/^broken\.json, at levels\[2\]\.requirements\.months: Enter the months required as a number from 0 to 600/),
        expect.stringMatching(/^typo\.json, at line 3, column \d+: Fix the JSON here/),
      ]),
    );
    const withErrors = await axe(page);
    expect(withErrors, describeViolations(withErrors)).toEqual([]);
    // The link takes the keyboard to the file's entry, where the same words appear.
    await summary.getByRole("link").first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(/^broken\.json: not loaded, 2 problems to fix/);
    expect(page.url()).toMatch(/#\/classes$/);

    // Nothing of the broken files is in use; every built-in class still screens.
    const inUse = page.getByRole("region", { name: "Classes in use" });
    expect(await inUse.getByRole("region", { name: SERIES.title }).count()).toBe(0);
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Screen an applicant" }).click();
    await enterApplicant(page, APPLICANT);
    const results = page.getByRole("region", { name: "Results" });
    for (const { data } of BUILTIN_QUALIFICATION_FILES) {
      const title = (data as { title: string }).title;
      await results.getByRole("region", { name: title }).waitFor();
    }
    expect(await results.getByRole("region", { name: SERIES.title }).count()).toBe(0);
  });
});
