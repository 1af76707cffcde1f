/** The applicant's results in plain language, ready to print or save for the placement officer. */
import type { RefObject } from "react";
import type { Catalog } from "../../engine/catalog";
import type { ApplicantResult } from "../../engine/result-types";
import { useLanguage, useT, type Translate } from "../../i18n/applicant-language";
import { dateInWords } from "../../i18n/locale";
import SPANISH_GLOSSES from "../../i18n/glosses/es.json";
import { Pieces } from "../../i18n/pieces";
import { QualifyingRoutes, QualifyingTimeline } from "../../components/qualify";
import { AnswersSummary, type Section } from "./answers-summary";
import type { Draft } from "./draft";
import { VERDICT_ORDER, type PlainLevel } from "./plain-results";
import type { Term } from "./terms";

export function Glossary({ terms }: { terms: Term[] }) {
  return (
    <dl className="sa-glossary">
      {terms.map((t) => (
        <div key={t.id}>
          <dt>{t.term}</dt>
          <dd>{t.help}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The spec's own words, in English; in Spanish, each with a plain Spanish gloss beside it where one is written. */
function Quoted({ items, t, gloss }: { items: string[]; t: Translate; gloss: boolean }) {
  const glosses: Record<string, string> = gloss ? SPANISH_GLOSSES : {};
  return (
    <>
      {gloss && <p className="sa-hint">{t("sa.quote.gloss")}</p>}
      <ul>
        {items.map((k) => (
          <li key={k}>
            <span lang="en">{k}</span>
            {glosses[k] && <span className="sa-gloss"> ({glosses[k]})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the class does: the spec's summary and duties word for word, with a plain summary where one is written. */
function WhatItDoes({ level, catalog, t, gloss }: { level: PlainLevel; catalog: Catalog; t: Translate; gloss: boolean }) {
  const entry = catalog.levels.find((l) => l.level.id === level.id)?.level;
  if (!entry || (!entry.summary && entry.duties.length === 0)) return null;
  const plain = t.has?.(`plain.${level.id}`) ? t(`plain.${level.id}`) : null;
  return (
    <details className="sa-duties">
      <summary>
        {t("sa.duties.title")}
        <span className="visually-hidden">
          {" "}
          (<span lang="en">{level.title}</span>)
        </span>
      </summary>
      {plain && (
        <p>
          <strong>{t("sa.duties.plain")}</strong> {plain}
        </p>
      )}
      <p className="sa-level-detail">{t("sa.duties.spec")}</p>
      {gloss && !plain && <p className="sa-hint">{t("sa.quote.gloss")}</p>}
      {entry.summary && <blockquote lang="en">{entry.summary}</blockquote>}
      {entry.duties.length > 0 && (
        <ul>
          {entry.duties.map((d, i) => (
            <li key={i} lang="en">
              {d}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

interface ResultsStepProps {
  levels: PlainLevel[];
  /** The screening the verdicts' shortfalls come from, whose what-if says when the applicant would qualify. */
  screened: ApplicantResult;
  asOf: string;
  draft: Draft;
  catalog: Catalog;
  terms: Term[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onPrint: () => void;
  onSave: () => void;
  onOpenInOfficerView: () => void;
  onChange: (section: Section) => void;
  onRestart: () => void;
  status: string;
}

export function ResultsStep({ levels, screened, asOf, draft, catalog, terms, headingRef, onPrint, onSave, onOpenInOfficerView, onChange, onRestart, status }: ResultsStepProps) {
  const t = useT();
  const { locale } = useLanguage();
  const gloss = locale !== "en";
  const name = draft.name.trim();
  const byId = new Map(screened.levels.map((l) => [l.id, l]));
  return (
    <div className="sa-results">
      <h1 ref={headingRef} tabIndex={-1}>
        {name ? t("sa.results.titleFor", { name }) : t("sa.results.title")}
      </h1>
      <p>{t("sa.results.checked", { date: dateInWords(asOf, locale), count: levels.length })}</p>
      <div className="sa-notice">
        <h2>{t("sa.results.notDecisionTitle")}</h2>
        <p>{t("sa.results.notDecision")}</p>
      </div>
      <div className="sa-actions no-print">
        <button type="button" onClick={onPrint}>
          {t("sa.results.print")}
        </button>
        <button type="button" onClick={onSave}>
          {t("sa.results.save")}
        </button>
        <button type="button" className="sa-secondary" onClick={onOpenInOfficerView}>
          {t("sa.results.openOfficer")}
        </button>
        <p className="sa-hint">{t("sa.results.saveHint")}</p>
        <p role="status" className="sa-status">
          {status}
        </p>
      </div>
      <QualifyingTimeline levels={screened.levels} today={asOf} locale={locale} headingLevel={2} />
      {VERDICT_ORDER.map((verdict) => {
        const group = levels.filter((l) => l.verdict === verdict);
        if (!group.length) return null;
        return (
          <section key={verdict} className={`sa-verdict sa-verdict-${verdict}`} aria-labelledby={`sa-verdict-${verdict}`}>
            <h2 id={`sa-verdict-${verdict}`}>{t(`sa.verdict.${verdict}`, { count: group.length })}</h2>
            <ul className="sa-level-list">
              {group.map((l) => {
                const screenedLevel = byId.get(l.id);
                return (
                  <li key={l.id} className="sa-level">
                    <h3>
                      <span lang="en">{l.title}</span> <span className="sa-level-series">(<span lang="en">{l.seriesTitle}</span>)</span>
                      {gloss && t.has?.(`gloss.title.${l.id}`) && <span className="sa-gloss"> · {t(`gloss.title.${l.id}`)}</span>}
                    </h3>
                    <p>
                      <Pieces pieces={l.headline} />
                    </p>
                    {screenedLevel && verdict === "would-need" && <QualifyingRoutes level={screenedLevel} locale={locale} className="qualify-routes sa-routes" />}
                    {l.details.map((d, i) => (
                      <p key={i} className="sa-level-detail">
                        <Pieces pieces={d} />
                      </p>
                    ))}
                    {l.looksFor.length > 0 && (
                      <>
                        <details className="no-print">
                          <summary>{t("sa.results.looksFor")}</summary>
                          <Quoted items={l.looksFor} t={t} gloss={gloss} />
                        </details>
                        {/* A closed disclosure prints as its summary alone: on paper the list is written out. */}
                        <div className="sa-print-only">
                          <p className="sa-level-detail">{t("sa.results.looksForPrint")}</p>
                          <Quoted items={l.looksFor} t={t} gloss={gloss} />
                        </div>
                      </>
                    )}
                    <WhatItDoes level={l} catalog={catalog} t={t} gloss={gloss} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <section aria-labelledby="sa-your-answers">
        <h2 id="sa-your-answers">{t("sa.results.yourAnswers")}</h2>
        <AnswersSummary draft={draft} catalog={catalog} t={t} onChange={onChange} headingLevel={3} />
      </section>
      <section aria-labelledby="sa-words">
        <h2 id="sa-words">{t("sa.words.title")}</h2>
        <Glossary terms={terms} />
      </section>
      <div className="sa-actions no-print">
        <button type="button" className="sa-secondary" onClick={onRestart}>
          {t("sa.results.restart")}
        </button>
      </div>
    </div>
  );
}
