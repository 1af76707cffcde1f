/**
 * `npm run --silent screen -- --format csv FILE` on 100,000 applicants
 * (issue 5): at most 3x the time merely parsing the same JSON takes.
 *
 * A generated pool (0-6 jobs, coursework, degrees) is written as a JSON file
 * in a temporary folder, then measured side by side:
 * - in process: JSON.parse of the file's text alone, against the whole
 *   `--format csv` path (parse, validate, screen outcomes, write the CSV);
 * - as the command line: the real CLI in a child process (the prebuilt
 *   JavaScript `npm run screen` runs), against a child process that only
 *   reads and parses the file (both plain `node`, so start-up cost is on
 *   both sides);
 * - for comparison: the same pool as the CSV layout, and `--shortfalls`.
 */
import { spawnSync } from "node:child_process";
// @ts-expect-error: a plain JavaScript build script, without type declarations.
import { ensureCliBuild } from "../../scripts/cli-build.mjs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { parsePoolCsv } from "../../src/pool/parse-pool-csv";
import { jsonCandidates } from "../../src/pool/read-pool";
import { writePoolCsv } from "../../src/pool/screen-pool-csv";
import { applicantsToCsv } from "../pool/applicants-to-csv";
import { generatePool } from "./generate-pool";
import { best } from "./timing";

const COUNT = Number(process.env.BENCH_APPLICANTS ?? 100_000);
const TODAY = "2026-11-22";
const ROOT = join(import.meta.dirname, "..", "..");

function childMs(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const rate = (ms: number): string => `${Math.round((COUNT / ms) * 1000).toLocaleString("en-US")} applicants/s`;
const line = (label: string, ms: number, base?: number): string =>
  `${label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms  ${rate(ms).padStart(22)}${base ? `  ratio ${(ms / base).toFixed(2)}x` : ""}`;

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "pool-bench-"));
  try {
    const jsonPath = join(dir, "pool.json");
    // Only the file's text stays in memory while the JSON path is measured, as in the command line.
    writeFileSync(jsonPath, JSON.stringify(generatePool(COUNT)));
    const text = readFileSync(jsonPath, "utf8");
    const { catalog } = loadCatalog(BUILTIN_QUALIFICATION_FILES);
    let sink = 0;
    const write = (chunk: string): void => {
      sink += chunk.length;
    };

    const parseMs = best(3, () => {
      sink += (JSON.parse(text) as unknown[]).length;
    });
    const csvOutMs = best(3, () => {
      const { invalid } = writePoolCsv(jsonCandidates(JSON.parse(text)), catalog, { today: TODAY }, write);
      if (invalid.length) throw new Error("the generated pool should be valid");
    });
    const csvText = applicantsToCsv(
      (JSON.parse(text) as Array<Parameters<typeof applicantsToCsv>[0][number]["applicant"]>).map((applicant, i) => ({ id: `P-${i + 1}`, applicant })),
    );
    const csvInMs = best(2, () => {
      const reading = parsePoolCsv(csvText);
      if (!reading.ok) throw new Error(reading.message);
      writePoolCsv(reading.candidates, catalog, { today: TODAY }, write);
    });
    const shortfallMs = best(1, () => {
      writePoolCsv(jsonCandidates(JSON.parse(text)), catalog, { today: TODAY }, write, { shortfalls: true });
    });

    await (ensureCliBuild as () => Promise<void>)();
    const parseOnly = join(dir, "parse-only.mjs");
    writeFileSync(parseOnly, `import { readFileSync } from "node:fs";\nconst data = JSON.parse(readFileSync(process.argv[2], "utf8"));\nif (!Array.isArray(data)) process.exit(1);\n`);
    let childParseMs = Infinity;
    let childCliMs = Infinity;
    let childJsonMs = Infinity;
    for (let i = 0; i < 2; i++) {
      childParseMs = Math.min(childParseMs, childMs([parseOnly, jsonPath]));
      childCliMs = Math.min(childCliMs, childMs([join(ROOT, "scripts/screen.mjs"), "--format", "csv", jsonPath]));
    }
    // Fully explained JSON (every level's words, shortfall and what-if) written to a file, once: it takes a while.
    childJsonMs = childMs([join(ROOT, "scripts/screen.mjs"), jsonPath]);

    console.log(`applicants: ${COUNT.toLocaleString("en-US")} (JSON ${(text.length / 1e6).toFixed(1)} MB, CSV layout ${(csvText.length / 1e6).toFixed(1)} MB), ${catalog.levels.length} levels each`);
    console.log("in process:");
    console.log(line("  JSON.parse alone", parseMs));
    console.log(line("  --format csv (parse+validate+screen+write)", csvOutMs, parseMs) + "  (goal: at most 3x)");
    console.log(line("  CSV layout in, --format csv", csvInMs, parseMs));
    console.log(line("  --format csv --shortfalls (explains levels)", shortfallMs, parseMs));
    console.log("as the command line (child process, start-up included on both sides):");
    console.log(line("  read + JSON.parse alone", childParseMs));
    console.log(line("  npm run screen -- --format csv FILE", childCliMs, childParseMs) + "  (issue 9 goal: at most 2x)");
    console.log(line("  npm run screen -- FILE > file (explained JSON)", childJsonMs, childParseMs) + "  (issue 9 goal: at most 5x)");
    if (sink < 0) console.log(sink);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
