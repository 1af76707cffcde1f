/**
 * The real command, `npm run --silent screen -- ...`, in a child process: one
 * run per output format, in another time zone than the tests', giving
 * byte for byte what the in-process runs give (the other CLI tests call
 * `runScreen` in process, which is what the command runs).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "screen-smoke-"));

function spawnScreen(tz: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("npm", ["run", "--silent", "screen", "--", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, TZ: tz } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Dates near daylight-saving changes, and an invalid applicant, so exit code 1 and the error record are covered too.
const POOL = [
  { asOf: "2026-03-08", education: { highSchool: "diploma" }, experience: [{ start: "2024-09-08", end: null, hoursPerWeek: 40, kinds: ["customer-service"] }] },
  { asOf: "2025-11-02", education: { highSchool: "diploma" }, experience: [{ start: "2023-03-12", end: "2025-11-02", hoursPerWeek: 30, kinds: ["office-administration"] }] },
  { name: "=cmd", asOf: "2026-11-22", education: { highSchool: "ged" }, experience: [{ start: "2021-05-01", end: "2021-04-01", hoursPerWeek: 40, kinds: ["other"] }] },
];
const path = join(dir, "pool.json");
writeFileSync(path, JSON.stringify(POOL));

describe("npm run --silent screen (a child process)", () => {
  it("--format json: the same bytes and exit code as in process, in America/Los_Angeles", async () => {
    const child = spawnScreen("America/Los_Angeles", path);
    const inProcess = await runCli(path);
    expect(child.stderr).toBe(inProcess.stderr);
    expect(child.status).toBe(1);
    expect(inProcess.status).toBe(1);
    expect(child.stdout).toBe(inProcess.stdout);
    expect(JSON.parse(child.stdout)).toHaveLength(POOL.length);
  });

  it("--format csv --shortfalls: the same bytes and exit code as in process, in Pacific/Kiritimati", async () => {
    const child = spawnScreen("Pacific/Kiritimati", "--format", "csv", "--shortfalls", path);
    const inProcess = await runCli("--format", "csv", "--shortfalls", path);
    expect(child.stderr).toBe(inProcess.stderr);
    expect(child.status).toBe(1);
    expect(inProcess.status).toBe(1);
    expect(child.stdout).toBe(inProcess.stdout);
    expect(child.stdout.split("\r\n")).toHaveLength(POOL.length + 2);
  });
});
