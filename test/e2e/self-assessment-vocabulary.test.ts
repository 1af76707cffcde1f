/**
 * The self-assessment with agency class files loaded (issue 14, format 1.2),
 * in Chromium, by keyboard: the new questions (clock hours, graduate
 * courses, a professional degree, licences and certificates, the employer's
 * sector, the classes' own kinds of work) each pass axe, with and without
 * errors, and the answers make a file the engine accepts with the loaded
 * vocabulary and that meets the licence-and-experience level.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { validateSeries } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant, vocabularyOf } from "../../src/engine/validate-applicant";
import type { Series } from "../../src/engine/qualification-schema";
import { loadQualificationFiles } from "./agency-pool";
import { launch, type Browser } from "./browser";
import { chooseRadio, focusedName as focused, noViolations, press, tabTo, tick, typeInto } from "./keyboard";

const read = (name: string): string => readFileSync(join(process.cwd(), "docs/examples", name), "utf8");

/** A trade-school class: the heavy equipment operator's, with its own ids and a clock-hour route (no real example counts clock hours in a rule). */
function clockSeries(): string {
  const series = JSON.parse(read("uw-heavy-equipment-operator.json")) as { id: string; title: string; levels: Array<{ id: string; title: string; requirements: { rules: Array<{ rules?: unknown[] }> } }> };
  const routes = series.levels[0].requirements.rules[0];
  routes.rules!.push({ id: "trade-school", type: "coursework", label: "720 clock hours of trade school", hours: 720, units: ["clock"], source: (routes.rules![0] as { source: unknown }).source });
  series.levels[0] = { ...series.levels[0], id: "18821-trade", title: "Heavy Equipment Operator (trade school)" };
  return JSON.stringify({ ...series, id: "uw-clock", title: "Clock-hour test series" });
}

const FILES = [
  { name: "uw-heavy-equipment-operator.json", text: read("uw-heavy-equipment-operator.json") },
  { name: "monroe-county-planner-2.json", text: read("monroe-county-planner-2.json") },
  { name: "opm-admin-management.json", text: read("opm-admin-management.json") },
  { name: "uw-clock.json", text: clockSeries() },
];

const catalog = buildCatalog([
  ...BUILTIN_SERIES,
  ...FILES.map((f) => {
    const v = validateSeries(JSON.parse(f.text), f.name);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    return { file: f.name, series: v.series as Series };
  }),
]).catalog;

const heading = (page: Page) => page.locator("h1").first().innerText();

