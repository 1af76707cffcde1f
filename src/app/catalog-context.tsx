/**
 * The classes the app screens against: the built-in series plus any
 * qualification files the officer loads in this browser session, and the
 * officer's choice of agency policies. Every feature reads it from here.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { BUILTIN_SERIES } from "../builtin-catalog";
import { buildCatalog, type Catalog, type QualificationError } from "../engine/catalog";
import type { Series } from "../engine/qualification-schema";
import type { ScreenOptions } from "../engine/screen-applicant";

/**
 * A qualification file as read from disk: its name and parsed JSON, or, when
 * it could not be read as JSON, the located error saying so (it is kept with
 * the other files' errors).
 */
export type LoadedFile = { file: string; data: unknown } | { file: string; error: QualificationError };

export interface CatalogState {
  catalog: Catalog;
  /** Validated files the officer loaded (not the built-in ones). */
  customSeries: Array<{ file: string; series: Series }>;
  /** Problems with loaded files, with file and path; the built-in classes keep working. */
  errors: QualificationError[];
  /**
   * Validate and add (or replace, by file name) qualification files. Good
   * files join the catalog; the problems of bad ones are returned and kept in `errors`.
   */
  addFiles: (files: LoadedFile[]) => Promise<QualificationError[]>;
  removeFile: (file: string) => void;
  /** Officer's overrides of agency policies, by policy id. */
  policies: Record<string, boolean>;
  setPolicy: (id: string, enabled: boolean) => void;
  /** Options to pass to the engine (policies; `today` is filled by the caller). */
  screenOptions: (today: string) => ScreenOptions;
}

const CatalogContext = createContext<CatalogState | null>(null);

export function CatalogProvider({ children }: { children: ReactNode }) {
  const [customSeries, setCustomSeries] = useState<Array<{ file: string; series: Series }>>([]);
  const [fileErrors, setFileErrors] = useState<QualificationError[]>([]);
  const [policies, setPolicies] = useState<Record<string, boolean>>({});
  const built = useMemo(() => buildCatalog([...BUILTIN_SERIES, ...customSeries]), [customSeries]);
  const addFiles = useCallback(async (files: LoadedFile[]): Promise<QualificationError[]> => {
    // The schema is only needed when an officer loads a file: fetch it then.
    const { validateSeries } = await import("../engine/load-qualifications");
    const good: Array<{ file: string; series: Series }> = [];
    const errors: QualificationError[] = [];
    for (const f of files) {
      if ("error" in f) {
        errors.push(f.error);
        continue;
      }
      const v = validateSeries(f.data, f.file);
      if (v.ok) good.push({ file: f.file, series: v.series });
      else errors.push(...v.errors);
    }
    const names = new Set(files.map((f) => f.file));
    setCustomSeries((prev) => [...prev.filter((p) => !names.has(p.file)), ...good]);
    setFileErrors((prev) => [...prev.filter((e) => !names.has(e.file)), ...errors]);
    return errors;
  }, []);
  const removeFile = useCallback((file: string) => {
    setCustomSeries((prev) => prev.filter((p) => p.file !== file));
    setFileErrors((prev) => prev.filter((e) => e.file !== file));
  }, []);
  const setPolicy = useCallback((id: string, enabled: boolean) => setPolicies((prev) => ({ ...prev, [id]: enabled })), []);
  const screenOptions = useCallback((today: string): ScreenOptions => ({ today, policies }), [policies]);
  const errors = useMemo(() => [...fileErrors, ...built.errors], [fileErrors, built.errors]);
  const value = useMemo(
    () => ({ catalog: built.catalog, customSeries, errors, addFiles, removeFile, policies, setPolicy, screenOptions }),
    [built.catalog, customSeries, errors, addFiles, removeFile, policies, setPolicy, screenOptions],
  );
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

export function useCatalog(): CatalogState {
  const value = useContext(CatalogContext);
  if (!value) throw new Error("useCatalog must be used inside <CatalogProvider>");
  return value;
}
