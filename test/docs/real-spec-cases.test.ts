/**
 * Real class specifications as test cases (issue 14): docs/examples/<slug>.txt
 * holds a public spec's words verbatim, docs/examples/<slug>.cases.json the
 * applicants whose outcomes were derived by hand from those words
 * (docs/examples/README-real-specs.md says what each clause needs).
 *
 * Each spec is encoded in docs/examples/<slug>.json. This test loads that
 * file beside the built-in classes, with the spec's text so every quote is
 * checked word for word, validates every applicant against the format (1.2,
 * with the class's own kinds, credentials and sectors), and screens it: the
 * outcomes must be the hand-derived ones. It also holds the cases files to
 * their shape: an outcome for every declared level, each one of the four,
 * cases on both sides of every requirement, derivations quoting the spec word
 * for word. NEWER_FORMAT_CASES lists the cases that use the 1.1 and 1.2
 * additions of ../shared/applicant-format.md (kept exact, so the list says
 * which cases exercise them).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../src/engine/calendar-date";
import { BUILTIN_QUALIFICATION_FILES } from "../../src/builtin-qualifications";
import { loadCatalog } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant, vocabularyOf } from "../../src/engine/validate-applicant";
import { EXPERIENCE_KINDS } from "../../src/engine/vocabulary";

const EXAMPLES = join(import.meta.dirname, "..", "..", "docs", "examples");
const OUTCOMES = ["meets", "does-not-meet", "review", "inactive"];

/** Every case whose applicant uses a field that today's (1.0) schema rejects, by spec. */
const NEWER_FORMAT_CASES: Record<string, string[]> = {
  "monroe-county-planner-2": [
    "Bachelor's degree in geography and exactly two years of planning experience: (B)",
    "Bachelor's degree in geography, one day short of two years",
    "Bachelor's degree in history and four years of planning experience: (C)",
    "Bachelor's degree in history, one day short of four years",
    "Bachelor's degree in economics and five years of planning experience: above both (B) and (C)",
    "Part-time: four years at 20 hours a week are the part-time equivalent of two years",
    "Unpaid planning work does not count",
    "Graduate credits short of a master's: an equivalent combination the officer must weigh",
  ],
  "nj-pediatric-day-care-nursing-director": [
    "Three years in a neonatal ICU and a year of supervision, all within five years",
    "Pediatric nursing one day short of three years inside the window",
    "Three years of pediatric nursing, but a year of it before the window",
    "A long pediatric career: only the last five years count, and they are enough",
    "Three years of pediatric nursing with one day less than a year in a listed setting",
    "Registered nurse licence expired before the appointment",
    "A year of supervision outside a licensed health care facility",
    "Licensed practical nurse, not a registered professional nurse",
  ],
  "opm-admin-management": [
    "Superior academic achievement with the bachelor's degree qualifies for GS-7",
    "Exactly three years of general experience, the last year at GS-4: GS-5",
    "One day short of three years of general experience",
    "Three years of general experience, but one day short of a year at GS-4",
    "A year of specialized experience at GS-5 with a bachelor's degree: GS-7",
    "Specialized experience one day short of a year",
    "A J.D. judged related is not a doctorate: GS-9 but not GS-11",
    "Equivalent combination for GS-5: two years of college and eighteen months at GS-4",
    "Equivalent combination one step short: 57 semester hours and eighteen months",
    "Eighteen graduate semester hours without a degree: the text does not say what a full year is",
    "A year at GS-11 after years at GS-9: every grade through GS-12",
    "A year at GS-11 one day short: GS-11 but not GS-12",
  ],
  "uw-heavy-equipment-operator": [
    "Exactly three years of heavy equipment operation and a valid licence",
    "One day short of three years",
    "Five years of experience but the licence expired before the screening date",
    "A licence expiring on the screening date is still valid that day",
    "Journey status through an apprenticeship, without three years of experience",
    "Trade-school clock hours and two years of experience: no rate in the spec",
    "No driver's licence: experience cannot substitute",
    "Mixed duties: four years at 75% heavy equipment operation",
    "Mixed duties: four years at 74%",
  ],
};

interface VocabularyEntry {
  id: string;
  label: string;
  quote: string | null;
}
interface CasesFile {
  spec: string;
  document: string;
  asOf: string;
  levels: string[];
  vocabulary: {
    kinds: VocabularyEntry[];
    credentials: VocabularyEntry[];
    sectors: VocabularyEntry[];
    levelOrder?: string[];
  };
  cases: Array<{ name: string; applicant: Record<string, unknown>; expected: Record<string, string>; derivation: string }>;
}

