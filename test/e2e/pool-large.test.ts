/**
 * A large JSON pool (200,000 generated applicants, 145 MB) never freezes the
 * page: the file is read, decoded, parsed and validated in the pool's web
 * workers, and the page shows progress throughout. Checked as states, not
 * times: the page's main thread never reads the file's bytes, never decodes
 * them and never parses more than a small message with JSON.parse, and
 * progress is shown while the workers read and screen. How long the page's
 * longest task is (the "no long task over 200 ms") is a wall-clock
 * figure that any other work on the machine stretches, so it is measured by
 * `npm run bench -- pool-page`, not asserted here.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generatePool } from "../bench/generate-pool";
import { launch, type Browser } from "./browser";

const COUNT = 200_000;
/** The largest text the page's own JSON.parse may see: messages and settings, never the 145 MB file. */
const SMALL_TEXT = 1_000_000;
/** The file is far larger than any Blob the page itself reads (a downloaded results file is made, not read). */
const LARGE_BLOB = 10_000_000;

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

  it("reads, parses and validates it off the main thread, with progress", async () => {
    const { page } = b;
    await page.goto(`${inject("baseURL")}#/pool`);
    await page.getByRole("heading", { level: 1, name: "Screen a pool of applicants" }).waitFor();
    // What the page's main thread does with the file (the workers have their own globals), and every state the progress went through.
    await page.evaluate(() => {
      const w = window as unknown as { __largestParse: number; __blobReads: number[]; __decoded: number; __progress: string[] };
      w.__largestParse = 0;
      w.__blobReads = [];
      w.__decoded = 0;
      w.__progress = [];
      const parse = JSON.parse;
      JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
        w.__largestParse = Math.max(w.__largestParse, String(text).length);
        return parse(text, reviver);
      }) as typeof JSON.parse;
      for (const method of ["text", "arrayBuffer", "stream", "bytes"] as const) {
        const original = (Blob.prototype as unknown as Record<string, ((...a: unknown[]) => unknown) | undefined>)[method];
        if (!original) continue;
        (Blob.prototype as unknown as Record<string, unknown>)[method] = function (this: Blob, ...args: unknown[]) {
          w.__blobReads.push(this.size);
          return original.apply(this, args);
        };
      }
      const decode = TextDecoder.prototype.decode;
      TextDecoder.prototype.decode = function (this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions) {
        w.__decoded = Math.max(w.__decoded, input ? input.byteLength : 0);
        return decode.call(this, input, options);
      };
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

    const { largestParse, blobReads, decoded, progress } = await page.evaluate(() => {
      const w = window as unknown as { __largestParse: number; __blobReads: number[]; __decoded: number; __progress: string[] };
      return { largestParse: w.__largestParse, blobReads: w.__blobReads, decoded: w.__decoded, progress: w.__progress };
    });
    // Progress was shown while the workers read the file, and then while they screened.
    expect(progress.some((p) => /Reading the file/.test(p)), progress.slice(0, 5).join("\n")).toBe(true);
    expect(progress.some((p) => /of 200,000/.test(p)), progress.slice(0, 5).join("\n")).toBe(true);
    // The page handed the file to the workers as it was: it never read, decoded or parsed it itself.
    expect(blobReads.filter((size) => size > LARGE_BLOB), `Blob reads on the page (bytes): ${blobReads.join(", ")}`).toEqual([]);
    expect(decoded, "the largest buffer the page decoded").toBeLessThan(SMALL_TEXT);
    expect(largestParse, "the largest text the page parsed").toBeLessThan(SMALL_TEXT);
  });
});
