/**
 * The pool screen in Chromium (the figures the end-to-end tests used to
 * assert, which depend on the machine): from pressing "Screen applicants" to
 * the results, for 10,000 applicants from a CSV file and 200,000 from a JSON
 * file, with the longest pause between frames and the longest task of the
 * page's main thread meanwhile. Builds the app for production and serves it
 * on a loopback port, as the end-to-end tests do.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import { launch } from "../e2e/browser";
import { applicantsToCsv } from "../pool/applicants-to-csv";
import { generatePool } from "./generate-pool";

type Gen = Parameters<typeof applicantsToCsv>[0][number]["applicant"];

/** In the page: when the form is submitted, note the time, every gap between frames and every long task, until the results table appears. */
const PROBE = `(() => {
  const w = window;
  w.__start = undefined;
  w.__end = undefined;
  w.__gaps = [];
  w.__long = [];
  document.addEventListener("submit", () => (w.__start = performance.now()), { capture: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector(".pool-table")) {
      w.__end = performance.now();
      obs.disconnect();
    }
  }).observe(document.body, { childList: true, subtree: true });
  let last = performance.now();
  const frame = (t) => {
    if (w.__start !== undefined && w.__end === undefined) w.__gaps.push(t - last);
    last = t;
    if (w.__end === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (w.__start !== undefined && w.__end === undefined) w.__long.push(e.duration);
  }).observe({ type: "longtask" });
})()`;

export default async function bench(): Promise<void> {
  process.env.NODE_ENV = "production";
  await build({ logLevel: "silent", mode: "production" });
  const server = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "silent" });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 4173}/`;
  const dir = mkdtempSync(join(tmpdir(), "pool-page-bench-"));
  const b = await launch();
  try {
    const small = join(dir, "pool-10000.csv");
    writeFileSync(small, applicantsToCsv((generatePool(10_000, 7) as Gen[]).map((applicant, i) => ({ id: `P-${i + 1}`, applicant }))));
    const large = join(dir, "pool-200000.json");
    writeFileSync(large, JSON.stringify(generatePool(200_000, 11)));
    for (const [file, name, count] of [
      [small, "pool-10000.csv", 10_000],
      [large, "pool-200000.json", 200_000],
    ] as const) {
      const { page } = b;
      // A fresh page each time (not the last results, which are kept for the tab).
      await page.goto("about:blank");
      await page.goto(`${base}#/pool`);
      await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(file);
      // As text: tsx would wrap named functions in a helper the page does not have.
      await page.evaluate(PROBE);
      await page.getByRole("button", { name: "Screen applicants" }).click();
      await page.locator(".pool-table").waitFor({ timeout: 600_000 });
      const probe = await page.evaluate(() => {
        const w = window as unknown as { __start: number; __end: number; __gaps: number[]; __long: number[] };
        return { ms: w.__end - w.__start, maxGap: Math.max(0, ...w.__gaps), maxTask: Math.max(0, ...w.__long) };
      });
      console.log(
        `${count.toLocaleString("en-US")} applicants (${name}): ${(probe.ms / 1000).toFixed(2)} s to the results table, ${Math.round((count / probe.ms) * 1000).toLocaleString("en-US")} a second; longest pause between frames ${probe.maxGap.toFixed(0)} ms, longest main-thread task ${probe.maxTask.toFixed(0)} ms`,
      );
    }
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
