/**
 * Calendar dates as whole day numbers.
 *
 * The applicant format's dates are calendar dates (`yyyy-mm-dd`), never
 * instants. Keeping them as integers (days since 1970-01-01 in the proleptic
 * Gregorian calendar) means no `Date`, no time zone and no UTC-midnight
 * surprise can shift a job by a day. The tests check these functions against
 * date-fns on thousands of random dates.
 */

const DASH = 45;
const ZERO = 48;

/** The number written by text[from, to) in decimal digits, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days in a month of a year (month 1-12). @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number of a calendar date (days since 1970-01-01).
 * Algorithm "days_from_civil" (H. Hinnant), exact for every Gregorian date.
 * @example dayNumber(1970, 1, 2) // 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * A day number's calendar date packed into one number (year * 512 + month * 32
 * + day), so hot loops get it without allocating an object.
 * Algorithm "civil_from_days" (H. Hinnant).
 */
function packedCivil(n: number): number {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 512 + month * 32 + day;
}

/** The calendar date of a day number. @example civilDate(0) // { year: 1970, month: 1, day: 1 } */
export function civilDate(n: number): { year: number; month: number; day: number } {
  const p = packedCivil(n);
  const year = Math.floor(p / 512);
  const rest = p - year * 512;
  return { year, month: rest >> 5, day: rest & 31 };
}

/**
 * Parse `yyyy-mm-dd` as a calendar date; null when it is not a real date.
 * @example parseIsoDate("2024-02-29") // 19782
 * @example parseIsoDate("2023-02-29") // null
 */
export function parseIsoDate(text: string): number | null {
  // Read the digits by hand: this runs for every job of every applicant in a pool.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/** Format a day number as `yyyy-mm-dd`. @example formatIsoDate(0) // "1970-01-01" */
export function formatIsoDate(n: number): string {
  const { year, month, day } = civilDate(n);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Position of the start of a day on a continuous month scale: whole months
 * since January of year 0, plus the fraction of its month already past.
 * The months credited for the days from `a` up to (not including) `b` are
 * `monthPosition(b) - monthPosition(a)`, because each day is worth
 * 1 / (days in its calendar month) of a month (applicant format, counting rules).
 * @example monthPosition(dayNumber(2021, 2, 1)) - monthPosition(dayNumber(2021, 1, 1)) // 1
 */
export function monthPosition(n: number): number {
  const p = packedCivil(n);
  const year = Math.floor(p / 512);
  const rest = p - year * 512;
  const month = rest >> 5;
  return year * 12 + (month - 1) + ((rest & 31) - 1) / daysInMonth(year, month);
}

/** The earliest date the applicant format accepts: "Dates before 1900-01-01 are refused". */
export const EARLIEST_DAY = dayNumber(1900, 1, 1);

/** The last day the screener reasons about (what-ifs never look past it). */
export const LATEST_DAY = dayNumber(9999, 12, 31);

/**
 * A calendar month as one integer (year * 12 + month - 1), so months can be
 * counted by subtraction.
 * @example monthIndexOf(dayNumber(2021, 3, 15)) - monthIndexOf(dayNumber(2021, 1, 1)) // 2
 */
export function monthIndexOf(n: number): number {
  const p = packedCivil(n);
  const year = Math.floor(p / 512);
  return year * 12 + (((p - year * 512) >> 5) - 1);
}

/** The first day of a month index. @example formatIsoDate(firstDayOfMonthIndex(2021 * 12 + 2)) // "2021-03-01" */
export function firstDayOfMonthIndex(index: number): number {
  const year = Math.floor(index / 12);
  return dayNumber(year, index - year * 12 + 1, 1);
}

/** Days in the month of a month index. @example daysInMonthIndex(2024 * 12 + 1) // 29 */
export function daysInMonthIndex(index: number): number {
  const year = Math.floor(index / 12);
  return daysInMonth(year, index - year * 12 + 1);
}

/**
 * Parse a job date of the applicant format (1.1): `yyyy-mm-dd`, or a month
 * alone (`yyyy-mm`), which "counts from the first day of that month" as a
 * start and "to the last day of it" as an end. Null when it is neither.
 * @example formatIsoDate(parseJobDate("2021-02", "end")!) // "2021-02-28"
 */
export function parseJobDate(text: string, edge: "start" | "end"): number | null {
  if (text.length !== 7) return parseIsoDate(text);
  if (text.charCodeAt(4) !== DASH) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  if (year < 0 || month < 1 || month > 12) return null;
  return edge === "start" ? dayNumber(year, month, 1) : dayNumber(year, month, daysInMonth(year, month));
}

/** Whether a job date is a month alone (`yyyy-mm`). */
export function isMonthOnly(text: string): boolean {
  return text.length === 7;
}
