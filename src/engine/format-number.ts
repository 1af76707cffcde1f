/** Tolerance for comparing sums of day fractions with whole-month thresholds. */
export const EPSILON = 1e-9;

/**
 * Months for people: truncated (never rounded up, so a value that misses a
 * threshold never prints as the threshold) to two decimals, at least one shown.
 * @example formatMonths(18) // "18.0"
 * @example formatMonths(17.996) // "17.99"
 */
export function formatMonths(value: number): string {
  const hundredths = Math.floor(value * 100 + EPSILON * 100);
  const text = (hundredths / 100).toFixed(2);
  return text.endsWith("0") ? text.slice(0, -1) : text;
}

/**
 * Credit hours for people: up to two decimals, trailing zeros dropped.
 * @example formatHours(65) // "65"
 * @example formatHours(20 + 2 / 3) // "20.67"
 */
export function formatHours(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Round an amount still needed up to a tenth, so the addition it names is enough.
 * @example ceilTenth(4.01) // 4.1
 */
export function ceilTenth(value: number): number {
  return Math.ceil(value * 10 - EPSILON * 10) / 10;
}
