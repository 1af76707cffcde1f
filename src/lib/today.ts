import { formatISO } from "date-fns";

/** Today's date on the officer's own calendar, yyyy-mm-dd (never via UTC, which can be yesterday or tomorrow). */
export function todayIso(now: Date = new Date()): string {
  return formatISO(now, { representation: "date" });
}
