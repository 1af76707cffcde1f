/**
 * The built-in catalog for the page, built without loading the qualification
 * schema: the data-health test validates these files on every test run, so
 * the page can trust them and keep its first download small.
 */
import { BUILTIN_QUALIFICATION_FILES } from "./builtin-qualifications";
import type { Series } from "./engine/qualification-schema";

export const BUILTIN_SERIES: Array<{ file: string; series: Series }> = BUILTIN_QUALIFICATION_FILES.map(({ file, data }) => ({
  file,
  series: data as Series,
}));
