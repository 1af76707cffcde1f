/**
 * Opening the officer view with a given applicant, from another view (the
 * self-assessment's "open in the officer view", a pool row). The applicant
 * waits in a session store (src/lib/session-store.tsx), so it outlives the
 * view that hands it over:
 *
 *   const handOver = useHandOver();
 *   handOver(applicant);               // a valid Applicant
 *   window.location.hash = "/officer";
 *
 * The officer view takes the applicant when it mounts (or at once, if it is
 * already showing) and fills the form with it. Memory only: nothing is stored.
 */
import { useCallback } from "react";
import type { Applicant } from "../engine/applicant-schema";
import { createStore, useSessionStore, type Store } from "./session-store";

/** The applicant waiting to be opened in the officer view; null when there is none. */
export const makePendingApplicant = (): Store<Applicant | null> => createStore<Applicant | null>(null);

/** The applicant waiting to be opened, once (it is no longer waiting); null when there is none. */
export function takePending(store: Store<Applicant | null>): Applicant | null {
  const applicant = store.get();
  if (applicant) store.set(null);
  return applicant;
}

/** A function that hands an applicant over to the officer view (this session's). */
export function useHandOver(): (applicant: Applicant) => void {
  const store = useSessionStore(makePendingApplicant);
  return useCallback((applicant: Applicant) => store.set(applicant), [store]);
}
