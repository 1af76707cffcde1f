/**
 * The applicant file format, version 1 (../shared/applicant-format.md), as a
 * strict zod schema. Every message says how to fix the problem. The same
 * schema validates files, the command line and the app's form.
 */
import * as z from "zod/mini";
import { EARLIEST_DAY, parseIsoDate, parseJobDate } from "./calendar-date";
import { strictObject } from "./schema-messages";
import { ALL_DEGREE_LEVELS, CREDIT_UNITS, HIGH_SCHOOL } from "./vocabulary";

const list = (values: readonly string[]): string => values.join(", ");

/** A `yyyy-mm-dd` calendar date that exists, from 1900-01-01 on. */
const isoDate = (what: string) =>
  z.string({ error: `Enter ${what} as a date in the form yyyy-mm-dd, for example 2021-03-01` }).check(
    z.refine((s) => parseIsoDate(s) !== null, {
      error: `Enter ${what} as a real date in the form yyyy-mm-dd, for example 2021-03-01`,
    }),
    z.refine((s) => (parseIsoDate(s) ?? EARLIEST_DAY) >= EARLIEST_DAY, { error: `Enter ${what} on or after 1900-01-01` }),
  );

/** A job date: `yyyy-mm-dd`, or (1.1) a month alone, `yyyy-mm`, from 1900 on. */
const jobDate = (what: string, edge: "start" | "end") =>
  z.string({ error: `Enter ${what} as a date in the form yyyy-mm-dd (or yyyy-mm for a month alone), for example 2021-03-01` }).check(
    z.refine((s) => parseJobDate(s, edge) !== null, {
      error: `Enter ${what} as a real date in the form yyyy-mm-dd, or a month alone as yyyy-mm, for example 2021-03-01 or 2021-03`,
    }),
    z.refine((s) => (parseJobDate(s, edge) ?? EARLIEST_DAY) >= EARLIEST_DAY, { error: `Enter ${what} on or after 1900-01-01` }),
  );

const strict = <T extends z.core.$ZodLooseShape>(shape: T, what: string) => strictObject(shape, what, "check the spelling against the applicant format");

const optionalText = (what: string) => z.optional(z.string({ error: `Enter ${what} as text` }));

export const courseworkSchema = strict(
  {
    hours: z.number({ error: "Enter the credit hours as a number greater than 0, for example 45" }).check(
      z.gt(0, { error: "Enter credit hours greater than 0" }),
      z.lte(400, { error: "Enter at most 400 hours (credit or clock) in one row; split larger amounts into several rows, for example 720 as 400 and 320" }),
    ),
    unit: z.enum(CREDIT_UNITS, { error: `Choose the credit unit: ${list(CREDIT_UNITS)}` }),
    areas: z.optional(z.array(z.string({ error: "Enter each area of study as text" }), { error: "Enter the areas of study as a list" })),
    level: z.optional(z.enum(["undergraduate", "graduate"], { error: 'Choose the coursework level: "undergraduate" (the default) or "graduate"' })),
  },
  "a coursework row",
);

export const degreeSchema = strict(
  {
    level: z.enum(ALL_DEGREE_LEVELS, { error: `Choose the degree level: ${list(ALL_DEGREE_LEVELS)}` }),
    field: optionalText("the field of study"),
  },
  "a degree",
);

