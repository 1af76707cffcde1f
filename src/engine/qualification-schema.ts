/**
 * The qualification file format (docs/qualification-format.md): one JSON file
 * per class series, saying *what* each level requires. The engine decides
 * *how*. Every rule carries the exact words it encodes and the document they
 * come from.
 */
import * as z from "zod/mini";
import { parseIsoDate } from "./calendar-date";
import { strictObject } from "./schema-messages";
import { DEGREE_LEVELS, EXPERIENCE_KINDS, HIGH_SCHOOL } from "./vocabulary";

/** "Add X" when a required field is missing, otherwise what to enter. */
const required = (what: string, enter: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `Add ${what}: it is required` : enter);

/** The error for a list field: "Add X" when missing, otherwise enter it as a list (with an example). */
const listOf = (name: string, example: string) => ({ error: required(name, `Enter ${name} as a list, e.g. ${example}`) });

const text = (what: string) =>
  z.string({ error: required(what, `Enter ${what} as text`) }).check(z.minLength(1, { error: `Enter ${what}; it cannot be empty` }));

const isoDate = (what: string) =>
  z.string({ error: `Enter ${what} as a date yyyy-mm-dd` }).check(
    z.refine((s) => parseIsoDate(s) !== null, { error: `Enter ${what} as a real date yyyy-mm-dd, for example 2010-08-15` }),
  );

/**
 * A number from `min` to `max` (inclusive; whole when `whole`), with one
 * message saying what to enter for every way it can be wrong: not a number,
 * out of range (1e-320 or 1e308 would make NaN and Infinity in outcomes), or
 * missing ("Add ...").
 */
const numberIn = (name: string, min: number, max: number, enter: string, { whole = false } = {}) =>
  z
    .number({ error: required(name, enter) })
    // One check, so a figure wrong in two ways (31.5 days) gets one message.
    .check(z.refine((n: number) => n >= min && n <= max && (!whole || Number.isInteger(n)), { error: enter }));

/** The longest requirement a file may state: 600 months, 50 years of work. */
const MAX_MONTHS = 600;
/** The most semester (or quarter) hours a file may write in one figure: far beyond any degree. */
const MAX_HOURS = 1000;

const months = (what: string) => numberIn(what, 0, MAX_MONTHS, `Enter ${what} as a number from 0 to ${MAX_MONTHS} months (50 years)`);

const strict = <T extends z.core.$ZodLooseShape>(shape: T, what: string) => strictObject(shape, what, "see docs/qualification-format.md");

/** Where a rule's words come from: the exact quote and the document (seed file name). */
export const sourceSchema = strict(
  {
    quote: text("the exact words of the class spec (source.quote)"),
    document: text("the document the quote comes from, e.g. the seed file name (source.document)"),
  },
  "a source",
);

/** Which jobs a rule credits. Every condition given must hold. */
export const experienceFilterSchema = strict(
  {
    kinds: z.optional(
      z.array(z.enum(EXPERIENCE_KINDS, { error: `Use kinds from: ${EXPERIENCE_KINDS.join(", ")}` }), listOf("kinds", '["customer-service"]')).check(
        z.minLength(1, { error: "List at least one kind, or leave kinds out to accept every kind" }),
      ),
    ),
    comparableTo: z.optional(z.array(text("a level id"), listOf("comparableTo", '["4808"]')).check(z.minLength(1, { error: "List at least one level id" }))),
    supervisory: z.optional(z.boolean({ error: "Enter supervisory as true or false" })),
  },
  "an experience filter",
);

/** A conversion table: each row is "N semester hours equals M months"; rows must be proportional. */
export const conversionSchema = strict(
  {
    rows: z
      .array(
        strict(
          {
            semesterHours: numberIn("semesterHours", 1, MAX_HOURS, `Enter semesterHours as a number from 1 to ${MAX_HOURS}, e.g. 15`),
            months: numberIn("months", 0.01, MAX_MONTHS, `Enter months as a number from 0.01 to ${MAX_MONTHS}, e.g. 6`),
          },
          "a conversion row",
        ),
        listOf("rows", '[{ "semesterHours": 30, "months": 12 }]'),
      )
      .check(z.minLength(1, { error: "Give at least one conversion row" })),
    /** The spec's words for the table; absent when the table is agency policy. */
    source: z.optional(sourceSchema),
  },
  "a conversion table",
);

