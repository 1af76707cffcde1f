/**
 * The command-line screener as a function: `runScreen(argv, io)` does what
 * `npm run --silent screen -- [--format json|csv] FILE` does (`--help` says
 * how to use it), writing to `io.stdout` and `io.stderr`, and returns the exit
 * code. src/cli/screen.ts is the thin wrapper that gives it the process's.
 * FILE is JSON (the applicant format) or the pool CSV layout (docs/csv-format.md),
 * decided by its extension, else by its first character.
 * `--format json` (the default) prints a JSON array, one element per applicant
 * in input order; `--format csv` prints one CSV row per applicant with a
 * column per level's outcome (errors in an errors column and on stderr), and
 * with `--shortfalls` a column per level saying what an unmet level is missing.
 * Exit 0: all screened; 1: some applicants failed validation; 2: the file
 * could not be read or is not JSON / CSV (one line on stderr).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs as parseNodeArgs } from "node:util";
import { format } from "date-fns";
import { BUILTIN_QUALIFICATION_FILES } from "../builtin-qualifications";
import { loadCatalog, type QualificationError } from "../engine/load-qualifications";
import { parseJsonBytes } from "../engine/parse-json-file";
import { applicantsOf, screenRecord } from "../engine/screen-json";
import { describeLocation } from "../pool/screen-candidate";
import { parsePoolCsv } from "../pool/parse-pool-csv";
import type { PoolCandidate } from "../pool/pool-types";
import { decodePoolFile, jsonCandidates, parsePoolJsonText } from "../pool/read-pool";
import { writePoolCsv } from "../pool/screen-pool-csv";
import { screenCandidatesJson } from "../pool/screen-pool-json";
import type { PolicyChoices } from "../engine/decide";
import { parsePolicyArg, unknownPolicies } from "./policy-option";

const USAGE = "usage: npm run --silent screen -- [--format json|csv [--shortfalls]] [--qualifications DIR] [--policy [SERIES/]POLICY=SETTING] FILE";
const HELP = `
Screens every applicant in FILE against the built-in classes (and any agency
qualification files) and prints the results on standard output.

  FILE                    a JSON file of applicants (../shared/applicant-format.md)
                          or a CSV in the pool layout (docs/csv-format.md)
  --format json           the applicant format's JSON results (the default)
  --format csv            one CSV row per applicant, a column per level's outcome
  --shortfalls            with --format csv: a column per level saying what is missing
  --qualifications DIR    also screen against every .json qualification file in DIR
                          (docs/qualification-format.md); may be given more than once
  --policy SERIES/POLICY=SETTING
                          the agency's setting of a substitution policy a class
                          leaves to it: SETTING is ask (a level that holds only
                          through it is review), allow, allow:CAP (at most CAP
                          months through it) or deny; POLICY=SETTING alone sets
                          it in every series that has it; may be given more
                          than once (a series' own setting wins). Without it,
                          each file's setting applies (ask by default). E.g.
                          --policy customer-service-job-family/education-substitution=allow:24

Exit status: 0 all screened; 1 some applicants have problems (listed on
standard error and in their place in the output); 2 the file or an option
could not be used.
`;
const FORMATS = ["json", "csv"] as const;
type OutputFormat = (typeof FORMATS)[number];

/** Where the command writes: process.stdout and process.stderr, or a test's collectors. */
export interface OutputStream {
  /** Returns false when the stream wants the writer to wait for "drain" (as Node's streams do). */
  write(chunk: string): boolean;
  once?(event: "drain", listener: () => void): unknown;
}

/** What the command reads and writes; files and folders are read from disk unless a test says otherwise. */
export interface ScreenIo {
  stdout: OutputStream;
  stderr: OutputStream;
  readFile?: (path: string) => Uint8Array;
  readDir?: (path: string) => string[];
  /** The screening date when an applicant gives none (yyyy-mm-dd); default today on this machine's calendar. */
  today?: string;
  /** The largest applicants file to read, in bytes; default MAX_FILE_BYTES. */
  maxFileBytes?: number;
}

/** A mistake that ends the command: one line on stderr and exit 2 (or exit 0 for --help's text). */
class Stop extends Error {
  constructor(
    message: string,
    readonly code: 0 | 2,
  ) {
    super(message);
  }
}

/**
 * Print a JSON array exactly as `JSON.stringify(array, null, 2)` would, one
 * element at a time, waiting for standard output to drain so memory stays flat.
 */
async function writeJsonArray(out: OutputStream, elements: Array<() => unknown>): Promise<void> {
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk) && out.once) await new Promise<void>((resolve) => out.once!("drain", resolve));
  };
  if (elements.length === 0) return write("[]\n");
  let chunk = "[\n";
  for (let i = 0; i < elements.length; i++) {
    // Indented as an element of the array: stringified inside one, without its brackets (no pass over every line).
    const inArray = JSON.stringify([elements[i]()], null, 2);
    chunk += `${inArray.slice(2, -2)}${i < elements.length - 1 ? ",\n" : "\n"}`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(`${chunk}]\n`);
}

