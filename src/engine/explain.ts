/**
 * The words of a decision: every step of the explanation, written from the
 * decision alone (decide.ts decides; nothing here decides again). Every
 * figure is shown with two decimals, and parts shown beside a total add up
 * to the total shown.
 */
import { formatIsoDate, isMonthOnly } from "./calendar-date";
import { citationOf } from "./citation";
import { combinedEducation } from "./decide";
import type { EducationTally, ExperienceTally, LevelDecision, RuleDecision } from "./decision";
import { apportion, EPSILON, formatHours, formatHundredths, formatMonths, hundredths } from "./format-number";
import type { Series, Source } from "./qualification-schema";
import type { ExplanationStep, Judgement, RuleStatus, StepKind } from "./result-types";
import { areaLabel, areasInWords, DEGREE_LABELS, EXPERIENCE_KIND_INFO, HIGH_SCHOOL_LABELS, type AnyDegreeLevel, type ExperienceKind } from "./vocabulary";

/** What the words of one level come to: the steps, and the judgements and policies the outcome relies on. */
export interface Explained {
  steps: ExplanationStep[];
  judgements: Judgement[];
  policiesApplied: string[];
}

interface Writer {
  d: LevelDecision;
  series: Series;
  steps: ExplanationStep[];
  judgements: Map<string, Judgement>;
  /** Interpretations already written out in full for this level. */
  interpreted: Set<string>;
}

const quoted = (source: Source): string => `'${source.quote}'`;

function step(w: Writer, kind: StepKind, depth: number, text: string, ruleId?: string, source?: Source, status?: RuleStatus): void {
  // The document as a person cites it (title, issuer, date), never its id (a file name).
  w.steps.push({ kind, text, depth, ruleId, quote: source?.quote, document: source ? citationOf(w.series, source.document) : undefined, status });
}

/** "Job 2 (Clerk, City Utilities)". */
export function describeJob(job: { title?: string; employer?: string }, index: number): string {
  const parts = [job.title, job.employer].filter((p): p is string => !!p && p.trim() !== "");
  return `Job ${index + 1}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/** "an associate degree", "a bachelor's degree". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

/** An interpretation of a clause: `document` is where the clause comes from (the series' own document unless said). */
function interpretation(w: Writer, id: string | undefined, depth: number, ruleId: string, document = w.series.document): void {
  const found = id ? w.series.interpretations?.find((i) => i.id === id) : undefined;
  if (!found) return;
  // Said in full once per level; again, the clause it reads is named and the reading not repeated.
  const again = w.interpreted.has(found.id);
  w.interpreted.add(found.id);
  const reading = again ? `the same as above, for '${found.clause}'` : found.reading;
  step(w, "interpretation", depth, `Interpretation (the screener's reading, not the spec's words): ${reading}`, ruleId, { quote: found.clause, document });
}

function judgement(w: Writer, depth: number, ruleId: string, path: string, text: string): void {
  w.judgements.set(`${path}:${text}`, { text, path });
  step(w, "judgement", depth, `Officer's judgement: ${text}`, ruleId);
}

function verdictWords(status: RuleStatus): string {
  return status === "met" ? "meets" : status === "not-met" ? "does not meet" : "needs an officer's review for";
}

function result(w: Writer, depth: number, rule: { id: string; label: string; source?: Source }, status: RuleStatus, text: string): void {
  step(w, "result", depth, `${text}: ${verdictWords(status)} ${rule.source ? quoted(rule.source) : `"${rule.label}"`}.`, rule.id, rule.source, status);
}

/** A job's dates and hours as entered, with what month-only dates and the screening date make of them. */
function jobDates(w: Writer, index: number): string {
  const p = w.d.jobs[index];
  const { job } = p;
  const start = isMonthOnly(job.start) ? `${job.start} (from its 1st day)` : job.start;
  const end = job.end == null ? `current (to ${w.d.asOf})` : isMonthOnly(job.end) ? `${job.end} (to its last day)` : job.end;
  const cut = p.end !== null && p.end > w.d.asOfDay && p.start <= w.d.asOfDay ? `, counted to the screening date ${w.d.asOf}` : "";
  const pct = job.qualifyingPercent !== undefined && job.qualifyingPercent < 100 ? `, ${formatHours(job.qualifyingPercent)}% on qualifying duties = ${formatHours(p.qualifyingHours)} h/week` : "";
  return `${start} to ${end}${cut}, ${formatHours(job.hoursPerWeek)} h/week${pct}`;
}