describe("the self-assessment with agency classes loaded, by keyboard", () => {
  let b: Browser;
  let dir: string;
  beforeAll(async () => {
    b = await launch();
    dir = mkdtempSync(join(tmpdir(), "self-vocab-e2e-"));
  });
  afterAll(async () => {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("asks the loaded classes' questions, each free of axe violations, and saves a file that meets the level", async () => {
    const page = b.page;
    await page.goto(`${inject("baseURL")}#/classes`);
    await loadQualificationFiles(page, FILES);
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Loaded" }).textContent()).toContain("Loaded");
    // Through the navigation, so the loaded classes stay.
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Check your own qualifications" }).click();
    await page.getByRole("button", { name: "Start" }).waitFor();
    await press(page, "Start");
    await press(page, "Continue");
    await chooseRadio(page, "Yes, I have a high school diploma", "Yes, I have a high school diploma");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Have you taken any college courses for credit, or classroom or trade-school training?");
    await chooseRadio(page, "Yes", "Yes");
    await typeInto(page, "How many hours?", "720");
    await chooseRadio(page, "Semester hours", /^Clock hours/);
    await noViolations(page, "courses with clock hours and graduate courses offered");
    await press(page, "Continue");
    expect(await focused(page)).toMatchObject({ name: expect.stringContaining("There is a problem") });
    expect(await page.getByRole("alert").innerText()).toContain("Enter at most 400 hours for courses 1; split larger amounts into several groups of courses");
    await noViolations(page, "clock hours over 400, with the error");
    await tabTo(page, "How many hours?", { tag: "input" });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("18");
    await chooseRadio(page, /^Clock hours/, "Semester hours");
    await tick(page, "Yes, these were graduate courses");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Have you earned a college degree?");
    await chooseRadio(page, "Yes", "Yes");
    await tabTo(page, "What kind of degree?", { tag: "select" });
    await page.getByLabel("What kind of degree?").selectOption({ label: "Professional degree (such as a J.D. or M.D.)" });
    await noViolations(page, "degrees with a professional degree offered");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Do you hold a licence or certificate that these jobs ask for?");
    await press(page, "Continue");
    expect(await focused(page)).toMatchObject({ name: expect.stringContaining("There is a problem") });
    await noViolations(page, "licences question with an error");
    await chooseRadio(page, "Yes", "Yes");
    await tick(page, "Valid motor vehicle operator's license");
    await typeInto(page, "Name as it appears on the document (optional)", "Washington driver license");
    const year = String(new Date().getFullYear() + 3);
    await typeInto(page, "Month", "3");
    await typeInto(page, "Year", year);
    await noViolations(page, "licences question answered");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Tell us about each job");
    await press(page, "Add a job");
    await typeInto(page, "Job title", "Equipment operator");
    await typeInto(page, "Month", "1");
    await typeInto(page, "Year", "2020");
    await typeInto(page, "Month", "12");
    await typeInto(page, "Year", "2024");
    await typeInto(page, "How many hours did you work in a usual week?", "40");
    await tick(page, "Operation of heavy equipment");
    await chooseRadio(page, "Unpaid (volunteer) work", "None of these");
    await chooseRadio(page, "Yes", "No");
    await noViolations(page, "a job with the loaded kinds and employer sectors");
    await press(page, "Save this job");
    await press(page, "Continue");

    expect(await heading(page)).toBe("Check your answers");
    await noViolations(page, "check your answers with a licence");
    await press(page, "See your results");
    expect(await page.locator("main").innerText()).toContain("You appear to meet the minimum qualifications for Heavy Equipment Operator.");
    await noViolations(page, "results");

    await tabTo(page, "Save your answers to a file", { tag: "button" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const applicant = JSON.parse(readFileSync(saved, "utf8"));
    expect(applicant.education).toMatchObject({
      coursework: [{ hours: 18, unit: "semester", level: "graduate" }],
      degrees: [{ level: "professional" }],
      credentials: [{ id: "motor-vehicle-operator-license", name: "Washington driver license", expires: `${year}-03-31` }],
    });
    expect(applicant.experience[0].kinds).toEqual(["heavy-equipment-operation"]);
    expect(applicant.experience[0].sector).toBeUndefined();
    const v = validateApplicant(applicant, vocabularyOf(catalog));
    expect(v.ok, JSON.stringify(v)).toBe(true);
    if (!v.ok) return;
    const today = new Date().toISOString().slice(0, 10);
    expect(screenApplicant(v.applicant, catalog, { today }).levels.find((l) => l.id === "18821")?.outcome).toBe("meets");

    // With the officer beside the applicant: the same answers in the officer's page, licence and kind of work included.
    await page.locator("h1").first().focus();
    await press(page, "Open in the officer's screening page");
    const licence = page.getByRole("group", { name: "Licence or certificate 1" }).getByRole("combobox", { name: "Licence or certificate" });
    await expect.poll(() => licence.inputValue()).toBe("motor-vehicle-operator-license");
    expect(await page.getByRole("group", { name: "Job 1" }).getByRole("checkbox", { name: "Operation of heavy equipment" }).isChecked()).toBe(true);
  });

  it("asks them in Spanish too, the class files' words marked as English, with no axe violations", async () => {
    const es = await launch({ locale: "es-US" });
    try {
      const page = es.page;
      await page.goto(`${inject("baseURL")}#/classes`);
      await loadQualificationFiles(page, FILES.slice(0, 2));
      await expect.poll(() => page.getByRole("status").filter({ hasText: "Loaded" }).textContent()).toContain("Loaded");
      await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Check your own qualifications" }).click();
      await page.getByRole("button", { name: "Empezar" }).waitFor();
      await press(page, "Empezar");
      await press(page, "Continuar");
      await chooseRadio(page, /^Sí, tengo un diploma/, /^Sí, tengo un diploma/);
      await press(page, "Continuar");
      await chooseRadio(page, "Sí", "No");
      await press(page, "Continuar");
      await chooseRadio(page, "Sí", "No");
      await press(page, "Continuar");

      expect(await heading(page)).toBe("¿Tiene una licencia o un certificado que piden estos puestos?");
      await chooseRadio(page, "Sí", "Sí");
      await press(page, "Continuar");
      expect(await page.getByRole("alert").innerText()).toContain("Marque cada licencia o certificado que tiene");
      await noViolations(page, "Spanish licences question with an error");
      await tick(page, "Valid motor vehicle operator's license");
      expect(await page.getByText("Valid motor vehicle operator's license").first().getAttribute("lang")).toBe("en");
      await noViolations(page, "Spanish licences question answered");
      await press(page, "Continuar");

      await press(page, "Añadir un trabajo");
      await page.getByRole("group", { name: "¿Quién le empleaba en este trabajo?" }).waitFor();
      await noViolations(page, "Spanish job with the loaded kinds and employer sectors");
    } finally {
      await es.close();
    }
  });
});

