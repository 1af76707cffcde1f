/**
 * The qualification report an officer signs and files: who was screened,
 * when and by whom; the outcome of every level; for each level the spec's
 * words, the arithmetic, the shortfall and every officer judgement; the
 * credentials to verify with lines to sign; and where every rule comes from.
 * It is made for paper (print.css) and reads the same on screen.
 */
import { formatISO } from "date-fns";
import type { Applicant } from "../../engine/applicant-schema";
import type { Catalog } from "../../engine/catalog";
import { formatMonths } from "../../engine/format-number";
import type { ApplicantResult, ExplanationStep, LevelResult, StepKind } from "../../engine/result-types";
import {
  applicantCredentials,
  catalogLevel,
  effectiveText,
  longDate,
  requirementsToVerify,
  seriesOfLevels,
} from "./report-model";
import { QualifyingRoutes, QualifyingTimeline, whatIfOf } from "../qualify";
import { monthsRequirements, OUTCOME_WORDS, policyName, requiredText, STATUS_WORDS } from "../results";
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
}

/** Today as the officer's calendar shows it (local date, not UTC). */
export function localToday(): string {
  return formatISO(new Date(), { representation: "date" });
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

/** Months credited against months required, for each requirement of the level that counts months. */
function MonthsLines({ level }: { level: LevelResult }) {
  const months = monthsRequirements(level);
  if (months.length === 0) return null;
  if (months.length === 1)
    return (
      <p>
        Months credited: {formatMonths(months[0].credited)} {requiredText(months[0].required)}.
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
 * Characters of explanation that surely fit on one page with the level's
 * result (a Letter or A4 page holds about 5,000 characters of the steps'
 * 9.5pt text; the result and headings take up to half of it).
 */
const ONE_PAGE_OF_STEPS = 2500;

/** Whether a level, result and steps, fits on one page: then it is kept whole. */
function levelFitsOnAPage(level: LevelResult): boolean {
  return level.steps.reduce((n, s) => n + s.text.length + 20, 0) <= ONE_PAGE_OF_STEPS;
}

/**
 * One level: first its result (outcome, months, shortfall, judgements,
 * policies), kept on one page; then the quoted requirements and arithmetic,
 * which may run on to the next page when a long work history makes them
 * longer than a page, a step never split.
 */
function LevelSection({ level, catalog, asOf }: { level: LevelResult; catalog: Catalog; asOf: string }) {
  const entry = catalogLevel(catalog, level.id);
  const seriesDocument = entry?.series.document ?? "";
  const headingId = `report-level-${level.id}`;
  return (
    <section className={`report-level${levelFitsOnAPage(level) ? " report-level-short" : ""}`} aria-labelledby={headingId}>
      <div className="report-level-result">
        <h3 id={headingId}>
          {level.id} {level.title}: {OUTCOME_WORDS[level.outcome]}
        </h3>
        <p className="report-level-series">
          {level.seriesTitle}
          {entry ? `, ${entry.series.jurisdiction}` : ""}. Rules from {level.file}.
        </p>
        <MonthsLines level={level} />
        <h4>Shortfall</h4>
        {level.shortfall ? (
          <ul>
            {level.shortfall.needs.map((need) => (
              <li key={need.ruleId}>
                {need.label}: {need.options.map((o) => o.text).join(", or ")}.
              </li>
            ))}
          </ul>
        ) : (
          <p>None{level.outcome === "review" ? ": the officer decides this level" : level.outcome === "inactive" ? ": the class is not in effect on the screening date" : ""}.</p>
        )}
        {level.outcome === "does-not-meet" && whatIfOf(level) && (
          <>
            <h4>When the applicant would qualify</h4>
            <QualifyingRoutes level={level} locale="en" voice="officer" />
            <QualifyingTimeline levels={[level]} today={asOf} locale="en" voice="officer" headingLevel={5} />
          </>
        )}
        <h4>Officer judgements</h4>
        {level.judgements.length ? (
          <ul>
            {level.judgements.map((j) => (
              <li key={`${j.path}:${j.text}`}>{j.text}</li>
            ))}
          </ul>
        ) : (
          <p>None made for this level.</p>
        )}
        {level.policiesApplied.length > 0 && (
          <>
            <h4>Agency policies applied</h4>
            <ul>
              {level.policiesApplied.map((p) => (
                <li key={p}>{policyName(p)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <h4>Requirements, quoted, and the arithmetic</h4>
      <ol className="report-steps">
        {level.steps.map((step, i) => (
          <Step key={i} step={step} seriesDocument={seriesDocument} />
        ))}
      </ol>
    </section>
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

/** A CSS string literal for any text (page margin boxes take only literals). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/[\r\n]+/g, " ")}"`;
}

/** The whole qualification report for one applicant. */
export function QualificationReport({ result, applicant, catalog, officerName, agency, printedOn, version }: QualificationReportProps) {
  const series = seriesOfLevels(result.levels, catalog);
  const toVerify = requirementsToVerify(result.levels, catalog);
  const records = applicantCredentials(applicant);
  const name = result.name?.trim() ? result.name : "Name not given";
  const appVersion = version ?? __APP_VERSION__;
  // Every printed page names the applicant, the screening date and the page (Chromium's page margin boxes; other browsers leave them out).
  const running = `@page { @bottom-left { content: ${cssString(`Qualification report: ${name}, screened ${result.asOf}. Screener ${appVersion}.`)}; font: 8pt system-ui, sans-serif; color: #000; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #000; } }`;
  return (
    <>
      <style>{`@media print { ${running} }`}</style>
      <article className="qualification-report" aria-label={`Qualification report for ${name}`}>
        <header className="report-header">
          <h1>Qualification report</h1>
          <dl className="report-facts">
            <div>
              <dt>Applicant</dt>
              <dd>{name}</dd>
            </div>
            <div>
              <dt>Screening date</dt>
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
              <dt>Class series</dt>
              <dd>
                {series.map((s) => (
                  <span key={s.file} className="report-series-name">
                    {s.series.title} ({s.series.jurisdiction})
                  </span>
                ))}
              </dd>
            </div>
          </dl>
        </header>

        <section className="report-summary" aria-labelledby="report-summary-heading">
          <h2 id="report-summary-heading">Summary</h2>
          <table>
            <caption>Outcome for every level screened</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Class series</th>
                <th scope="col">Outcome</th>
                <th scope="col">Months credited / required</th>
                <th scope="col">What is missing</th>
              </tr>
            </thead>
            <tbody>
              {result.levels.map((level) => (
                <tr key={level.id}>
                  <th scope="row">
                    {level.id} {level.title}
                  </th>
                  <td>{level.seriesTitle}</td>
                  <td>{OUTCOME_WORDS[level.outcome]}</td>
                  <td>
                    <SummaryMonths level={level} />
                  </td>
                  <td>{level.shortfall ? level.shortfall.text : level.outcome === "review" ? "The officer decides" : "Nothing"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="report-levels" aria-labelledby="report-levels-heading">
          <h2 id="report-levels-heading">Each level in detail</h2>
          {result.levels.map((level) => (
            <LevelSection key={level.id} level={level} catalog={catalog} asOf={result.asOf} />
          ))}
        </section>

        <section className="report-checklist" aria-labelledby="report-checklist-heading">
          <h2 id="report-checklist-heading">Credentials to be verified by the placement officer</h2>
          <div className="report-keep">
            <h3>The applicant's record</h3>
            <p>Check each item against the applicant's documents.</p>
            <ul className="report-checks">
              {records.map((line) => (
                <li key={line}>
                  <span className="report-box" aria-hidden="true" />
                  {line}
                </li>
              ))}
            </ul>
          </div>
          <div className="report-keep">
            <h3>Requirements relied on</h3>
            {toVerify.length ? (
              <ul className="report-checks">
                {toVerify.map((item) => (
                  <li key={`${item.document}:${item.quote}`}>
                    <span className="report-box" aria-hidden="true" />'{item.quote}' ({item.document}; {item.levels.join(", ")})
                  </li>
                ))}
              </ul>
            ) : (
              <p>No level is met or awaiting review: there is nothing to verify for placement.</p>
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
                {s.series.title}, {s.series.jurisdiction}: class spec {s.series.document}, rules in {s.file}
                {s.series.codes?.length ? ` (${s.series.codes.map((c) => `${c.label} ${c.value}`).join(", ")})` : ""}.
                <ul>
                  {s.levels.map((l) => (
                    <li key={l.level.id}>
                      {l.level.id} {l.level.title}: {effectiveText(l) ?? "no effective dates given in the spec"}.
                    </li>
                  ))}
                </ul>
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
