/**
 * The applicant file format, version 1 (../shared/applicant-format.md), as a
 * strict zod schema. Every message says how to fix the problem. The same
 * schema validates files, the command line and the app's form.
 */
import * as z from "zod/mini";
import { parseIsoDate } from "./calendar-date";
import { strictObject } from "./schema-messages";
import { CREDIT_UNITS, DEGREE_LEVELS, EXPERIENCE_KINDS, HIGH_SCHOOL } from "./vocabulary";

const list = (values: readonly string[]): string => values.join(", ");

/** A `yyyy-mm-dd` calendar date that exists. */
const isoDate = (what: string) =>
  z.string({ error: `Enter ${what} as a date in the form yyyy-mm-dd, for example 2021-03-01` }).check(
    z.refine((s) => parseIsoDate(s) !== null, {
      error: `Enter ${what} as a real date in the form yyyy-mm-dd, for example 2021-03-01`,
    }),
  );

const strict = <T extends z.core.$ZodLooseShape>(shape: T, what: string) => strictObject(shape, what, "check the spelling against the applicant format");

const optionalText = (what: string) => z.optional(z.string({ error: `Enter ${what} as text` }));

export const courseworkSchema = strict(
  {
    hours: z.number({ error: "Enter the credit hours as a number greater than 0, for example 45" }).check(
      z.gt(0, { error: "Enter credit hours greater than 0" }),
      z.lte(400, { error: "Enter at most 400 credit hours in one row; split larger amounts into several rows" }),
    ),
    unit: z.enum(CREDIT_UNITS, { error: `Choose the credit unit: ${list(CREDIT_UNITS)}` }),
    areas: z.optional(z.array(z.string({ error: "Enter each area of study as text" }), { error: "Enter the areas of study as a list" })),
  },
  "a coursework row",
);

export const degreeSchema = strict(
  {
    level: z.enum(DEGREE_LEVELS, { error: `Choose the degree level: ${list(DEGREE_LEVELS)}` }),
    field: optionalText("the field of study"),
  },
  "a degree",
);

export const jobSchema = strict(
  {
    employer: optionalText("the employer"),
    title: optionalText("the job title"),
    start: isoDate("the start date"),
    end: z.optional(z.nullable(isoDate("the end date, or leave it empty for a current job"))),
    hoursPerWeek: z.number({ error: "Enter the hours per week as a number from 1 to 168" }).check(
      z.gte(1, { error: "Enter at least 1 hour per week" }),
      z.lte(168, { error: "Enter at most 168 hours per week (the hours in a week)" }),
    ),
    kinds: z
      .array(z.enum(EXPERIENCE_KINDS, { error: `Choose each kind of work from: ${list(EXPERIENCE_KINDS)}` }), {
        error: "Choose at least one kind of work",
      })
      .check(z.minLength(1, { error: "Choose at least one kind of work (use \"other\" for unrelated work)" })),
    supervisory: z.optional(z.boolean({ error: "Enter supervisory as true or false" })),
    comparableTo: z.optional(z.array(z.string({ error: "Enter each comparable level as a level id, for example 4808" }), { error: "Enter the comparable levels as a list of level ids" })),
  },
  "a job",
).check(
  z.refine((job) => job.end == null || (parseIsoDate(job.end) ?? 0) >= (parseIsoDate(job.start) ?? 0), {
    error: "Enter an end date on or after the start date",
    path: ["end"],
    // Report this even when another field of the job has a problem too.
    when: (payload) => {
      const job = payload.value as { start?: unknown; end?: unknown };
      return typeof job?.start === "string" && typeof job?.end === "string" && parseIsoDate(job.start) !== null && parseIsoDate(job.end) !== null;
    },
  }),
);

export const educationSchema = strict(
  {
    highSchool: z.enum(HIGH_SCHOOL, { error: `Choose high school: ${list(HIGH_SCHOOL)}` }),
    coursework: z.optional(z.array(courseworkSchema, { error: "Enter coursework as a list of rows" })),
    degrees: z.optional(z.array(degreeSchema, { error: "Enter degrees as a list" })),
  },
  "education",
);

export const applicantSchema = strict(
  {
    name: optionalText("the applicant's name"),
    asOf: z.optional(isoDate("the screening date")),
    education: educationSchema,
    experience: z.optional(z.array(jobSchema, { error: "Enter experience as a list of jobs" })),
  },
  "an applicant",
);

export type Applicant = z.infer<typeof applicantSchema>;
export type Education = z.infer<typeof educationSchema>;
export type Coursework = z.infer<typeof courseworkSchema>;
export type Degree = z.infer<typeof degreeSchema>;
export type Job = z.infer<typeof jobSchema>;
