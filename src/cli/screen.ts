/**
 * The command-line screener: `npm run --silent screen -- FILE`.
 * Prints a JSON array, one element per applicant in input order.
 * Exit 0: all screened; 1: some applicants failed validation; 2: the file
 * could not be read or is not JSON (one line on stderr).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "date-fns";
import { BUILTIN_QUALIFICATION_FILES } from "../builtin-qualifications";
import { loadCatalog, type QualificationError } from "../engine/load-qualifications";
import { parseJsonFile } from "../engine/parse-json-file";
import { screenParsed } from "../engine/screen-json";

const USAGE = "usage: npm run --silent screen -- [--qualifications DIR] FILE";

function fail(message: string): never {
  process.stderr.write(`screen: ${message}\n`);
  process.exit(2);
}

interface Args {
  file: string;
  qualificationDirs: string[];
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const qualificationDirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--qualifications") {
      const dir = argv[++i];
      if (!dir) fail(`--qualifications needs a folder of qualification files; ${USAGE}`);
      qualificationDirs.push(dir);
    } else if (arg.startsWith("--qualifications=")) qualificationDirs.push(arg.slice("--qualifications=".length));
    else if (arg.startsWith("--")) fail(`unknown option ${arg}; ${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) fail(`give exactly one applicant file; ${USAGE}`);
  return { file: files[0], qualificationDirs };
}

/**
 * The JSON files of a folder, in name order, each parsed. A file that is not
 * valid JSON becomes a located error (line and column) like any other bad
 * qualification file, so the built-in classes and the good files still screen.
 * An unreadable folder exits 2 with the reason.
 */
function readQualificationDir(dir: string): { files: Array<{ file: string; data: unknown }>; errors: QualificationError[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch (e) {
    fail(`cannot read qualifications folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const files: Array<{ file: string; data: unknown }> = [];
  const errors: QualificationError[] = [];
  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), "utf8");
    } catch (e) {
      errors.push({ file: name, path: "", message: `Cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): check it exists and can be read` });
      continue;
    }
    const parsed = parseJsonFile(text, name);
    if (parsed.ok) files.push({ file: name, data: parsed.data });
    else errors.push(parsed.error);
  }
  return { files, errors };
}

function main(argv: string[]): number {
  const { file, qualificationDirs } = parseArgs(argv);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    fail(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const read = qualificationDirs.map(readQualificationDir);
  const loaded = loadCatalog([...BUILTIN_QUALIFICATION_FILES, ...read.flatMap((r) => r.files)]);
  const { catalog } = loaded;
  const errors = [...read.flatMap((r) => r.errors), ...loaded.errors];
  // A bad agency file is reported with its location; the built-in classes and good files still screen.
  for (const e of errors) process.stderr.write(`screen: ${e.file} ${e.path || "(whole file)"}: ${e.message}\n`);
  // The screening date defaults to today on this machine's calendar.
  const today = format(new Date(), "yyyy-MM-dd");
  const { records, invalid } = screenParsed(parsed, catalog, { today });
  process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  return invalid > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
