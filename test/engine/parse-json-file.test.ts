import { describe, expect, it } from "vitest";
import { parseJsonFile } from "../../src/engine/parse-json-file";

describe("parseJsonFile", () => {
  it("parses JSON, with or without a byte-order mark", () => {
    expect(parseJsonFile('{"a": [1]}', "x.json")).toEqual({ ok: true, data: { a: [1] } });
    expect(parseJsonFile('\uFEFF{"a": 1}', "x.json")).toEqual({ ok: true, data: { a: 1 } });
  });

  it("locates a syntax error by line and column and says how to fix it", () => {
    const r = parseJsonFile('{\n  "a": 1\n  "b": 2\n}', "mine.json");
    expect(r).toEqual({ ok: false, error: { file: "mine.json", path: "line 3, column 3", message: expect.stringMatching(/^Fix the JSON here: .*comma, quote or bracket/) } });
  });

  it("points at a trailing comma", () => {
    const r = parseJsonFile('{"levels": [],\n}', "mine.json");
    expect(r.ok ? null : r.error.path).toBe("line 2, column 1");
  });

  it("says a cut-short file ends too early, at its end", () => {
    const r = parseJsonFile('{\n  "levels": [\n', "cut.json");
    expect(r.ok ? null : r.error).toEqual({ file: "cut.json", path: "line 2, column 14", message: expect.stringContaining("ends too early") });
  });

  it("says an empty file is empty and text that is not JSON is not JSON", () => {
    expect(parseJsonFile("  \n", "e.json")).toEqual({ ok: false, error: { file: "e.json", path: "", message: expect.stringContaining("empty") } });
    const r = parseJsonFile("Class spec: Permit Technician", "spec.txt");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not JSON|Fix the JSON/);
  });

  it("finds a trailing comma before ] that the engine's message does not locate", () => {
    const r = parseJsonFile('{"accepts": ["diploma", "ged",]}', "mine.json");
    expect(r.ok ? null : r.error).toEqual({ file: "mine.json", path: "line 1, column 30", message: "Remove this comma: JSON allows no comma before a closing ] or }" });
  });

  it("leaves no raw 'at position' in the message", () => {
    const r = parseJsonFile('{"a": 1} x', "mine.json");
    expect(r.ok ? null : r.error.path).toBe("line 1, column 10");
    expect(r.ok ? "" : r.error.message).not.toMatch(/position/);
  });
});

