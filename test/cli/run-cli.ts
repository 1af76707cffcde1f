/**
 * The command line run in this process, as the tests use it: `runScreen` on
 * the arguments, with standard output and standard error collected as text.
 * One spawned smoke test per output format (test/cli/smoke.test.ts) checks
 * that `npm run screen` runs the same function.
 */
import { runScreen, type OutputStream } from "../../src/cli/run-screen";

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
function collector(): OutputStream & { text: () => string } {
  const chunks: string[] = [];
  return {
    write(chunk: string): boolean {
      chunks.push(chunk);
      return true;
    },
    text: () => chunks.join(""),
  };
}

/** `npm run --silent screen -- ...args`, in process. */
export async function runCli(...args: string[]): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const status = await runScreen(args, { stdout, stderr });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
