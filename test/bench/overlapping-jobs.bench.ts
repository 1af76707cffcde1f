/**
 * One applicant with 10,000 overlapping jobs, fully explained (issue 9: under
 * 5 s and 400 MB). Run as the real command line (the prebuilt JavaScript
 * `npm run screen` runs) in a child process, whose own peak memory it reports.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error: a plain JavaScript build script, without type declarations.
import { ensureCliBuild } from "../../scripts/cli-build.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);

export default async function bench(): Promise<void> {
  await (ensureCliBuild as () => Promise<void>)();
  const dir = mkdtempSync(join(tmpdir(), "overlap-bench-"));
  try {
    // Every job open-ended and overlapping the others, part-time and full-time, some supervisory.
    const experience = Array.from({ length: JOBS }, (_, i) => ({
      start: `${2010 + (i % 10)}-0${1 + (i % 9)}-01`,
      end: null,
      hoursPerWeek: 1 + (i % 40),
      kinds: ["customer-service"],
      supervisory: i % 3 === 0,
    }));
    const file = join(dir, "overlapping.json");
    writeFileSync(file, JSON.stringify({ asOf: "2026-11-22", education: { highSchool: "diploma" }, experience }));
    // A wrapper that runs the command line and reports its own peak memory on exit.
    const wrapper = join(dir, "measure.mjs");
    writeFileSync(
      wrapper,
      `process.on("exit", () => process.stderr.write("maxrss-kib " + process.resourceUsage().maxRSS + "\\n"));\nprocess.argv.splice(1, 1);\nawait import(${JSON.stringify(join(ROOT, "scripts/screen.mjs"))});\n`,
    );
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [wrapper, "x", file], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`the command line exited ${r.status}: ${r.stderr}`);
    const kib = Number(/maxrss-kib (\d+)/.exec(r.stderr)?.[1] ?? NaN);
    console.log(`one applicant, ${JOBS.toLocaleString("en-US")} overlapping jobs, explained JSON: ${ms.toFixed(0)} ms, peak memory ${(kib / 1024).toFixed(0)} MB (goal: under 5 s and 400 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