type Json = Record<string, unknown>;
const asList = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** Words compared as the qualification format compares quotes: line breaks and runs of spaces are one space. */
const fold = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The spec's own words: what follows the header's line of dashes. */
function verbatimPart(text: string): string {
  const rule = text.search(/^-{20,}$/m);
  if (rule < 0) throw new Error("the .txt has no line of dashes between its header and the spec's words");
  return text.slice(text.indexOf("\n", rule) + 1);
}

/** Passages a derivation quotes, between “ and ”. */
const quotesIn = (derivation: string): string[] => [...derivation.matchAll(/“([^”]+)”/g)].map((m) => m[1]);

/**
 * The newer-format fields an applicant uses, each with the path today's
 * schema reports it at, and the problems found in those fields against
 * ../shared/applicant-format.md 1.1/1.2 and the file's vocabulary.
 */
function newerFields(applicant: Json, file: CasesFile): { paths: string[]; problems: string[] } {
  const paths: string[] = [];
  const problems: string[] = [];
  const kinds = new Set<string>([...EXPERIENCE_KINDS, ...file.vocabulary.kinds.map((k) => k.id)]);
  const credentials = new Set(file.vocabulary.credentials.map((c) => c.id));
  const sectors = new Set(file.vocabulary.sectors.map((s) => s.id));
  const education = (applicant.education ?? {}) as Json;
  if (education.credentials !== undefined) {
    paths.push("education.credentials");
    asList(education.credentials).forEach((c, i) => {
      const at = `education.credentials[${i}]`;
      const extra = Object.keys(c).filter((k) => !["id", "name", "expires"].includes(k));
      if (extra.length > 0) problems.push(`${at}: unknown fields ${extra.join(", ")}`);
      if (typeof c.id !== "string" || !credentials.has(c.id)) problems.push(`${at}.id: ${String(c.id)} is not in the file's credentials vocabulary`);
      if (typeof c.name !== "string" || c.name === "") problems.push(`${at}.name: enter the credential's name as on the document`);
      if (c.expires !== undefined && (typeof c.expires !== "string" || parseIsoDate(c.expires) === null)) problems.push(`${at}.expires: not a yyyy-mm-dd date`);
    });
  }
  asList(education.coursework).forEach((c, i) => {
    if (c.level !== undefined) {
      paths.push(`education.coursework[${i}].level`);
      if (c.level !== "undergraduate" && c.level !== "graduate") problems.push(`education.coursework[${i}].level: ${String(c.level)}`);
    }
    if (c.unit === "clock") paths.push(`education.coursework[${i}].unit`);
  });
  asList(education.degrees).forEach((d, i) => {
    if (d.level === "professional") paths.push(`education.degrees[${i}].level`);
  });
  asList(applicant.experience).forEach((job, i) => {
    asList(job.kinds).forEach((k, j) => {
      const kind = k as unknown;
      if (!(EXPERIENCE_KINDS as readonly unknown[]).includes(kind)) paths.push(`experience[${i}].kinds[${j}]`);
      if (typeof kind !== "string" || !kinds.has(kind)) problems.push(`experience[${i}].kinds[${j}]: ${String(kind)} is in no vocabulary`);
    });
    if (job.sector !== undefined) {
      paths.push(`experience[${i}].sector`);
      if (typeof job.sector !== "string" || !sectors.has(job.sector)) problems.push(`experience[${i}].sector: ${String(job.sector)} is not in the file's sectors vocabulary`);
    }
    if (job.qualifyingPercent !== undefined) {
      paths.push(`experience[${i}].qualifyingPercent`);
      const p = job.qualifyingPercent;
      if (typeof p !== "number" || p < 1 || p > 100) problems.push(`experience[${i}].qualifyingPercent: ${String(p)} is not 1 to 100`);
    }
    const known = new Set([...file.levels, ...(file.vocabulary.levelOrder ?? [])]);
    for (const id of (job.comparableTo as unknown[] | undefined) ?? []) {
      if (typeof id !== "string" || !known.has(id)) problems.push(`experience[${i}].comparableTo: ${String(id)} is neither a level nor in the file's level order`);
    }
  });
  return { paths, problems };
}

const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".cases.json"))
  .sort();

