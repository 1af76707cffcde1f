/**
 * The officer's opt-in draft: the form values in this browser's
 * localStorage, only while "Keep a draft in this browser" is on. A stored
 * draft is the setting: turning it off, or "Forget the draft", deletes it.
 */
import type { ApplicantFormValues } from "../../lib/applicant-form";

export const DRAFT_KEY = "mq-screener.officer-draft";

export interface Draft {
  savedAt: string;
  values: ApplicantFormValues;
}

/** The stored draft, or null when there is none (or storage is unavailable or holds something unreadable). */
export function loadDraft(): Draft | null {
  try {
    const text = localStorage.getItem(DRAFT_KEY);
    if (!text) return null;
    const draft = JSON.parse(text) as Draft;
    return draft && typeof draft === "object" && draft.values?.education ? draft : null;
  } catch {
    return null;
  }
}

/** Store the values; false when the browser refuses storage. */
export function saveDraft(values: ApplicantFormValues, now: Date = new Date()): boolean {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: now.toISOString(), values } satisfies Draft));
    return true;
  } catch {
    return false;
  }
}

export function forgetDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