/** Kinds of work in words: the applicant format's labels, or the series' own vocabulary's. */
function kindWords(kinds: readonly string[], series?: Series): string {
  return kinds.map((k) => (EXPERIENCE_KIND_INFO[k as ExperienceKind]?.label ?? series?.vocabulary?.kinds?.find((x) => x.id === k)?.label ?? k).toLowerCase()).join(", ");
}

function sectorWords(w: Writer, id: string | undefined): string {
  return id === undefined ? "no sector recorded" : (w.series.vocabulary?.sectors?.find((x) => x.id === id)?.label ?? id);
}

/** Why a job does not count, in words. */
function missWords(w: Writer, miss: NonNullable<ExperienceTally["jobs"][number]["miss"]>): string {
  switch (miss.why) {
    case "after-as-of":
      return `it starts after the screening date ${w.d.asOf}`;
    case "before-window":
      return `all of it falls before the window that starts ${miss.from}`;
    case "kinds":
      return `its kinds of work (${kindWords(miss.kinds, w.series)}) are not among those that count`;
    case "comparable":
      return `the officer has not judged it comparable to ${miss.levels.join(" or ")}`;
    case "at-least":
      return `the officer has not judged it comparable to ${miss.level} or a higher level`;
    case "supervisory":
      return miss.wanted ? "it was not supervisory" : "it was supervisory";
    case "sector":
      return `its employer (${sectorWords(w, miss.sector)}) is not of the sectors that count (${miss.wanted.map((x) => sectorWords(w, x)).join(", ")})`;
    case "excluded-sector":
      return `work for ${sectorWords(w, miss.sector)} does not count`;
  }
}

/**
 * The jobs a rule credits, each with its own months, the overlap deducted on
 * a line of its own, and the rounding: the lines add up to `shownH`
 * (hundredths), the experience total shown for the rule.
 */
