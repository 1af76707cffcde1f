/**
 * Opening the officer view with a given applicant, from another view (the
 * self-assessment's "open in the officer view", a pool row):
 *
 *   import { setPendingApplicant } from "../../lib/pending-applicant";
 *   setPendingApplicant(applicant);   // a valid Applicant
 *   window.location.hash = "/officer";
 *
 * The officer view takes the applicant when it mounts (or at once, if it is
 * already showing) and fills the form with it. Memory only: nothing is stored.
 */
import type { Applicant } from "../engine/applicant-schema";

let pending: Applicant | null = null;
const listeners = new Set<() => void>();

export function setPendingApplicant(applicant: Applicant): void {
  pending = applicant;
  for (const l of listeners) l();
}

/** The applicant waiting to be opened, once; null when there is none. */
export function takePendingApplicant(): Applicant | null {
  const a = pending;
  pending = null;
  return a;
}

/** The applicant waiting to be opened, left waiting (for a state initialiser React may call twice). */
export function peekPendingApplicant(): Applicant | null {
  return pending;
}

/** Be told when an applicant is set while the officer view is showing. */
export function onPendingApplicant(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
