/**
 * The command-line screener: `npm run --silent screen -- FILE`.
 * Prints a JSON array, one element per applicant in input order.
 * Exit 0: all screened; 1: some applicants failed validation; 2: the file
 * could not be read or is not JSON (one line on stderr).
 */
import { readFileSync } from "node:fs";
import { format } from "date-fns";
import { BUILTIN_QUALIFICATION_FILES } from "../builtin-qualifications";
import { loadCatalog } from "../engine/load-qualifications";
import { screenParsed } from "../engine/screen-json";

const USAGE = "usage: npm run --silent screen -- FILE";

function fail(message: string): never {
  process.stderr.write(`screen: ${message}\n`);
  process.exit(2);
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith("--"));
  const unknown = argv.filter((a) => a.startsWith("--"));
  if (unknown.length) fail(`unknown option ${unknown[0]}; ${USAGE}`);
  if (files.length !== 1) fail(`give exactly one applicant file; ${USAGE}`);
  const file = files[0];
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
  const { catalog, errors } = loadCatalog(BUILTIN_QUALIFICATION_FILES);
  if (errors.length) fail(`built-in qualification file problem: ${errors[0].file} ${errors[0].path}: ${errors[0].message}`);
  // The screening date defaults to today on this machine's calendar.
  const today = format(new Date(), "yyyy-MM-dd");
  const { records, invalid } = screenParsed(parsed, catalog, { today });
  process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  return invalid > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