describe("real class specifications as cases (docs/examples/*.cases.json)", () => {
  it("has at least four specs, and lists the newer-format cases of exactly those", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.map((f) => f.replace(/\.cases\.json$/, ""))).toEqual(Object.keys(NEWER_FORMAT_CASES).sort());
  });

  describe.each(files)("%s", (fileName) => {
    const file = JSON.parse(readFileSync(join(EXAMPLES, fileName), "utf8")) as CasesFile;
    const slug = fileName.replace(/\.cases\.json$/, "");
    const spec = fold(verbatimPart(readFileSync(join(EXAMPLES, `${slug}.txt`), "utf8")));

    it("names its spec and document, a screening date, its levels and at least six cases", () => {
      expect(file.spec).toBe(slug);
      expect(file.document).toBe(`${slug}.txt`);
      expect(parseIsoDate(file.asOf), file.asOf).not.toBeNull();
      expect(file.levels.length).toBeGreaterThan(0);
      expect(new Set(file.levels).size).toBe(file.levels.length);
      expect(file.cases.length).toBeGreaterThanOrEqual(6);
      expect(new Set(file.cases.map((c) => c.name)).size).toBe(file.cases.length);
    });

    it("quotes the spec word for word in its vocabulary", () => {
      const entries = [...file.vocabulary.kinds, ...file.vocabulary.credentials, ...file.vocabulary.sectors];
      const missing = entries.filter((e) => e.quote !== null && !spec.includes(fold(e.quote))).map((e) => `${e.id}: "${e.quote}"`);
      expect(missing).toEqual([]);
    });

    it("gives every case an outcome, one of the four, for every level and no other", () => {
      const problems: string[] = [];
      for (const c of file.cases) {
        const ids = Object.keys(c.expected);
        for (const id of ids) if (!file.levels.includes(id)) problems.push(`${c.name}: ${id} is not a declared level`);
        for (const id of file.levels) if (!ids.includes(id)) problems.push(`${c.name}: no outcome for ${id}`);
        for (const [id, outcome] of Object.entries(c.expected)) if (!OUTCOMES.includes(outcome)) problems.push(`${c.name}: ${id} is "${outcome}"`);
      }
      expect(problems).toEqual([]);
    });

    it("has a case on each side of every level's requirement", () => {
      for (const id of file.levels) {
        const outcomes = new Set(file.cases.map((c) => c.expected[id]));
        expect([...outcomes], id).toEqual(expect.arrayContaining(["meets", "does-not-meet"]));
      }
    });

    it("derives every outcome from quotes that appear in the spec word for word", () => {
      const problems: string[] = [];
      for (const c of file.cases) {
        const quotes = quotesIn(c.derivation);
        if (quotes.length === 0) problems.push(`${c.name}: the derivation quotes nothing`);
        for (const q of quotes) if (!spec.includes(fold(q))) problems.push(`${c.name}: not in the spec: "${q}"`);
      }
      expect(problems).toEqual([]);
    });

    it("lists exactly the cases that use fields newer than today's schema", () => {
      const using = file.cases.filter((c) => newerFields(c.applicant, file).paths.length > 0).map((c) => c.name);
      expect(using).toEqual(NEWER_FORMAT_CASES[slug]);
    });

    // The spec's qualification file, with the spec's text beside it so every quote is checked word for word.
    const qualification = { file: `${slug}.json`, data: JSON.parse(readFileSync(join(EXAMPLES, `${slug}.json`), "utf8")) as unknown };
    const loaded = loadCatalog([...BUILTIN_QUALIFICATION_FILES, qualification], { [`${slug}.txt`]: readFileSync(join(EXAMPLES, `${slug}.txt`), "utf8") });

    it("has a qualification file that loads, every quote found in the spec's text", () => {
      expect(loaded.errors).toEqual([]);
      expect(loaded.catalog.levels.filter((e) => e.file === qualification.file).map((e) => e.level.id)).toEqual(file.levels);
    });

    it.each(file.cases.map((c) => [c.name, c] as const))("%s: the applicant is valid (format 1.2) and screens to the hand-derived outcomes", (_name, c) => {
      const asOf = (c.applicant.asOf as string | undefined) ?? file.asOf;
      expect(parseIsoDate(asOf), asOf).not.toBeNull();
      const { problems } = newerFields(c.applicant, file);
      expect(problems).toEqual([]);
      const v = validateApplicant(c.applicant, vocabularyOf(loaded.catalog));
      expect(v.ok ? [] : v.errors).toEqual([]);
      if (!v.ok) return;
      const result = screenApplicant(v.applicant, loaded.catalog, { today: file.asOf });
      const got = Object.fromEntries(file.levels.map((id) => [id, result.levels.find((l) => l.id === id)?.outcome]));
      expect(got, c.derivation).toEqual(c.expected);
    });
  });
});
