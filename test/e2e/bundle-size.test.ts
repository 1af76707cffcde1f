/**
 * Issue 3's budget: the JavaScript the officer's page needs before it can be
 * used (the entry and everything it imports statically) is at most 100 KiB
 * gzipped. Views and parts loaded on demand are not counted; the built-in
 * class specs travel as JSON data in the page, not as JavaScript.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eagerJavaScript } from "../bench/bundle-size";

describe("the production build", () => {
  it("loads at most 100 KiB of gzipped JavaScript before the officer's page is usable", () => {
    // The e2e global setup has just built dist/.
    const files = eagerJavaScript(join(import.meta.dirname, "..", "..", "dist"));
    expect(files.some((f) => f.file.includes("client"))).toBe(true); // React's DOM client is counted
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    expect(total, files.map((f) => `${f.file} ${f.gzip}`).join("\n")).toBeLessThanOrEqual(100 * 1024);
  });
});
