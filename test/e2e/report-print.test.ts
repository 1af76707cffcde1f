/**
 * The officer's printed report in Chromium: print emulation gives a PDF, on
 * Letter and A4, that holds the applicant's name and every level's outcome,
 * keeps each level's result on one page, shows none of the screen's controls
 * and no file names. A two-job applicant's report of every built-in level
 * fits on 4 Letter pages, of one series on 2; it shows the officer's notes,
 * decisions (an override marked, with its reason), the KSAs marked, the
 * substitution settings and the documents by title and date. The page's
 * print is recorded instead of opening a dialog, and every step waits on a
 * state of the page, so a print never overlaps the next.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { citationOf } from "../../src/engine/citation";
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
  "Levels on the report",
  "Only the levels applied for",
  "Keep a draft in this browser",
  "Check the form",
  "Skip to main content",
  "Screen a pool",
  "Check your own qualifications",
  "Class specs",
];

/** A file name (a seed, a qualification file) must never reach paper. */
const FILE_NAME = /\b[\w-]+\.(txt|json)\b/;

const { catalog } = buildCatalog(BUILTIN_SERIES);
const screened = (json: unknown) => {
  const v = validateApplicant(json);
  if (!v.ok) throw new Error("fixture is invalid");
  return screenApplicant(v.applicant, catalog, { today: "2026-11-22" });
};
const expected = screened(jordan);
const expectedLong = screened(longHistory);

/** Jordan with a second, part-time job, the officer's note on it, and two decisions: one agreeing, one overriding. */
const TWO_JOBS = {
  ...jordan,
  name: "Riley Twojobs",
  experience: [
    jordan.experience[0],
    { employer: "Parks Dept", title: "Guide", start: "2015-01-01", end: "2016-12-31", hoursPerWeek: 20, kinds: ["closely-related"], officerNote: "Led visitor tours; duties confirmed by the supervisor." },
  ],
  levelDecisions: [
    { level: "4807", outcome: "meets", reason: "Records verified", by: "Pat Officer", date: "2026-11-22" },
    { level: "wa-css-2", outcome: "does-not-meet", reason: "The class was abolished before the vacancy", by: "Pat Officer", date: "2026-11-22" },
    { level: "G8", outcome: "meets", reason: "Managed the utility's call centre for three years (letter from employer)", by: "Pat Officer", date: "2026-11-22" },
  ],
};
const expectedTwo = screened(TWO_JOBS);
const override = expectedTwo.levels.find((l) => l.decision?.override)!;

const heading = (level: { id: string; title: string; outcome: keyof typeof OUTCOME_WORDS }): string => `${level.id} ${level.title}: ${OUTCOME_WORDS[level.outcome]}`;

/** The PDF's text, page by page, with runs of white space made one space; and the raw layout text. */
function pdfText(pdf: Buffer, dir: string, name: string): { pages: string[]; raw: string } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const raw = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const pages = raw
    .split("\f")
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
  return { pages, raw };
}

/** Click Print report and wait until the page has asked to print (recorded, no dialog) with the report under <body>. */
async function printReport(page: Page): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0);
  await page.getByRole("button", { name: "Print report" }).click();
  await page.waitForFunction((n) => ((window as unknown as { printed?: number }).printed ?? 0) > n, before);
  await page.locator(".report-print-now article").waitFor({ state: "attached" });
}

