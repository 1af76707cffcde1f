/**
 * Deeply nested requirement trees (issue 11): a qualification file whose
 * rules nest about 2,000 deep (99 KB) made zod overflow the stack, so the
 * command line printed a RangeError and screened nothing, and the page's
 * loader never finished. The tree may nest at most MAX_RULE_DEPTH rules; a
 * deeper file is refused with a located message naming the limit, before
 * the schema sees it, and the built-in classes and other files still load.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog, MAX_RULE_DEPTH, validateSeries } from "../../src/engine/load-qualifications";
import { runCli } from "../cli/run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE_TEXT = readFileSync(join(ROOT, "docs/examples/marren-county-permit-technician.json"), "utf8");
const BUILTIN_LEVELS = loadCatalog(BUILTIN_QUALIFICATION_FILES).catalog.levels.length;

/** A rule tree `depth` rules deep: `all` rules each holding the next, a high-school rule at the bottom. */
function nested(depth: number): unknown {
  let rule: unknown = {
    id: "high-school",
    type: "high-school",
    label: "High school graduation or GED",
    accepts: ["diploma", "ged"],
    source: { quote: "Graduation from high school or possession of a GED certificate", document: "marren-county-permit-technician.txt" },
  };
  for (let d = depth - 1; d >= 1; d--) rule = { id: `all-${d}`, type: "all", label: `Level ${d} of the tree`, rules: [rule] };
  return rule;
}

/** The worked example with one new level whose requirements nest `depth` deep. */
function fileWithDepth(depth: number): { id: string; levels: Array<Record<string, unknown>> } {
  const data = JSON.parse(EXAMPLE_TEXT.replace(/"id": "(510\d)"/g, '"id": "D$1"')) as { id: string; levels: Array<Record<string, unknown>> };
  data.levels.push({ id: "D9", title: "Deep", duties: [], ksas: [], requirements: nested(depth) });
  return data;
}

const deepPath = (depth: number): string => `levels[3].requirements${".rules[0]".repeat(depth - 1)}`;

describe("requirement trees nested too deep", () => {
  it(`accepts a tree exactly ${MAX_RULE_DEPTH} rules deep`, () => {
    const v = validateSeries(fileWithDepth(MAX_RULE_DEPTH), "deep.json");
    expect(v.ok && v.series.levels).toHaveLength(4);
  });

  it(`refuses one rule deeper, at the rule past the limit, naming the limit`, () => {
    const v = validateSeries(fileWithDepth(MAX_RULE_DEPTH + 1), "deep.json");
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors).toEqual([
      {
        file: "deep.json",
        path: deepPath(MAX_RULE_DEPTH + 1),
        message: expect.stringMatching(new RegExp(`^Nest rules at most ${MAX_RULE_DEPTH} deep: this rule is rule ${MAX_RULE_DEPTH + 1} on its branch`)),
      },
    ]);
  });

  it("refuses a tree 2,000 deep without overflowing the stack; the built-in classes and the other files still load", () => {
    const deep = fileWithDepth(2000);
    expect(JSON.stringify(deep).length).toBeGreaterThan(90_000);
    const good = JSON.parse(EXAMPLE_TEXT) as unknown;
    const loaded = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: "deep.json", data: deep }, { file: "good.json", data: good }]);
    expect(loaded.errors).toEqual([{ file: "deep.json", path: deepPath(MAX_RULE_DEPTH + 1), message: expect.stringContaining(`at most ${MAX_RULE_DEPTH} deep`) }]);
    expect(loaded.catalog.levels).toHaveLength(BUILTIN_LEVELS + 3);
  });

  it("on the command line: one located line on stderr, and every other class screens (exit 0)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "deep-"));
    writeFileSync(join(dir, "a-deep.json"), JSON.stringify(fileWithDepth(2000), null, 1));
    writeFileSync(join(dir, "b-good.json"), EXAMPLE_TEXT);
    const applicant = join(dir, "applicant.txt");
    writeFileSync(applicant, JSON.stringify({ asOf: "2026-11-22", education: { highSchool: "diploma" } }));
    const r = await runCli("--qualifications", dir, applicant);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`screen: a-deep.json ${deepPath(MAX_RULE_DEPTH + 1)}: Nest rules at most ${MAX_RULE_DEPTH} deep`)).toBe(true);
    expect(r.status).toBe(0);
    const levels = (JSON.parse(r.stdout) as Array<{ levels: unknown[] }>)[0].levels;
    expect(levels).toHaveLength(BUILTIN_LEVELS + 3);
  });
});
