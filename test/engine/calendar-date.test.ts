/** The engine's integer calendar checked against date-fns on many random dates. */
import fc from "fast-check";
import { addDays, differenceInCalendarDays, format, getDaysInMonth, isValid, parse } from "date-fns";
import { describe, expect, it } from "vitest";
import { civilDate, dayNumber, daysInMonth, formatIsoDate, monthPosition, parseIsoDate } from "../../src/engine/calendar-date";

const EPOCH = new Date(1970, 0, 1);

describe("calendar dates", () => {
  // From 0001-01-01 (date-fns counts years by era, so it has no year 0).
  it("day numbers agree with date-fns calendar-day differences", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 200000 }), (n) => {
        const date = addDays(EPOCH, n);
        expect(formatIsoDate(n)).toBe(format(date, "yyyy-MM-dd"));
        expect(differenceInCalendarDays(date, EPOCH)).toBe(n);
        const { year, month, day } = civilDate(n);
        expect(dayNumber(year, month, day)).toBe(n);
        expect(daysInMonth(year, month)).toBe(getDaysInMonth(date));
      }),
      { numRuns: 5000 },
    );
  });

  it("parses exactly the strings date-fns accepts as real yyyy-MM-dd dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const parsed = parse(text, "yyyy-MM-dd", new Date(2000, 0, 1));
        expect(parseIsoDate(text) !== null).toBe(isValid(parsed));
      }),
      { numRuns: 5000 },
    );
    for (const bad of ["2021-1-01", "21-01-01", "2021/01/01", "2021-01-01T00:00", " 2021-01-01", ""]) expect(parseIsoDate(bad)).toBeNull();
  });

  it("a month of days is one month on the month scale, whatever its length", () => {
    expect(monthPosition(dayNumber(2024, 3, 1)) - monthPosition(dayNumber(2024, 2, 1))).toBe(1);
    expect(monthPosition(dayNumber(2021, 3, 1)) - monthPosition(dayNumber(2021, 2, 1))).toBe(1);
    expect(monthPosition(dayNumber(2022, 1, 1)) - monthPosition(dayNumber(2021, 1, 1))).toBe(12);
    expect(monthPosition(dayNumber(2021, 1, 16)) - monthPosition(dayNumber(2021, 1, 1))).toBeCloseTo(15 / 31, 12);
  });
});
