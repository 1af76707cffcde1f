/**
 * `npm run screen` runs prebuilt JavaScript (dist-cli/screen.mjs) and rebuilds
 * it only when it is missing or older than a file it is built from.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript build script, without type declarations.
import { isStale } from "../../scripts/cli-build.mjs";

const stale = isStale as (bundle: string, inputs: string[]) => boolean;

describe("when the command line is rebuilt", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-build-"));
  const src = join(dir, "src");
  mkdirSync(join(src, "engine"), { recursive: true });
  const source = join(src, "engine", "rule.ts");
  const bundle = join(dir, "screen.mjs");
  writeFileSync(source, "export {};\n");
  const at = (path: string, seconds: number): void => utimesSync(path, seconds, seconds);

  it("builds when there is no bundle", () => {
    at(source, 1000);
    expect(stale(bundle, [src])).toBe(true);
  });

  it("runs the bundle as it is when it is newer than every source, and rebuilds when a source deep in a folder is newer", () => {
    writeFileSync(bundle, "");
    at(src, 1000);
    at(join(src, "engine"), 1000);
    at(source, 1000);
    at(bundle, 2000);
    expect(stale(bundle, [src, join(dir, "missing-input")])).toBe(false);
    at(source, 2001);
    expect(stale(bundle, [src])).toBe(true);
  });
});
