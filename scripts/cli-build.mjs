/**
 * The command line as plain JavaScript: src/cli/screen.ts and everything it
 * imports (engine, pool, the built-in qualification files, zod, date-fns,
 * papaparse) bundled by Vite into one ES module, dist-cli/screen.mjs
 * (git-ignored), so `npm run screen` starts Node on JavaScript instead of a
 * TypeScript loader.
 *
 * `node scripts/cli-build.mjs` (`npm run build:cli`) builds it; the launcher
 * (scripts/screen.mjs) calls `ensureCliBuild()`, which builds only when the
 * bundle is missing or older than a file it is built from.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE = join(ROOT, "dist-cli", "screen.mjs");

/** What the bundle is built from: the sources, the rules, the build itself and the locked dependencies. */
const INPUTS = ["src", "qualifications", "scripts/cli-build.mjs", "package-lock.json"];

/** The newest modification time (ms) of a file or of any file under a folder; 0 when it does not exist. */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/**
 * True when `bundle` is missing or older than a file under one of `inputs`.
 * @example isStale("dist-cli/screen.mjs", ["src"]) // true after any file in src/ changes
 */
export function isStale(bundle, inputs) {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return inputs.some((input) => newest(input) > built);
}

/** True when the command line's bundle is missing or older than a file it is built from. */
export function cliBuildIsStale() {
  return isStale(CLI_BUNDLE, INPUTS.map((input) => join(ROOT, input)));
}

/**
 * Bundle the command line into dist-cli/screen.mjs. It is written to a
 * folder of its own and then renamed into place, so a second build running at
 * the same time (two commands started at once) never leaves half a file.
 */
export async function buildCli({ logLevel = "warn" } = {}) {
  const { build } = await import("vite");
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  const out = mkdtempSync(join(dirname(CLI_BUNDLE), ".build-"));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel,
      // Everything in one file: Node then resolves no packages at start.
      ssr: { noExternal: true },
      build: {
        ssr: join(ROOT, "src", "cli", "screen.ts"),
        outDir: out,
        emptyOutDir: false,
        target: "node20",
        minify: false,
        sourcemap: false,
        copyPublicDir: false,
        rollupOptions: { output: { format: "es", entryFileNames: "screen.mjs", codeSplitting: false } },
      },
    });
    renameSync(join(out, "screen.mjs"), CLI_BUNDLE);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Build when stale. Silent (a second or two, once), so the command's
 * standard error stays exactly the applicant format's; a failed build throws.
 */
export async function ensureCliBuild() {
  if (cliBuildIsStale()) await buildCli({ logLevel: "error" });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildCli();
