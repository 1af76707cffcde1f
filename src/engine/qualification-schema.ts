/**
 * The qualification file format (docs/qualification-format.md): one JSON file
 * per class series, saying *what* each level requires. The engine decides
 * *how*. Every rule carries the exact words it encodes and the document they
 * come from.
 */
import * as z from "zod/mini";
import { parseIsoDate } from "./calendar-date";
import { strictObject } from "./schema-messages";
import { ALL_DEGREE_LEVELS, DEGREE_LEVELS, HIGH_SCHOOL } from "./vocabulary";

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
    /** Kinds of work that count: the applicant format's (customer-service, ...) or ids of the file's own `vocabulary.kinds`. */
    kinds: z.optional(
      z.array(text("a kind of work id"), listOf("kinds", '["customer-service"]')).check(
        z.minLength(1, { error: "List at least one kind, or leave kinds out to accept every kind" }),
      ),
    ),
    comparableTo: z.optional(z.array(text("a level id"), listOf("comparableTo", '["4808"]')).check(z.minLength(1, { error: "List at least one level id" }))),
    /** Jobs the officer judged comparable to this level or any higher one in the series' `levelOrder` ("equivalent to at least GS-5"). */
    atLeast: z.optional(text("a level id from the series' levelOrder")),
    supervisory: z.optional(z.boolean({ error: "Enter supervisory as true or false" })),
    /** Only jobs with one of these employer sectors (ids of the file's `vocabulary.sectors`). */
    sectors: z.optional(z.array(text("a sector id"), listOf("sectors", '["state-service"]')).check(z.minLength(1, { error: "List at least one sector" }))),
    /** Jobs with none of these sectors (e.g. unpaid work recorded as "volunteer"). */
    excludeSectors: z.optional(z.array(text("a sector id"), listOf("excludeSectors", '["volunteer"]')).check(z.minLength(1, { error: "List at least one sector" }))),
    /** Only days within the last `years` years before the screening date count, optionally extended by service in some sectors. */
    within: z.optional(
      strict(
        {
          years: numberIn("within.years", 1, 50, "Enter within.years as a whole number of years from 1 to 50, e.g. 10"),
          extension: z.optional(
            strict(
              {
                /** Days of service in these sectors (e.g. military) extend the window by as many days. */
                sectors: z.array(text("a sector id"), listOf("sectors", '["military"]')).check(z.minLength(1, { error: "List at least one sector" })),
                maxYears: z.optional(numberIn("extension.maxYears", 0, 50, "Enter extension.maxYears as a number of years from 0 to 50")),
                source: sourceSchema,
              },
              "a recency window's extension",
            ),
          ),
          source: sourceSchema,
        },
        "a recency window",
      ),
    ),
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

/** Clock hours (classroom or trade-school training) to months: "720 clock hours equals one year". Only with a source. */
export const clockConversionSchema = strict(
  {
    clockHours: numberIn("clockHours", 1, 10000, "Enter clockHours as a number from 1 to 10000, e.g. 720"),
    months: numberIn("months", 0.01, MAX_MONTHS, `Enter months as a number from 0.01 to ${MAX_MONTHS}, e.g. 12`),
    /** The spec's words for the rate; absent when the rate is agency policy (the source then needs a policy). */
    source: z.optional(sourceSchema),
  },
  "a clock-hour conversion",
);

const maxMonthsField = z.optional(numberIn("maxMonths", 0, MAX_MONTHS, `Enter maxMonths as a number from 0 to ${MAX_MONTHS} months: at most this many months come from the source`));