function fail(message: string): never {
  throw new Stop(`screen: ${visible(message)}\n`, 2);
}

/**
 * Text from a file made safe for a terminal: control characters (an escape
 * sequence could recolour or clear the screen, a line break could forge a
 * `screen:` line) and bidirectional overrides are shown as `\uXXXX`, so each
 * problem is exactly one line and says what the file holds.
 * @example visible("x\u001b[2J\ny") // "x\\u001b[2J\\u000ay"
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The largest file the command reads: a pool of about 350,000 applicants.
 * Larger files would approach the longest string JavaScript can hold, and
 * fail with an error a person cannot act on.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Why a file or folder could not be read, in words rather than Node's error code. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: "there is no such file or folder (check the name and the current folder)",
    EISDIR: "it is a folder, not a file",
    ENOTDIR: "it is a file, not a folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
  };
  return (code && words[code]) ?? code ?? (e as Error).message;
}

/** A size in words: "300 MB", "2 KB", "15 bytes". */
function megabytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

interface Args {
  file: string;
  qualificationDirs: string[];
  format: OutputFormat;
  shortfalls: boolean;
  policies: PolicyChoices;
}

function outputFormat(value: string | undefined): OutputFormat {
  if (!FORMATS.includes(value as OutputFormat)) fail(`--format needs json or csv${value ? `, not ${value}` : ""}; ${USAGE}`);
  return value as OutputFormat;
}

const OPTIONS = {
  format: { type: "string" },
  policy: { type: "string", multiple: true },
  qualifications: { type: "string", multiple: true },
  shortfalls: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const qualificationDirs: string[] = [];
  let format: OutputFormat = "json";
  let shortfalls = false;
  const policies: PolicyChoices = {};
  const policy = (value: string | undefined) => {
    const parsed = parsePolicyArg(value);
    if ("error" in parsed) fail(`${parsed.error}; ${USAGE}`);
    if (Object.hasOwn(policies, parsed.key)) fail(`--policy ${parsed.key} is given twice; give each policy once`);
    policies[parsed.key] = parsed.choice;
  };
  // node:util's parser splits the words (--name value, --name=value, -h, --); not strict, so each mistake gets this command's own words.
  const { tokens } = parseNodeArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === "positional") files.push(token.value);
    else if (token.kind === "option-terminator") continue;
    else if (token.name === "shortfalls" && token.value === undefined) shortfalls = true;
    else if (token.name === "policy") policy(token.value);
    else if (token.name === "format") format = outputFormat(token.value);
    else if (token.name === "qualifications") {
      if (token.value === undefined) fail(`--qualifications needs a folder of qualification files; ${USAGE}`);
      qualificationDirs.push(token.value);
    } else if (token.name === "help" && token.value === undefined) throw new Stop(`${USAGE}\n${HELP}`, 0);
    else fail(`unknown option ${token.rawName}${token.inlineValue ? `=${token.value}` : ""}; ${USAGE}`);
  }
  if (files.length === 0) fail(`give the applicant file to screen; ${USAGE}`);
  if (files.length > 1) fail(`give exactly one applicant file, not ${files.length} (${files.join(", ")}); ${USAGE}`);
  if (shortfalls && format !== "csv") fail(`--shortfalls goes with --format csv (the JSON output always has each level's shortfall); ${USAGE}`);
  return { file: files[0], qualificationDirs, format, shortfalls, policies };
}

/**
 * The JSON files of a folder, in name order, each parsed. A file that is not
 * valid JSON becomes a located error (line and column) like any other bad
 * qualification file, so the built-in classes and the good files still screen.
 * An unreadable folder exits 2 with the reason.
 */
function readQualificationDir(
  dir: string,
  io: Required<Pick<ScreenIo, "readFile" | "readDir">>,
): { files: Array<{ file: string; data: unknown }>; errors: QualificationError[]; documents: Record<string, string> } {
  let all: string[];
  try {
    all = io.readDir(dir);
  } catch (e) {
    fail(`cannot read qualifications folder ${dir}: ${reason(e)}`);
  }
  const names = all.filter((n) => n.endsWith(".json")).sort();
  // A document's text beside the files (its id as the file name): quotes from it are checked word for word.
  const documents: Record<string, string> = {};
  for (const name of all.filter((n) => n.endsWith(".txt"))) {
    try {
      documents[name] = new TextDecoder("utf-8").decode(io.readFile(join(dir, name)));
    } catch {
      // An unreadable text only means its quotes are not checked.
    }
  }
  const files: Array<{ file: string; data: unknown }> = [];
  const errors: QualificationError[] = [];
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(join(dir, name));
    } catch (e) {
      errors.push({ file: name, path: "", message: `Cannot read the file (${reason(e)}): check it exists and can be read` });
      continue;
    }
    const parsed = parseJsonBytes(bytes, name);
    if (parsed.ok) files.push({ file: name, data: parsed.data });
    else errors.push(parsed.error);
  }
  return { files, errors, documents };
}

