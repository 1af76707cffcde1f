/**
 * The pool screen in Chromium: 10,000 generated applicants from a CSV file
 * screened with the page answering input meanwhile; the
 * count, the counts table and the filtered table checked against the engine
 * run here; an applicant opened in the explanation view; the results
 * downloaded; rows with problems listed by row and column; and axe on every state.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { generatePool } from "../bench/generate-pool";
import { applicantsToCsv } from "../pool/applicants-to-csv";
import { axe, describeViolations, launch, type Browser } from "./browser";

const COUNT = 10_000;
const dir = mkdtempSync(join(tmpdir(), "pool-e2e-"));

type Gen = Parameters<typeof applicantsToCsv>[0][number]["applicant"];

describe("screening a pool in the browser", () => {
  let b: Browser;
  const pool = generatePool(COUNT, 7) as Gen[];
  const poolFile = join(dir, "pool-10000.csv");
  writeFileSync(poolFile, applicantsToCsv(pool.map((applicant, i) => ({ id: `P-${i + 1}`, applicant }))));

  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b.close();
  });

  it("screens 10,000 applicants while the page answers input, and shows the count and the table", async () => {
    const { page } = b;
    await page.goto(`${inject("baseURL")}#/pool`);
    await page.getByRole("heading", { level: 1, name: "Screen a pool of applicants" }).waitFor();
    const before = await axe(page);
    expect(before, describeViolations(before)).toEqual([]);
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(poolFile);
    await page.getByRole("button", { name: "Screen applicants" }).click();
    // While the workers screen, a person can still use the page: open the column help with the keyboard.
    // (How fast it screens, and the longest pause between frames, are measured by `npm run bench -- pool-page`.)
    const progress = page.getByRole("progressbar");
    await progress.waitFor();
    const help = page.locator("summary", { hasText: "What goes in each column" });
    await help.focus();
    await page.keyboard.press("Enter");
    const answeredWhileScreening = await page.evaluate(() => ({
      open: (document.querySelector(".pool-columns") as HTMLDetailsElement).open,
      screening: document.querySelector("progress") !== null,
    }));
    expect(answeredWhileScreening).toEqual({ open: true, screening: true });

    await page.getByRole("heading", { name: "Results for pool-10000.csv" }).waitFor();
    await expect.poll(() => page.getByText(/10,000 applicants screened in/).count()).toBe(1);
    const table = page.getByRole("table", { name: /^Screening results/ });
    await expect.poll(() => table.locator("tbody tr").count()).toBe(100);
    expect(await page.getByRole("navigation", { name: "Result pages" }).innerText()).toMatch(/of 100/);
  });

  it("counts and filters the same outcomes the engine gives, and sorts by a level", async () => {
    const { page } = b;
    const { catalog } = loadCatalog(BUILTIN_QUALIFICATION_FILES);
    const g4 = catalog.levels.findIndex((l) => l.level.id === "G4");
    let meetsG4 = 0;
    for (const a of pool) {
      const v = validateApplicant(a);
      if (!v.ok) throw new Error("generated applicant is invalid");
      if (screenApplicant(v.applicant, catalog, { today: "2026-11-22" }).levels[g4].outcome === "meets") meetsG4++;
    }
    const counts = page.getByRole("table", { name: /Applicants by outcome/ });
    const g4Row = counts.getByRole("row", { name: /^G4 / });
    await expect.poll(() => g4Row.getByRole("cell").first().getByRole("button").innerText()).toMatch(new RegExp(`^${meetsG4.toLocaleString("en-US")}\\b`));

    await page.getByLabel("Level", { exact: true }).selectOption({ label: "G4 Customer Service Representative" });
    await page.getByLabel("Outcome", { exact: true }).selectOption({ label: "Meets" });
    await expect.poll(() => page.locator(".pool-table-status").innerText()).toBe(
      `Showing 1–100 of ${meetsG4.toLocaleString("en-US")} applicants who meet G4 (10,000 screened). Page 1 of ${Math.ceil(meetsG4 / 100)}.`,
    );
    const g4Cells = await page.locator(".pool-table tbody tr").evaluateAll((rows, col) => rows.map((r) => r.children[col].textContent), 2 + g4);
    expect(g4Cells.every((t) => t?.includes("Meets"))).toBe(true);

    await page.getByRole("button", { name: "Show all applicants" }).click();
    await page.getByRole("button", { name: /^G8 / }).click();
    expect(await page.getByRole("columnheader", { name: /^G8 / }).getAttribute("aria-sort")).toBe("ascending");
    const firstG8 = await page.locator(".pool-table tbody tr").first().locator("td").nth(1 + catalog.levels.findIndex((l) => l.level.id === "G8")).innerText();
    expect(firstG8).toMatch(/Meets/);

    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("opens an applicant in the explanation view with their report, and comes back to the same row", async () => {
    const { page } = b;
    const open = page.getByRole("button", { name: "Open applicant P-17", exact: true });
    await page.getByLabel("Id or name contains").fill("P-17");
    await open.click();
    await page.getByRole("heading", { level: 2, name: "Applicant P-17: Applicant 17" }).waitFor();
    await page.getByRole("heading", { name: /^4807 Customer Service Assistant/ }).waitFor();
    await page.getByRole("button", { name: "Print report" }).waitFor();
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole("button", { name: "Back to all results" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Open applicant P-17");
  });

  it("downloads the results as CSV, one row per applicant with a column per level and what each is missing", async () => {
    const { page } = b;
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download results (CSV)" }).click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(COUNT);
    expect(parsed.data[16].applicant_id).toBe("P-17");
    expect(parsed.meta.fields?.slice(0, 4)).toEqual(["applicant_id", "name", "as_of", "4807"]);
    expect(parsed.meta.fields).toContain("G8 shortfall");
    const unmet = parsed.data.filter((r) => r.G8 === "does-not-meet");
    expect(unmet.length).toBeGreaterThan(0);
    expect(unmet.every((r) => /more/.test(r["G8 shortfall"]))).toBe(true);
  });

  it("lists rows with problems by row and column and still screens the others", async () => {
    const { page } = b;
    const bad = join(dir, "bad.csv");
    writeFileSync(
      bad,
      [
        "applicant_id,name,high_school,start,end,hours_per_week,kinds",
        "A1,Ann,diploma,2020-01-01,,40,customer-service",
        "B2,Bo,diploma,2021-05-01,2021-04-01,40,customer-service",
        "C3,Cy,college,,,,",
      ].join("\n"),
    );
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(bad);
    await page.getByRole("button", { name: "Screen applicants" }).click();
    await page.getByRole("heading", { name: "Results for bad.csv" }).waitFor();
    await page.getByRole("heading", { name: "2 applicants could not be screened" }).waitFor();
    const list = await page.locator(".pool-error-list").innerText();
    expect(list).toMatch(/Row 3, column end: Enter an end date on or after the start date/);
    expect(list).toMatch(/Row 4, column high_school: Choose high school: diploma, ged, none \(the cell has "college"\)/);
    await expect.poll(() => page.locator(".pool-table tbody tr").count()).toBe(1);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("reads a pool as an officer's spreadsheet saves it, naming the row, the column and the fix for each slip", async () => {
    const { page } = b;
    // Semicolons, a byte-order mark and Windows line endings, as a European spreadsheet exports; a blank row; a title above the header.
    const rows = [
      "Applicant pool, spring intake;;;;;;;;;;",
      "applicant_id;name;as_of;high_school;employer;start;end;hours_per_week;kinds;supervisory;degree_level",
      "A-1;Ana;2026-11-22;High school diploma;City;2021-03-01;;37,5;customer service;no;",
      'A-1;;;;Shop;2018-06-01;2021-02-28;20;"customer-service;business-financial-operations";no;',
      "",
      "A-2;Ben;2026-11-22;ged;Clinic;3/1/2021;2025-12-31;40;healthcare-administration;yes;",
      "A-3;Cleo;2026-11-22;;;;;;;;Bachelor's degree",
      "A-4;Dev;2026-11-22;diploma;Mall;2020-01-01;2022-12-31;40;custmer-service;no;",
    ];
    const officer = join(dir, "officer.csv");
    writeFileSync(officer, `\uFEFF${rows.join("\r\n")}\r\n`);
    await page.goto(`${inject("baseURL")}#/pool`);
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(officer);
    await page.getByRole("button", { name: "Screen applicants" }).click();
    await page.getByRole("heading", { name: "Results for officer.csv" }).waitFor();
    await page.getByRole("heading", { name: "3 applicants could not be screened" }).waitFor();
    const list = (await page.locator(".pool-error-list").innerText()).split("\n").filter((l) => /^Row /.test(l));
    expect(list).toEqual([
      expect.stringMatching(/^Row 6, column start: Enter the start date as a real date .*\(the cell has "3\/1\/2021"\)\. A spreadsheet may have changed the date: format the column as text/),
      expect.stringMatching(/^Row 7, column high_school: Choose high school: diploma, ged, none \(the cell is empty\)$/),
      expect.stringMatching(/^Row 8, column kinds: Choose each kind of work from: .*\(the cell has "custmer-service"\)\. Did you mean "customer-service"\?$/),
    ]);
    // Ana (a diploma in the form's words, a decimal comma, two jobs) was screened.
    await expect.poll(() => page.locator(".pool-table tbody tr").count()).toBe(1);
    expect(await page.locator(".pool-table tbody tr").first().innerText()).toMatch(/\bA-1\s+Ana\s/);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("stops screening when asked, and says so", async () => {
    const { page } = b;
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(poolFile);
    await page.getByRole("button", { name: "Screen applicants" }).click();
    await page.getByRole("button", { name: "Stop screening" }).click();
    await page.getByText("Screening of pool-10000.csv was stopped.", { exact: false }).waitFor();
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await page.getByRole("heading", { name: /^Results for/ }).count()).toBe(0);
  });

  it("says why a file cannot be read at all", async () => {
    const { page } = b;
    const broken = join(dir, "broken.csv");
    writeFileSync(broken, "id,high_school\n1,diploma\n");
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(broken);
    await page.getByRole("button", { name: "Screen applicants" }).click();
    await page.getByRole("heading", { name: "There is a problem" }).waitFor();
    expect(await page.locator(".error-summary").innerText()).toMatch(/broken\.csv cannot be screened\. Row 1 \(the header\): "id" is not a column of the layout/);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe("the pool results at 200% and 400% zoom", () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ viewport: { width: 640, height: 900 } });
  });
  afterAll(async () => {
    await b.close();
  });

  // 640 CSS pixels wide: a 1280-pixel window at 200% zoom; 320: the width WCAG's reflow criterion names (1280 at 400%).
  it.each([640, 320])("keeps the page from scrolling sideways at %i px: only the wide tables scroll, inside their own regions", async (width) => {
    const { page } = b;
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${inject("baseURL")}#/pool`);
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(join(import.meta.dirname, "..", "..", "public", "applicant-pool-template.csv"));
    await page.getByRole("button", { name: "Screen applicants" }).click();
    await page.getByRole("heading", { name: "Results for applicant-pool-template.csv" }).waitFor();
    const table = page.getByRole("region", { name: /^Screening results/ });
    // The table is wider than the window, so it scrolls in its region...
    expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // ...and the page itself does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});