export const creditSourceSchema = z.discriminatedUnion(
  "kind",
  [
    strict(
      {
        kind: z.literal("experience"),
        label: text("the source's label"),
        filter: experienceFilterSchema,
        source: sourceSchema,
      },
      "an experience source",
    ),
    strict(
      {
        kind: z.literal("education"),
        label: text("the source's label"),
        /** Areas of study that count; null or absent: every area counts. */
        areas: z.optional(z.nullable(z.array(text("an area of study"), listOf("areas", '["communications"] (or null for every area)')))),
        conversion: conversionSchema,
        /** The id of a series policy this source depends on (not the spec's own words). */
        policy: z.optional(text("a policy id")),
        interpretation: z.optional(text("an interpretation id")),
        source: sourceSchema,
      },
      "an education source",
    ),
  ],
  { error: 'Set kind to "experience" or "education"' },
);

interface RuleBase {
  id: string;
  label: string;
  interpretation?: string;
  note?: string;
}
export type Rule =
  | (RuleBase & { type: "all"; rules: Rule[]; source?: Source })
  | (RuleBase & { type: "any"; rules: Rule[]; source?: Source })
  | (RuleBase & { type: "high-school"; accepts: Array<(typeof HIGH_SCHOOL)[number]>; source: Source })
  | (RuleBase & { type: "combination"; months: number; sources: CreditSource[]; source: Source })
  | (RuleBase & { type: "experience"; months: number; filter: ExperienceFilter; source: Source })
  | (RuleBase & { type: "degree"; minLevel: (typeof DEGREE_LEVELS)[number]; fields?: string[] | null; source: Source })
  | (RuleBase & { type: "review"; reason: string; source: Source });

const ruleBase = {
  id: text("a rule id"),
  label: text("a short label for the rule"),
  interpretation: z.optional(text("an interpretation id")),
  note: z.optional(text("a note")),
};

export const ruleSchema: z.ZodMiniType<Rule> = z.lazy(() =>
  z.discriminatedUnion(
    "type",
    [
      strict({ ...ruleBase, type: z.literal("all"), rules: z.array(ruleSchema, listOf("rules", "[{ ...rule }, { ...rule }]")).check(z.minLength(1, { error: "List at least one rule" })), source: z.optional(sourceSchema) }, "an all rule"),
      strict({ ...ruleBase, type: z.literal("any"), rules: z.array(ruleSchema, listOf("rules", "[{ ...rule }, { ...rule }]")).check(z.minLength(1, { error: "List at least one rule" })), source: z.optional(sourceSchema) }, "an any rule"),
      strict(
        {
          ...ruleBase,
          type: z.literal("high-school"),
          accepts: z.array(z.enum(HIGH_SCHOOL, { error: `Use values from: ${HIGH_SCHOOL.join(", ")}` }), listOf("accepts", '["diploma", "ged"]')).check(z.minLength(1, { error: "List at least one accepted value" })),
          source: sourceSchema,
        },
        "a high-school rule",
      ),
      strict(
        {
          ...ruleBase,
          type: z.literal("combination"),
          months: months("the months required"),
          sources: z.array(creditSourceSchema, listOf("sources", '[{ "kind": "experience", ... }, { "kind": "education", ... }]')).check(z.minLength(1, { error: "List at least one source of credit" })),
          source: sourceSchema,
        },
        "a combination rule",
      ),
      strict({ ...ruleBase, type: z.literal("experience"), months: months("the months required"), filter: experienceFilterSchema, source: sourceSchema }, "an experience rule"),
      strict(
        {
          ...ruleBase,
          type: z.literal("degree"),
          minLevel: z.enum(DEGREE_LEVELS, { error: `Use a degree level from: ${DEGREE_LEVELS.join(", ")}` }),
          fields: z.optional(z.nullable(z.array(text("a field of study"), listOf("fields", '["communications"] (or null for any field)')))),
          source: sourceSchema,
        },
        "a degree rule",
      ),
      strict({ ...ruleBase, type: z.literal("review"), reason: text("the reason an officer must review"), source: sourceSchema }, "a review rule"),
    ],
    { error: "Set type to one of: all, any, high-school, combination, experience, degree, review" },
  ),
) as z.ZodMiniType<Rule>;

