import type { CountingRules } from "./default-counting";

/**
 * Semester hours of a coursework row: "Quarter hours count as 2/3 of a semester hour".
 * @example toSemesterHours(45, "quarter", DEFAULT_COUNTING) // 30
 */
export function toSemesterHours(hours: number, unit: "semester" | "quarter", counting: CountingRules): number {
  if (unit === "semester") return hours;
  const { quarterHours, semesterHours } = counting.quarterToSemester;
  return (hours * semesterHours) / quarterHours;
}
