import { parseIsoDate } from "./calendar-date";
import { buildCatalog, type Catalog, type QualificationError } from "./catalog";
import { seriesSchema, type ExperienceFilter, type Rule, type Series, type Source } from "./qualification-schema";
import { EXPERIENCE_KINDS } from "./vocabulary";
import { formatPath, locatedErrors } from "./schema-messages";

export type SeriesValidation = { ok: true; series: Series } | { ok: false; errors: QualificationError[] };

function* walkRules(rule: Rule, path: PropertyKey[]): Generator<[Rule, PropertyKey[]]> {
  yield [rule, path];
  if (rule.type === "all" || rule.type === "any") {
    for (let i = 0; i < rule.rules.length; i++) yield* walkRules(rule.rules[i], [...path, "rules", i]);
  }
}

/** Whitespace folded, so a quote that crosses a line break in the document still matches. */
const fold = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Whether a quote's parts (split at " ... ", where words are left out) appear in the text in order. */
export function quoteIn(text: string, quote: string): boolean {
  let from = 0;
  for (const part of fold(quote).split(" ... ")) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Every { quote, document } in a series, with its path. */
function sourcesOf(value: unknown, path: PropertyKey[], out: Array<{ source: Source; path: PropertyKey[] }> = []): Array<{ source: Source; path: PropertyKey[] }> {
  if (Array.isArray(value)) value.forEach((v, i) => sourcesOf(v, [...path, i], out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.quote === "string" && typeof o.document === "string") out.push({ source: o as unknown as Source, path });
    for (const [k, v] of Object.entries(o)) if (k !== "documentText") sourcesOf(v, [...path, k], out);
  }
  return out;
}

/** Checks of the ids a filter refers to: kinds, sectors and "at least" levels must exist. */
function checkFilter(filter: ExperienceFilter, path: PropertyKey[], series: Series, err: (path: PropertyKey[], message: string) => void): void {
  const kinds = new Set<string>([...EXPERIENCE_KINDS, ...(series.vocabulary?.kinds ?? []).map((k) => k.id)]);
  const sectors = new Set((series.vocabulary?.sectors ?? []).map((k) => k.id));
  filter.kinds?.forEach((k, i) => {
    if (!kinds.has(k)) err([...path, "kinds", i], `Use a kind of work the applicant format or this file's vocabulary.kinds declares: ${[...kinds].join(", ")}`);
  });
  for (const key of ["sectors", "excludeSectors"] as const)
    filter[key]?.forEach((x, i) => {
      if (!sectors.has(x)) err([...path, key, i], `Declare sector "${x}" in the file's vocabulary.sectors, or use one it declares`);
    });
  filter.within?.extension?.sectors.forEach((x, i) => {
    if (!sectors.has(x)) err([...path, "within", "extension", "sectors", i], `Declare sector "${x}" in the file's vocabulary.sectors, or use one it declares`);
  });
  if (filter.atLeast && !(series.levelOrder ?? []).includes(filter.atLeast))
    err([...path, "atLeast"], `List "${filter.atLeast}" in the file's levelOrder (the levels in order, lowest first), so "at least" has an order to go by`);
}

/** Every experience filter of a series, with its path. */
function* filtersOf(series: Series): Generator<[ExperienceFilter, PropertyKey[]]> {
  for (const [li, level] of series.levels.entries()) {
    const stack: Array<[Rule, PropertyKey[]]> = [[level.requirements, ["levels", li, "requirements"]]];
    while (stack.length) {
      const [rule, path] = stack.pop()!;
      if (rule.type === "all" || rule.type === "any") rule.rules.forEach((r, i) => stack.push([r, [...path, "rules", i]]));
      else if (rule.type === "review" && rule.onlyIf) stack.push([rule.onlyIf, [...path, "onlyIf"]]);
      else if (rule.type === "experience") yield [rule.filter, [...path, "filter"]];
      else if (rule.type === "combination") for (const [si, s] of rule.sources.entries()) if (s.kind === "experience") yield [s.filter, [...path, "sources", si, "filter"]];
    }
  }
}

/**
 * Level ids a filter's comparableTo names must exist in some loaded file (or
 * the series' levelOrder): a typo would make the rule impossible to meet.
 */
export function checkReferences(catalog: Catalog): QualificationError[] {
  const known = new Set(catalog.levels.map((e) => e.level.id));
  const errors: QualificationError[] = [];
  for (const { series, file } of catalog.series) {
    const order = new Set(series.levelOrder ?? []);
    for (const [filter, path] of filtersOf(series))
      filter.comparableTo?.forEach((id, i) => {
        if (!known.has(id) && !order.has(id))
          errors.push({ file, path: formatPath([...path, "comparableTo", i]), message: `Level "${id}" is not a level of any loaded class file: check the spelling (a typo makes the rule impossible to meet)` });
      });
  }
  return errors;
}

/** Checks that a schema cannot express: references, uniqueness, proportional tables, date order. */
function checkSeries(series: Series, file: string, documents: Readonly<Record<string, string>> = {}): QualificationError[] {
  const errors: QualificationError[] = [];
  const err = (path: PropertyKey[], message: string): void => {
    errors.push({ file, path: formatPath(path), message });
  };
  const policyIds = new Set((series.policies ?? []).map((p) => p.id));
  const interpretationIds = new Set((series.interpretations ?? []).map((i) => i.id));
  const levelIds = new Set<string>();
  const rounding = series.counting?.experienceRounding;
  if (rounding?.interpretation && !interpretationIds.has(rounding.interpretation))
    err(["counting", "experienceRounding", "interpretation"], `Add an interpretation with id "${rounding.interpretation}" to the file's interpretations, or remove this reference`);
  // With a documents list, every document named must be one of them, so every citation can be written in full.
  const documentIds = series.documents ? new Set(series.documents.map((d) => d.id)) : null;
  const checkDocument = (document: string | undefined, path: PropertyKey[]): void => {
    if (document === undefined || documentIds === null || documentIds.has(document)) return;
    err(path, `Add a document with id "${document}" to the file's documents (with its title, issuer and date), or name one of: ${[...documentIds].join(", ")}`);
  };
  const seenDocuments = new Set<string>();
  series.documents?.forEach((d, di) => {
    if (seenDocuments.has(d.id)) err(["documents", di, "id"], `Give document "${d.id}" an id no other document in this file uses`);
    seenDocuments.add(d.id);
  });
  checkDocument(series.document, ["document"]);
  checkDocument(rounding?.source.document, ["counting", "experienceRounding", "source", "document"]);
  series.notes?.forEach((n, ni) => checkDocument(n.source?.document, ["notes", ni, "source", "document"]));
  series.levels.forEach((level, li) => {
    const lp: PropertyKey[] = ["levels", li];
    checkDocument(level.effective?.source?.document, [...lp, "effective", "source", "document"]);
    checkDocument(level.requirementsFrom?.source.document, [...lp, "requirementsFrom", "source", "document"]);
    level.notes?.forEach((n, ni) => checkDocument(n.source?.document, [...lp, "notes", ni, "source", "document"]));
    if (levelIds.has(level.id)) err([...lp, "id"], `Give level "${level.id}" an id no other level in this file uses`);
    levelIds.add(level.id);
    const from = level.effective?.from ? parseIsoDate(level.effective.from) : null;
    const until = level.effective?.until ? parseIsoDate(level.effective.until) : null;
    if (from !== null && until !== null && until <= from) err([...lp, "effective", "until"], "Enter an until date after the from date");
    const ruleIds = new Set<string>();
    for (const [rule, rp] of walkRules(level.requirements, [...lp, "requirements"])) {
      if (ruleIds.has(rule.id)) err([...rp, "id"], `Give rule "${rule.id}" an id no other rule of this level uses`);
      ruleIds.add(rule.id);
      checkDocument(rule.source?.document, [...rp, "source", "document"]);
      if (rule.interpretation && !interpretationIds.has(rule.interpretation))
        err([...rp, "interpretation"], `Add an interpretation with id "${rule.interpretation}" to the file's interpretations, or remove this reference`);
      if (rule.type === "any") {
        // A plain review beside other alternatives would make every applicant who fails them a review.
        rule.rules.forEach((r, i) => {
          if (r.type === "review" && !r.onlyIf && rule.rules.length > 1)
            err([...rp, "rules", i], "A review inside an any makes every applicant who fails the other alternatives a review: give it onlyIf (the applicants it concerns), or move it out of the any");
        });
      }
      if (rule.type === "experience") checkFilter(rule.filter, [...rp, "filter"], series, err);
      if (rule.type === "credential") {
        const credentials = new Set((series.vocabulary?.credentials ?? []).map((c) => c.id));
        rule.credentials.forEach((c, i) => {
          if (!credentials.has(c)) err([...rp, "credentials", i], `Declare credential "${c}" in the file's vocabulary.credentials (id and label), or use one it declares`);
        });
      }
      if (rule.type === "degree" && !rule.minLevel && !rule.levels) err([...rp, "minLevel"], 'Give minLevel (e.g. "bachelor") or levels (e.g. ["professional"])');
      if (rule.type === "review" && rule.onlyIf) for (const [inner, ip] of walkRules(rule.onlyIf, [...rp, "onlyIf"])) if (inner.type === "experience") checkFilter(inner.filter, [...ip, "filter"], series, err);
      if (rule.type !== "combination") continue;
      rule.sources.forEach((source, si) => {
        const sp = [...rp, "sources", si];
        if (source.kind === "experience") checkFilter(source.filter, [...sp, "filter"], series, err);
        checkDocument(source.source.document, [...sp, "source", "document"]);
        if (source.kind !== "education") return;
        checkDocument(source.conversion.source?.document, [...sp, "conversion", "source", "document"]);
        if (source.policy && !policyIds.has(source.policy))
          err([...sp, "policy"], `Add a policy with id "${source.policy}" to the file's policies, or remove this reference`);
        if (source.interpretation && !interpretationIds.has(source.interpretation))
          err([...sp, "interpretation"], `Add an interpretation with id "${source.interpretation}" to the file's interpretations, or remove this reference`);
        const [first] = source.conversion.rows;
        source.conversion.rows.forEach((row, ri) => {
          if (Math.abs(row.months / row.semesterHours - first.months / first.semesterHours) > 1e-9)
            err([...sp, "conversion", "rows", ri], "Make every conversion row proportional to the first (the engine converts proportionally)");
        });
      });
    }
  });
  // Each quote appears in its document, when the file ships the document's text.
  const texts: Record<string, string> = { ...documents };
  if (series.documentText) texts[series.document] = series.documentText;
  for (const { source, path } of sourcesOf(series, [])) {
    const text = texts[source.document];
    if (text !== undefined && !quoteIn(fold(text), source.quote)) err([...path, "quote"], `The quote is not in ${source.document} word for word: copy it from the document (leave words out only with " ... ")`);
  }
  return errors;
}

/**
 * How many rules a requirement tree may nest: the root rule is 1, each `all`
 * or `any` inside another adds one. The built-in classes need 3; a class spec
 * that needs more than a handful is unheard of. The schema and the engine
 * walk the tree recursively, so without a limit a file nested a few thousand
 * deep would exhaust the stack instead of being refused.
 */
export const MAX_RULE_DEPTH = 32;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The first rule of each level that is nested deeper than MAX_RULE_DEPTH,
 * found without recursion in the raw JSON (before the schema sees it).
 */
function tooDeepRules(input: unknown, file: string): QualificationError[] {
  if (!isObject(input) || !Array.isArray(input.levels)) return [];
  const errors: QualificationError[] = [];
  input.levels.forEach((level, li) => {
    if (!isObject(level)) return;
    const stack: Array<{ rule: unknown; path: PropertyKey[]; depth: number }> = [{ rule: level.requirements, path: ["levels", li, "requirements"], depth: 1 }];
    while (stack.length > 0) {
      const { rule, path, depth } = stack.pop()!;
      if (!isObject(rule)) continue;
      if (depth > MAX_RULE_DEPTH) {
        errors.push({
          file,
          path: formatPath(path),
          message: `Nest rules at most ${MAX_RULE_DEPTH} deep: this rule is rule ${depth} on its branch (each all or any inside another adds one). Put the rules of an all inside an all (or of an any inside an any) into one list, so the tree is shallower`,
        });
        return;
      }
      // Last child first, so the first too-deep rule in the file's order is found first.
      if (Array.isArray(rule.rules)) for (let i = rule.rules.length - 1; i >= 0; i--) stack.push({ rule: rule.rules[i], path: [...path, "rules", i], depth: depth + 1 });
    }
  });
  return errors;
}

/**
 * Validate one qualification file: the nesting of its requirement trees
 * (MAX_RULE_DEPTH), then the strict schema, then references and tables.
 * Every problem is reported at once, with file and path.
 * @example validateSeries(JSON.parse(text), "my-series.json")
 */
export function validateSeries(input: unknown, file: string, documents?: Readonly<Record<string, string>>): SeriesValidation {
  const deep = tooDeepRules(input, file);
  if (deep.length > 0) return { ok: false, errors: deep };
  const parsed = seriesSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: locatedErrors(parsed.error.issues).map((e) => ({ file, ...e })) };
  }
  const errors = checkSeries(parsed.data, file, documents);
  return errors.length ? { ok: false, errors } : { ok: true, series: parsed.data };
}

/** Validate raw files and build a catalog of the good ones; the errors of the bad ones come back beside it. */
export function loadCatalog(
  raw: Array<{ file: string; data: unknown }>,
  /** Documents' texts by id (e.g. a .txt beside the qualification file), for checking quotes. */
  documents?: Readonly<Record<string, string>>,
): { catalog: Catalog; errors: QualificationError[] } {
  const good: Array<{ series: Series; file: string }> = [];
  const errors: QualificationError[] = [];
  for (const { file, data } of raw) {
    const v = validateSeries(data, file, documents);
    if (v.ok) good.push({ series: v.series, file });
    else errors.push(...v.errors);
  }
  const built = buildCatalog(good);
  return { catalog: built.catalog, errors: [...errors, ...built.errors, ...checkReferences(built.catalog)] };
}

export type { Catalog, CatalogLevel, QualificationError } from "./catalog";
