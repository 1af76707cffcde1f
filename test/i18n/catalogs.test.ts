/**
 * Every Spanish catalog has every message the English one has, and each
 * message is valid ICU with the same arguments, so no applicant meets a
 * missing or broken sentence in Spanish.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, "..", "..", "src", "i18n", "catalogs");
const read = (file: string): Record<string, string> => JSON.parse(readFileSync(join(DIR, file), "utf8")) as Record<string, string>;
const english = readdirSync(DIR).filter((f) => f.endsWith(".en.json"));

/** The names of a message's arguments, nested ones included. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    out.add(e.value);
    if (e.type === TYPE.select || e.type === TYPE.plural) for (const option of Object.values(e.options)) argumentsOf(option.value, out);
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

describe("message catalogs", () => {
  it("come in English and Spanish pairs", () => {
    expect(english.length).toBeGreaterThan(0);
    for (const file of english) expect(readdirSync(DIR)).toContain(file.replace(".en.json", ".es.json"));
  });

  for (const file of english) {
    const spanishFile = file.replace(".en.json", ".es.json");
    it(`${spanishFile} has every key of ${file}, with the same arguments`, () => {
      const en = read(file);
      const es = read(spanishFile);
      const missing = Object.keys(en).filter((k) => !(k in es));
      expect(missing, `missing from ${spanishFile}`).toEqual([]);
      for (const [key, message] of Object.entries(en)) {
        const a = [...argumentsOf(parse(message))].sort();
        const b = [...argumentsOf(parse(es[key]))].sort();
        expect(b, `${spanishFile} ${key}`).toEqual(a);
      }
    });
  }
});
