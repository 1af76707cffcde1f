/** The pool's screening job (run in a web worker) reading the file it is handed. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { validateSeries } from "../../src/engine/load-qualifications";
import { createJobRunner, packRows, unpackRows, type JobMessage } from "../../src/features/pool/pool-job";
import type { PoolRow } from "../../src/pool/pool-types";

const request = (file: Blob) => ({ type: "screen" as const, fileName: "pool.json", file, series: BUILTIN_SERIES, policies: {}, today: "2026-11-22", part: 0, parts: 1 });

describe("the pool job", () => {
  it("reads, decodes and screens the file's bytes itself", async () => {
    const messages: JobMessage[] = [];
    const bytes = new TextEncoder().encode(JSON.stringify([{ name: "Zoë, Ann", education: { highSchool: "diploma" } }]));
    await createJobRunner((m) => messages.push(m))(request(new Blob([bytes])));
    expect(messages[0]).toEqual({ type: "read", format: "json", total: 1 });
    expect(messages.at(-1)).toEqual({ type: "done" });
  });

  it("posts outcome-only rows packed, and the page unpacks exactly the rows screened", async () => {
    const messages: JobMessage[] = [];
    const applicants = [{ name: "Ann", education: { highSchool: "diploma" } }, { education: { highSchool: "college" } }, { name: "Bo", education: { highSchool: "none" } }];
    await createJobRunner((m) => messages.push(m))(request(new Blob([JSON.stringify(applicants)])));
    const packed = messages.filter((m) => m.type === "packed-rows");
    expect(packed.length).toBeGreaterThan(0);
    const rows = packed.flatMap((m) => unpackRows(m.rows)).sort((a, b) => a.index - b.index);
    expect(rows.map((r) => [r.index, r.ok, r.ok ? r.name : null])).toEqual([
      [0, true, "Ann"],
      [1, false, null],
      [2, true, "Bo"],
    ]);
    const screened = rows.filter((r) => r.ok);
    expect(screened.every((r) => r.ok && r.outcomes.length === BUILTIN_SERIES.flatMap((s) => s.series.levels).length)).toBe(true);
    // Packing and unpacking gives the same rows back.
    const again = unpackRows(packRows(rows)).sort((a: PoolRow, b: PoolRow) => a.index - b.index);
    expect(again).toEqual(rows);
  });

  it("says a file is too large to read at once, and how to split it, when the browser cannot hold it as one string", async () => {
    const messages: JobMessage[] = [];
    const huge = { size: 812_000_000, arrayBuffer: () => Promise.reject(new RangeError("Invalid string length")) } as unknown as Blob;
    await createJobRunner((m) => messages.push(m))(request(huge));
    expect(messages).toEqual([{ type: "unreadable", format: "json", message: expect.stringMatching(/too large for this browser to read at once \(812 MB\)\. Split it into files of at most 400 MB/) }]);
  });

  it("accepts a JSON applicant with a loaded class's kind and licence when that class is loaded, and names the known kinds when it is not (format 1.2)", async () => {
    const v = validateSeries(JSON.parse(readFileSync(join(process.cwd(), "docs/examples/uw-heavy-equipment-operator.json"), "utf8")), "uw-heavy-equipment-operator.json");
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const series = [...BUILTIN_SERIES, { file: "uw-heavy-equipment-operator.json", series: v.series }];
    const applicant = {
      name: "Bo Operator",
      education: { highSchool: "diploma", credentials: [{ id: "motor-vehicle-operator-license", expires: "2029-03-15" }] },
      experience: [{ start: "2021-01-01", end: "2025-12-31", hoursPerWeek: 40, kinds: ["heavy-equipment-operation"] }],
    };
    const rowsWith = async (loaded: typeof series) => {
      const messages: JobMessage[] = [];
      await createJobRunner((m) => messages.push(m))({ ...request(new Blob([JSON.stringify([applicant])])), series: loaded });
      return messages.filter((m) => m.type === "packed-rows").flatMap((m) => unpackRows(m.rows));
    };
    const [loaded] = await rowsWith(series);
    expect(loaded.ok).toBe(true);
    const levels = buildCatalog(series).catalog.levels.map((l) => l.level.id);
    expect(loaded.ok && loaded.outcomes[levels.indexOf("18821")]).toBe("meets");
    const [builtinOnly] = await rowsWith(BUILTIN_SERIES);
    expect(builtinOnly.ok).toBe(false);
    expect(!builtinOnly.ok && builtinOnly.errors.map((e) => e.message).join(" | ")).toMatch(/Choose each kind of work from: customer-service.*\| .*No loaded class file declares credentials/);
  });
});

