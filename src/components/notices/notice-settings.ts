/**
 * What every notice letter says about the agency: its name, how to contact
 * it, and how to ask for reconsideration (for example "within 10 days").
 * Set once by the officer and kept in this browser as configuration (never
 * anything about an applicant). An agency's qualification file may carry the
 * same as an optional `notice` object on its series; the officer's own
 * settings win where both are given.
 */
import type { Catalog } from "../../engine/catalog";
import { readStored, writeStored } from "../../lib/browser-storage";

export const NOTICE_SETTINGS_KEY = "mq-screener.notice-settings";

export interface NoticeSettings {
  agency: string;
  contact: string;
  /** How to ask for reconsideration, in English and (optionally) in Spanish. */
  reconsideration: string;
  reconsiderationEs: string;
}

export const EMPTY_SETTINGS: NoticeSettings = { agency: "", contact: "", reconsideration: "", reconsiderationEs: "" };

const text = (value: unknown): string => (typeof value === "string" ? value : "");

export function loadNoticeSettings(): NoticeSettings {
  const saved = readStored(NOTICE_SETTINGS_KEY);
  if (!saved || typeof saved !== "object") return { ...EMPTY_SETTINGS };
  const s = saved as Record<string, unknown>;
  return { agency: text(s.agency), contact: text(s.contact), reconsideration: text(s.reconsideration), reconsiderationEs: text(s.reconsiderationEs) };
}

/** Keep the settings; false when the browser refuses storage. */
export function saveNoticeSettings(settings: NoticeSettings): boolean {
  return writeStored(NOTICE_SETTINGS_KEY, settings);
}

/**
 * The agency's notice details a loaded file carries, if any: the first series
 * with a `notice` object ({ agency, contact, reconsideration, reconsiderationEs }).
 * Read only if present, so files without it (every file today) change nothing.
 */
export function noticeFromFiles(catalog: Catalog): Partial<NoticeSettings> {
  for (const { series } of catalog.series) {
    const notice = (series as { notice?: unknown }).notice;
    if (notice && typeof notice === "object") {
      const n = notice as Record<string, unknown>;
      return { agency: text(n.agency), contact: text(n.contact), reconsideration: text(n.reconsideration), reconsiderationEs: text(n.reconsiderationEs) };
    }
  }
  return {};
}

/** The officer's settings, with blanks filled from the agency's files. */
export function effectiveSettings(own: NoticeSettings, files: Partial<NoticeSettings>): NoticeSettings {
  const pick = (k: keyof NoticeSettings): string => (own[k].trim() !== "" ? own[k] : (files[k] ?? ""));
  return { agency: pick("agency"), contact: pick("contact"), reconsideration: pick("reconsideration"), reconsiderationEs: pick("reconsiderationEs") };
}
