/**
 * The command-line screener as ../shared/applicant-format.md describes it:
 * output shape, outcomes, per-applicant errors, exit codes 0 / 1 / 2, and the
 * same results in any time zone.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenParsed } from "../../src/engine/screen-json";
import { catalog } from "../engine/helpers";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "screen-cli-"));

function run(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [join(ROOT, "src/cli/screen.ts"), ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const LEVEL_IDS = ["4807", "4808", "4809", "G2", "G4", "G5", "G6", "G8", "wa-css-2", "003638"];

describe("npm run screen -- FILE", () => {
  it("prints one element per applicant with every level, and exits 0", () => {
    const r = run([join(ROOT, "test/fixtures/jordan.json")]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ name: string; asOf: string; levels: Array<Record<string, unknown>> }>;
    expect(out).toHaveLength(1);
    expect(out[0].name).toBe("Jordan Example");
    expect(out[0].asOf).toBe("2026-11-22");
    expect(out[0].levels.map((l) => l.id)).toEqual(LEVEL_IDS);
    for (const l of out[0].levels) {
      expect(Object.keys(l).sort()).toEqual(["explanation", "id", "outcome", "shortfall", "title"]);
      expect(["meets", "does-not-meet", "review", "inactive"]).toContain(l.outcome);
      expect((l.explanation as string[]).length).toBeGreaterThan(0);
    }
    const byId = Object.fromEntries(out[0].levels.map((l) => [l.id, l]));
    expect(byId["4807"].title).toBe("Customer Service Assistant");
    expect(byId["4807"].outcome).toBe("meets");
    expect(byId["4807"].explanation).toContain("High school diploma: meets 'High school graduation or equivalent'.");
    expect(byId["G8"].outcome).toBe("does-not-meet");
    expect(byId["G8"].shortfall).toMatch(/24 more months/);
    expect(byId["wa-css-2"].outcome).toBe("inactive");
    expect(byId["003638"].outcome).toBe("review");
  });

  it("screens the good applicants of an array, puts located errors in place of bad ones, and exits 1", () => {
    const path = file(
      "mixed.json",
      JSON.stringify([
        { name: "Good", asOf: "2026-01-01", education: { highSchool: "ged" } },
        { name: "Bad", education: { highSchool: "ged" }, experience: [{ start: "2021-05-01", end: "2021-04-01", hoursPerWeek: 40, kinds: ["customer-service"] }] },
        { education: { highSchool: "maybe" }, extra: 1 },
      ]),
    );
    const r = run([path]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(3);
    expect(out[0].name).toBe("Good");
    expect(out[1]).toEqual({ index: 1, errors: [{ path: "experience[0].end", message: "Enter an end date on or after the start date" }] });
    expect((out[2].errors as Array<{ path: string }>).map((e) => e.path).sort()).toEqual(["education.highSchool", "extra"]);
  });

  it("malformed JSON: one line on stderr, exit 2", () => {
    const r = run([file("broken.json", '{ "education": ')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/broken\.json is not valid JSON/);
  });

  it("unreadable file: one line on stderr, exit 2", () => {
    const r = run([join(dir, "missing.json")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read/);
  });

  it("gives the same results with TZ=UTC and TZ=America/Los_Angeles", () => {
    const path = file(
      "tz.json",
      JSON.stringify([
        { asOf: "2026-03-08", education: { highSchool: "diploma" }, experience: [{ start: "2024-09-08", end: null, hoursPerWeek: 40, kinds: ["customer-service"] }] },
        { asOf: "2025-11-02", education: { highSchool: "diploma" }, experience: [{ start: "2023-03-12", end: "2025-11-02", hoursPerWeek: 30, kinds: ["office-administration"] }] },
      ]),
    );
    const utc = run([path], { TZ: "UTC" });
    const la = run([path], { TZ: "America/Los_Angeles" });
    expect(utc.status).toBe(0);
    expect(la.stdout).toBe(utc.stdout);
  });

  it("prints exactly JSON.stringify(results, null, 2), written one applicant at a time", () => {
    const pool = [0, 1, 2].map((i) => ({ name: `A${i}`, asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [{ start: `202${i}-01-01`, end: null, hoursPerWeek: 40, kinds: ["customer-service"] }] }));
    const r = run([file("three.json", JSON.stringify([...pool, { education: {} }]))]);
    expect(r.status).toBe(1);
    const expected = screenParsed([...pool, { education: {} }], catalog, { today: "2026-11-22" }).records;
    expect(r.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(run([file("empty-array.json", "[]")]).stdout).toBe("[]\n");
  });
});

