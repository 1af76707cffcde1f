/**
 * The command-line screener as ../shared/applicant-format.md describes it:
 * output shape, outcomes, per-applicant errors, exit codes 0 / 1 / 2, and the
 * same results in any time zone.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenParsed } from "../../src/engine/screen-json";
import { catalog } from "../engine/helpers";
import { runCli } from "./run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "screen-cli-"));

const run = (args: string[]): ReturnType<typeof runCli> => runCli(...args);

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const LEVEL_IDS = ["4807", "4808", "4809", "G2", "G4", "G5", "G6", "G8", "wa-css-2", "003638"];

describe("npm run screen -- FILE", async () => {
  it("prints one element per applicant with every level, and exits 0", async () => {
    const r = await run([join(ROOT, "test/fixtures/jordan.json")]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ name: string; asOf: string; levels: Array<Record<string, unknown>> }>;
    expect(out).toHaveLength(1);
    expect(out[0].name).toBe("Jordan Example");
    expect(out[0].asOf).toBe("2026-11-22");
    expect(out[0].levels.map((l) => l.id)).toEqual(LEVEL_IDS);
    for (const l of out[0].levels) {
      expect(Object.keys(l).sort()).toEqual(["explanation", "file", "id", "outcome", "shortfall", "title", "whatIf"]);
      // whatIf (1.1): null unless the level does not meet; then the patches.
      if (l.outcome === "does-not-meet") expect(Array.isArray(l.whatIf)).toBe(true);
      else expect(l.whatIf).toBeNull();
      expect(["meets", "does-not-meet", "review", "inactive"]).toContain(l.outcome);
      expect((l.explanation as string[]).length).toBeGreaterThan(0);
    }
    const byId = Object.fromEntries(out[0].levels.map((l) => [l.id, l]));
    expect(byId["4807"].title).toBe("Customer Service Assistant");
    expect(byId["4807"].outcome).toBe("meets");
    expect(byId["4807"].explanation).toContain("High school diploma: meets 'High school graduation or equivalent'.");
    expect(byId["G8"].outcome).toBe("does-not-meet");
    expect(byId["G8"].shortfall).toMatch(/24\.00 more months toward "24 months of supervisory experience"/);
    expect(byId["G8"].whatIf).toEqual(expect.arrayContaining([expect.objectContaining({ asOf: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) })]));
    expect(byId["wa-css-2"].outcome).toBe("inactive");
    expect(byId["003638"].outcome).toBe("review");
  });

  it("screens the good applicants of an array, puts located errors in place of bad ones, and exits 1", async () => {
    const path = file(
      "mixed.json",
      JSON.stringify([
        { name: "Good", asOf: "2026-01-01", education: { highSchool: "ged" } },
        { name: "Bad", education: { highSchool: "ged" }, experience: [{ start: "2021-05-01", end: "2021-04-01", hoursPerWeek: 40, kinds: ["customer-service"] }] },
        { education: { highSchool: "maybe" }, extra: 1 },
      ]),
    );
    const r = await run([path]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(3);
    expect(out[0].name).toBe("Good");
    expect(out[1]).toEqual({ index: 1, errors: [{ path: "experience[0].end", message: "Enter an end date on or after the start date" }] });
    expect((out[2].errors as Array<{ path: string }>).map((e) => e.path).sort()).toEqual(["education.highSchool", "extra"]);
  });

  it("malformed JSON: one line on stderr, exit 2", async () => {
    const r = await run([file("broken.json", '{ "education": ')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/broken\.json is not valid JSON/);
  });

  it("unreadable file: one line on stderr, exit 2", async () => {
    const r = await run([join(dir, "missing.json")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read/);
  });


  it("prints exactly JSON.stringify(results, null, 2), written one applicant at a time", async () => {
    const pool = [0, 1, 2].map((i) => ({ name: `A${i}`, asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [{ start: `202${i}-01-01`, end: null, hoursPerWeek: 40, kinds: ["customer-service"] }] }));
    const r = await run([file("three.json", JSON.stringify([...pool, { education: {} }]))]);
    expect(r.status).toBe(1);
    const expected = screenParsed([...pool, { education: {} }], catalog, { today: "2026-11-22" }).records;
    expect(r.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect((await run([file("empty-array.json", "[]")])).stdout).toBe("[]\n");
  });
});