export const countingSchema = strict(
  {
    fullTimeHoursPerWeek: z.optional(numberIn("fullTimeHoursPerWeek", 1, 168, "Enter fullTimeHoursPerWeek as a number of hours from 1 to 168 (the hours in a week), e.g. 40")),
    quarterToSemester: z.optional(
      strict(
        {
          quarterHours: numberIn("quarterHours", 1, MAX_HOURS, `Enter quarterHours as a number from 1 to ${MAX_HOURS}, e.g. 45 (45 quarter hours = 30 semester hours)`),
          semesterHours: numberIn("semesterHours", 1, MAX_HOURS, `Enter semesterHours as a number from 1 to ${MAX_HOURS}, e.g. 30 (45 quarter hours = 30 semester hours)`),
        },
        "a quarter-to-semester ratio",
      ),
    ),
    degreeHours: z.optional(
      z.partialRecord(
        z.enum(DEGREE_LEVELS, { error: `Use degree levels from: ${DEGREE_LEVELS.join(", ")}` }),
        numberIn("the degree's usual hours", 1, MAX_HOURS, `Enter the degree's usual hours as a number of semester hours from 1 to ${MAX_HOURS}, e.g. 120`),
      ),
    ),
    experienceRounding: z.optional(
      z.nullable(
        strict(
          {
            mode: z.enum(["half-month"], { error: 'Set mode to "half-month"' }),
            /** A part month of at least this many days (or at least half a month) counts as a whole month; less counts nothing. */
            days: numberIn("days", 1, 31, "Enter days as a whole number of days from 1 to 31, e.g. 15", { whole: true }),
            source: sourceSchema,
            /** The id of the file's interpretation that says how the rule is read (shown beside the rounding). */
            interpretation: z.optional(text("an interpretation id")),
          },
          "an experience rounding rule",
        ),
      ),
    ),
  },
  "counting rules",
);

export const policySchema = strict(
  {
    id: text("a policy id"),
    label: text("the policy's label"),
    text: text("what the policy says"),
    /**
     * How the agency stands on the substitution: "ask" (the default: a level
     * that holds only through it is review), "allow" or "deny".
     */
    setting: z.optional(z.enum(["ask", "allow", "deny"], { error: 'Set setting to "ask", "allow" or "deny"' })),
    /** With "allow": at most this many months of credit come through the policy. */
    capMonths: z.optional(
      z.number({ error: "Enter capMonths as a number of months, e.g. 24" }).check(z.gte(0, { error: "Enter capMonths as 0 months or more" }), z.lte(600, { error: "Enter capMonths as at most 600 months (50 years)" })),
    ),
    /** Older files: true means "allow", false "deny". */
    enabled: z.optional(z.boolean({ error: "Enter enabled as true or false" })),
  },
  "a policy",
);

export const interpretationSchema = strict(
  {
    id: text("an interpretation id"),
    clause: text("the clause that can be read two ways"),
    reading: text("the reading the screener applies"),
    why: text("why a placement officer would defend it"),
  },
  "an interpretation",
);

