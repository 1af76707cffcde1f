/**
 * A fast yes-or-no check that a value is a valid applicant, for screening
 * large pools: a plain loop is many times faster than the zod schema. It may
 * say no to a valid applicant (the caller then asks the schema, which also
 * gives the messages), but it never says yes to an invalid one: a property
 * test holds it to that against the schema.
 */
import { EARLIEST_DAY, parseIsoDate, parseJobDate } from "./calendar-date";
import { ALL_DEGREE_LEVELS, CREDIT_UNITS, HIGH_SCHOOL } from "./vocabulary";

/** The ids an applicant may use: the applicant format's kinds plus those the loaded class files declare. */
export interface ApplicantVocabulary {
  kinds: ReadonlySet<string>;
  credentials: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
}

const APPLICANT_KEYS = new Set(["name", "asOf", "education", "experience", "levelDecisions"]);
const EDUCATION_KEYS = new Set(["highSchool", "coursework", "degrees", "credentials"]);
const COURSE_KEYS = new Set(["hours", "unit", "areas", "level"]);
const COURSE_LEVELS = new Set<unknown>(["undergraduate", "graduate"]);
const DEGREE_KEYS = new Set(["level", "field"]);
const JOB_KEYS = new Set(["employer", "title", "start", "end", "hoursPerWeek", "kinds", "supervisory", "comparableTo", "qualifyingPercent", "officerNote", "sector"]);
const HIGH = new Set<unknown>(HIGH_SCHOOL);
const UNITS = new Set<unknown>(CREDIT_UNITS);
const LEVELS = new Set<unknown>(ALL_DEGREE_LEVELS);

function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function onlyKeys(o: Record<string, unknown>, allowed: Set<string>): boolean {
  for (const k in o) if (!allowed.has(k) || o[k] === undefined) return false;
  return true;
}

const optionalString = (v: unknown): boolean => v === undefined || typeof v === "string";
const stringList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");
const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function isJob(j: unknown, vocabulary: ApplicantVocabulary): boolean {
  if (!isRecord(j) || !onlyKeys(j, JOB_KEYS)) return false;
  if (!optionalString(j.employer) || !optionalString(j.title)) return false;
  if (typeof j.start !== "string") return false;
  const start = parseJobDate(j.start, "start");
  if (start === null || start < EARLIEST_DAY) return false;
  if (j.end !== undefined && j.end !== null) {
    if (typeof j.end !== "string") return false;
    const end = parseJobDate(j.end, "end");
    if (end === null || end < start) return false;
  }
  if (!finite(j.hoursPerWeek) || j.hoursPerWeek < 1 || j.hoursPerWeek > 168) return false;
  if (!Array.isArray(j.kinds) || j.kinds.length === 0 || !j.kinds.every((k) => typeof k === "string" && vocabulary.kinds.has(k))) return false;
  if (j.sector !== undefined && (typeof j.sector !== "string" || !vocabulary.sectors.has(j.sector))) return false;
  if (j.supervisory !== undefined && typeof j.supervisory !== "boolean") return false;
  if (j.comparableTo !== undefined && !stringList(j.comparableTo)) return false;
  if (j.qualifyingPercent !== undefined && (!finite(j.qualifyingPercent) || j.qualifyingPercent < 1 || j.qualifyingPercent > 100)) return false;
  if (!optionalString(j.officerNote)) return false;
  return true;
}

/** True only for values the applicant schema accepts as they are. */
export function isValidApplicantQuick(value: unknown, vocabulary: ApplicantVocabulary): boolean {
  if (!isRecord(value) || !onlyKeys(value, APPLICANT_KEYS)) return false;
  if (!optionalString(value.name)) return false;
  if (value.asOf !== undefined && (typeof value.asOf !== "string" || (parseIsoDate(value.asOf) ?? -Infinity) < EARLIEST_DAY)) return false;
  // Officer's decisions are rare: the schema checks them.
  if (value.levelDecisions !== undefined) return false;
  const e = value.education;
  if (!isRecord(e) || !onlyKeys(e, EDUCATION_KEYS) || !HIGH.has(e.highSchool)) return false;
  if (e.coursework !== undefined) {
    if (!Array.isArray(e.coursework)) return false;
    for (const c of e.coursework) {
      if (!isRecord(c) || !onlyKeys(c, COURSE_KEYS)) return false;
      if (!finite(c.hours) || c.hours <= 0 || c.hours > 400 || !UNITS.has(c.unit)) return false;
      if (c.areas !== undefined && !stringList(c.areas)) return false;
      if (c.level !== undefined && !COURSE_LEVELS.has(c.level)) return false;
    }
  }
  if (e.degrees !== undefined) {
    if (!Array.isArray(e.degrees)) return false;
    for (const d of e.degrees) if (!isRecord(d) || !onlyKeys(d, DEGREE_KEYS) || !LEVELS.has(d.level) || !optionalString(d.field)) return false;
  }
  if (e.credentials !== undefined) {
    // Rare: the schema checks them, with its messages.
    return false;
  }
  if (value.experience !== undefined) {
    if (!Array.isArray(value.experience)) return false;
    for (const j of value.experience) if (!isJob(j, vocabulary)) return false;
  }
  return true;
}
