/**
 * The built-in catalog for the page.
 *
 * The class series are data, not code: the build writes them into the page
 * as a JSON script element (vite.config.ts, `builtinQualificationsInPage`),
 * so they are not part of the page's JavaScript budget and the single-file
 * build carries them with it. Tests, which have no page, import the files.
 * The catalog is built without the qualification schema: the data-health
 * test validates these files on every test run, so the page can trust them.
 */
import type { Series } from "./engine/qualification-schema";

import { BUILTIN_QUALIFICATIONS_ELEMENT } from "./builtin-element";

type RawFiles = Array<{ file: string; data: unknown }>;

function fromPage(): RawFiles | null {
  if (typeof document === "undefined") return null;
  const element = document.getElementById(BUILTIN_QUALIFICATIONS_ELEMENT);
  return element?.textContent ? (JSON.parse(element.textContent) as RawFiles) : null;
}

async function builtinFiles(): Promise<RawFiles> {
  const inPage = fromPage();
  if (inPage) return inPage;
  // Only tests and Node scripts (benchmarks) run without a page; the build drops this branch, and the data with it.
  if (import.meta.env === undefined || import.meta.env.MODE === "test") return (await import("./builtin-qualifications")).BUILTIN_QUALIFICATION_FILES;
  throw new Error(`The page has no built-in class specs (#${BUILTIN_QUALIFICATIONS_ELEMENT}); rebuild it with npm run build.`);
}

export const BUILTIN_SERIES: Array<{ file: string; series: Series }> = (await builtinFiles()).map(({ file, data }) => ({
  file,
  series: data as Series,
}));
