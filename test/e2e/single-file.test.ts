/**
 * The single-file build (README, "One file for offices"): `vite build --mode
 * single` writes one HTML file with every script, style, lazily loaded view
 * and web worker inside it. Opened straight from disk in Chromium, with no
 * server, it must work and ask for nothing but itself.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { OUTCOME_WORDS } from "../../src/components/results/outcome";
import { SINGLE_FILE_MODE, SINGLE_FILE_NAME } from "../../vite.config";
import { axe, cspViolations, describeViolations, launch, watchCspViolations, type Browser } from "./browser";
import { EXAMPLE_FILE, EXAMPLE_TEXT, expectedCounts, loadQualificationFiles, screenAgencyPool } from "./agency-pool";
import { enterApplicant, type TypedApplicant } from "./enter-applicant";

/** A minimal applicant: high school and one job. */
const APPLICANT: TypedApplicant = {
  asOf: "2026-11-22",
  education: { highSchool: "diploma" },
  experience: [{ employer: "City Utilities", start: "2024-01-01", end: "2025-06-30", hoursPerWeek: 40, kinds: ["customer-service"] }],
};

const EXAMPLE = join(import.meta.dirname, "..", "..", "docs", "examples", "marren-county-permit-technician.json");

describe("the single HTML file, opened from disk", () => {
  let outDir: string;
  let html: string;
  let url: string;
  let b: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    // The same config and mode as `npm run build`, written to a folder of its own.
    outDir = mkdtempSync(join(tmpdir(), "screener-single-"));
    // Vitest sets NODE_ENV=test, which would bundle React's development build; `npm run build` runs with production.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ mode: SINGLE_FILE_MODE, logLevel: "warn", build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    html = readFileSync(join(outDir, SINGLE_FILE_NAME), "utf8");
    url = pathToFileURL(join(outDir, SINGLE_FILE_NAME)).href;
    b = await launch();
    await watchCspViolations(b.page);
    b.page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    b.page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await b?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const foreign = (): string[] => b.requests.filter((u) => u !== url && !u.startsWith(`${url}#`) && !u.startsWith("data:") && !u.startsWith("blob:"));

  it("is one file, with no script, style or link to load from anywhere", () => {
    expect(readdirSync(outDir)).toEqual([SINGLE_FILE_NAME]);
    // The markup, without the inline code: no element may load anything by address.
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1</script>").replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, "$1</style>");
    const addresses = [...markup.matchAll(/\s(?:src|href|action|poster|data)=["']?([^"'\s>]*)/gi)].map((m) => m[1]);
    expect(addresses.filter((a) => !a.startsWith("data:") && !a.startsWith("#"))).toEqual([]);
    expect(markup).toMatch(/<script type="module"[^>]*><\/script>/);
    expect(markup).toMatch(/<style[^>]*><\/style>/);
    // The styles fetch nothing (no fonts or images from anywhere; "url(#id)" names an SVG element in the page) and the code names no other site to load.
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join("\n");
    expect(styles.match(/@import|url\(\s*["']?(?!data:|#)[^)]*\)/gi) ?? []).toEqual([]);
    expect(html.match(/\b(?:fetch|importScripts|sendBeacon)\(\s*["'`]https?:/gi) ?? []).toEqual([]);
    // The shipped build, not React's development one.
    expect(html).not.toContain("react-stack-top-frame");
  });

  it("keeps a Content-Security-Policy that lets exactly its own inline code run (by hash, no 'unsafe-inline') and nothing from elsewhere", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directive = (name: string): string[] => csp!.split(";").map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? [];
    const hashOf = (tag: "script" | "style"): string[] =>
      [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, "gi"))]
        .filter(([, attrs]) => !/application\/json/.test(attrs))
        .map(([, , body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    expect(hashOf("script").length).toBeGreaterThan(0);
    expect(directive("script-src")).toEqual(["'self'", ...hashOf("script")]);
    // Inline styles stay allowed: the page's <style>, and the printed report's running footer made for each report.
    expect(directive("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive("worker-src")).toContain("blob:");
    expect(directive("default-src")).toEqual(["'self'"]);
  });

  it("starts from file://, opens every view, and asks for nothing but itself", async () => {
    await b.page.goto(url);
    await expect.poll(() => b.page.title()).toContain("Minimum-qualification screener");
    const nav = b.page.getByRole("navigation", { name: "Views" });
    const links = await nav.getByRole("link").all();
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) {
      const name = (await link.textContent())!.trim();
      await link.click();
      // Each view was a lazily loaded chunk in the served build; here it is inside the page.
      await b.page.getByRole("heading", { level: 1 }).first().waitFor();
      await expect.poll(() => b.page.getByText("Loading…").count(), { message: `view "${name}" never finished loading` }).toBe(0);
      await expect.poll(() => link.getAttribute("aria-current")).toBe("page");
    }
    expect(foreign()).toEqual([]);
    expect(problems).toEqual([]);
    expect(await cspViolations(b.page)).toEqual([]);
  });

  it("screens an applicant typed into the page", async () => {
    await b.page.goto(url);
    await enterApplicant(b.page, APPLICANT);
    // Every level's outcome, in the page's words, as the engine decides it.
    const v = validateApplicant(APPLICANT);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const expected = screenApplicant(v.applicant, loadCatalog(BUILTIN_QUALIFICATION_FILES).catalog, { today: APPLICANT.asOf }).levels;
    const results = b.page.getByRole("region", { name: "Results" });
    for (const level of expected) {
      const heading = results.getByRole("article", { name: new RegExp(`^${level.id} `) }).getByRole("heading").first();
      await expect.poll(() => heading.textContent(), { message: level.id }).toContain(OUTCOME_WORDS[level.outcome]);
    }
    expect(new Set(expected.map((l) => l.outcome)).size).toBeGreaterThan(1);
    expect(foreign()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("loads an agency's qualification file from disk and lists its classes", async () => {
    await b.page.goto(`${url}#/classes`);
    await b.page.getByLabel("Qualification files (.json)").setInputFiles(EXAMPLE);
    await b.page.getByRole("button", { name: "Load qualification files" }).click();
    await expect.poll(() => b.page.getByRole("status").filter({ hasText: "Loaded" }).textContent()).toMatch(/Loaded marren-county-permit-technician\.json: Permit Technician series, 3 levels/);
    await b.page.getByRole("table", { name: "Levels of the Permit Technician series" }).waitFor();
    const violations = await axe(b.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(foreign()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("screens a pool in a web worker started inside the page, with an agency's classes", async () => {
    const page = b.page;
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto(`${url}#/classes`);
    await page.reload();
    await loadQualificationFiles(page, [{ name: EXAMPLE_FILE, text: EXAMPLE_TEXT }]);
    const counts = await screenAgencyPool(page, "5101");
    expect(counts).toEqual(expectedCounts("5101"));
    // The screening ran in a worker made from the page's own code (a blob: or data: address), not a file beside it.
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((w) => w.startsWith("blob:") || w.startsWith("data:"))).toBe(true);
    expect(foreign()).toEqual([]);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
