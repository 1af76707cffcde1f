/**
 * Debian's Chromium driven by playwright-core, as the machine notes require:
 * no browser download, a fresh profile, and no background networking.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, to prove it asks for nothing but its own files. */
  requests: string[];
  close: () => Promise<void>;
}

export async function launch(options: { viewport?: { width: number; height: number }; /** The browser's language, e.g. "es-US" (navigator.language and Accept-Language). */ locale?: string } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "screener-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    ...(options.locale ? { locale: options.locale } : {}),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // Every wait is for a state; the limit is only a safety net for a busy machine, never what a test asserts.
  context.setDefaultTimeout(120_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Run axe-core in the page against WCAG 2.1 A and AA; returns the violations.
 * axe is evaluated through the DevTools protocol, not added as an inline
 * script, which the page's Content-Security-Policy rightly refuses.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** A readable summary of violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`).join("\n");
}

/**
 * Record every Content-Security-Policy violation the page reports, from the
 * first script on: call before the first navigation; read with cspViolations.
 */
export async function watchCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} refused ${e.blockedURI || "inline code"}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ""}`);
    });
  });
}

/** The violations the page has reported since it loaded (see watchCspViolations). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ["the violation listener was not installed"]);
}