export const creditSourceSchema = z.discriminatedUnion(
  "kind",
  [
    strict(
      {
        kind: z.literal("experience"),
        label: text("the source's label"),
        filter: experienceFilterSchema,
        /** At most this many months of experience count toward the combination. */
        maxMonths: maxMonthsField,
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
        /** Which coursework counts: "any" (the default), "undergraduate" or "graduate" rows. */
        level: z.optional(z.enum(["any", "undergraduate", "graduate"], { error: 'Set level to "any", "undergraduate" or "graduate"' })),
        /** Only semester hours beyond the first N of the rows that count ("beyond the first year"). */
        beyondHours: z.optional(numberIn("beyondHours", 0, MAX_HOURS, `Enter beyondHours as a number of semester hours from 0 to ${MAX_HOURS}`)),
        /** Semester hours a degree counts as in this source (degrees not listed here count as the series' degreeHours, or not at all for graduate sources). */
        degreeHours: z.optional(z.partialRecord(z.enum(ALL_DEGREE_LEVELS), numberIn("degree hours", 0, MAX_HOURS, `Enter degree hours from 0 to ${MAX_HOURS}`))),
        /** How clock hours convert; without it clock hours do not count. */
        clock: z.optional(clockConversionSchema),
        /** At most this many months come from the source ("may substitute for up to two years"). */
        maxMonths: maxMonthsField,
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
  | (RuleBase & { type: "degree"; minLevel?: (typeof DEGREE_LEVELS)[number]; levels?: Array<(typeof ALL_DEGREE_LEVELS)[number]>; fields?: string[] | null; source: Source })
  | (RuleBase & { type: "credential"; credentials: string[]; source: Source })
  | (RuleBase & { type: "coursework"; hours: number; units?: Array<"semester" | "quarter" | "clock">; areas?: string[] | null; level?: "undergraduate" | "graduate"; source: Source })
  | (RuleBase & { type: "review"; reason: string; onlyIf?: Rule; source: Source });

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
          /** The lowest degree of the ladder associate < bachelor < master < doctorate (a research doctorate) that meets it. */
          minLevel: z.optional(z.enum(DEGREE_LEVELS, { error: `Use a degree level from: ${DEGREE_LEVELS.join(", ")}` })),
          /** Or the degree levels that meet it, listed (the only way to accept a professional degree such as a J.D.). */
          levels: z.optional(
            z.array(z.enum(ALL_DEGREE_LEVELS, { error: `Use degree levels from: ${ALL_DEGREE_LEVELS.join(", ")}` }), listOf("levels", '["professional"]')).check(
              z.minLength(1, { error: "List at least one degree level" }),
            ),
          ),
          fields: z.optional(z.nullable(z.array(text("a field of study"), listOf("fields", '["communications"] (or null for any field)')))),
          source: sourceSchema,
        },
        "a degree rule",
      ),
      strict(
        {
          ...ruleBase,
          type: z.literal("coursework"),
          /** Holds when the applicant lists at least this many hours of such coursework (as entered, in their own units). */
          hours: numberIn("hours", 0.01, 100000, "Enter hours as a number greater than 0, e.g. 1"),
          units: z.optional(z.array(z.enum(["semester", "quarter", "clock"], { error: 'Use units from: semester, quarter, clock' }), listOf("units", '["clock"]'))),
          areas: z.optional(z.nullable(z.array(text("an area of study"), listOf("areas", '["heavy-equipment-operation"] (or null for every area)')))),
          level: z.optional(z.enum(["undergraduate", "graduate"], { error: 'Set level to "undergraduate" or "graduate"' })),
          source: sourceSchema,
        },
        "a coursework rule",
      ),
      strict(
        {
          ...ruleBase,
          type: z.literal("credential"),
          /** Licences or certificates (ids of the file's `vocabulary.credentials`), any one of which meets it when held and not expired. */
          credentials: z.array(text("a credential id"), listOf("credentials", '["class-a-license"]')).check(z.minLength(1, { error: "List at least one credential id" })),
          source: sourceSchema,
        },
        "a credential rule",
      ),
      strict(
        {
          ...ruleBase,
          type: z.literal("review"),
          reason: text("the reason an officer must review"),
          /** The review applies only to applicants for whom this rule holds; for the others the rule does not hold. */
          onlyIf: z.optional(ruleSchema),
          source: sourceSchema,
        },
        "a review rule",
      ),
    ],
    { error: "Set type to one of: all, any, high-school, combination, experience, degree, credential, coursework, review" },
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
        z.enum(ALL_DEGREE_LEVELS, { error: `Use degree levels from: ${ALL_DEGREE_LEVELS.join(", ")}` }),
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
    /** The policy's name inside a sentence, without "Agency policy:", e.g. "education substitutes for experience". */
    shortLabel: z.optional(text("the policy's short name")),
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

const vocabularyEntry = (what: string) =>
  strict(
    {
      id: text(`the ${what}'s id`),
      label: text(`the ${what}'s label`),
      /** In plain words, for the applicant and the officer. */
      description: z.optional(text(`the ${what}'s description`)),
      source: z.optional(sourceSchema),
    },
    `a ${what}`,
  );

export const vocabularySchema = strict(
  {
    kinds: z.optional(z.array(vocabularyEntry("kind of work"), listOf("kinds", '[{ "id": "heavy-equipment-operation", "label": "Heavy equipment operation" }]'))),
    credentials: z.optional(z.array(vocabularyEntry("credential"), listOf("credentials", '[{ "id": "class-a-license", "label": "Class A driver\'s license" }]'))),
    sectors: z.optional(z.array(vocabularyEntry("sector"), listOf("sectors", '[{ "id": "state-service", "label": "State service" }]'))),
  },
  "a vocabulary",
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
    /** The text of `document`, when the file ships it: every quote from it is then checked word for word. */
    documentText: z.optional(text("the text of the source document")),
    /** The documents its rules quote, by title, issuer and date; `document` and every `source.document` name one by id. */
    documents: z.optional(z.array(documentSchema, listOf("documents", '[{ "id": "spec.txt", "title": "...", "issuer": "...", "effective": "08/15/10" }]'))),
    description: z.optional(text("the series description")),
    codes: z.optional(z.array(strict({ label: text("the code's label"), value: text("the code's value") }, "a code"), listOf("codes", '[{ "label": "Pay grade", "value": "G4" }]'))),
    counting: z.optional(countingSchema),
    policies: z.optional(z.array(policySchema, listOf("policies", '[{ "id": "...", "label": "...", "text": "...", "setting": "ask" }]'))),
    interpretations: z.optional(z.array(interpretationSchema, listOf("interpretations", '[{ "id": "...", "clause": "...", "reading": "...", "why": "..." }]'))),
    notes: z.optional(z.array(strict({ text: text("the note"), source: z.optional(sourceSchema) }, "a note"), listOf("notes", '[{ "text": "..." }]'))),
    /** The file's own vocabularies, beside the applicant format's: kinds of work, credentials, employer sectors. */
    vocabulary: z.optional(vocabularySchema),
    /**
     * The series' levels in order, lowest first, for "at least level X"; it may name
     * levels the file does not screen (GS-3, GS-4).
     */
    levelOrder: z.optional(z.array(text("a level id"), listOf("levelOrder", '["GS-3", "GS-4", "GS-5"]')).check(z.minLength(2, { error: "List at least two levels, lowest first" }))),
    levels: z.array(levelSchema, { error: required("levels", "Enter levels as a list of levels") }).check(z.minLength(1, { error: "List at least one level" })),
  },
  "a qualification file",
);

export type Source = z.infer<typeof sourceSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
export type ExperienceFilter = z.infer<typeof experienceFilterSchema>;
export type Conversion = z.infer<typeof conversionSchema>;
export type CreditSource = z.infer<typeof creditSourceSchema>;
export type Counting = z.infer<typeof countingSchema>;
export type Policy = z.infer<typeof policySchema>;
export type Interpretation = z.infer<typeof interpretationSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;
