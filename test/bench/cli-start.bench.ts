/**
 * One applicant on the command line, start to finish (issue 9: under 0.4 s,
 * running prebuilt JavaScript, not a TypeScript loader). Each figure is a
 * child process, best and median of several runs:
 * - `node` doing nothing, the floor;
 * - `node scripts/screen.mjs FILE`: the launcher's freshness check and the
 *   prebuilt bundle (dist-cli/screen.mjs), what `npm run screen` runs;
 * - `npm run --silent screen -- FILE`: the same through npm, as people type it;
 * - `tsx src/cli/screen.ts FILE`: the TypeScript loader it replaced, for comparison.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
// @ts-expect-error: a plain JavaScript build script, without type declarations.
import { ensureCliBuild } from "../../scripts/cli-build.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const FILE = join(ROOT, "test", "fixtures", "jordan.json");

/** Best and median wall time (ms) of `runs` runs of a command that must exit 0. */
function time(runs: number, command: string, args: string[]): { best: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)] };
}

const line = (label: string, t: { best: number; median: number }, goal = ""): string =>
  `${label.padEnd(44)} best ${t.best.toFixed(0).padStart(5)} ms  median ${t.median.toFixed(0).padStart(5)} ms${goal}`;

export default async function bench(): Promise<void> {
  await (ensureCliBuild as () => Promise<void>)();
  console.log("one applicant (test/fixtures/jordan.json), every level explained, as JSON:");
  console.log(line("  node (does nothing)", time(10, process.execPath, ["-e", ""])));
  console.log(line("  node scripts/screen.mjs FILE (prebuilt)", time(10, process.execPath, [join(ROOT, "scripts", "screen.mjs"), FILE]), "  (goal: under 400 ms)"));
  console.log(line("  npm run --silent screen -- FILE", time(5, "npm", ["run", "--silent", "screen", "--", FILE]), "  (goal: under 400 ms)"));
  console.log(line("  tsx src/cli/screen.ts FILE (before)", time(3, join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli", "screen.ts"), FILE])));
}
