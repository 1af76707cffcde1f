/** Today's date on the officer's own calendar, yyyy-mm-dd (never via UTC, which can be yesterday or tomorrow). */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
