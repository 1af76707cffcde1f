/**
 * A large JSON pool (200,000 generated applicants, 145 MB) never freezes the
 * page: the file is read, decoded, parsed and validated in the pool's web
 * workers, and the page shows progress throughout. Checked as a state, not a
 * time: Chromium reports no long task of the page's main thread over 200 ms
 * from choosing the file to the results. (How fast it screens is measured by
 * `npm run bench`, not here.)
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generatePool } from "../bench/generate-pool";
import { launch, type Browser } from "./browser";

const COUNT = 200_000;
/** A long task is one that keeps the main thread from answering input; the limit is a fifth of a second. */
const LONG_TASK_MS = 200;

describe("screening a 200,000-applicant JSON pool", () => {
  let b: Browser;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pool-large-"));
    file = join(dir, "pool-200000.json");
    writeFileSync(file, JSON.stringify(generatePool(COUNT, 11)));
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("reads, parses and validates it off the main thread, with progress, and no long task over 200 ms", async () => {
    const { page } = b;
    await page.goto(`${inject("baseURL")}#/pool`);
    await page.getByRole("heading", { level: 1, name: "Screen a pool of applicants" }).waitFor();
    // Every long task from here on, and every state the progress went through.
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __progress: string[] };
      w.__long = [];
      w.__progress = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
      }).observe({ type: "longtask" });
      new MutationObserver(() => {
        const p = document.querySelector(".pool-progress");
        const text = p?.textContent?.trim();
        if (text && w.__progress.at(-1) !== text) w.__progress.push(text);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByLabel("Applicant file (CSV or JSON)").setInputFiles(file);
    await page.getByRole("button", { name: "Screen applicants" }).click();
    await page.getByRole("progressbar").first().waitFor();
    await page.getByRole("heading", { name: "Results for pool-200000.json" }).waitFor({ timeout: 600_000 });
    await expect.poll(() => page.getByText(/200,000 applicants screened in/).count()).toBe(1);

    const { long, progress } = await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __progress: string[] };
      return { long: w.__long, progress: w.__progress };
    });
    // Progress was shown while the workers read the file, and then while they screened.
    expect(progress.some((p) => /Reading the file/.test(p)), progress.slice(0, 5).join("\n")).toBe(true);
    expect(progress.some((p) => /of 200,000/.test(p)), progress.slice(0, 5).join("\n")).toBe(true);
    expect(long.filter((ms) => ms > LONG_TASK_MS), `long tasks (ms): ${long.join(", ")}`).toEqual([]);
  });
});
