/**
 * The qualification report an officer signs and files: who was screened,
 * when and by whom; the outcome of every level covered (the levels applied
 * for, or all) with the officer's decisions, an override marked with its
 * reason; the applicant's jobs and education counted once, in a shared
 * table; for each level what differs (the spec's words, which jobs count,
 * rounding, the requirement), the shortfall and every officer judgement; the
 * agency's substitution settings used; the credentials to verify with lines
 * to sign; and the documents every rule comes from, by title, issuer and
 * date. It is made for paper (print.css) and reads the same on screen.
 */
import { useLayoutEffect } from "react";
import type { Applicant } from "../../engine/applicant-schema";
import { localToday } from "../../lib/today";
import { applicantField } from "../../pool/applicant-fields";
import type { Catalog } from "../../engine/catalog";
import { citationOf } from "../../engine/citation";
import { fileChoice, policyChoice } from "../../engine/decide";
import type { PolicyChoice } from "../../engine/decision";
import { describeJob } from "../../engine/explain";
import { formatHours, formatMonths } from "../../engine/format-number";
import type { Series } from "../../engine/qualification-schema";
import type { ApplicantResult, ExplanationStep, LevelResult, StepKind } from "../../engine/result-types";
import { areaLabel, DEGREE_LABELS, EXPERIENCE_KIND_INFO, HIGH_SCHOOL_LABELS, type ExperienceKind } from "../../engine/vocabulary";
import {
  catalogLevel,
  coveredLevels,
  effectiveText,
  levelSteps,
  longDate,
  sharedLinesOf,
  sharedQuotesOf,
  withSharedLines,
  type SharedLines,
  requirementsToVerify,
  seriesOfLevels,
} from "./report-model";
import { QualifyingRoutes, whatIfOf } from "../qualify";
import { decisionText, ksaMarks, ksasToJudge, monthsRequirements, OUTCOME_WORDS, policyName, requiredText, STATUS_WORDS } from "../results";
import { timelineModel } from "../timeline";
import "./print.css";

export interface QualificationReportProps {
  result: ApplicantResult;
  applicant: Applicant;
  catalog: Catalog;
  /** The screening officer, printed as "Screened by"; a line to write on when absent. */
  officerName?: string;
  /** The hiring agency; a line to write on when absent. */
  agency?: string;
  /** The day the report is printed (yyyy-mm-dd); defaults to the officer's today. */
  printedOn?: string;
  /** The screener's version, printed in the footer; defaults to the build's version. */
  version?: string;
  /** The levels the report covers (the levels applied for); absent or null: every level screened. */
  levelIds?: readonly string[] | null;
  /** The officer's settings of agency policies the screening used (`policyKey(series, policy)`); absent: the files' settings. */
  policies?: Record<string, PolicyChoice>;
  /** The KSAs the officer marked for a level (indexes); defaults to the marks made on the results for this applicant. */
  ksaMarked?: (levelId: string) => ReadonlySet<number>;
}


/** Labels for the kinds of step that do not already name themselves in their text. */
const KIND_LABEL: Partial<Record<StepKind, string>> = {
  requirement: "Requirement",
  fact: "Record",
  arithmetic: "Arithmetic",
  result: "Result",
};

function Blank({ value, label }: { value?: string; label: string }) {
  if (value && value.trim() !== "") return <>{value}</>;
  // A line to write on, for the officer's pen; screen readers hear that nothing was given.
  return (
    <>
      <span className="report-line" aria-hidden="true" />
      <span className="visually-hidden">{label} not given</span>
    </>
  );
}

