/**
 * The command line with an agency's own class files:
 * `npm run --silent screen -- --qualifications DIR FILE`. A good file adds its
 * levels beside the built-in ones; a bad one is reported on stderr as
 * `screen: FILE PATH: message` and the built-in classes still screen.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { runCli } from "./run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(ROOT, "docs", "examples", "marren-county-permit-technician.json");
const BUILTIN_LEVEL_IDS = BUILTIN_QUALIFICATION_FILES.flatMap((f) => (f.data as { levels: Array<{ id: string }> }).levels.map((l) => l.id));

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder holding the given files (name -> text). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "screener-cli-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const applicantFile = folder({
  "applicant.json": JSON.stringify({
    name: "Sam Counter",
    asOf: "2026-11-22",
    education: { highSchool: "diploma" },
    experience: [{ employer: "City", title: "Permit clerk", start: "2022-01-01", end: "2022-12-31", hoursPerWeek: 37.5, kinds: ["customer-service"], comparableTo: ["5101"] }],
  }),
});

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  levels: Array<{ id: string; outcome: string; explanation: string[] }>;
}

async function screen(...args: string[]): Promise<Run> {
  const r = await runCli(...args, join(applicantFile, "applicant.json"));
  let levels: Run["levels"] = [];
  try {
    levels = (JSON.parse(r.stdout) as Array<{ levels: Run["levels"] }>)[0].levels;
  } catch {
    // No JSON on stdout: the test's assertions on status and stderr say why.
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, levels };
}

const exampleText = readFileSync(EXAMPLE, "utf8");
const brokenSchema = (() => {
  const data = JSON.parse(exampleText) as { id: string; levels: Array<Record<string, unknown> & { requirements: Record<string, unknown> }> };
  data.levels = [data.levels[1]];
  data.levels[0].id = "9101";
  (data.levels[0].requirements.rules as Array<Record<string, unknown>>)[1].months = "twelve";
  data.levels[0].colour = "blue";
  return JSON.stringify(data, null, 2);
})();

describe("screen --qualifications DIR", () => {
  it("adds a good file's levels after the built-in ones and screens them", async () => {
    const dir = folder({ "permit.json": exampleText });
    const r = await screen("--qualifications", dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.levels.map((l) => l.id)).toEqual([...BUILTIN_LEVEL_IDS, "5100", "5101", "5102"]);
    const pt1 = r.levels.find((l) => l.id === "5101")!;
    expect(pt1.outcome).toBe("meets");
    expect(pt1.explanation.join("\n")).toContain("'public contact work experience'");
    expect(r.levels.find((l) => l.id === "5100")!.outcome).toBe("inactive");
  });

  it("reports each problem of a bad file as `screen: FILE PATH: message`, and the built-in classes still screen", async () => {
    const dir = folder({ "bad.json": brokenSchema });
    const r = await screen("--qualifications", dir);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^screen: bad\.json levels\[0\]\.requirements\.rules\[1\]\.months: Enter the months required as a number from 0 to 600 months/),
        expect.stringMatching(/^screen: bad\.json levels\[0\]\.colour: Remove "colour"/),
      ]),
    );
    expect(r.status).toBe(0);
    expect(r.levels.map((l) => l.id)).toEqual(BUILTIN_LEVEL_IDS);
  });

  it("locates a JSON syntax error by line and column; the good files beside it still load", async () => {
    const broken = exampleText.replace('"title": "Permit Technician series",', '"title": "Permit Technician series"');
    const line = broken.slice(0, broken.indexOf('"title": "Permit Technician series"')).split("\n").length + 1;
    const dir = folder({ "a-broken.json": broken, "b-good.json": exampleText });
    const r = await screen("--qualifications", dir);
    expect(r.stderr).toMatch(new RegExp(`^screen: a-broken\\.json line ${line}, column \\d+: Fix the JSON here: .*comma`, "m"));
    expect(r.status).toBe(0);
    expect(r.levels.map((l) => l.id)).toEqual([...BUILTIN_LEVEL_IDS, "5100", "5101", "5102"]);
  });

  it("refuses a series id a built-in class already uses, naming the file that has it (its policies would be switched together)", async () => {
    const builtinSeries = (BUILTIN_QUALIFICATION_FILES[0].data as { id: string }).id;
    const clash = exampleText.replace('"id": "marren-permit-technician"', `"id": "${builtinSeries}"`);
    expect(clash).not.toBe(exampleText);
    const dir = folder({ "clash.json": clash });
    const r = await screen("--qualifications", dir);
    expect(r.stderr).toMatch(new RegExp(`^screen: clash\\.json id: Series id "${builtinSeries}" is already used by ${BUILTIN_QUALIFICATION_FILES[0].file}; give this series another id$`, "m"));
    // The refused file adds nothing (its level ids are its own, yet none is screened); the built-in classes still screen.
    expect(r.levels.map((l) => l.id)).toEqual(BUILTIN_LEVEL_IDS);
    expect(r.status).toBe(0);
  });

  it("refuses a level id a built-in class already uses, naming the file that has it", async () => {
    const clash = exampleText.replace('"id": "5100"', `"id": "${BUILTIN_LEVEL_IDS[0]}"`);
    const dir = folder({ "clash.json": clash });
    const r = await screen("--qualifications", dir);
    expect(r.stderr).toMatch(new RegExp(`^screen: clash\\.json levels\\[0\\]\\.id: Level id "${BUILTIN_LEVEL_IDS[0]}" is already used by ${BUILTIN_QUALIFICATION_FILES[0].file}; give this level another id$`, "m"));
    expect(r.levels.map((l) => l.id)).toEqual(BUILTIN_LEVEL_IDS);
  });

  it("takes --qualifications more than once, and --qualifications=DIR", async () => {
    const first = folder({ "permit.json": exampleText });
    const second = folder({ "other.json": exampleText.replace(/"id": "(510\d)"/g, '"id": "X$1"').replace('"id": "marren-permit-technician"', '"id": "other-permit-technician"') });
    const r = await screen("--qualifications", first, `--qualifications=${second}`);
    expect(r.stderr).toBe("");
    expect(r.levels.map((l) => l.id).slice(-6)).toEqual(["5100", "5101", "5102", "X5100", "X5101", "X5102"]);
  });

  it("exits 2 with one line when the folder cannot be read", async () => {
    const r = await screen("--qualifications", join(tmpdir(), "no-such-folder-for-screener"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^screen: cannot read qualifications folder .*no-such-folder-for-screener: there is no such file or folder/)]);
    expect(r.stdout).toBe("");
  });

  it("ignores files that are not .json", async () => {
    const dir = folder({ "README.txt": "not a class", "permit.json": exampleText });
    const r = await screen("--qualifications", dir);
    expect(r.stderr).toBe("");
    expect(r.levels).toHaveLength(BUILTIN_LEVEL_IDS.length + 3);
  });
});