function explainTally(w: Writer, tally: ExperienceTally, depth: number, ruleId: string, ruleQuote: string, shownH: number): void {
  const fullTime = w.d.counting.fullTimeHoursPerWeek;
  for (const f of tally.filters) if (f.source.quote !== ruleQuote) step(w, "requirement", depth, `Experience that counts: ${quoted(f.source)}.`, ruleId, f.source);
  if (tally.window) {
    const { window: win } = tally;
    const ext = win.extendedDays > 0 ? `, extended by ${win.extendedDays} days of service${win.extension ? ` (${quoted(win.extension)})` : ""}` : "";
    step(w, "requirement", depth, `Recency: ${quoted(win.source)}: only days from ${win.from} to the screening date ${w.d.asOf} count (${win.years} years${ext}).`, ruleId, win.source);
  }
  const counting = tally.jobs.filter((v) => v.counts);
  for (const v of tally.jobs) {
    const p = w.d.jobs[v.index];
    const name = describeJob(p.job, v.index);
    if (!v.counts) {
      const miss = v.miss!;
      const why = missWords(w, miss);
      step(w, "fact", depth, `${name}, ${jobDates(w, v.index)}: does not count: ${why}.`, ruleId);
      continue;
    }
    const what = [v.kinds.length ? kindWords(v.kinds, w.series) : "", v.comparable.length ? `comparable to ${v.comparable.join(" and ")}` : "", v.supervisory ? "supervisory" : ""].filter(Boolean).join(", ");
    const share = Math.min(1, p.qualifyingHours / fullTime);
    const rate = share < 1 ? ` at ${formatHours(p.qualifyingHours)}/${formatHours(fullTime)} of full time` : "";
    const fromWindow = tally.window && formatIsoDate(p.start) < tally.window.from ? `, counted from ${tally.window.from}` : "";
    step(w, "fact", depth, `${name}, ${jobDates(w, v.index)}${fromWindow}: counts${what ? ` (${what})` : ""}: ${formatMonths(v.months)} months on its own${rate}.`, ruleId);
    if (v.judgement === "comparable") judgement(w, depth, ruleId, `experience[${v.index}]`, `${name} judged comparable to ${v.comparable.join(" and ")} by the officer.`);
    else if (v.judgement === "closely-related") judgement(w, depth, ruleId, `experience[${v.index}]`, `${name} marked closely related by the officer.`);
    if (p.job.qualifyingPercent !== undefined && p.job.qualifyingPercent < 100)
      judgement(w, depth, ruleId, `experience[${v.index}]`, `${name}: ${formatHours(p.job.qualifyingPercent)}% of its time on qualifying duties.`);
    if (p.job.officerNote?.trim()) step(w, "judgement", depth, `Officer's note on ${name}: ${p.job.officerNote.trim()}`, ruleId);
  }
  if (counting.length === 0) {
    step(w, "arithmetic", depth, "Experience credited: 0.00 months (no job counts).", ruleId);
    return;
  }
  const rounding = tally.rounding;
  // The months before rounding, shown so the rounding line starts from them.
  const rawH = rounding ? hundredths(tally.raw) : shownH;
  const overlap = tally.ownMonths - tally.raw > EPSILON;
  const ownH = overlap ? Math.max(hundredths(tally.ownMonths), rawH) : rawH;
  const rule = `each day 1/(days in its month) of a month, ${formatHours(fullTime)} h/week = full time`;
  if (counting.length > 1) {
    const parts = apportion(ownH / 100, counting.map((v) => v.months));
    step(w, "arithmetic", depth, `Experience: ${counting.map((v, i) => `Job ${v.index + 1} ${formatHundredths(parts[i])}`).join(" + ")} = ${formatHundredths(ownH)} months (${rule}).`, ruleId);
  }
  if (overlap) step(w, "arithmetic", depth, `Days worked in more than one job count once, and a day never counts more than full time: ${formatHundredths(ownH)} - ${formatHundredths(ownH - rawH)} = ${formatHundredths(rawH)} months credited.`, ruleId);
  else step(w, "arithmetic", depth, `Experience credited: ${formatHundredths(rawH)} months${counting.length > 1 ? "" : ` (${rule})`}.`, ruleId);
  if (rounding && Math.abs(rounding.months - tally.raw) > EPSILON) {
    const part = rounding.partDays > EPSILON ? `, and a part month of ${formatHours(Math.floor(rounding.partDays * 100) / 100)} days of full-time work (${rounding.partDays + EPSILON >= rounding.days ? `${rounding.days} days or more: one month` : `less than ${rounding.days} days: no credit`})` : "";
    step(w, "arithmetic", depth, `Rounded by ${quoted(rounding.source)}: ${formatHundredths(rawH)} months is ${rounding.whole} whole months${part}, so ${formatMonths(rounding.months)} months.`, ruleId, rounding.source);
    interpretation(w, w.d.counting.experienceRounding?.interpretation, depth, ruleId, rounding.source.document);
  }
}

