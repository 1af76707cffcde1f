import type { LoadedFile } from "../../lib/catalog-context";
import { parseJsonFile } from "../../engine/parse-json-file";

/**
 * Read the files an officer picked: each becomes its parsed JSON, or the
 * located error saying why it could not be read (never throws).
 * @example await readQualificationFiles(input.files) // [{ file: "permit.json", data: {...} }]
 */
export async function readQualificationFiles(files: Iterable<File>): Promise<LoadedFile[]> {
  return Promise.all(
    [...files].map(async (f): Promise<LoadedFile> => {
      let text: string;
      try {
        text = await f.text();
      } catch (e) {
        return { file: f.name, error: { file: f.name, path: "", message: `The browser could not read the file (${e instanceof Error ? e.message : String(e)}): choose it again, or copy it to this computer first` } };
      }
      const parsed = parseJsonFile(text, f.name);
      return parsed.ok ? { file: f.name, data: parsed.data } : { file: f.name, error: parsed.error };
    }),
  );
}
