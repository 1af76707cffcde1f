/**
 * The applicant's opt-in draft, with the same consent as the officer's page:
 * nothing about the applicant is stored unless they tick "Keep my answers in
 * this browser". Then the answers live in this browser's localStorage (never
 * sent anywhere) until they untick it or press "Forget my answers". A stored
 * entry is the setting: no entry, no draft.
 */

export const ANSWERS_KEY = "mq-screener.self-assessment-draft";
/** Where versions before the opt-in kept every applicant's answers without asking; removed on sight. */
const LEGACY_KEY = "mq-screener.self-assessment";

/** The stored state, or null when there is none (or storage is off or holds something unreadable). */
export function loadAnswers<T>(isValid: (value: unknown) => value is T): T | null {
  try {
    window.sessionStorage.removeItem(LEGACY_KEY);
    const text = window.localStorage.getItem(ANSWERS_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

/** Store the state; false when the browser refuses storage. */
export function saveAnswers(value: unknown): boolean {
  try {
    window.localStorage.setItem(ANSWERS_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function forgetAnswers(): void {
  try {
    window.localStorage.removeItem(ANSWERS_KEY);
    window.sessionStorage.removeItem(LEGACY_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
