/**
 * The applicant's self-assessment in Chromium, by keyboard only: every
 * question, the results, saving the answers, printing them, and the officer
 * opening the saved file. axe checks each state on the way.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { glossary } from "../../src/features/self-assessment/terms";
import { translator } from "../app/translate";
import { launch, type Browser } from "./browser";
import { chooseRadio, focusedName as focused, noViolations, press, tabTo, tick, typeInto } from "./keyboard";

const { catalog } = buildCatalog(BUILTIN_SERIES);

const heading = (page: Page) => page.locator("h1").first().innerText();

describe("the self-assessment, by keyboard", () => {
  let b: Browser;
  let dir: string;
  let saved = "";
  beforeAll(async () => {
    b = await launch();
    dir = mkdtempSync(join(tmpdir(), "self-e2e-"));
  });
  afterAll(async () => {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("walks every question, shows results in plain words and saves a file", async () => {
    const page = b.page;
    await page.goto(`${inject("baseURL")}#/self`);
    await page.getByRole("button", { name: "Start" }).waitFor();
    await noViolations(page, "start page");
    // Later tests come back to these answers from other views: the applicant agrees to keep them in this browser.
    await tick(page, "Keep my answers in this browser");
    await press(page, "Start");
    expect(await heading(page)).toBe("About you");
    await typeInto(page, "Your name (optional)", "Alex Applicant");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Have you finished high school or earned a GED?");
    await press(page, "Continue");
    expect(await focused(page)).toMatchObject({ name: expect.stringContaining("There is a problem") });
    await noViolations(page, "high school question with an error");
    await chooseRadio(page, "Yes, I have a high school diploma", "Yes, I have a GED or another high school equivalency certificate");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Have you taken any college courses for credit?");
    await chooseRadio(page, "Yes", "Yes");
    await typeInto(page, "How many credit hours?", "45");
    await tick(page, "Business administration");
    await noViolations(page, "college courses");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Have you earned a college degree?");
    await chooseRadio(page, "Yes", "No");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Tell us about each job");
    await press(page, "Add a job");
    expect(await heading(page)).toBe("Job 1");
    await typeInto(page, "Job title", "Billing Clerk");
    await typeInto(page, "Employer", "City Utilities");
    await typeInto(page, "Month", "3");
    await typeInto(page, "Year", "2018");
    await tick(page, "I still work here");
    await typeInto(page, "How many hours did you work in a usual week?", "40");
    await tick(page, "Customer service");
    await chooseRadio(page, "Yes", "No");
    await noViolations(page, "a job");
    await press(page, "Save this job");
    expect(await heading(page)).toBe("Tell us about each job");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Check your answers");
    await noViolations(page, "check your answers");
    await press(page, "See your results");

    expect(await heading(page)).toBe("Results for Alex Applicant");
    const text = await page.locator("main").innerText();
    expect(text).toContain("You appear to meet the minimum qualifications for");
    expect(text).toContain("The hiring agency makes the official decision");
    await noViolations(page, "results");

    await tabTo(page, "Save your answers to a file", { tag: "button" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const applicant = JSON.parse(readFileSync(saved, "utf8"));
    const v = validateApplicant(applicant);
    expect(v.ok, JSON.stringify(v)).toBe(true);
    expect(applicant).toMatchObject({ name: "Alex Applicant", education: { highSchool: "ged" }, experience: [{ title: "Billing Clerk", start: "2018-03-01", end: null }] });
  });

  it("prints the results without any of the screen's controls", async () => {
    const page = b.page;
    await page.emulateMedia({ media: "print" });
    const file = join(dir, "self.pdf");
    writeFileSync(file, await page.pdf({ format: "Letter" }));
    await page.emulateMedia({ media: "screen" });
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Results for Alex Applicant");
    expect(text).toContain("You appear to meet the minimum qualifications for");
    expect(text).toContain("The hiring agency makes the official decision");
    for (const control of ["Save your answers to a file", "Print your results", "Start again", "Back", "Screen a pool", "Class specs", "Skip to main content"])
      expect(text, `"${control}" is on paper`).not.toContain(control);
    // What a class with no minimum qualifications looks for is written out on paper, not left behind a closed disclosure.
    const review = catalog.levels.filter((l) => l.level.requirements.type === "review" && l.level.ksas.length > 0);
    expect(review.length).toBeGreaterThan(0);
    for (const l of review) expect(text).toContain(l.level.ksas[0].replace(/\s+/g, " "));
    // Every term of "What the words mean" is on the same page as its meaning.
    const pages = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").map((p) => p.replace(/\s+/g, " "));
    const terms = glossary(catalog, translator("en"));
    for (const t of terms) {
      const page = pages.find((p) => p.includes(`${t.term} ${t.help.slice(0, 40)}`));
      expect(page, `"${t.term}" is parted from its meaning`).toBeDefined();
    }
  });

  it("arriving by keyboard from another view, puts focus at the top of the view without a ring around the whole page", async () => {
    const page = b.page;
    await page.goto(`${inject("baseURL")}#/officer`);
    await page.getByRole("heading", { name: "Screen an applicant" }).waitFor();
    await tabTo(page, "Check your own qualifications", { tag: "a" });
    await page.keyboard.press("Enter");
    // The view is a lazily loaded part: wait for it (not for any h1; the officer's may still be showing), then for focus to move into place.
    await page.locator(".self-assessment").waitFor();
    const ring = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { contains: !!el.querySelector(".self-assessment"), outline: style.outlineStyle, shadow: style.boxShadow };
      });
    await expect.poll(ring).toEqual({ contains: true, outline: "none", shadow: "none" });
  });

  it("opens in the officer view from the saved file", async () => {
    const page = b.page;
    expect(saved).not.toBe("");
    await page.goto(`${inject("baseURL")}#/officer`);
    await page.getByRole("button", { name: "Open applicant" }).waitFor();
    await page.setInputFiles('input[type="file"]', saved);
    await page.waitForFunction(() => [...document.querySelectorAll("input")].some((i) => i.value === "Alex Applicant"));
    await page.waitForFunction(() => [...document.querySelectorAll("input")].some((i) => i.value === "Billing Clerk"));
  });

  it("opens the answers straight in the officer's page, with the officer beside the applicant", async () => {
    const page = b.page;
    await page.goto(`${inject("baseURL")}#/officer`);
    await page.getByRole("button", { name: "Clear form" }).click();
    await page.getByRole("button", { name: "Yes, clear the form" }).click();
    await page.waitForFunction(() => ![...document.querySelectorAll("input")].some((i) => i.value === "Alex Applicant"));
    // Back to the self-assessment: the answers are still there, as the applicant asked them to be kept.
    await page.getByRole("link", { name: "Check your own qualifications" }).click();
    expect(await heading(page)).toBe("Results for Alex Applicant");
    await page.locator("h1").first().focus();
    await press(page, "Open in the officer's screening page");
    await page.waitForFunction(() => [...document.querySelectorAll("input")].some((i) => i.value === "Alex Applicant"));
    expect(page.url()).toMatch(/#\/officer$/);
  });

  it("needs no sideways scrolling on a 320-pixel phone, at the results or the start", async () => {
    const page = b.page;
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${inject("baseURL")}#/self`);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await heading(page)).toBe("Results for Alex Applicant");
    expect(await sideways(), "results").toBe(0);
    await page.getByRole("button", { name: "Start again with new answers" }).click();
    expect(await heading(page)).toBe("Check your own qualifications");
    expect(await sideways(), "start page, with the file chooser").toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
