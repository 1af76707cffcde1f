/**
 * "Did you mean ...?" for values typed into a spreadsheet: the closest of a
 * closed list (column headings, kinds of work, high school values) to what
 * the cell holds, when it is close enough to be a typo.
 */

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** Lower case, with spaces, hyphens and underscores all one separator. */
const simplify = (text: string): string => text.trim().toLowerCase().replace(/[\s_-]+/g, "-");

/**
 * The option `typed` most likely meant: within two edits (one for short
 * words), or the only option it starts or ends a word short of ("start date"
 * for `start`, "hours" for `hours_per_week`). Null when nothing is that
 * close, or two options are equally close.
 * @example suggestValue("custmer-service", EXPERIENCE_KINDS) // "customer-service"
 * @example suggestValue("Start Date", ["start", "end"]) // "start"
 */
export function suggestValue(typed: string, options: readonly string[]): string | null {
  const t = simplify(typed);
  if (t === "") return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const option of options) {
    const o = simplify(option);
    if (o === t) return null;
    const d = editDistance(t, o);
    if (d < bestDistance) [best, bestDistance, tie] = [option, d, false];
    else if (d === bestDistance) tie = true;
  }
  const allowed = t.length <= 4 ? 1 : 2;
  if (best !== null && bestDistance <= allowed && !tie) return best;
  // A heading or value with words added ("start date") or left off ("hours" for hours_per_week).
  const starts = options.filter((option) => {
    const o = simplify(option);
    return t.startsWith(`${o}-`) || o.startsWith(`${t}-`);
  });
  return starts.length === 1 ? starts[0] : null;
}