/** A step; its document is named only when it is not the series' own class spec (the sources list that). */
function Step({ step, seriesDocument }: { step: ExplanationStep; seriesDocument: string }) {
  const kind = KIND_LABEL[step.kind];
  // Some steps already begin with their kind ("Requirement: '...'"): say it once.
  const label = kind && !step.text.toLowerCase().startsWith(`${kind.toLowerCase()}:`) ? kind : null;
  const otherDocument = step.document && step.document !== seriesDocument ? step.document : null;
  return (
    <li className={`report-step report-step-${step.kind}`} style={{ marginLeft: `${step.depth * 1.25}em` }}>
      {label && <span className="report-step-kind">{label}: </span>}
      {step.text}
      {otherDocument && <span className="report-step-source"> (source: {otherDocument})</span>}
    </li>
  );
}

/** The officer's judgements the level relies on, in one line. */
function Judgements({ level }: { level: LevelResult }) {
  return (
    <>
      <strong>Officer judgements:</strong> {level.judgements.length ? level.judgements.map((j) => j.text).join(" ") : "None made for this level."}
    </>
  );
}

/**
 * Months credited against months required, for each requirement of the
 * level that counts months, and the officer's judgements: one line when the
 * level counts months once.
 */
function MonthsAndJudgements({ level }: { level: LevelResult }) {
  const months = monthsRequirements(level);
  if (months.length <= 1)
    return (
      <p>
        {months.length === 1 && <>Months credited: {formatMonths(months[0].credited)} {requiredText(months[0].required)}. </>}
        <Judgements level={level} />
      </p>
    );
  return (
    <>
      <p>Months credited:</p>
      <ul>
        {months.map((m) => (
          <li key={m.ruleId}>
            {m.label}: {formatMonths(m.credited)} {requiredText(m.required)} ({STATUS_WORDS[m.status]}).
          </li>
        ))}
      </ul>
      <p>
        <Judgements level={level} />
      </p>
    </>
  );
}

/** The summary table's months cell: "credited / required", one line per months requirement, each saying whether it holds when there are several. */
function SummaryMonths({ level }: { level: LevelResult }) {
  const months = monthsRequirements(level);
  if (months.length === 0) return <>Not counted</>;
  if (months.length === 1) return <>{`${formatMonths(months[0].credited)} / ${formatMonths(months[0].required)}`}</>;
  return (
    <>
      {months.map((m) => (
        <span key={m.ruleId} className="report-months-line">
          {`${formatMonths(m.credited)} / ${formatMonths(m.required)} (${STATUS_WORDS[m.status]})`}
        </span>
      ))}
    </>
  );
}

/**
 * Characters of a level's printed steps that are kept on the page of its
 * result (about 12 lines of the steps' 8pt text). A level with more starts
 * where the last ended, its result kept whole, and its steps run on to the
 * next page, a step never split: keeping it whole would leave a gap of
 * half a page.
 */
const ONE_PAGE_OF_STEPS = 1000;

/** Whether a level, result and steps, fits on one page: then it is kept whole. */
function stepsFitOnAPage(steps: ExplanationStep[]): boolean {
  return steps.reduce((n, s) => n + s.text.length + 20, 0) <= ONE_PAGE_OF_STEPS;
}

/** A date that never breaks across lines. */
function DateText({ children }: { children: string }) {
  return <span className="report-date">{children}</span>;
}

