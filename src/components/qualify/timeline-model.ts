/**
 * The points of the "when you could qualify" picture: today with the levels
 * met now, then each day a route in time reaches more levels, with the
 * levels reached that day.
 */
import type { LevelResult } from "../../engine/result-types";
import type { Locale } from "../../i18n/locale";
import { qualifyingDate, qualifyingRoutes } from "./qualifying-routes";

export interface TimelinePoint {
  date: string;
  /** Titles of the levels met that day (for today, those met now). */
  titles: string[];
}

export interface TimelineModel {
  today: TimelinePoint;
  /** Later days, earliest first; empty when no route in time is known. */
  later: TimelinePoint[];
}

/**
 * @example qualifyingTimeline(levels, "2026-12-02", "en").later[0] // { date: "2027-08-14", titles: ["Lead Customer Service Representative"] }
 */
export function qualifyingTimeline(levels: LevelResult[], today: string, locale: Locale): TimelineModel {
  const byDate = new Map<string, string[]>();
  for (const level of levels) {
    const date = qualifyingDate(qualifyingRoutes(level, locale));
    if (date) byDate.set(date, [...(byDate.get(date) ?? []), level.title]);
  }
  return {
    today: { date: today, titles: levels.filter((l) => l.outcome === "meets").map((l) => l.title) },
    later: [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, titles]) => ({ date, titles })),
  };
}
