/** Tolerance for comparing sums of day fractions with whole-month thresholds. */
export const EPSILON = 1e-9;

/**
 * Hundredths of a month, truncated: a value that misses a threshold never
 * shows as the threshold.
 * @example hundredths(17.996) // 1799
 */
export function hundredths(value: number): number {
  return Math.floor(value * 100 + 1e-6);
}

/** Hundredths as text with two decimals. @example formatHundredths(1800) // "18.00" */
export function formatHundredths(h: number): string {
  const sign = h < 0 ? "-" : "";
  const a = Math.abs(h);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, "0")}`;
}

/**
 * Months for people, always with two decimals (one precision everywhere),
 * truncated (never rounded up).
 * @example formatMonths(18) // "18.00"
 * @example formatMonths(17.996) // "17.99"
 */
export function formatMonths(value: number): string {
  return formatHundredths(hundredths(value));
}

/**
 * Shown parts that add up to a shown total: the total is truncated to
 * hundredths, each part gets its truncated hundredths, and what is left goes
 * to the parts with the largest remainders (the largest-remainder method).
 * Returns hundredths, in the parts' order.
 * @example apportion(18, [9.995, 8.005]) // [1000, 800]
 */
export function apportion(total: number, parts: readonly number[]): number[] {
  const shown = hundredths(total);
  const floors = parts.map((p) => Math.floor(p * 100 + 1e-6));
  let left = shown - floors.reduce((a, b) => a + b, 0);
  if (left <= 0) {
    // Parts whose floors already exceed the total (rounding noise): take from the largest.
    for (let i = 0; left < 0 && i < floors.length; i++) {
      const j = floors.indexOf(Math.max(...floors));
      const take = Math.min(floors[j], -left);
      floors[j] -= take;
      left += take;
    }
    return floors;
  }
  const order = parts.map((p, i) => ({ i, r: p * 100 - Math.floor(p * 100 + 1e-6) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) floors[order[k].i] += 1;
  return floors;
}

/**
 * Credit hours for people: up to two decimals, trailing zeros dropped.
 * @example formatHours(65) // "65"
 * @example formatHours(20 + 2 / 3) // "20.67"
 */
export function formatHours(value: number): string {
  return String(Math.round(value * 100) / 100);
}