/** The printed PDF of the report now on the page, in a format. */
async function printed(page: Page, dir: string, name: string, format: "Letter" | "A4") {
  await page.emulateMedia({ media: "print" });
  try {
    return pdfText(await page.pdf({ format, printBackground: false }), dir, name);
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
}

/** Each level's result (outcome, decision, months, what is missing, judgements) is on its heading's page. */
function expectLevelsWhole(pages: string[], levels: typeof expectedTwo.levels, label: string): void {
  for (const level of levels) {
    const onPage = pages.findIndex((p) => p.includes(heading(level)));
    expect(onPage, `${label}: ${level.id} is printed`).toBeGreaterThanOrEqual(0);
    const rest = pages[onPage].slice(pages[onPage].indexOf(heading(level)));
    if (level.decision) expect(rest, `${label}: ${level.id} decision`).toContain(level.decision.reason.slice(0, 40));
    if (level.shortfall) expect(rest, `${label}: ${level.id} shortfall`).toContain(level.shortfall.text.slice(0, 60));
    const judgements = level.judgements.length ? level.judgements.at(-1)!.text : "None made for this level.";
    expect(rest, `${label}: ${level.id} result split across pages`).toContain(`${judgements}`.slice(0, 60));
  }
}

async function expectNoViolations(page: Page, state: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${state}: ${describeViolations(violations)}`).toEqual([]);
}

describe("the printed qualification report", () => {
  let b: Browser;
  let dir: string;
  beforeAll(async () => {
    b = await launch();
    // Headless Chromium has no print dialog: record the request; the PDF stands in for the printer.
    await b.context.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
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
    await expectNoViolations(b.page, "print controls");
  });

  it("prints the report, and only the report, on Letter and A4, citing documents by title and date, never by file", async () => {
    const page = b.page;
    await printReport(page);
    for (const format of ["Letter", "A4"] as const) {
      const { pages } = await printed(page, dir, format, format);
      const all = pages.join(" ");
      expect(all).toContain("Qualification report");
      expect(all).toContain("Applicant Jordan Example");
      expect(all).toContain("Screened by Pat Officer");
      expect(all).toContain("Hiring agency City Human Resources");
      expect(all).toContain("Screening date 22 November 2026 (2026-11-22)");
      expect(all).toContain(`Levels covered Every level screened (${expected.levels.length})`);
      for (const level of expected.levels) expect(all, `${format}: ${level.id}`).toContain(heading(level));
      for (const words of SCREEN_ONLY) expect(all, `${format}: "${words}" is on paper`).not.toContain(words);
      expect(all, `${format}: a file name is on paper`).not.toMatch(FILE_NAME);
      // Credentials checklist with lines to sign, and the documents by title, issuer and date.
      expect(all).toContain("Credentials to be verified by the placement officer");
      expect(all).toContain("Screening officer Name: Pat Officer Signature: Date:");
      expect(all).toContain("Placement officer (credentials verified) Name: Signature: Date:");
      pages.forEach((p, i) => expect(p, `${format} page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`));
      for (const { series } of catalog.series) {
        expect(all).toContain(series.title);
        expect(all).toContain(citationOf(series, series.document));
      }
      expect(all).toContain("Customer Service Series class specification (State Universities Civil Service System), effective 08/15/10");
      expect(all).toContain("Substitution setting used: education substitutes for experience: ask (the file's setting)");
      expect(all).toMatch(/Minimum-qualification screener version \d+\.\d+\.\d+/);
    }
  });

  it("keeps each level's result on one page for a long work history, and leaves no page nearly empty", async () => {
    const page = b.page;
    await page.setInputFiles('input[type="file"]', LONG_FIXTURE);
    await page.waitForFunction((name) => [...document.querySelectorAll("input")].some((i) => i.value === name), longHistory.name);
    await page.getByRole("region", { name: "Results" }).getByText(`${longHistory.name}, screened`).waitFor();
    await printReport(page);
    for (const format of ["Letter", "A4"] as const) {
      const { pages, raw } = await printed(page, dir, `long-${format}`, format);
      expect(pages.join(" ")).toContain(`Applicant ${longHistory.name}`);
      for (const level of expectedLong.levels) {
        const onPage = pages.findIndex((p) => p.includes(heading(level)));
        expect(onPage, `${format}: ${level.id} is printed`).toBeGreaterThanOrEqual(0);
        // The result, from the heading to the officer's judgements, is on the heading's page.
        const result = pages[onPage].slice(pages[onPage].indexOf(heading(level)));
        if (level.shortfall) expect(result, `${format}: ${level.id} shortfall`).toContain(level.shortfall.text.slice(0, 60));
        expect(result, `${format}: ${level.id} judgements`).toContain("Officer judgements:");
        expect(result, `${format}: ${level.id} months`).toMatch(level.required === null ? /Officer judgements/ : /Months credited/);
      }
      // No page but the last holds only a few lines (a level's tail pushed on alone).
      const lines = raw
        .split("\f")
        .map((p) => p.split("\n").filter((l) => l.trim() !== "").length)
        .filter((n) => n > 0);
      lines.slice(0, -1).forEach((n, i) => expect(n, `${format} page ${i + 1} has ${n} lines`).toBeGreaterThanOrEqual(20));
    }
  });

  describe("a two-job applicant with the officer's notes and decisions, from a pool", () => {
    beforeAll(async () => {
      const page = b.page;
      const file = join(dir, "two-jobs.json");
      writeFileSync(file, JSON.stringify([TWO_JOBS]));
      await page.goto(`${inject("baseURL")}#/pool`);
      await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(file);
      await page.getByRole("button", { name: "Screen applicants" }).click();
      await page.getByRole("heading", { name: "Results for two-jobs.json" }).waitFor();
      await page.getByRole("button", { name: /^Open applicant / }).first().click();
      await page.getByRole("heading", { name: /^4807 Customer Service Assistant/ }).waitFor();
      await page.getByRole("button", { name: "Print report" }).waitFor();
    });

    it("marks 003638's KSAs on the results, with no accessibility violations unmarked or marked", async () => {
      const page = b.page;
      const group = page.getByRole("group", { name: /^Knowledge, skills and abilities for 003638/ });
      await group.waitFor();
      await expectNoViolations(page, "KSAs unmarked");
      const boxes = group.getByRole("checkbox");
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await page.getByRole("group", { name: /^Knowledge, skills and abilities for 003638 \(2 of \d+ marked\)/ }).waitFor();
      await expectNoViolations(page, "KSAs marked");
      // The override is marked on the results card, with its reason.
      const card = page.getByRole("article", { name: new RegExp(`^${override.id} `) });
      expect(await card.innerText()).toContain(`Officer's decision (override): ${OUTCOME_WORDS[override.decision!.outcome]}: override of the screener's outcome`);
      expect(await card.innerText()).toContain(override.decision!.reason);
    });

    it("prints every level on at most 4 Letter pages, each level whole, with notes, decisions, KSAs, settings and documents", async () => {
      const page = b.page;
      await printReport(page);
      const { pages, raw } = await printed(page, dir, "two-jobs-all", "Letter");
      expect(pages.length, `${pages.length} Letter pages`).toBeLessThanOrEqual(4);
      const all = pages.join(" ");
      expect(all).toContain("Applicant Riley Twojobs");
      expectLevelsWhole(pages, expectedTwo.levels, "Letter");
      expect(all).toContain("Officer's note: Led visitor tours; duties confirmed by the supervisor.");
      expect(all).toContain(`Officer's decision (override): ${OUTCOME_WORDS[override.decision!.outcome]}: override of the screener's outcome (${OUTCOME_WORDS[override.outcome]}). Reason: ${override.decision!.reason}`);
      expect(all).toContain("Override: ");
      expect(all).toMatch(/2 of \d+ marked as shown by the applicant/);
      expect(all).toContain("Substitution setting used: education substitutes for experience: ask (the file's setting)");
      expect(all).toContain("effective 08/15/10");
      expect(all).not.toMatch(FILE_NAME);
      for (const words of SCREEN_ONLY) expect(all, `"${words}" is on paper`).not.toContain(words);
      // The jobs table never breaks a date across lines: each date sits whole on a line of the table.
      const table = raw.slice(raw.indexOf("Jobs and months credited"), raw.indexOf("Education (each level"));
      for (const job of TWO_JOBS.experience) for (const date of [job.start, job.end].filter((d): d is string => !!d)) expect(table, `${date} whole`).toContain(date);
      expect(table).not.toMatch(/\d{4}-\d{2}-\s*\n|\d{4}-\s*\n/);
    });

    it("covers only the levels applied for when the officer chooses them: one series fits on 2 Letter pages", async () => {
      const page = b.page;
      await page.getByRole("radio", { name: "Only the levels applied for" }).check();
      await expectNoViolations(page, "levels applied for, none chosen");
      await page.getByRole("button", { name: "Print report" }).click();
      await page.getByText("Choose at least one level applied for, or choose every level, then print the report.").waitFor();
      await expectNoViolations(page, "levels applied for, the problem shown");
      for (const { series } of catalog.series) {
        const group = page.getByRole("group", { name: series.title, exact: true });
        for (const level of series.levels) await group.getByRole("checkbox", { name: `${level.id} ${level.title}` }).check();
        await printReport(page);
        const { pages } = await printed(page, dir, `two-jobs-${series.id}`, "Letter");
        expect(pages.length, `${series.title}: ${pages.length} Letter pages`).toBeLessThanOrEqual(2);
        const all = pages.join(" ");
        const chosen = expectedTwo.levels.filter((l) => l.seriesId === series.id);
        expect(all).toContain(`The levels applied for: ${chosen.map((l) => l.id).join(", ")}`);
        expectLevelsWhole(pages, chosen, series.title);
        for (const other of expectedTwo.levels.filter((l) => l.seriesId !== series.id)) expect(all).not.toContain(heading(other));
        expect(all).toContain(citationOf(series, series.document));
        for (const level of series.levels) await group.getByRole("checkbox", { name: `${level.id} ${level.title}` }).uncheck();
      }
      await expectNoViolations(page, "levels applied for, chosen and cleared");
      await page.getByRole("radio", { name: "Every level screened" }).check();
    });
  });
});
