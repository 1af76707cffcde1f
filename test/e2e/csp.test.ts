/**
 * The hosted build's Content-Security-Policy (docs/security.md, "The page"):
 * no 'unsafe-inline' script, and the app runs under it with no violation in
 * any view, while typing an applicant, or while screening a pool in workers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cspViolations, launch, watchCspViolations, type Browser } from "./browser";
import { enterApplicant } from "./enter-applicant";

const DIST = join(import.meta.dirname, "..", "..", "dist");

/** The policy's directives by name, from the built page's meta element. */
function policyOf(html: string): Map<string, string[]> {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe("the hosted build's Content-Security-Policy", () => {
  let b: Browser;
  const errors: string[] = [];
  beforeAll(async () => {
    b = await launch();
    await watchCspViolations(b.page);
    b.page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    b.page.on("pageerror", (e) => errors.push(e.message));
  });
  afterAll(async () => {
    await b?.close();
  });

  it("allows scripts from the page's own files only: no 'unsafe-inline', no eval", () => {
    // The e2e global setup has just built dist/.
    const policy = policyOf(readFileSync(join(DIST, "index.html"), "utf8"));
    expect(policy.get("script-src")).toEqual(["'self'"]);
    // Inline styles stay allowed: the printed report's running footer is a <style> made for each report.
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it("runs every view, an applicant typed in and a pool screened in workers with no violation", async () => {
    const page = b.page;
    await page.goto(inject("baseURL"));
    const nav = page.getByRole("navigation", { name: "Views" });
    await nav.waitFor();
    for (const link of await nav.getByRole("link").all()) {
      await link.click();
      await expect.poll(() => link.getAttribute("aria-current")).toBe("page");
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await expect.poll(() => page.getByText("Loading…").count()).toBe(0);
    }
    await page.goto(`${inject("baseURL")}#/officer`);
    await enterApplicant(page, {
      asOf: "2026-11-22",
      education: { highSchool: "diploma" },
      experience: [{ employer: "City Utilities", start: "2023-01-01", end: "2025-06-30", hoursPerWeek: 40, kinds: ["customer-service"] }],
    });
    await expect.poll(() => page.getByRole("region", { name: "Results" }).getByRole("article", { name: /^4807 / }).getByRole("heading").first().textContent()).toMatch(/Meets$/);
    // The printed report, with its running footer, is drawn under the policy too. (Headless Chromium's
    // print never ends, so the browser's print is only recorded, as the other print tests do.)
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole("button", { name: "Print report" }).click();
    // The report is drawn, with its running footer as a constructed style sheet (no <style> element the policy would refuse).
    await page.locator(".report-print-root").first().waitFor({ state: "attached" });
    await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBeGreaterThan(0);

    await page.goto(`${inject("baseURL")}#/pool`);
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles({
      name: "two.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify([{ education: { highSchool: "diploma" } }, { education: { highSchool: "none" } }])),
    });
    await page.getByRole("button", { name: "Screen applicants" }).click();
    await page.getByRole("heading", { name: "Results for two.json" }).waitFor();

    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("refuses a script written into the page, and reports it (the check above can see a violation)", async () => {
    const page = b.page;
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true;";
      document.body.append(s);
    });
    await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? refused inline/)]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });
});