/** One education source: its policy, the rows and degrees that count, and the conversion, shown as `shownH` hundredths. */
function explainEducation(w: Writer, e: EducationTally, depth: number, ruleId: string, counts: boolean): void {
  const { source } = e;
  if (e.policy) {
    const { choice, label, text } = e.policy;
    if (choice.setting === "deny") {
      step(w, "policy", depth, `${label}: set to deny, so college coursework does not count here.`, ruleId);
      return;
    }
    if (choice.setting === "ask") step(w, "policy", depth, `${label}: the class leaves this substitution to the agency, which has not decided it (setting: ask). Education through it counts only if the agency accepts it, so a level that holds only through it needs an officer's review. ${text}`, ruleId);
    else step(w, "policy", depth, `${label} (setting: allow${choice.capMonths !== undefined ? `, at most ${formatHours(choice.capMonths)} months` : ""}): ${text}`, ruleId);
  }
  interpretation(w, source.interpretation, depth, ruleId);
  const areas = source.areas ?? null;
  const areaText = areas ? ` in ${areasInWords(areas)}` : "";
  for (const row of e.rows) {
    const unitText =
      row.unit === "quarter"
        ? `${formatHours(row.hours)} quarter hours = ${formatHours(row.semesterHours)} semester hours`
        : row.unit === "clock"
          ? `${formatHours(row.hours)} clock hours`
          : `${formatHours(row.hours)} semester hours`;
    const level = row.level === "graduate" ? ", graduate" : "";
    const areaList = row.areas.length ? ` (${row.areas.map(areaLabel).join(", ")}${level})` : level ? ` (graduate)` : "";
    const why = row.miss === "level" ? `not ${source.level} coursework` : row.miss === "clock" ? "this source gives no rate for clock hours" : `not${areaText}`;
    step(w, "fact", depth, `Coursework row ${row.index + 1}: ${unitText}${areaList}: ${row.counted ? "counts" : `does not count: ${why}`}.`, ruleId);
    if (row.counted && areas && row.areas.includes("similar") && !row.areas.some((a) => a !== "similar" && areas.includes(a)))
      judgement(w, depth, ruleId, `education.coursework[${row.index}]`, `Coursework row ${row.index + 1} marked a similar area of study by the officer.`);
  }
  for (const deg of e.degrees) {
    const field = deg.field ? ` in ${areaLabel(deg.field)}` : "";
    step(w, "fact", depth, `${DEGREE_LABELS[deg.level as AnyDegreeLevel] ?? deg.level}${field}: ${deg.counted ? `counts as ${formatHours(deg.semesterHours)} semester hours` : deg.semesterHours === 0 ? "does not count here" : `does not count: not${areaText}`}.`, ruleId);
    if (deg.counted && areas && deg.field === "similar") judgement(w, depth, ruleId, `education.degrees[${deg.index}]`, `Degree ${deg.index + 1} field marked a similar area of study by the officer.`);
  }
  if (e.rows.length === 0 && e.degrees.length === 0) {
    step(w, "fact", depth, "No college coursework or degree is listed.", ruleId);
    return;
  }
  if (e.courseworkHours > 0 && e.degreeHours > 0)
    step(w, "arithmetic", depth, `Coursework ${formatHours(e.courseworkHours)} semester hours, degree ${formatHours(e.degreeHours)} semester hours: the larger, ${formatHours(Math.max(e.courseworkHours, e.degreeHours))}, counts (listed coursework and degrees are not added together).`, ruleId);
  if (source.beyondHours) step(w, "arithmetic", depth, `Only hours beyond the first ${formatHours(source.beyondHours)} count: ${formatHours(Math.max(e.courseworkHours, e.degreeHours))} - ${formatHours(source.beyondHours)} = ${formatHours(e.semesterHours)} semester hours.`, ruleId);
  const [row] = source.conversion.rows;
  const table = source.conversion.source;
  const basis = table ? `by ${quoted(table)}, proportionally` : e.policy ? "at the agency policy's rate" : "at the qualification file's rate";
  const unused = counts ? "" : " (another source of the same schooling counts for more; the best one counts, never their sum)";
  const clock = source.clock && e.clockHours > 0 ? source.clock : null;
  const semesterMonths = e.semesterHours * (row.months / row.semesterHours);
  if (e.semesterHours > 0 || !clock) step(w, "arithmetic", depth, `Education credited: ${formatHours(e.semesterHours)} semester hours x ${formatHours(row.months)}/${formatHours(row.semesterHours)} = ${formatMonths(semesterMonths)} months, ${basis}${clock ? "" : unused}.`, ruleId, table);
  if (clock)
    step(w, "arithmetic", depth, `Clock hours: ${formatHours(e.clockHours)} x ${formatHours(clock.months)}/${formatHours(clock.clockHours)} = ${formatMonths(e.clockMonths)} months, ${clock.source ? `by ${quoted(clock.source)}` : "at the agency policy's rate"}${unused}.`, ruleId, clock.source);
  if (e.months + EPSILON < e.convertedMonths && e.policy?.choice.setting !== "deny") {
    const cap = source.maxMonths !== undefined && e.months + EPSILON >= source.maxMonths ? `the source counts at most ${formatMonths(source.maxMonths)} months` : "the agency's cap";
    step(w, "arithmetic", depth, `${formatMonths(e.convertedMonths)} months, of which ${formatMonths(e.months)} count: ${cap}.`, ruleId);
  }
}

