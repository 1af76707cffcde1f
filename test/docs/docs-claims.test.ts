/**
 * The docs say what the program does (issue 11: a file written from
 * docs/qualification-format.md was refused, because experienceRounding.days
 * was required but undocumented, and the CLI wrote LF where CRLF was meant):
 * - every JSON example in docs/*.md, and every file in docs/examples, is valid
 *   against the schema it shows a part of;
 * - every field the qualification schema has is documented;
 * - the error lines the docs show are the ones the screener prints;
 * - the results CSV is as docs/csv-format.md says: its columns, UTF-8 with no
 *   byte-order mark, and CRLF line ends, from the command line and the page's
 *   download alike.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog, validateSeries } from "../../src/engine/load-qualifications";
import {
  conversionSchema,
  creditSourceSchema,
  interpretationSchema,
  levelSchema,
  ruleSchema,
  seriesSchema,
  sourceSchema,
} from "../../src/engine/qualification-schema";
import { jsonCandidates } from "../../src/pool/read-pool";
import { poolLevels, resultsToCsv } from "../../src/pool/results-csv";
import { screenCandidate } from "../../src/pool/screen-candidate";
import { runCli } from "../cli/run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const DOCS = join(ROOT, "docs");
const docFiles = readdirSync(DOCS).filter((f) => f.endsWith(".md"));
const doc = (name: string): string => readFileSync(join(DOCS, name), "utf8");
const QUALIFICATION_DOC = doc("qualification-format.md");
const CSV_DOC = doc("csv-format.md");
const EXAMPLE_TEXT = readFileSync(join(DOCS, "examples", "marren-county-permit-technician.json"), "utf8");

/** The ```json blocks of a Markdown text. */
function jsonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** A block is a whole JSON value, or object members (`"key": value, ...`) cut from one. */
function parseBlock(text: string): { whole: unknown } | { members: Record<string, unknown> } {
  try {
    return { whole: JSON.parse(text) as unknown };
  } catch {
    return { members: JSON.parse(`{${text}}`) as Record<string, unknown> };
  }
}

const SERIES_FIELDS = Object.keys(seriesSchema.shape);
const LEVEL_FIELDS = Object.keys(levelSchema.shape);
const highSchool = { id: "hs", type: "high-school", label: "High school", accepts: ["diploma"], source: { quote: "q", document: "d" } };
const level = (members: Record<string, unknown> = {}) => ({ id: "L1", title: "Level", duties: [], ksas: [], requirements: highSchool, ...members });
const series = (members: Record<string, unknown> = {}) => ({ formatVersion: 1, id: "s", title: "S", jurisdiction: "J", document: "d", levels: [level()], ...members });

/** The schema problems of a block, found by putting members where they belong: in a series, a level, or as the thing itself. */
function problems(text: string): string[] {
  const block = parseBlock(text);
  const issues = (schema: z.ZodMiniType, value: unknown): string[] => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  if ("whole" in block) {
    const o = block.whole as Record<string, unknown>;
    if ("formatVersion" in o) {
      const v = validateSeries(o, "doc.json");
      return v.ok ? [] : v.errors.map((e) => `${e.path}: ${e.message}`);
    }
    if ("clause" in o) return issues(interpretationSchema, o);
    if ("kind" in o) return issues(creditSourceSchema, o);
    if ("requirements" in o) return issues(levelSchema, o);
    if ("type" in o) return issues(ruleSchema, o);
    return [`a JSON example the test cannot place: ${text.slice(0, 60)}`];
  }
  const keys = Object.keys(block.members);
  if (keys.every((k) => SERIES_FIELDS.includes(k))) return issues(seriesSchema, series(block.members));
  if (keys.every((k) => LEVEL_FIELDS.includes(k))) return issues(levelSchema, level(block.members));
  if (keys.length === 1 && keys[0] === "conversion") return issues(conversionSchema, block.members.conversion);
  if (keys.length === 1 && keys[0] === "source") return issues(sourceSchema, block.members.source);
  return [`JSON members the test cannot place: ${keys.join(", ")}`];
}

/** Every field name of the objects a schema can hold, nested ones included. */
function fieldNames(schema: unknown, seen = new Set<unknown>(), out = new Set<string>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
  const next = (s: unknown): void => void fieldNames(s, seen, out);
  if (def.type === "object")
    for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
      out.add(key);
      next(value);
    }
  else if (def.type === "optional" || def.type === "nullable") next(def.innerType);
  else if (def.type === "array") next(def.element);
  else if (def.type === "lazy") next((def.getter as () => unknown)());
  else if (def.type === "union") for (const o of def.options as unknown[]) next(o);
  else if (def.type === "record") next(def.valueType);
  return out;
}

