/**
 * Notices from a screened pool in Chromium: printing 50 notices gives 50
 * letters, each starting on a new page, in the language chosen, with the
 * agency's details set once; the notices control has no axe violations.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axe, describeViolations, launch, type Browser } from "./browser";

const COUNT = 50;

/** 50 applicants: some with a current customer service job of a few months, some with none. */
const applicants = Array.from({ length: COUNT }, (_, i) => ({
  name: `Applicant ${String(i + 1).padStart(2, "0")}`,
  asOf: "2026-12-01",
  education: { highSchool: i % 3 === 0 ? "ged" : "diploma" },
  experience: i % 2 === 0 ? [{ employer: "City", title: "Clerk", start: `2026-0${(i % 9) + 1}-01`, end: null, hoursPerWeek: 40, kinds: ["customer-service"] }] : [],
}));

describe("notices printed from a pool", () => {
  let b: Browser;
  let dir: string;
  beforeAll(async () => {
    b = await launch();
    dir = mkdtempSync(join(tmpdir(), "notices-pdf-"));
  });
  afterAll(async () => {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`prints ${COUNT} letters, each starting on a new page`, async () => {
    const page = b.page;
    const pool = join(dir, "pool.json");
    writeFileSync(pool, JSON.stringify(applicants));
    await page.goto(`${inject("baseURL")}#/pool`);
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(pool);
    await page.getByRole("button", { name: "Screen applicants" }).click();
    await page.getByText(`${COUNT} applicants screened in`).waitFor();

    await page.getByText("Notices to applicants").click();
    await page.getByLabel("Agency name").fill("Marren County Human Resources");
    await page.getByLabel("How to ask for reconsideration", { exact: true }).fill("Write to us within 10 days of the date of this letter.");
    await page.getByRole("radio", { name: "Español" }).check();
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Headless Chromium has no print dialog: the PDF stands in for the printer, taken while the letters wait under <body>.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole("button", { name: `Print ${COUNT} notices` }).click();
    await page.getByText(`${COUNT} notices sent to the printer, each on its own page.`).waitFor();
    await page.emulateMedia({ media: "print" });
    const file = join(dir, "notices.pdf");
    writeFileSync(file, await page.pdf({ format: "Letter", printBackground: false }));
    await page.emulateMedia({ media: "screen" });

    const pages = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
      .split("\f")
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter((p) => p !== "");
    const starts = pages.filter((p) => p.includes("Aviso sobre la revisión de sus requisitos mínimos"));
    expect(starts).toHaveLength(COUNT);
    // Every letter begins a page, with the agency's name at its top, and names its own applicant.
    for (const p of starts) expect(p.startsWith("Marren County Human Resources")).toBe(true);
    for (const a of applicants) expect(starts.filter((p) => p.includes(`Para: ${a.name}`)), a.name).toHaveLength(1);
    // Only letters are on paper: none of the pool's screen.
    expect(pages.join(" ")).not.toContain("Screen applicants");
    expect(pages.join(" ")).toContain("Write to us within 10 days of the date of this letter.");
  });
});
