/**
 * What an unmet level is missing, in words: the months requirements that
 * fall short (in the figures the results show) and the routes of the
 * what-if, so the words and the patches say the same thing.
 */
import { formatIsoDate, monthPosition } from "./calendar-date";
import type { LevelDecision, RuleDecision } from "./decision";
import { formatHours, formatHundredths, formatMonths, hundredths } from "./format-number";
import type { Shortfall, ShortfallMissing, ShortfallOption } from "./result-types";
import { areaLabel, DEGREE_LABELS, EXPERIENCE_KIND_INFO, type ExperienceKind } from "./vocabulary";
import type { Route, WhatIf } from "./what-if";

/** The months requirements that do not hold, in the order of the spec. */
function missingOf(node: RuleDecision, out: ShortfallMissing[] = []): ShortfallMissing[] {
  if (node.status === "met") return out;
  if (node.type === "all" || node.type === "any") for (const c of node.children) missingOf(c, out);
  else if (node.type === "experience" || node.type === "combination") {
    const credited = node.type === "experience" ? node.tally.months : node.total;
    const missing = (hundredths(node.rule.months) - hundredths(credited)) / 100;
    out.push({ ruleId: node.rule.id, label: node.rule.label, credited, required: node.rule.months, missing });
  }
  return out;
}

function gapOf(m: ShortfallMissing): string {
  return `${formatHundredths(Math.round(m.missing * 100))} more months toward "${m.label}" (${formatMonths(m.credited)} of ${formatMonths(m.required)})`;
}

/**
 * The months requirements that fall short, as the tree combines them: those
 * that must all hold joined by "and", the alternatives of an "any" by "or"
 * (in brackets where one sits inside the other); the same words said once.
 */
function gapWords(node: RuleDecision, parent: "all" | "any" | null): string | null {
  if (node.status === "met") return null;
  if (node.type === "experience" || node.type === "combination") return gapOf(missingOf(node)[0]);
  if (node.type !== "all" && node.type !== "any") return null;
  const parts = [...new Set(node.children.map((c) => gapWords(c, node.type)).filter((p): p is string => p !== null))];
  if (parts.length === 0) return null;
  const joined = parts.join(node.type === "all" ? "; and " : "; or ");
  return parts.length > 1 && parent !== null && parent !== node.type ? `(${joined})` : joined;
}

/** The credentials a patch adds, in words: "a high school diploma", "a bachelor's degree in communications". */
function credentialWords(patch: WhatIf): string[] {
  const out: string[] = [];
  if (patch.highSchool) out.push(patch.highSchool === "diploma" ? "a high school diploma (or a GED)" : "a GED or other high school equivalency");
  for (const d of patch.degrees ?? []) {
    const label = DEGREE_LABELS[d.level as keyof typeof DEGREE_LABELS] ?? d.level;
    out.push(`${/^[aeiou]/i.test(label) ? "an" : "a"} ${label.toLowerCase()} or higher${d.field ? ` in ${areaLabel(d.field).toLowerCase()}` : ""}`);
  }
  return out;
}

function optionOf(d: LevelDecision, route: Route): ShortfallOption {
  const creds = credentialWords(route.patch);
  const plus = creds.length ? `, with ${creds.join(" and ")}` : "";
  const fullTime = formatHours(d.counting.fullTimeHoursPerWeek);
  switch (route.kind) {
    case "credential":
      return { kind: "credential", route: route.kind, text: creds.join(" and "), whatIf: route.patch };
    case "wait": {
      const date = formatIsoDate(route.day!);
      const months = monthPosition(route.day! + 1) - monthPosition(d.asOfDay + 1);
      return { kind: "experience", route: route.kind, months, date, text: `staying in the current job until ${date} (${formatMonths(months)} more months)${plus}`, whatIf: route.patch };
    }
    case "job": {
      const job = route.patch.jobs![0];
      const kinds = job.kinds.map((k) => (EXPERIENCE_KIND_INFO[k as ExperienceKind]?.label ?? k).toLowerCase()).join(", ");
      const extra = [job.supervisory ? "supervisory" : "", job.comparableTo?.length ? `comparable to ${job.comparableTo.join(" and ")}` : ""].filter(Boolean).join(", ");
      const date = formatIsoDate(route.day!);
      return {
        kind: "experience",
        route: route.kind,
        months: route.jobMonths!,
        date,
        text: `${formatMonths(route.jobMonths!)} more months of full-time (${fullTime} h/week) ${kinds} work${extra ? ` (${extra})` : ""}, from ${job.start} to ${date}${plus}`,
        whatIf: route.patch,
      };
    }
    case "coursework": {
      const q = d.counting.quarterToSemester;
      const quarterHours = Math.ceil((route.hours! * q.quarterHours) / q.semesterHours - 1e-9);
      const area = route.area ? ` in ${areaLabel(route.area).toLowerCase()}` : "";
      return {
        kind: "education",
        route: route.kind,
        semesterHours: route.hours!,
        quarterHours,
        text: `${formatHours(route.hours!)} more semester hours (${formatHours(quarterHours)} quarter hours) of college coursework${area}${plus}`,
        whatIf: route.patch,
      };
    }
  }
}

/**
 * The shortfall of a level that does not meet: each months requirement that
 * falls short, and the routes that would close every gap at once.
 * @example shortfallOf(decision, whatIfRoutes(decision)).text
 */
export function shortfallOf(d: LevelDecision, routes: Route[]): Shortfall {
  const missing = d.root ? missingOf(d.root) : [];
  const options = routes.map((r) => optionOf(d, r));
  const gaps = d.root ? gapWords(d.root, null) : null;
  const credentialsOnly = options.length === 1 && options[0].route === "credential";
  const routesText = options.length === 0 ? "no single addition of experience, coursework or a credential makes it hold" : credentialsOnly ? `it needs ${options[0].text}` : `any one of: ${options.map((o) => o.text).join("; or ")}`;
  const text = `${gaps ? `${gaps}. ` : ""}${routesText[0].toUpperCase()}${routesText.slice(1)}.`;
  const label = d.root?.rule.label ?? d.entry.level.title;
  return { text, needs: [{ ruleId: d.root?.rule.id ?? d.entry.level.id, label, options }], missing };
}
