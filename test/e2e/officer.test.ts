/**
 * The officer's screening page in Chromium, used with the keyboard alone:
 * an applicant who meets 4807 but not 4808 is typed in and both outcomes
 * are read back; the applicant is saved to a file and re-opened; axe finds
 * nothing with the form empty, filled and showing errors; and the form
 * needs no horizontal scrolling at 200% zoom or on a phone.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, describeViolations, launch, type Browser } from "./browser";

const LONG_FIXTURE = fileURLToPath(new URL("../fixtures/long-history.json", import.meta.url));

/** What the focused element is, in the words a screen reader would use (its label, or its text for buttons). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const labelledBy = el.getAttribute("aria-labelledby");
    if (labelledBy) return labelledBy.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (label ?? el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
  });
}

/** Press Tab until the focused control is named `name` (the keyboard user's way of getting anywhere). */
async function tabTo(page: Page, name: string | RegExp, max = 400): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const now = await focusedName(page);
    if (typeof name === "string" ? now === name : name.test(now)) return;
    seen.push(now);
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through: ${seen.slice(0, 40).join(" | ")}`);
}

const APPLICANT = {
  name: "Keyboard Person",
  asOf: "2026-11-22",
  employer: "City Utilities",
  title: "Billing Clerk",
  start: "2022-01-01",
  end: "2023-12-31",
  hours: "40",
};

/** Everything typed: 24 months of full-time customer service, a diploma. */
async function typeApplicant(page: Page): Promise<void> {
  await tabTo(page, "Name");
  await page.keyboard.type(APPLICANT.name);
  await page.keyboard.press("Tab");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(APPLICANT.asOf);
  await tabTo(page, "High school diploma");
  await page.keyboard.press("Space");
  await tabTo(page, "Add a job");
  await page.keyboard.press("Enter");
  // Focus moves to the new job's first field.
  expect(await focusedName(page)).toBe("Employer");
  await page.keyboard.type(APPLICANT.employer);
  await page.keyboard.press("Tab");
  await page.keyboard.type(APPLICANT.title);
  await page.keyboard.press("Tab");
  await page.keyboard.type(APPLICANT.start);
  await page.keyboard.press("Tab");
  await page.keyboard.type(APPLICANT.end);
  await tabTo(page, "Hours per week");
  await page.keyboard.type(APPLICANT.hours);
  await tabTo(page, "Customer service");
  await page.keyboard.press("Space");
}

function results(page: Page) {
  return page.getByRole("region", { name: "Results" });
}

async function outcomeOf(page: Page, id: string): Promise<string> {
  const heading = results(page).getByRole("heading", { name: new RegExp(`^${id} `) });
  return (await heading.textContent()) ?? "";
}

describe("the officer's screening page in Chromium", () => {
  let b: Browser;
  let dir: string;
  beforeAll(async () => {
    b = await launch();
    dir = mkdtempSync(join(tmpdir(), "officer-e2e-"));
    await b.page.goto(`${inject("baseURL")}#/officer`);
    await b.page.getByRole("heading", { name: "Screen an applicant" }).waitFor();
  });
  afterAll(async () => {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("has no accessibility violations with the form empty", async () => {
    await results(b.page).getByText("No results yet.").waitFor();
    const violations = await axe(b.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("takes an applicant by keyboard alone and reads back: meets 4807, does not meet 4808", async () => {
    await typeApplicant(b.page);
    await expect.poll(() => outcomeOf(b.page, "4807")).toMatch(/Customer Service Assistant.*Meets$/);
    await expect.poll(() => outcomeOf(b.page, "4808")).toMatch(/Customer Service Representative.*Does not meet$/);
    const card4808 = results(b.page).getByRole("article", { name: /^4808 / });
    await expect.poll(() => card4808.textContent()).toMatch(/Months credited: 24\.00 of 36\.00 required/);
    // 36 - 24 = 12 months short, less the half month the series' rounding rule forgives (15 days or more count as a month).
    await expect.poll(() => card4808.textContent()).toMatch(/Missing: 12\.00 more months toward .*11\.50 more months of full-time/);
    // The outcomes are also announced, once typing pauses.
    await expect.poll(() => results(b.page).getByRole("status").textContent()).toMatch(/Meets: 4807.*Does not meet: 4808/);
  });

  it("opens an explanation from the keyboard and has no accessibility violations with the form filled", async () => {
    await tabTo(b.page, /^Explanation\s*for 4808$/);
    await b.page.keyboard.press("Enter");
    const card = results(b.page).getByRole("article", { name: /^4808 / });
    await card.getByText(/Any combination totaling three \(3\) years/).first().waitFor();
    const violations = await axe(b.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("saves the applicant as a file and re-opens it with the same values", async () => {
    const page = b.page;
    // Listen for the file chooser from the start: Playwright turns on its interception of file choosers only once
    // something listens, and a key press sent just after could still reach a chooser it does not intercept.
    const chooserOpened = page.waitForEvent("filechooser");
    chooserOpened.catch(() => undefined); // awaited below; a failure there says why
    await tabTo(page, "Save applicant");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("keyboard-person-2026-11-22.json");
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      name: APPLICANT.name,
      asOf: APPLICANT.asOf,
      education: { highSchool: "diploma" },
      experience: [
        { employer: APPLICANT.employer, title: APPLICANT.title, start: APPLICANT.start, end: APPLICANT.end, hoursPerWeek: 40, kinds: ["customer-service"], supervisory: false, comparableTo: [] },
      ],
    });

    // Clear (after confirming), then open the saved file.
    await tabTo(page, "Clear form");
    await page.keyboard.press("Enter");
    await tabTo(page, "Yes, clear the form");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("textbox", { name: "Name", exact: true }).inputValue()).toBe("");
    await expect.poll(() => page.getByRole("group", { name: "Job 1" }).count()).toBe(0);

    // Clearing moves focus to the Name field once the form has redrawn: let that land before tabbing on.
    await expect.poll(() => focusedName(page)).toBe("Name");
    await tabTo(page, "Open applicant…");
    await page.keyboard.press("Enter");
    const chooser = await chooserOpened.catch(async (e: Error) => {
      throw new Error(`Enter did not open the file chooser; focus is on "${await focusedName(page)}": ${e.message}`);
    });
    await chooser.setFiles(file);
    await expect.poll(() => page.getByRole("textbox", { name: "Name", exact: true }).inputValue()).toBe(APPLICANT.name);
    const job = page.getByRole("group", { name: "Job 1" });
    expect(await page.getByRole("textbox", { name: "Screening date" }).inputValue()).toBe(APPLICANT.asOf);
    expect(await page.getByRole("radio", { name: "High school diploma", exact: true }).isChecked()).toBe(true);
    expect(await job.getByRole("textbox", { name: "Employer" }).inputValue()).toBe(APPLICANT.employer);
    expect(await job.getByRole("textbox", { name: "Job title" }).inputValue()).toBe(APPLICANT.title);
    expect(await job.getByRole("textbox", { name: "Start date" }).inputValue()).toBe(APPLICANT.start);
    expect(await job.getByRole("textbox", { name: "End date" }).inputValue()).toBe(APPLICANT.end);
    expect(await job.getByRole("textbox", { name: "Hours per week" }).inputValue()).toBe(APPLICANT.hours);
    expect(await job.getByRole("checkbox", { name: "Customer service", exact: true }).isChecked()).toBe(true);
    expect(await job.getByRole("checkbox", { name: "Supervised staff" }).isChecked()).toBe(false);
    await expect.poll(() => outcomeOf(page, "4807")).toMatch(/Meets$/);
    await expect.poll(() => outcomeOf(page, "4808")).toMatch(/Does not meet$/);
  });

  it("shows 'There is a problem' on a failed save, and has no accessibility violations with errors showing", async () => {
    const page = b.page;
    const start = page.getByRole("group", { name: "Job 1" }).getByRole("textbox", { name: "Start date" });
    await tabTo(page, "Start date");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("2022-02-30");
    await page.keyboard.press("Tab");
    await expect.poll(() => start.getAttribute("aria-invalid")).toBe("true");
    // The typed value stays, and the results say they are out of date.
    expect(await start.inputValue()).toBe("2022-02-30");
    await results(page).getByText("Out of date.").waitFor();
    await tabTo(page, "Save applicant");
    await page.keyboard.press("Enter");
    const summary = page.getByRole("heading", { name: "There is a problem" });
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"))).toBe("error-summary-title");
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // The summary's link takes focus to the field.
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toMatch(/Job 1, start date: Enter the start date as a real date/);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await start.getAttribute("id"));
  });

  it("needs no horizontal scrolling for the form at 200% zoom or on a narrow phone", async () => {
    const page = b.page;
    // 200% zoom of a 1280-pixel window is a 640-pixel layout; WCAG's reflow check is 320 pixels.
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = () =>
        page.evaluate(() => {
          const doc = document.documentElement;
          const form = document.querySelector("form.officer-form") as HTMLElement;
          const wide = [...form.querySelectorAll<HTMLElement>("*")].filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1).map((el) => el.outerHTML.slice(0, 80));
          return { scroll: doc.scrollWidth - doc.clientWidth, wide: wide.slice(0, 5) };
        });
      // Once the page has been laid out at the new width (a state, not a pause).
      await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
      await expect.poll(overflow, { message: `at ${width}px` }).toEqual({ scroll: 0, wide: [] });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("fits a long work history, degree and timeline on a narrow screen: no sideways scrolling, the timeline drawn to the width", async () => {
    const page = b.page;
    await page.setInputFiles('input[type="file"]', LONG_FIXTURE);
    await expect.poll(() => page.getByRole("group", { name: "Job 4" }).count()).toBe(1);
    await results(page).getByRole("table", { name: /Jobs and months credited/ }).waitFor();
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
      const measure = () =>
        page.evaluate(() => {
        const doc = document.documentElement;
        const svg = document.querySelector(".timeline-drawing svg") as SVGSVGElement;
        const box = svg.parentElement!.getBoundingClientRect();
        const drawn = svg.getBoundingClientRect();
        // Every label and year of the drawing lies inside it (nothing cut off at its right edge).
        const cut = [...svg.querySelectorAll("text")].filter((t) => t.getBoundingClientRect().right > drawn.right + 1).map((t) => t.textContent);
        return { scroll: doc.scrollWidth - doc.clientWidth, svgWidth: Number(svg.getAttribute("width")), boxWidth: Math.floor(box.width), cut };
      });
      // The drawing follows its box through a ResizeObserver: wait until it has been redrawn at the new width.
      await expect.poll(async () => {
        const m = await measure();
        return m.svgWidth === m.boxWidth;
      }, { message: `at ${width}px the timeline is not drawn to its box's width` }).toBe(true);
      const fit = await measure();
      expect(fit.scroll, `at ${width}px the page scrolls sideways`).toBe(0);
      expect(fit.cut, `at ${width}px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("requested nothing but its own files", () => {
    const base = inject("baseURL");
    expect(b.requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
  });
});

// A page of its own: the officer's 1.1 additions, whatever state the tests above leave their page in.
describe("the officer's own decision and warnings in Chromium", () => {
  let b: Browser;
  let dir: string;
  beforeAll(async () => {
    b = await launch();
    dir = mkdtempSync(join(tmpdir(), "officer-decision-e2e-"));
    await b.page.goto(`${inject("baseURL")}#/officer`);
    await b.page.getByRole("heading", { name: "Screen an applicant" }).waitFor();
  });
  afterAll(async () => {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("records the officer's own decision by keyboard, with its reason, warns on a job after the screening date, and has no accessibility violations", async () => {
    const page = b.page;
    await typeApplicant(page);
    const job = page.getByRole("group", { name: "Job 1" });
    await tabTo(page, "Add a decision");
    await page.keyboard.press("Enter");
    // Focus moves to the new decision's level.
    expect(await focusedName(page)).toBe("Level");
    const decision = page.getByRole("group", { name: /^Decision 1/ });
    await decision.getByRole("combobox", { name: "Level" }).selectOption("4808");
    await expect.poll(() => decision.locator("legend").first().textContent()).toMatch(/^Decision 1: 4808 Customer Service Representative/);
    await tabTo(page, "Meets the level");
    await page.keyboard.press("Space");
    // Without a reason, saving is refused with the field named; the error state has no violations either.
    await tabTo(page, "Save applicant");
    await page.keyboard.press("Enter");
    const summary = page.getByRole("heading", { name: "There is a problem" }).locator("..");
    await expect.poll(() => summary.textContent()).toMatch(/Decision 1, reason: Enter the reason for the decision/);
    const errorViolations = await axe(page);
    expect(errorViolations, describeViolations(errorViolations)).toEqual([]);
    await tabTo(page, "Reason (required)");
    await page.keyboard.type("Equivalent duties confirmed by the employer's letter.");
    await tabTo(page, "Save applicant");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const file = join(dir, "with-decision.json");
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, "utf8")).levelDecisions).toEqual([{ level: "4808", outcome: "meets", reason: "Equivalent duties confirmed by the employer's letter." }]);

    // A screening date before the job starts: a warning beside the start date, read with it; the input is still screened.
    const asOf = page.getByRole("textbox", { name: "Screening date" });
    await asOf.fill("2021-12-31");
    const start = job.getByRole("textbox", { name: "Start date" });
    await expect
      .poll(() => start.evaluate((el) => (el.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ")))
      .toMatch(/Check: The job starts on 2022-01-01, after the screening date \(2021-12-31\)/);
    expect(await start.getAttribute("aria-invalid")).toBeNull();
    await expect.poll(() => outcomeOf(page, "4807")).toMatch(/Does not meet$/);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await asOf.fill(APPLICANT.asOf);
    await expect.poll(() => outcomeOf(page, "4807")).toMatch(/Meets$/);
  });
});
