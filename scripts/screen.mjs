/**
 * `npm run --silent screen -- [options] FILE`: runs the command line from its
 * prebuilt JavaScript (dist-cli/screen.mjs), building it first only when it is
 * missing or older than its sources (scripts/cli-build.mjs).
 */
import { pathToFileURL } from "node:url";
import { CLI_BUNDLE, ensureCliBuild } from "./cli-build.mjs";

await ensureCliBuild();
await import(pathToFileURL(CLI_BUNDLE).href);
