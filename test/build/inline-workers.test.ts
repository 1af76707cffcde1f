/**
 * The single-file build's worker rewrite (vite.config.ts): every way feature
 * code starts a worker becomes Vite's inline worker, so the worker's code is
 * inside the page and starts from file://.
 */
import { describe, expect, it } from "vitest";
import { inlineWorkerSource } from "../../vite.config";

describe("inlineWorkerSource", () => {
  it("turns new Worker(new URL(..., import.meta.url), options) into an inline worker with the same options", () => {
    const out = inlineWorkerSource('const w = new Worker(new URL("./screen-worker.ts", import.meta.url), { type: "module" });');
    expect(out).toBe('import __inlineWorker0 from "./screen-worker.ts?worker&inline";\nconst w = new __inlineWorker0( { type: "module" });');
  });

  it("handles no options, single quotes, several workers and shared workers", () => {
    const out = inlineWorkerSource("a = new Worker(new URL('./a.ts', import.meta.url));\nb = new SharedWorker(\n  new URL('./b.ts', import.meta.url),\n);")!;
    expect(out).toContain('import __inlineWorker0 from "./a.ts?worker&inline";');
    expect(out).toContain('import __inlineWorker1 from "./b.ts?sharedworker&inline";');
    expect(out).toContain("a = new __inlineWorker0();");
    expect(out).toContain("b = new __inlineWorker1(\n);");
  });

  it("adds &inline to ?worker imports", () => {
    expect(inlineWorkerSource('import ScreenWorker from "./screen-worker.ts?worker";')).toBe('import ScreenWorker from "./screen-worker.ts?worker&inline";');
  });

  it("leaves code that starts no worker alone", () => {
    expect(inlineWorkerSource('const u = new URL("./data.csv", import.meta.url); import x from "./x?raw";')).toBeNull();
  });
});