export const jobSchema = strict(
  {
    employer: optionalText("the employer"),
    title: optionalText("the job title"),
    start: jobDate("the start date", "start"),
    end: z.optional(z.nullable(jobDate("the end date, or leave it empty for a current job", "end"))),
    hoursPerWeek: z.number({ error: "Enter the hours per week as a number from 1 to 168" }).check(
      z.gte(1, { error: "Enter at least 1 hour per week" }),
      z.lte(168, { error: "Enter at most 168 hours per week (the hours in a week)" }),
    ),
    // Which ids are known depends on the classes loaded: validateApplicant checks them against the vocabulary.
    kinds: z
      .array(z.string({ error: "Choose each kind of work as an id, for example customer-service" }), {
        error: "Choose at least one kind of work",
      })
      .check(z.minLength(1, { error: "Choose at least one kind of work (use \"other\" for unrelated work)" })),
    sector: z.optional(z.string({ error: "Enter the sector as an id, for example state-service" })),
    supervisory: z.optional(z.boolean({ error: "Enter supervisory as true or false" })),
    comparableTo: z.optional(z.array(z.string({ error: "Enter each comparable level as a level id, for example 4808" }), { error: "Enter the comparable levels as a list of level ids" })),
    qualifyingPercent: z.optional(
      z.number({ error: "Enter the share of qualifying duties as a percentage from 1 to 100, for example 75" }).check(
        z.gte(1, { error: "Enter a share of qualifying duties of at least 1 percent (leave it out when the job does not count at all and choose the kind \"other\")" }),
        z.lte(100, { error: "Enter a share of qualifying duties of at most 100 percent" }),
      ),
    ),
    officerNote: optionalText("the officer's note on this job"),
  },
  "a job",
).check(
  z.refine((job) => job.end == null || (parseJobDate(job.end, "end") ?? 0) >= (parseJobDate(job.start, "start") ?? 0), {
    error: "Enter an end date on or after the start date",
    path: ["end"],
    // Report this even when another field of the job has a problem too.
    when: (payload) => {
      const job = payload.value as { start?: unknown; end?: unknown };
      return typeof job?.start === "string" && typeof job?.end === "string" && parseJobDate(job.start, "start") !== null && parseJobDate(job.end, "end") !== null;
    },
  }),
);

/** A licence or certificate (1.2): an id from a loaded class file's credential vocabulary, the name on the document, and its last valid day. */
export const credentialSchema = strict(
  {
    id: z.string({ error: "Enter the credential's id, for example class-a-license" }).check(z.minLength(1, { error: "Enter the credential's id, for example class-a-license" })),
    name: optionalText("the credential's name as on the document"),
    expires: z.optional(isoDate("the credential's expiry date (its last valid day)")),
  },
  "a credential",
);

export const educationSchema = strict(
  {
    highSchool: z.enum(HIGH_SCHOOL, { error: `Choose high school: ${list(HIGH_SCHOOL)}` }),
    coursework: z.optional(z.array(courseworkSchema, { error: "Enter coursework as a list of rows" })),
    degrees: z.optional(z.array(degreeSchema, { error: "Enter degrees as a list" })),
    credentials: z.optional(z.array(credentialSchema, { error: "Enter credentials as a list" })),
  },
  "education",
);

/** The officer's own determination for a level (1.1): never changes the screener's outcome; both are shown. */
export const levelDecisionSchema = strict(
  {
    level: z.string({ error: "Enter the level id the decision is for, for example 4808" }).check(z.minLength(1, { error: "Enter the level id the decision is for, for example 4808" })),
    outcome: z.enum(["meets", "does-not-meet"], { error: 'Choose the officer\'s outcome: "meets" or "does-not-meet"' }),
    reason: z.string({ error: "Enter the reason for the decision: it is required" }).check(
      z.refine((s) => s.trim() !== "", { error: "Enter the reason for the decision: it is required" }),
    ),
    by: optionalText("the name of the officer who decided"),
    date: z.optional(isoDate("the date of the decision")),
  },
  "a level decision",
);

export const applicantSchema = strict(
  {
    name: optionalText("the applicant's name"),
    asOf: z.optional(isoDate("the screening date")),
    education: educationSchema,
    experience: z.optional(z.array(jobSchema, { error: "Enter experience as a list of jobs" })),
    levelDecisions: z.optional(
      z.array(levelDecisionSchema, { error: "Enter levelDecisions as a list of decisions" }).check(
        z.refine((list) => new Set(list.map((d) => d.level)).size === list.length, { error: "Give at most one decision per level" }),
      ),
    ),
  },
  "an applicant",
);

export type Applicant = z.infer<typeof applicantSchema>;
export type Education = z.infer<typeof educationSchema>;
export type Coursework = z.infer<typeof courseworkSchema>;
export type Degree = z.infer<typeof degreeSchema>;
export type Job = z.infer<typeof jobSchema>;
export type Credential = z.infer<typeof credentialSchema>;
export type LevelDecisionInput = z.infer<typeof levelDecisionSchema>;
