/**
 * The classes the app screens against: the built-in series plus any
 * qualification files the officer loads in this browser session, and the
 * officer's choice of agency policies. Every feature reads it from here.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { BUILTIN_SERIES } from "../builtin-catalog";
import { buildCatalog, type Catalog, type QualificationError } from "../engine/catalog";
import type { Series } from "../engine/qualification-schema";
import type { PolicyChoice } from "../engine/decision";
import type { ScreenOptions } from "../engine/screen-applicant";

/** Where the officer's policy settings are kept: configuration of this browser, not applicant data. */
const POLICY_STORAGE_KEY = "mq-screener.policy-settings";

function storedPolicies(): Record<string, PolicyChoice> {
  try {
    const raw = typeof localStorage === "undefined" ? null : localStorage.getItem(POLICY_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    const out: Record<string, PolicyChoice> = {};
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      const v = value as Partial<PolicyChoice> | null;
      if (!v || !["ask", "allow", "deny"].includes(v.setting as string)) continue;
      const cap = typeof v.capMonths === "number" && Number.isFinite(v.capMonths) && v.capMonths >= 0 ? v.capMonths : undefined;
      out[key] = cap === undefined || v.setting !== "allow" ? { setting: v.setting! } : { setting: "allow", capMonths: cap };
    }
    return out;
  } catch {
    return {};
  }
}

function storePolicies(policies: Record<string, PolicyChoice>): void {
  try {
    if (Object.keys(policies).length) localStorage.setItem(POLICY_STORAGE_KEY, JSON.stringify(policies));
    else localStorage.removeItem(POLICY_STORAGE_KEY);
  } catch {
    // Storage refused (private mode, quota): the settings still hold for this tab.
  }
}

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
  /** Officer's settings of agency policies, by `policyKey(series, policy)`; kept in this browser as configuration. */
  policies: Record<string, PolicyChoice>;
  /** Set a policy for a series, or (null) go back to its file's setting. */
  setPolicy: (key: string, choice: PolicyChoice | null) => void;
  /** Options to pass to the engine (policies; `today` is filled by the caller). */
  screenOptions: (today: string) => ScreenOptions;
}

const CatalogContext = createContext<CatalogState | null>(null);

export function CatalogProvider({ children }: { children: ReactNode }) {
  const [customSeries, setCustomSeries] = useState<Array<{ file: string; series: Series }>>([]);
  const [fileErrors, setFileErrors] = useState<QualificationError[]>([]);
  const [policies, setPolicies] = useState<Record<string, PolicyChoice>>(storedPolicies);
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
  const setPolicy = useCallback((key: string, choice: PolicyChoice | null) => {
    setPolicies((prev) => {
      const next = { ...prev };
      if (choice) next[key] = choice;
      else delete next[key];
      storePolicies(next);
      return next;
    });
  }, []);
  const screenOptions = useCallback((today: string): ScreenOptions => ({ today, policies }), [policies]);
  const errors = useMemo(() => [...fileErrors, ...built.errors], [fileErrors, built.errors]);
  const value = useMemo(
    () => ({ catalog: built.catalog, customSeries, errors, addFiles, removeFile, policies, setPolicy, screenOptions }),
    [built.catalog, customSeries, errors, addFiles, removeFile, policies, setPolicy, screenOptions],
  );
  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}

/** The loaded catalog, or null outside a <CatalogProvider> (a component shown on its own). */
export function useCatalogIfAny(): Catalog | null {
  return useContext(CatalogContext)?.catalog ?? null;
}

export function useCatalog(): CatalogState {
  const value = useContext(CatalogContext);
  if (!value) throw new Error("useCatalog must be used inside <CatalogProvider>");
  return value;
}
