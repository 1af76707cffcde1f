/**
 * A reproducible pool of varied applicants for benchmarks and large tests:
 * 0-6 jobs (part-time, overlapping, open-ended, every kind), coursework in
 * semester and quarter hours, degrees, and every high-school answer.
 */
import { dayNumber, formatIsoDate } from "../../src/engine/calendar-date";
import { EXPERIENCE_KINDS } from "../../src/engine/vocabulary";

/** Mulberry32: a tiny seeded generator, so every run screens the same pool. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ["business-administration", "communications", "public-relations", "similar", "biology", "history"];
const LEVELS = ["4807", "4808", "4809"];

export function generatePool(count: number, seed = 42): unknown[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const base = dayNumber(2000, 1, 1);
  const asOfDay = dayNumber(2026, 11, 22);
  const pool: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const jobs = Math.floor(r() * 7);
    const experience = [];
    for (let j = 0; j < jobs; j++) {
      const start = base + Math.floor(r() * (asOfDay - base));
      const open = r() < 0.2;
      experience.push({
        employer: `Employer ${j + 1}`,
        title: pick(["Clerk", "Cashier", "Representative", "Receptionist", "Supervisor"]),
        start: formatIsoDate(start),
        end: open ? null : formatIsoDate(Math.min(asOfDay, start + Math.floor(r() * 2500))),
        hoursPerWeek: pick([10, 20, 25, 30, 40, 40, 40]),
        kinds: r() < 0.2 ? [pick(EXPERIENCE_KINDS), pick(EXPERIENCE_KINDS)].filter((k, n, all) => all.indexOf(k) === n) : [pick(EXPERIENCE_KINDS)],
        supervisory: r() < 0.15,
        comparableTo: r() < 0.3 ? [pick(LEVELS)] : [],
      });
    }
    const coursework = [];
    for (let c = Math.floor(r() * 3); c > 0; c--) coursework.push({ hours: 3 + Math.floor(r() * 90), unit: r() < 0.7 ? "semester" : "quarter", areas: [pick(AREAS)] });
    const degrees = r() < 0.25 ? [{ level: pick(["associate", "bachelor", "master"]), field: pick(AREAS) }] : [];
    pool.push({
      name: `Applicant ${i + 1}`,
      asOf: "2026-11-22",
      education: { highSchool: r() < 0.9 ? pick(["diploma", "ged"]) : "none", coursework, degrees },
      experience,
    });
  }
  return pool;
}