function explainRule(w: Writer, node: RuleDecision, depth: number): void {
  const { rule } = node;
  if (node.type === "all" || node.type === "any") {
    const intro = node.type === "all" ? "every one of the following must hold" : "any one of the following is enough";
    step(w, "requirement", depth, `${rule.source ? `${quoted(rule.source)}: ` : `${rule.label}: `}${intro}.`, rule.id, rule.source);
    interpretation(w, rule.interpretation, depth, rule.id);
    for (const c of node.children) explainRule(w, c, depth + 1);
    const holding = node.children.filter((c) => c.status === "met").length;
    result(w, depth, rule, node.status, `${holding} of ${node.children.length} hold`);
    return;
  }
  const leaf = node.rule;
  step(w, "requirement", depth, `Requirement: ${quoted(leaf.source)}.`, rule.id, leaf.source);
  interpretation(w, rule.interpretation, depth, rule.id);
  if (rule.note) step(w, "note", depth, `Note: ${rule.note}`, rule.id);
  switch (node.type) {
    case "high-school":
      result(w, depth, node.rule, node.status, HIGH_SCHOOL_LABELS[node.has]);
      return;
    case "degree": {
      const degrees = w.d.applicant.education.degrees ?? [];
      const { minLevel, levels, fields } = node.rule;
      const hit = node.hit === null ? null : degrees[node.hit];
      const wanted = [minLevel ? `${withArticle(DEGREE_LABELS[minLevel].toLowerCase())} or higher` : "", ...(levels ?? []).map((l) => withArticle(DEGREE_LABELS[l].toLowerCase()))].filter(Boolean).join(" or ");
      const have = hit
        ? `${DEGREE_LABELS[hit.level]}${hit.field ? ` in ${areaLabel(hit.field)}` : ""}`
        : degrees.length
          ? `Degrees held (${degrees.map((x) => `${DEGREE_LABELS[x.level]}${x.field ? ` in ${areaLabel(x.field)}` : ""}`).join(", ")}) are not ${wanted}${fields ? " in the fields listed" : ""}`
          : "No degree";
      result(w, depth, node.rule, node.status, have);
      return;
    }
    case "credential": {
      const held = w.d.applicant.education.credentials ?? [];
      const label = (id: string): string => w.series.vocabulary?.credentials?.find((c) => c.id === id)?.label ?? id;
      const hit = node.hit === null ? null : held[node.hit];
      const have = hit
        ? `${label(hit.id)}${hit.name ? ` ("${hit.name}")` : ""} held${hit.expires ? `, valid to ${hit.expires}` : ""}`
        : node.expired.length
          ? node.expired.map((x) => `${label(held[x.index].id)} expired: its last valid day was ${x.expires}`).join("; ")
          : `No ${node.rule.credentials.map(label).join(" or ")} recorded`;
      result(w, depth, node.rule, node.status, have);
      return;
    }
    case "coursework": {
      const units = node.rule.units ? node.rule.units.join(" or ") : "";
      result(w, depth, node.rule, node.status, `${formatHours(node.hours)} ${units ? `${units} ` : ""}hours of such coursework listed, of ${formatHours(node.rule.hours)} asked`);
      return;
    }
    case "review":
      if (node.concerns) {
        explainRule(w, node.concerns, depth + 1);
        if (node.status !== "review") {
          result(w, depth, node.rule, node.status, "The review applies only to applicants for whom the rule above holds; it does not hold for this applicant");
          return;
        }
      }
      step(w, "result", depth, `${node.rule.reason} Outcome: an officer's review.`, rule.id, node.rule.source, "review");
      return;
    case "experience": {
      const shownH = hundredths(node.tally.months);
      explainTally(w, node.tally, depth + 1, rule.id, node.rule.source.quote, shownH);
      result(w, depth, node.rule, node.status, `${formatHundredths(shownH)} months of ${formatMonths(node.rule.months)} required`);
      return;
    }
    case "combination": {
      const experience = node.experienceMonths;
      const best = new Set(combinedEducation(node.education, (e) => (e.policy?.choice.setting === "ask" ? 0 : e.months)).best);
      const [expH, eduH] = apportion(node.total, [experience, node.educationMonths]);
      if (node.tally) {
        const tallyH = node.tally.months > experience + EPSILON ? hundredths(node.tally.months) : expH;
        explainTally(w, node.tally, depth + 1, rule.id, node.rule.source.quote, tallyH);
        if (tallyH !== expH) step(w, "arithmetic", depth + 1, `Experience: ${formatHundredths(tallyH)} months, of which ${formatHundredths(expH)} count: the source counts at most ${formatMonths(experience)} months.`, rule.id);
      }
      for (const e of node.education) explainEducation(w, e, depth + 1, rule.id, best.has(e) || e.months <= EPSILON || e.policy?.choice.setting === "ask");
      const terms = [node.tally ? `${formatHundredths(expH)} months of experience` : null, node.education.length ? `${formatHundredths(eduH)} months of education` : null].filter(Boolean);
      const total = `Total ${terms.join(" + ")} = ${formatHundredths(expH + eduH)} months of ${formatMonths(node.rule.months)} required`;
      if (node.pending) {
        const policy = node.education.find((e) => e.policy?.id === node.pending!.policy)!.policy!;
        result(w, depth, node.rule, "review", `${total}; it meets if the agency accepts ${formatMonths(node.pending.months)} months of education in place of experience (${policy.label})`);
      } else result(w, depth, node.rule, node.status, total);
      return;
    }
  }
}