/** The KSAs an officer judges a level by, with the marks made on the results; the officer's decision records the outcome. */
function KsaList({ level, ksas, marked }: { level: LevelResult; ksas: string[]; marked: ReadonlySet<number> }) {
  return (
    <>
      <h4>Knowledge, skills and abilities judged by the officer</h4>
      <p>
        {marked.size} of {ksas.length} marked as shown by the applicant{level.decision ? "" : "; the officer's decision for this level is not recorded"}.
      </p>
      <ul className="report-checks report-ksas">
        {ksas.map((ksa, i) => (
          <li key={i}>
            <span className="report-box" aria-hidden="true">
              {marked.has(i) ? "✓" : ""}
            </span>
            <span className="visually-hidden">{marked.has(i) ? "Marked: " : "Not marked: "}</span>
            {ksa}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * One level: first its result (outcome, decision, months, shortfall,
 * judgements), kept on one page; then what differs from the shared table:
 * the spec's words, which jobs and education count, the rounding and each
 * requirement's result.
 */
function LevelSection({
  level,
  catalog,
  ksas,
  marked,
  jobCount,
  quotes,
  lines,
}: {
  level: LevelResult;
  catalog: Catalog;
  ksas: string[];
  marked: ReadonlySet<number>;
  jobCount: number;
  quotes: ReadonlyMap<string, string>;
  lines: SharedLines;
}) {
  const entry = catalogLevel(catalog, level.id);
  const seriesDocument = entry ? citationOf(entry.series, entry.series.document) : "";
  const steps = withSharedLines(levelSteps(level, jobCount, quotes).steps, lines);
  const headingId = `report-level-${level.id}`;
  return (
    <section className={`report-level${stepsFitOnAPage(steps) ? " report-level-short" : ""}`} aria-labelledby={headingId}>
      <div className="report-level-result">
        <h3 id={headingId}>
          {level.id} {level.title}: {OUTCOME_WORDS[level.outcome]}
        </h3>
        {level.decision && (
          <p className={level.decision.override ? "report-override" : undefined}>
            <strong>{level.decision.override ? "Officer's decision (override):" : "Officer's decision:"}</strong> {decisionText(level.decision, level.outcome)}
          </p>
        )}
        <MonthsAndJudgements level={level} />
        {level.shortfall ? (
          <p>
            <strong>Missing:</strong> {level.shortfall.text}
          </p>
        ) : level.substitution ? (
          <p>
            <strong>For the agency to decide:</strong> meets if the agency accepts {formatMonths(level.substitution.months)} months of education in place of
            experience ({policyName(level.substitution.label, catalog)}).
          </p>
        ) : null}
        {level.outcome === "does-not-meet" && whatIfOf(level) && (
          <>
            <h4>When the applicant would qualify</h4>
            <QualifyingRoutes level={level} locale="en" voice="officer" />
          </>
        )}
        {level.policiesApplied.length > 0 && (
          <p>
            <strong>Agency policy relied on (not the class spec's words):</strong> {level.policiesApplied.map((p) => policyName(p, catalog)).join("; ")}.
          </p>
        )}
        {ksas.length > 0 && <KsaList level={level} ksas={ksas} marked={marked} />}
      </div>
      <h4 className="visually-hidden">Requirements, quoted, and what differs from the shared table</h4>
      <ol className="report-steps">
        {steps.map((step, i) => (
          <Step key={i} step={step} seriesDocument={seriesDocument} />
        ))}
      </ol>
    </section>
  );
}

/** A box for the officer's pen; screen readers hear what it is for. */
function Box({ label }: { label: string }) {
  return (
    <>
      <span className="report-box" aria-hidden="true" />
      <span className="visually-hidden">{label}: a box to tick</span>
    </>
  );
}

/** The applicant's jobs, counted once for every level: the timeline's table. */
function JobsTable({ applicant, asOf, fullTime }: { applicant: Applicant; asOf: string; fullTime: number }) {
  const jobs = applicant.experience ?? [];
  if (jobs.length === 0) return <p>No jobs are listed.</p>;
  const model = timelineModel(applicant, asOf, fullTime);
  return (
    <table className="report-table report-jobs">
      <caption>
        Jobs and months credited ({formatHours(fullTime)} hours a week is full time), before each level's rules on kinds of work; tick a
        job once its employment is verified
      </caption>
      <thead>
        <tr>
          <th scope="col">Job</th>
          <th scope="col">Dates</th>
          <th scope="col">Hours a week</th>
          <th scope="col">Kinds of work and officer's judgements</th>
          <th scope="col">Months on its own</th>
        </tr>
      </thead>
      <tbody>
        {model.jobs.map((j) => {
          const job = jobs[j.index];
          const kinds = job.kinds.map((k) => (EXPERIENCE_KIND_INFO[k as ExperienceKind]?.label ?? k).toLowerCase()).join(", ");
          const judged = [
            job.supervisory ? "supervisory" : null,
            job.comparableTo?.length ? `comparable to ${job.comparableTo.join(", ")}` : null,
            job.qualifyingPercent !== undefined && job.qualifyingPercent < 100 ? `${formatHours(job.qualifyingPercent)}% on qualifying duties` : null,
          ].filter(Boolean);
          return (
            <tr key={j.index}>
              <th scope="row">
                <Box label={`${describeJob(job, j.index)} verified by employment records`} />
                {describeJob(job, j.index)}
              </th>
              <td>
                <DateText>{j.start}</DateText> to <DateText>{j.end ?? `current (${asOf})`}</DateText>
                {!j.span && " (starts after the screening date: not counted)"}
                {j.overlaps.length ? ` (overlaps ${j.overlaps.map((o) => `job ${o + 1}`).join(", ")})` : ""}
              </td>
              <td>
                {formatHours(j.hoursPerWeek)} ({Math.round(j.share * 100)}%)
              </td>
              <td>
                {kinds}
                {judged.length ? `; ${judged.join("; ")}` : ""}
                {job.officerNote?.trim() ? (
                  <>
                    . <em>Officer's note:</em> {job.officerNote.trim()}
                  </>
                ) : null}
              </td>
              <td>{formatMonths(j.creditedMonths)}</td>
            </tr>
          );
        })}
      </tbody>
      {jobs.length > 1 && (
        <tfoot>
          <tr>
            <th scope="row">All jobs</th>
            <td colSpan={3}>Credited with days in more than one job counted once</td>
            <td>{formatMonths(model.months)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** The applicant's education as entered, once for every level. */
function EducationTable({ applicant }: { applicant: Applicant }) {
  const { education } = applicant;
  const rows: Array<[string, string, string]> = [["High school", HIGH_SCHOOL_LABELS[education.highSchool], "diploma or equivalency"]];
  (education.coursework ?? []).forEach((row, i) =>
    rows.push([`Coursework row ${i + 1}`, `${formatHours(row.hours)} ${row.unit} hours${row.areas?.length ? ` in ${row.areas.map(areaLabel).join(", ")}` : ""}`, "transcript"]),
  );
  (education.degrees ?? []).forEach((d, i) => rows.push([`Degree ${i + 1}`, `${DEGREE_LABELS[d.level]}${d.field ? ` in ${areaLabel(d.field)}` : ""}`, "diploma or transcript"]));
  return (
    <table className="report-table report-education">
      <caption>Education (each level says which rows count and converts them to months); tick a row once its document is checked</caption>
      <tbody>
        {rows.map(([what, value, proof]) => (
          <tr key={what}>
            <th scope="row">
              <Box label={`${what} verified by ${proof}`} />
              {what}
            </th>
            <td>
              {value} ({proof})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "ask (the file's setting)" or "allow, at most 24 months (set by the officer; the file's: ask)". */
function settingWords(choice: PolicyChoice): string {
  return `${choice.setting}${choice.setting === "allow" && choice.capMonths !== undefined ? `, at most ${formatHours(choice.capMonths)} months` : ""}`;
}

/** Readings, notes and agency settings of each series covered: the same for all its levels, so printed once. */
function SeriesReadings({
  series,
  levels,
  policies,
  quotes,
  lines,
}: {
  series: Series;
  levels: LevelResult[];
  policies?: Record<string, PolicyChoice>;
  quotes: ReadonlyMap<string, { label: string; document?: string }>;
  lines: SharedLines;
}) {
  const seen = new Set<string>();
  const shared = levels.flatMap((l) => levelSteps(l).shared).filter((s) => (seen.has(s.text) ? false : (seen.add(s.text), true)));
  const seriesDocument = citationOf(series, series.document);
  // An interpretation's reading as the file writes it (the heading above already says it is the screener's, not the spec's words).
  const readingOf = (step: ExplanationStep): string => (step.kind === "interpretation" ? series.interpretations?.find((i) => i.clause === step.quote)?.reading : undefined) ?? step.text;
  const settings = (series.policies ?? []).map((p) => {
    const used = policyChoice(policies, series, p.id);
    const own = fileChoice(p);
    const same = used.setting === own.setting && used.capMonths === own.capMonths;
    return { p, text: `${settingWords(used)} (${same ? "the file's setting" : `set by the officer; the file's setting is ${settingWords(own)}`})` };
  });
  if (shared.length === 0 && settings.length === 0 && quotes.size === 0 && lines.size === 0) return null;
  return (
    <div className="report-readings">
      <h3>{series.title}</h3>
      {quotes.size > 0 && (
        <ul>
          {[...quotes].map(([quote, { label, document }]) => (
            <li key={label}>
              <strong>{label[0].toUpperCase() + label.slice(1)}:</strong> '{quote}'{document && document !== seriesDocument ? ` (${document})` : ""}
            </li>
          ))}
        </ul>
      )}
      {settings.length > 0 && (
        <ul>
          {settings.map(({ p, text }) => (
            <li key={p.id}>
              <strong>Substitution setting used: {p.shortLabel ?? p.label}:</strong> {text}.
            </li>
          ))}
        </ul>
      )}
      {lines.size > 0 && (
        <>
          <p>Counted once for the levels named:</p>
          <ul className="report-shared-lines">
            {[...lines].map(([text, { label, levels: ids }]) => (
              <li key={label}>
                <strong>{label}</strong> ({ids.join(", ")}): {text}
              </li>
            ))}
          </ul>
        </>
      )}
      {shared.length > 0 && (
        <>
          <p>The screener's readings and notes (not the spec's words):</p>
          <ul>
            {shared.map((s) => (
              <li key={s.text}>{readingOf(s)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SignatureLines({ who, name }: { who: string; name?: string }) {
  return (
    <div className="report-signature">
      <p className="report-signature-who">{who}</p>
      <p className="report-signature-lines">
        <span>Name:</span>
        {name?.trim() ? <span className="report-signature-name">{name}</span> : <span className="report-line" aria-hidden="true" />}
        <span>Signature:</span>
        <span className="report-line" aria-hidden="true" />
        <span>Date:</span>
        <span className="report-line report-line-short" aria-hidden="true" />
      </p>
    </div>
  );
}

/**
 * A rule for the printed pages while the report is on the page. The page's
 * Content-Security-Policy (style-src 'self') refuses a <style> element
 * written by script; a constructed style sheet is not markup and is allowed.
 */
function usePageFooter(css: string): void {
  useLayoutEffect(() => {
    if (typeof CSSStyleSheet === "undefined" || !("adoptedStyleSheets" in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(css);
    } catch {
      return; // A browser without page margin boxes: the pages go without the running footer.
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}

/** A CSS string literal for any text (page margin boxes take only literals). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/[\r\n]+/g, " ")}"`;
}

/** Ids sharing the same text, in first-seen order: [[text, ids]]. */
function groupByText(pairs: Array<[string, string]>): Array<[string, string[]]> {
  const out = new Map<string, string[]>();
  for (const [id, text] of pairs) out.set(text, [...(out.get(text) ?? []), id]);
  return [...out];
}

/** The whole qualification report for one applicant, covering the levels chosen (or all). */
export function QualificationReport({ result, applicant, catalog, officerName, agency, printedOn, version, levelIds, policies, ksaMarked }: QualificationReportProps) {
  const levels = coveredLevels(result.levels, levelIds);
  const series = seriesOfLevels(levels, catalog);
  const toVerify = requirementsToVerify(levels, catalog);
  const name = result.name?.trim() ? result.name : "Name not given";
  const appVersion = version ?? __APP_VERSION__;
  const marksOf = ksaMarked ?? ((id: string) => ksaMarks(applicant.name ?? result.name, id));
  // The shared table counts at the full time of the series covered (each level's steps give its own when a series differs).
  const fullTime = catalogLevel(catalog, levels[0]?.id ?? "")?.counting.fullTimeHoursPerWeek ?? catalog.levels[0]?.counting.fullTimeHoursPerWeek ?? 40;
  const citeOf = (documentId: string): string => {
    const owner = catalog.series.find(({ series: s }) => s.documents?.some((d) => d.id === documentId));
    return owner ? citationOf(owner.series, documentId) : documentId;
  };
  const decided = levels.filter((l) => l.decision);
  const jobCount = applicant.experience?.length ?? 0;
  // Long words of the spec several levels of a series quote: printed once with the series, labelled "quote A", "quote B", ...
  let labelled = 0;
  let lineCount = 0;
  const bySeries = series.map((s) => {
    const own = levels.filter((l) => l.seriesId === s.series.id);
    const quotes = sharedQuotesOf(own, labelled);
    labelled += quotes.size;
    const labels = new Map([...quotes].map(([q, v]) => [q, v.label]));
    const lines = sharedLinesOf(
      own.map((l) => ({ id: l.id, steps: levelSteps(l, jobCount, labels).steps })),
      lineCount,
    );
    lineCount += lines.size;
    return { ...s, own, quotes, labels, lines };
  });
  const seriesOf = (level: LevelResult) => bySeries.find((s) => s.series.id === level.seriesId);

  // Every printed page names the applicant, the screening date and the page (Chromium's page margin boxes; other browsers leave them out).
  const running = `@page { @bottom-left { content: ${cssString(`Qualification report: ${name}, screened ${result.asOf}. Screener ${appVersion}.`)}; font: 8pt system-ui, sans-serif; color: #000; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #000; } }`;
  usePageFooter(`@media print { ${running} }`);
  return (
    <>
      <article className="qualification-report" aria-label={`Qualification report for ${name}`}>
        <header className="report-header">
          <h1>Qualification report</h1>
          <dl className="report-facts">
            <div>
              <dt>Applicant</dt>
              <dd>{name}</dd>
            </div>
            <div>
              <dt>{applicantField("applicant", "asOf").label}</dt>
              <dd>
                {longDate(result.asOf)} ({result.asOf})
              </dd>
            </div>
            <div>
              <dt>Hiring agency</dt>
              <dd>
                <Blank value={agency} label="Hiring agency" />
              </dd>
            </div>
            <div>
              <dt>Screened by</dt>
              <dd>
                <Blank value={officerName} label="Officer name" />
              </dd>
            </div>
            <div>
              <dt>Levels covered</dt>
              <dd>
                {levelIds
                  ? `The levels applied for: ${levels.map((l) => l.id).join(", ") || "none"} (${levels.length} of ${result.levels.length} screened)`
                  : `Every level screened (${result.levels.length})`}
              </dd>
            </div>
            <div>
              <dt>Class series</dt>
              <dd>
                {series.map((s) => `${s.series.title} (${s.series.jurisdiction})`).join("; ")}
              </dd>
            </div>
            <div>
              <dt>Officer's decisions</dt>
              <dd>
                {decided.length
                  ? `${decided.length} recorded, ${decided.filter((l) => l.decision!.override).length} of them overriding the screener's outcome (marked "override")`
                  : "None recorded"}
              </dd>
            </div>
          </dl>
        </header>

        <section className="report-summary" aria-labelledby="report-summary-heading">
          <h2 id="report-summary-heading">Summary</h2>
          <table className="report-table">
            <caption>Outcome for every level covered</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Screener's outcome</th>
                <th scope="col">Months (credited / required)</th>
                <th scope="col">Officer's decision</th>
              </tr>
            </thead>
            {series.map((s) => (
              <tbody key={s.file}>
                <tr className="report-series-row">
                  <th scope="colgroup" colSpan={4}>
                    {s.series.title}
                  </th>
                </tr>
                {levels
                  .filter((level) => level.seriesId === s.series.id)
                  .map((level) => (
                    <tr key={level.id}>
                      <th scope="row">
                        {level.id} {level.title}
                      </th>
                      <td>{OUTCOME_WORDS[level.outcome]}</td>
                      <td>
                        <SummaryMonths level={level} />
                      </td>
                      <td className={level.decision?.override ? "report-override" : undefined}>
                        {level.decision
                          ? level.decision.override
                            ? `Override: ${OUTCOME_WORDS[level.decision.outcome]}. Reason: ${level.decision.reason.trim()}`
                            : `${OUTCOME_WORDS[level.decision.outcome]}, as screened`
                          : level.outcome === "review"
                            ? "Not recorded: the officer decides"
                            : "None recorded"}
                      </td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        </section>

        <section className="report-shared" aria-labelledby="report-shared-heading">
          <h2 id="report-shared-heading">The applicant's experience and education, counted once</h2>
          <JobsTable applicant={applicant} asOf={result.asOf} fullTime={fullTime} />
          <EducationTable applicant={applicant} />
          {bySeries.map((s) => (
            <SeriesReadings key={s.file} series={s.series} levels={s.own} policies={policies} quotes={s.quotes} lines={s.lines} />
          ))}
        </section>

        <section className="report-levels" aria-labelledby="report-levels-heading">
          <h2 id="report-levels-heading">Each level in detail</h2>
          {levels.map((level) => (
            <LevelSection key={level.id} level={level} catalog={catalog} ksas={ksasToJudge(level, catalog)} marked={marksOf(level.id)} jobCount={jobCount}
              quotes={seriesOf(level)?.labels ?? new Map()}
              lines={seriesOf(level)?.lines ?? new Map()}
            />
          ))}
        </section>

        <section className="report-checklist" aria-labelledby="report-checklist-heading">
          <h2 id="report-checklist-heading">Credentials to be verified by the placement officer</h2>
          <div>
            <h3>Requirements relied on</h3>
            {toVerify.length ? (
              <ul className="report-checks report-relied">
                {toVerify.map((item) => (
                  <li key={`${item.document}:${item.quote}`}>
                    <span className="report-box" aria-hidden="true" />'{item.quote}' ({item.levels.map((l) => l.split(" ")[0]).join(", ")})
                  </li>
                ))}
              </ul>
            ) : (
              <p>No level covered is met or awaiting review: there is nothing to verify for placement.</p>
            )}
          </div>
          <div className="report-keep">
            <SignatureLines who="Screening officer" name={officerName} />
            <SignatureLines who="Placement officer (credentials verified)" />
          </div>
        </section>

        <footer className="report-footer">
          <h2>Sources</h2>
          <ul>
            {series.map((s) => (
              <li key={s.file}>
                <strong>{s.series.title}:</strong>{" "}
                {(s.series.documents?.length ? s.series.documents.map((d) => d.id) : [s.series.document]).map((id, i) => {
                  const doc = s.series.documents?.find((d) => d.id === id);
                  return (
                    <span key={id}>
                      {i > 0 ? "; " : ""}
                      {citeOf(id)}
                      {doc?.url ? ` <${doc.url}>` : ""}
                    </span>
                  );
                })}
                .{" "}
                {groupByText(s.levels.map((l) => [l.level.id, effectiveText(l) ?? "no effective dates given in the spec"]))
                  .map(([text, ids]) => `${ids.join(", ")}: ${text}.`)
                  .join(" ")}
              </li>
            ))}
          </ul>
          <p>
            Minimum-qualification screener version {appVersion}. Printed {longDate(printedOn ?? localToday())}. The hiring agency makes the
            official decision.
          </p>
        </footer>
      </article>
    </>
  );
}
