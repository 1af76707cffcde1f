/**
 * A catalog: the levels to screen against, each with its series, file and
 * counting rules. Building one from already-validated series needs no schema,
 * so the page can start from the built-in files (checked by the data-health
 * test) without loading the qualification schema.
 */
import { parseIsoDate } from "./calendar-date";
import { DEFAULT_COUNTING, type CountingRules } from "./default-counting";
import type { Level, Series } from "./qualification-schema";

/** A problem in a qualification file: which file, where in it, and how to fix it. */
export interface QualificationError {
  file: string;
  path: string;
  message: string;
}

/** A level ready to screen: its own data plus the series it belongs to. */
export interface CatalogLevel {
  level: Level;
  series: Series;
  /** The file the level was loaded from (shown on reports). */
  file: string;
  counting: CountingRules;
  /** Day numbers of the level's dates, worked out once: first day in effect, first day no longer in effect, requirements' start. */
  days: { from: number | null; until: number | null; requirementsFrom: number | null };
}

export interface Catalog {
  series: Array<{ series: Series; file: string }>;
  levels: CatalogLevel[];
}

/** The series' counting rules: the applicant format's defaults, overridden by the file. */
export function countingFor(series: Series): CountingRules {
  const c = series.counting ?? {};
  return {
    fullTimeHoursPerWeek: c.fullTimeHoursPerWeek ?? DEFAULT_COUNTING.fullTimeHoursPerWeek,
    quarterToSemester: c.quarterToSemester ?? DEFAULT_COUNTING.quarterToSemester,
    degreeHours: { ...DEFAULT_COUNTING.degreeHours, ...(c.degreeHours ?? {}) },
    experienceRounding: c.experienceRounding === undefined ? DEFAULT_COUNTING.experienceRounding : c.experienceRounding,
  };
}

/**
 * Build a catalog from validated series, in the order given. A series id or
 * a level id used by an earlier file is an error for the later one, which is
 * left out: series ids are unique, so one series' policy settings
 * (`policyKey(series, policy)`) never switch another's.
 * @example buildCatalog([builtin, { file: "copy.json", series: { ...builtin.series } }]).errors[0].path // "id"
 */
export function buildCatalog(files: Array<{ series: Series; file: string }>): { catalog: Catalog; errors: QualificationError[] } {
  const errors: QualificationError[] = [];
  const seen = new Map<string, string>();
  const seenSeries = new Map<string, string>();
  const catalog: Catalog = { series: [], levels: [] };
  for (const entry of files) {
    const sameSeries = seenSeries.get(entry.series.id);
    if (sameSeries !== undefined) {
      errors.push({ file: entry.file, path: "id", message: `Series id "${entry.series.id}" is already used by ${sameSeries}; give this series another id` });
      continue;
    }
    const clash = entry.series.levels.findIndex((l) => seen.has(l.id));
    if (clash >= 0) {
      const id = entry.series.levels[clash].id;
      errors.push({ file: entry.file, path: `levels[${clash}].id`, message: `Level id "${id}" is already used by ${seen.get(id)}; give this level another id` });
      continue;
    }
    const counting = countingFor(entry.series);
    seenSeries.set(entry.series.id, entry.file);
    catalog.series.push(entry);
    for (const level of entry.series.levels) {
      seen.set(level.id, entry.file);
      const day = (d: string | null | undefined): number | null => (d ? parseIsoDate(d) : null);
      const days = { from: day(level.effective?.from), until: day(level.effective?.until), requirementsFrom: day(level.requirementsFrom?.date) };
      catalog.levels.push({ level, series: entry.series, file: entry.file, counting, days });
    }
  }
  return { catalog, errors };
}