export const levelSchema = strict(
  {
    id: text("a level id"),
    title: text("the level's title"),
    codes: z.optional(z.array(strict({ label: text("the code's label"), value: text("the code's value") }, "a code"), listOf("codes", '[{ "label": "Pay grade", "value": "G4" }]'))),
    summary: z.optional(text("the level's summary")),
    effective: z.optional(
      strict(
        {
          from: z.optional(z.nullable(isoDate("the first day in effect"))),
          until: z.optional(z.nullable(isoDate("the first day no longer in effect"))),
          source: z.optional(sourceSchema),
        },
        "the level's effective dates",
      ),
    ),
    requirementsFrom: z.optional(
      strict({ date: isoDate("the date these requirements took effect"), source: sourceSchema }, "when the requirements took effect"),
    ),
    duties: z.array(text("a duty"), { error: required("duties", "Enter duties as a list of text (it may be empty)") }),
    ksas: z.array(text("a knowledge, skill or ability"), { error: required("ksas", "Enter ksas as a list of text (it may be empty)") }),
    notes: z.optional(z.array(strict({ text: text("the note"), source: z.optional(sourceSchema) }, "a note"), listOf("notes", '[{ "text": "..." }]'))),
    requirements: ruleSchema,
  },
  "a level",
);

/**
 * A document the file's rules quote, named as a person cites it. `id` is the
 * value rules use in `source.document` (e.g. the seed file name, kept as the
 * provenance); screens and paper show the citation, never the id.
 */
export const documentSchema = strict(
  {
    id: text("the document's id, the value rules use in source.document (documents[].id)"),
    title: text("the document's title, e.g. \"Customer Service Series class specification\" (documents[].title)"),
    issuer: text("who issued the document, e.g. \"State Universities Civil Service System\" (documents[].issuer)"),
    /** The date the document takes effect, as the document writes it ("08/15/10"). */
    effective: z.optional(text("the date the document takes effect, as it writes it, e.g. 08/15/10 (documents[].effective)")),
    url: z.optional(text("a link to the document (documents[].url)")),
    /** The part of the document quoted, e.g. "7.2". */
    section: z.optional(text("the section quoted, e.g. 7.2 (documents[].section)")),
  },
  "a document",
);

export const seriesSchema = strict(
  {
    $schema: z.optional(z.string()),
    formatVersion: z.literal(1, { error: "Set formatVersion to 1" }),
    id: text("the series id"),
    title: text("the series title"),
    jurisdiction: text("the jurisdiction"),
    document: text("the source document (seed file name)"),
    /** The documents its rules quote, by title, issuer and date; `document` and every `source.document` name one by id. */
    documents: z.optional(z.array(documentSchema, listOf("documents", '[{ "id": "spec.txt", "title": "...", "issuer": "...", "effective": "08/15/10" }]'))),
    description: z.optional(text("the series description")),
    codes: z.optional(z.array(strict({ label: text("the code's label"), value: text("the code's value") }, "a code"), listOf("codes", '[{ "label": "Pay grade", "value": "G4" }]'))),
    counting: z.optional(countingSchema),
    policies: z.optional(z.array(policySchema, listOf("policies", '[{ "id": "...", "label": "...", "text": "...", "setting": "ask" }]'))),
    interpretations: z.optional(z.array(interpretationSchema, listOf("interpretations", '[{ "id": "...", "clause": "...", "reading": "...", "why": "..." }]'))),
    notes: z.optional(z.array(strict({ text: text("the note"), source: z.optional(sourceSchema) }, "a note"), listOf("notes", '[{ "text": "..." }]'))),
    levels: z.array(levelSchema, { error: required("levels", "Enter levels as a list of levels") }).check(z.minLength(1, { error: "List at least one level" })),
  },
  "a qualification file",
);

export type Source = z.infer<typeof sourceSchema>;
export type ExperienceFilter = z.infer<typeof experienceFilterSchema>;
export type Conversion = z.infer<typeof conversionSchema>;
export type CreditSource = z.infer<typeof creditSourceSchema>;
export type Counting = z.infer<typeof countingSchema>;
export type Policy = z.infer<typeof policySchema>;
export type Interpretation = z.infer<typeof interpretationSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;