/**
 * The explanation of a decision, step by step.
 * @example explainDecision(decideLevel(entry, ctx)).steps.map((s) => s.text)
 */
export function explainDecision(d: LevelDecision): Explained {
  const { level, series } = d.entry;
  const w: Writer = { d, series, steps: [], judgements: new Map(), interpreted: new Set() };
  const gate = d.gate;
  if (gate?.kind === "not-yet") step(w, "result", 0, `Not in effect on ${d.asOf}: the class was created on ${gate.from}.`, undefined, gate.source);
  else if (gate?.kind === "abolished") step(w, "result", 0, `Not in effect on ${d.asOf}: the class was abolished effective ${gate.until}${gate.source ? ` (${quoted(gate.source)})` : ""}.`, undefined, gate.source);
  else if (gate?.kind === "earlier-requirements")
    step(w, "result", 0, `The qualifications encoded here took effect on ${gate.date} (${quoted(gate.source)}); for a screening date of ${d.asOf} an officer must apply the qualifications then in force.`, undefined, gate.source);
  if (d.root) {
    explainRule(w, d.root, 0);
    for (const note of level.notes ?? []) step(w, "note", 0, `Note: ${note.text}`, undefined, note.source);
  }
  return { steps: w.steps, judgements: [...w.judgements.values()], policiesApplied: reliedPolicies(d) };
}

/** The labels of the agency policies the outcome holds because of. */
export function reliedPolicies(d: LevelDecision): string[] {
  const out: string[] = [];
  const walk = (node: RuleDecision): void => {
    if (node.type === "all" || node.type === "any") node.children.forEach(walk);
    else if (node.type === "combination" && node.reliedOn) {
      const label = node.education.find((e) => e.policy?.id === node.reliedOn)?.policy?.label ?? node.reliedOn;
      if (!out.includes(label)) out.push(label);
    }
  };
  if (d.root) walk(d.root);
  return out;
}