/**
 * Run the command line on `argv` (the arguments after the command's name):
 * screen, print the results on `io.stdout` and problems on `io.stderr`, and
 * return the exit code (0 all screened, 1 some applicants have problems,
 * 2 the file or an option could not be used), exactly as
 * ../shared/applicant-format.md says.
 * @example await runScreen(["--format", "csv", "pool.csv"], { stdout: process.stdout, stderr: process.stderr }) // 0
 */
export async function runScreen(argv: string[], io: ScreenIo): Promise<number> {
  try {
    return await screen(argv, io);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    (e.code === 0 ? io.stdout : io.stderr).write(e.message);
    return e.code;
  }
}

async function screen(argv: string[], io: ScreenIo): Promise<number> {
  const files = { readFile: io.readFile ?? ((path: string) => readFileSync(path)), readDir: io.readDir ?? ((path: string) => readdirSync(path)) };
  const { stdout, stderr } = io;
  const { file, qualificationDirs, format: output, shortfalls, policies } = parseArgs(argv);
  let bytes: Uint8Array;
  try {
    bytes = files.readFile(file);
  } catch (e) {
    fail(`cannot read ${file}: ${reason(e)}`);
  }
  const maxBytes = io.maxFileBytes ?? MAX_FILE_BYTES;
  if (bytes.length > maxBytes)
    fail(`${file} is ${megabytes(bytes.length)}; the screener reads at most ${megabytes(maxBytes)} at a time: split the applicants into several files and screen each`);
  // A CSV in the encoding the spreadsheet saved it in (UTF-8, Windows-1252 or UTF-16); JSON in UTF-8 only.
  const decoded = decodePoolFile(file, bytes);
  if (!decoded.ok) fail(decoded.message.replace(/^The file /, `${file} `));
  const { text, format: input } = decoded;
  let parsed: unknown;
  if (input === "json") {
    const json = parsePoolJsonText(text);
    // "The file is not valid JSON: at line 3, column 5: ..." names this file instead.
    if (!json.ok) fail(json.message.replace(/^The file /, `${file} `));
    parsed = json.data;
  }
  const read = qualificationDirs.map((dir) => readQualificationDir(dir, files));
  const loaded = loadCatalog([...BUILTIN_QUALIFICATION_FILES, ...read.flatMap((r) => r.files)], Object.assign({}, ...read.map((r) => r.documents)));
  const { catalog } = loaded;
  const errors = [...read.flatMap((r) => r.errors), ...loaded.errors];
  // A bad agency file is reported with its location; the built-in classes and good files still screen.
  for (const e of errors) stderr.write(`screen: ${visible(`${e.file} ${e.path || "(whole file)"}: ${e.message}`)}\n`);
  // A --policy that names no loaded policy would change nothing: refuse it rather than screen as if it applied.
  const unknown = unknownPolicies(policies, catalog);
  if (unknown.length) fail(unknown.join("; "));
  // The screening date defaults to today on this machine's calendar.
  const today = io.today ?? format(new Date(), "yyyy-MM-dd");
  const options = { today, policies };
  if (input === "json" && output === "json") {
    // Exactly the applicant format's output (../shared/applicant-format.md), written one
    // applicant at a time: a large pool's explanations never sit in memory all at once.
    let invalid = 0;
    const records = applicantsOf(parsed).map((raw, index) => () => {
      const record = screenRecord(raw, index, catalog, options);
      if ("errors" in record) invalid++;
      return record;
    });
    await writeJsonArray(stdout, records);
    return invalid > 0 ? 1 : 0;
  }
  // A JSON pool's candidates are made one at a time as they are screened; a CSV pool's come from reading the rows.
  let candidates: Iterable<PoolCandidate>;
  if (input === "json") candidates = jsonCandidates(parsed);
  else {
    const reading = parsePoolCsv(text);
    if (!reading.ok) fail(`${file} cannot be read as the pool CSV layout: ${reading.message}`);
    candidates = reading.candidates;
  }
  if (output === "json") {
    const { records, invalid } = screenCandidatesJson([...candidates], catalog, options);
    stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    return invalid > 0 ? 1 : 0;
  }
  const { invalid } = writePoolCsv(candidates, catalog, options, (chunk) => stdout.write(chunk), { shortfalls });
  // Invalid applicants have their row in the output (errors column) and every problem on stderr too.
  for (const row of invalid) {
    // A CSV location names a row; say whose it is. A JSON location already names the applicant.
    for (const e of row.errors) stderr.write(`screen: ${visible(`${e.row !== null && row.id ? `applicant ${row.id}, ` : ""}${describeLocation(e)}: ${e.message}`)}\n`);
  }
  return invalid.length > 0 ? 1 : 0;
}

