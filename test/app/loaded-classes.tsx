/** Agency class files for component tests: the real examples in docs/examples, and loading them into the catalog. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useEffect } from "react";
import { useCatalog, type LoadedFile } from "../../src/lib/catalog-context";

/** One of docs/examples' class files, parsed afresh (tests may change their copy). */
export const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(process.cwd(), "docs/examples", `${name}.json`), "utf8"));

/** The heavy equipment operator's class with a clock-hour coursework rule added (no real example counts clock hours in a rule). */
export function withClockRule(): Record<string, unknown> {
  const series = example("uw-heavy-equipment-operator") as { levels: Array<{ requirements: { rules: Array<{ source: unknown }> } }> };
  const requirements = series.levels[0].requirements;
  requirements.rules.push({ id: "trade-school", type: "coursework", label: "720 clock hours of trade school", hours: 720, units: ["clock"], source: requirements.rules[0].source } as never);
  return { ...series, id: "uw-clock", title: "Clock-hour test series" };
}

/** Loads files into the catalog as the Classes view does, when rendered inside a CatalogProvider. */
export function LoadFiles({ files }: { files: LoadedFile[] }) {
  const { addFiles } = useCatalog();
  useEffect(() => {
    void addFiles(files);
  }, [addFiles, files]);
  return null;
}
