/**
 * The command line's `--policy` option: the agency's setting of a
 * substitution the class leaves to it (the job family's "(Substitutions may
 * be allowed.)"), per series or for every series, as the page's per-series
 * setting does.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePolicyArg } from "../../src/cli/policy-option";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "screen-policy-"));
const KEY = "customer-service-job-family/education-substitution";

/** 150 semester hours of history and no work: the job family's G4 to G6 hold only through the substitution. */
const historyOnly = join(dir, "history.json");
writeFileSync(historyOnly, JSON.stringify({ name: "History", asOf: "2026-11-22", education: { highSchool: "diploma", coursework: [{ hours: 150, unit: "semester", areas: ["history"] }] } }));
const historyCsv = join(dir, "history.csv");
writeFileSync(historyCsv, "applicant_id,name,as_of,high_school,coursework_hours,coursework_unit,coursework_areas\r\nh1,History,2026-11-22,diploma,150,semester,history\r\n");

async function outcomes(...args: string[]): Promise<Record<string, string>> {
  const r = await runCli(...args, historyOnly);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const levels = (JSON.parse(r.stdout) as Array<{ levels: Array<{ id: string; outcome: string }> }>)[0].levels;
  return Object.fromEntries(levels.map((l) => [l.id, l.outcome]));
}

describe("screen --policy", () => {
  it("without it, a level that holds only through the substitution is review (the file's ask)", async () => {
    const o = await outcomes();
    expect([o.G4, o.G5, o.G6]).toEqual(["review", "review", "review"]);
  });

  it("allow, for one series or for every series with the policy, makes those levels meet", async () => {
    for (const option of [`${KEY}=allow`, "education-substitution=allow"]) {
      const o = await outcomes("--policy", option);
      expect([o.G4, o.G5, o.G6]).toEqual(["meets", "meets", "meets"]);
    }
    expect((await outcomes(`--policy=${KEY}=allow`)).G6).toBe("meets");
  });

  it("deny, and allow with a cap smaller than the months needed, make them not meet", async () => {
    const denied = await outcomes("--policy", `${KEY}=deny`);
    expect([denied.G4, denied.G5, denied.G6]).toEqual(["does-not-meet", "does-not-meet", "does-not-meet"]);
    // 12 months through the policy is too few for G4 to G6 here; 600 is no limit at all.
    const capped = await outcomes("--policy", `${KEY}=allow:12`);
    expect(capped.G6).toBe("does-not-meet");
    expect((await outcomes("--policy", `${KEY}=allow:600`)).G6).toBe("meets");
  });

  it("a series' own setting wins over the one for every series", async () => {
    const o = await outcomes("--policy", "education-substitution=deny", "--policy", `${KEY}=allow`);
    expect(o.G6).toBe("meets");
  });

  it("applies to CSV output and CSV input alike", async () => {
    const r = await runCli("--format", "csv", "--policy", `${KEY}=allow`, historyCsv);
    expect(r.status).toBe(0);
    const [header, row] = r.stdout.trim().split("\r\n").map((l) => l.split(","));
    expect(row[header.indexOf("G6")]).toBe("meets");
    const asked = await runCli("--format", "csv", historyCsv);
    const [h2, r2] = asked.stdout.trim().split("\r\n").map((l) => l.split(","));
    expect(r2[h2.indexOf("G6")]).toBe("review");
  });

  it("refuses a mistaken option with one line saying how to write it, and exit 2", async () => {
    const cases: Array<[string[], RegExp]> = [
      // The file name after a bare --policy is taken as its value, and refused as one.
      [["--policy"], /--policy \/.*history\.json: write SERIES\/POLICY=SETTING or POLICY=SETTING/],
      [["--policy", `${KEY}=maybe`], /the setting must be ask, allow, allow:CAP or deny, not "maybe"/],
      [["--policy", `${KEY}=deny:12`], /only allow takes a cap in months/],
      [["--policy", `${KEY}=allow:-1`], /the cap must be a number of months from 0 to 600/],
      [["--policy", `${KEY}=allow:601`], /the cap must be a number of months from 0 to 600/],
      [["--policy", "education-substitution"], /write SERIES\/POLICY=SETTING or POLICY=SETTING/],
      [["--policy", `${KEY}=allow`, "--policy", `${KEY}=deny`], /is given twice/],
      [["--policy", "no-such-policy=allow"], new RegExp(`no loaded series has a policy "no-such-policy"; the policies are: ${KEY}`)],
      [["--policy", "customer-service-job-famly/education-substitution=allow"], /no loaded series has this policy/],
    ];
    for (const [args, pattern] of cases) {
      const r = await runCli(...args, historyOnly);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^screen: --policy/);
      expect(lines[0]).toMatch(pattern);
    }
  });

  it("is explained by --help", async () => {
    const r = await runCli("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--policy SERIES\/POLICY=SETTING/);
    expect(r.stdout).toMatch(/ask .*allow, allow:CAP .*deny/s);
  });
});

describe("parsePolicyArg", () => {
  it("reads each setting, with a cap only for allow", () => {
    expect(parsePolicyArg(`${KEY}=ask`)).toEqual({ key: KEY, choice: { setting: "ask" } });
    expect(parsePolicyArg("education-substitution=allow:24.5")).toEqual({ key: "education-substitution", choice: { setting: "allow", capMonths: 24.5 } });
    expect(parsePolicyArg(`${KEY}=allow:0`)).toEqual({ key: KEY, choice: { setting: "allow", capMonths: 0 } });
    expect(parsePolicyArg(`${KEY}=allow:x`)).toHaveProperty("error");
    expect(parsePolicyArg("a/b/c=allow")).toHaveProperty("error");
    expect(parsePolicyArg("/b=allow")).toHaveProperty("error");
  });
});
