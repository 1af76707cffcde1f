/**
 * The officer's printed report in Chromium: print emulation gives a PDF,
 * on Letter and A4, that holds the applicant's name and every level's
 * outcome, keeps each level's result on one page, and shows none of the
 * screen's controls.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { OUTCOME_WORDS } from "../../src/components/results/outcome";
import jordan from "../fixtures/jordan.json";
import longHistory from "../fixtures/long-history.json";
import { axe, describeViolations, launch, type Browser } from "./browser";

const FIXTURE = fileURLToPath(new URL("../fixtures/jordan.json", import.meta.url));
const LONG_FIXTURE = fileURLToPath(new URL("../fixtures/long-history.json", import.meta.url));

/** Words of the screen's controls and navigation that must never reach paper. */
const SCREEN_ONLY = [
  "Save applicant",
  "Open applicant",
  "Clear form",
  "Print report",
  "Officer name for the report",
  "Hiring agency for the report",
  "Keep a draft in this browser",
  "Check the form",
  "Skip to main content",
  "Screen a pool",
  "Check your own qualifications",
  "Class specs",
];

const { catalog } = buildCatalog(BUILTIN_SERIES);
const v = validateApplicant(jordan);
if (!v.ok) throw new Error("fixture is invalid");
const expected = screenApplicant(v.applicant, catalog, { today: "2026-11-22" });
const long = validateApplicant(longHistory);
if (!long.ok) throw new Error("long-history fixture is invalid");
const expectedLong = screenApplicant(long.applicant, catalog, { today: "2026-11-22" });

/** The PDF's text, page by page, with runs of white space made one space. */
function pdfPages(pdf: Buffer, dir: string, name: string): string[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return text
    .split("\f")
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

describe("the printed qualification report", () => {
  let b: Browser;
  let dir: string;
  beforeAll(async () => {
    b = await launch();
    dir = mkdtempSync(join(tmpdir(), "report-pdf-"));
    const page = b.page;
    await page.goto(`${inject("baseURL")}#/officer`);
    await page.getByRole("button", { name: "Open applicant" }).waitFor();
    await page.setInputFiles('input[type="file"]', FIXTURE);
    await page.waitForFunction(() => [...document.querySelectorAll("input")].some((i) => i.value === "Jordan Example"));
    // The live results are screened from the opened applicant.
    await page.getByRole("region", { name: "Results" }).getByText(expected.levels[0].title).first().waitFor();
    await page.getByLabel("Officer name for the report").fill("Pat Officer");
    await page.getByLabel("Hiring agency for the report").fill("City Human Resources");
  });
  afterAll(async () => {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("has no accessibility violations on the officer's page with the print controls", async () => {
    const violations = await axe(b.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("prints the report, and only the report, on Letter and A4", async () => {
    const page = b.page;
    // The Print report button opens the browser's print; headless Chromium has no dialog, so the PDF stands in for the printer.
    await page.getByRole("button", { name: "Print report" }).click();
    await page.emulateMedia({ media: "print" });
    for (const format of ["Letter", "A4"] as const) {
      const pages = pdfPages(await page.pdf({ format, printBackground: false }), dir, format);
      const all = pages.join(" ");
      expect(all).toContain("Qualification report");
      expect(all).toContain("Applicant Jordan Example");
      expect(all).toContain("Screened by Pat Officer");
      expect(all).toContain("Hiring agency City Human Resources");
      expect(all).toContain("Screening date 22 November 2026 (2026-11-22)");
      for (const level of expected.levels) expect(all, `${format}: ${level.id}`).toContain(`${level.id} ${level.title}: ${OUTCOME_WORDS[level.outcome]}`);
      for (const words of SCREEN_ONLY) expect(all, `${format}: "${words}" is on paper`).not.toContain(words);
      // Each level's result sits on one page: from its heading to the next level's, no page ends.
      for (const [i, level] of expected.levels.entries()) {
        const heading = `${level.id} ${level.title}: ${OUTCOME_WORDS[level.outcome]}`;
        const onPage = pages.findIndex((p) => p.includes(heading));
        const text = pages[onPage];
        const from = text.indexOf(heading);
        const nextLevel = expected.levels[i + 1];
        const nextHeading = nextLevel ? `${nextLevel.id} ${nextLevel.title}: ${OUTCOME_WORDS[nextLevel.outcome]}` : "Credentials to be verified by the placement officer";
        const to = text.indexOf(nextHeading, from);
        // Either the next heading follows on the same page, or this page ends with this level's last line.
        const section = to >= 0 ? text.slice(from, to) : text.slice(from);
        expect(section, `${format}: ${level.id} split across pages`).toContain(level.judgements.length ? level.judgements.at(-1)!.text : "None made for this level.");
      }
      // Credentials checklist with lines to sign, and the sources in the footer.
      expect(all).toContain("Credentials to be verified by the placement officer");
      expect(all).toContain("Screening officer Name: Pat Officer Signature: Date:");
      expect(all).toContain("Placement officer (credentials verified) Name: Signature: Date:");
      // Every page says whose report it is and which page it is.
      pages.forEach((p, i) => expect(p, `${format} page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`));
      for (const { series } of catalog.series) expect(all).toContain(series.document);
      expect(all).toMatch(/Minimum-qualification screener version \d+\.\d+\.\d+/);
    }
    await page.emulateMedia({ media: "screen" });
  });

  it("keeps each level's result on one page for a long work history, and leaves no page nearly empty", async () => {
    const page = b.page;
    await page.setInputFiles('input[type="file"]', LONG_FIXTURE);
    await page.waitForFunction((name) => [...document.querySelectorAll("input")].some((i) => i.value === name), longHistory.name);
    await page.getByRole("region", { name: "Results" }).getByText(`${longHistory.name}, screened`).waitFor();
    await page.getByRole("button", { name: "Print report" }).click();
    await page.emulateMedia({ media: "print" });
    for (const format of ["Letter", "A4"] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = pdfPages(pdf, dir, `long-${format}`);
      expect(pages.join(" ")).toContain(`Applicant ${longHistory.name}`);
      for (const level of expectedLong.levels) {
        const heading = `${level.id} ${level.title}: ${OUTCOME_WORDS[level.outcome]}`;
        const onPage = pages.findIndex((p) => p.includes(heading));
        expect(onPage, `${format}: ${level.id} is printed`).toBeGreaterThanOrEqual(0);
        // The result, from the heading to the officer's judgements, is on the heading's page.
        const result = pages[onPage].slice(pages[onPage].indexOf(heading));
        if (level.shortfall) expect(result, `${format}: ${level.id} shortfall`).toContain(level.shortfall.needs[0].options[0].text);
        expect(result, `${format}: ${level.id} judgements`).toContain(level.judgements.length ? level.judgements.at(-1)!.text : "None made for this level.");
        expect(result, `${format}: ${level.id} months`).toMatch(level.required === null ? /Officer judgements/ : /Months credited/);
      }
      // No page but the last holds only a few lines (a level's tail pushed on alone).
      const lines = execFileSync("pdftotext", ["-layout", join(dir, `long-${format}.pdf`), "-"], { encoding: "utf8" })
        .split("\f")
        .map((p) => p.split("\n").filter((l) => l.trim() !== "").length)
        .filter((n) => n > 0);
      lines.slice(0, -1).forEach((n, i) => expect(n, `${format} page ${i + 1} has ${n} lines`).toBeGreaterThanOrEqual(20));
    }
    await page.emulateMedia({ media: "screen" });
  });
});