describe("JSON examples in the docs", () => {
  const blocks = docFiles.flatMap((name) => jsonBlocks(doc(name)).map((text, i) => ({ name, i, text })));

  it("finds the examples (a guard against a change in how they are written)", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, i, text } of blocks) {
    it(`${name}, JSON example ${i + 1} (${text.trim().split("\n")[0].slice(0, 40)}) is valid`, () => {
      expect(problems(text)).toEqual([]);
    });
  }

  // The real specs' hand-derived cases (*.cases.json) are applicants, checked in test/docs/real-spec-cases.test.ts.
  for (const name of readdirSync(join(DOCS, "examples")).filter((f) => f.endsWith(".json") && !f.endsWith(".cases.json"))) {
    it(`docs/examples/${name} is a valid qualification file`, () => {
      const v = validateSeries(JSON.parse(readFileSync(join(DOCS, "examples", name), "utf8")), name);
      expect(v.ok ? [] : v.errors).toEqual([]);
    });
  }

  it("a file written only from the counting rules' documentation (experienceRounding with days) is valid", () => {
    const counting = jsonBlocks(QUALIFICATION_DOC).find((b) => b.trimStart().startsWith('"counting"'));
    expect(counting).toBeDefined();
    expect((parseBlock(counting!) as { members: { counting: { experienceRounding: unknown } } }).members.counting.experienceRounding).toMatchObject({ days: 15 });
  });
});

describe("fields of the qualification format", () => {
  it("documents every field the schema accepts, in docs/qualification-format.md", () => {
    // Named in code (`days`) or in a documented JSON shape (`{ "label", "value" }`).
    const undocumented = [...fieldNames(seriesSchema)].filter((f) => !QUALIFICATION_DOC.includes(`\`${f}\``) && !QUALIFICATION_DOC.includes(`"${f}"`));
    expect(undocumented).toEqual([]);
    expect(fieldNames(seriesSchema)).toContain("days");
    expect(fieldNames(seriesSchema)).toContain("quarterHours");
  });
});

describe("error lines shown in docs/qualification-format.md", () => {
  it("are what the screener says for such files", () => {
    const example = JSON.parse(EXAMPLE_TEXT) as { levels: Array<Record<string, any>> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const renamed = (): { levels: Array<Record<string, any>> } => JSON.parse(EXAMPLE_TEXT.replace(/"id": "(510\d)"/g, '"id": "M$1"').replace('"id": "marren-permit-technician"', '"id": "my-class"')) as { levels: Array<Record<string, any>> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    // levels[0].requirements.rules[1].months written as words.
    const words = renamed();
    words.levels = [words.levels[1]];
    words.levels[0].requirements.rules[1].months = "twelve";
    // levels[1].id taken by another file.
    const clash = renamed();
    clash.levels[1].id = "5101";
    // levels[0].requirements.sources[1].policy names no policy of the file.
    const policy = renamed();
    policy.levels = [{ ...policy.levels[1], requirements: { ...policy.levels[1].requirements.rules[1], sources: [...policy.levels[1].requirements.rules[1].sources] } }];
    policy.levels[0].requirements.sources[1] = { ...policy.levels[0].requirements.sources[1], policy: "education" };
    const said: string[] = [];
    for (const file of [words, clash, policy]) {
      const { errors } = loadCatalog([...BUILTIN_QUALIFICATION_FILES, { file: "another-file.json", data: example }, { file: "my-class.json", data: file }]);
      said.push(...errors.map((e) => `${e.file} ${e.path}: ${e.message}`));
    }
    const shown = /```\n(my-class\.json[\s\S]*?)```/.exec(QUALIFICATION_DOC)![1].trim().split("\n");
    expect(shown).toHaveLength(3);
    for (const line of shown) expect(said).toContain(line);
  });
});

describe("results CSV as docs/csv-format.md says", () => {
  const APPLICANTS = [
    { name: "Ann, Example", asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [{ start: "2020-01-01", end: null, hoursPerWeek: 40, kinds: ["customer-service"] }] },
    { name: "Bo", education: {} },
  ];
  const { catalog } = loadCatalog(BUILTIN_QUALIFICATION_FILES);
  const levelIds = poolLevels(catalog).map((l) => l.id);
  const documentedColumns = (): string[] => {
    const section = CSV_DOC.slice(CSV_DOC.indexOf("## Results as CSV"));
    return [...section.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]);
  };

  function expectAsDocumented(text: string): void {
    expect(CSV_DOC).toMatch(/Results as CSV[\s\S]*UTF-8 with no byte-order mark[\s\S]*lines end CRLF/);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const header = text.split("\r\n")[0].split(",");
    // The table's rows: applicant_id, name, as_of, a column per level, `<level id> shortfall` per level, errors.
    expect(documentedColumns()).toEqual(["applicant_id", "name", "as_of", "<level id> shortfall", "errors"]);
    expect(header).toEqual(["applicant_id", "name", "as_of", ...levelIds, ...levelIds.map((id) => `${id} shortfall`), "errors"]);
  }

  it("from the command line (--format csv --shortfalls)", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = join(mkdtempSync(join(tmpdir(), "docs-claims-")), "pool.json");
    writeFileSync(path, JSON.stringify(APPLICANTS));
    const r = await runCli("--format", "csv", "--shortfalls", path);
    expect(r.status).toBe(1);
    expectAsDocumented(r.stdout);
  });

  it("from the page's Download results", () => {
    const rows = [...jsonCandidates(APPLICANTS)].map((c) => screenCandidate(c, catalog, { today: "2026-11-22" }, true));
    expectAsDocumented(resultsToCsv(poolLevels(catalog), rows));
  });
});
