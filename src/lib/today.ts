/**
 * The one "today": the date on the officer's own calendar, yyyy-mm-dd (local,
 * never via UTC, which can be yesterday or tomorrow).
 */
import { formatISO } from "date-fns";

/** Today as the officer's calendar shows it (local date, not UTC). */
export function localToday(now: Date = new Date()): string {
  return formatISO(now, { representation: "date" });
}
