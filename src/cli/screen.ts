/**
 * `npm run --silent screen -- [options] FILE`: the command-line screener
 * (src/cli/run-screen.ts) on this process's arguments and streams.
 * The exit code is set rather than `process.exit` called, so output still
 * queued for a pipe is written before the process ends.
 */
import { runScreen } from "./run-screen";

process.exitCode = await runScreen(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
