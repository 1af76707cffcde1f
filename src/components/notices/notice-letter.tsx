/**
 * One notice letter to one applicant, in the applicant's language: the levels
 * considered and the outcome of each in plain words, what is missing and the
 * date they would qualify, and how to ask for reconsideration. Render it
 * inside an IntlProvider holding the applicant catalogs of that language.
 */
import type { ApplicantResult, LevelResult } from "../../engine/result-types";
import { useT, type Translate } from "../../i18n/applicant-language";
import { dateInWords, type Locale } from "../../i18n/locale";
import { Pieces } from "../../i18n/pieces";
import { QualifyingRoutes } from "../qualify";
import { needsPieces } from "../qualify/shortfall-words";
import type { NoticeSettings } from "./notice-settings";

type LetterOutcome = "meets" | "does-not-meet" | "review";

/** The officer's determination where Engine v2 gives one (`decision`), else the screener's outcome. */
function outcomeOf(level: LevelResult): LetterOutcome | "inactive" {
  const decision = (level as { decision?: { outcome?: unknown } }).decision;
  if (decision && (decision.outcome === "meets" || decision.outcome === "does-not-meet")) return decision.outcome;
  return level.outcome;
}

/** Officer-typed text: marked English when the letter is in another language and no translation was given. */
function OfficerText({ text, lang }: { text: string; lang?: string }) {
  return (
    <>
      {text.split(/\n+/).map((line, i) => (
        <p key={i} lang={lang}>
          {line}
        </p>
      ))}
    </>
  );
}

function LevelOutcome({ level, t, locale }: { level: LevelResult; t: Translate; locale: Locale }) {
  const outcome = outcomeOf(level);
  if (outcome === "inactive") return null;
  const missing = outcome === "does-not-meet" && level.outcome === "does-not-meet" && level.shortfall ? needsPieces(level, t, locale) : null;
  return (
    <li className="notice-level">
      <h3>
        <span lang="en">{level.title}</span> <span className="notice-series">(<span lang="en">{level.seriesTitle}</span>)</span>
        {locale !== "en" && t.has?.(`gloss.title.${level.id}`) && <span className="notice-gloss"> · {t(`gloss.title.${level.id}`)}</span>}
      </h3>
      <p>
        <strong>{t(`notice.outcome.${outcome}`)}</strong>
      </p>
      {missing && (
        <p>
          {t("notice.missing")} <Pieces pieces={missing} />
          {t("sa.headline.end")}
        </p>
      )}
      {outcome === "does-not-meet" && level.outcome === "does-not-meet" && <QualifyingRoutes level={level} locale={locale} className="qualify-routes notice-routes" />}
    </li>
  );
}

export interface NoticeLetterProps {
  result: ApplicantResult;
  locale: Locale;
  settings: NoticeSettings;
  /** The day the letter is dated (yyyy-mm-dd). */
  date: string;
}

export function NoticeLetter({ result, locale, settings, date }: NoticeLetterProps) {
  const t = useT();
  const name = result.name?.trim();
  const considered = result.levels.filter((l) => l.outcome !== "inactive");
  const agency = settings.agency.trim();
  const reconsideration = locale === "es" && settings.reconsiderationEs.trim() ? settings.reconsiderationEs : settings.reconsideration;
  const reconsiderationLang = locale === "es" && !settings.reconsiderationEs.trim() ? "en" : undefined;
  return (
    <article className="notice-letter" lang={locale}>
      <header className="notice-head">
        <p className="notice-agency">{agency || t("notice.agencyFallback")}</p>
        <p>{t("notice.date", { date: dateInWords(date, locale) })}</p>
        <p>{name ? t("notice.to", { name }) : t("notice.toApplicant")}</p>
      </header>
      <h2 className="notice-title">{t("notice.title")}</h2>
      <p>{t("notice.intro", { count: considered.length, date: dateInWords(result.asOf, locale) })}</p>
      <ul className="notice-levels">
        {considered.map((l) => (
          <LevelOutcome key={l.id} level={l} t={t} locale={locale} />
        ))}
      </ul>
      <h3 className="notice-subhead">{t("notice.reconsiderTitle")}</h3>
      {reconsideration.trim() ? <OfficerText text={reconsideration} lang={reconsiderationLang} /> : <p>{t("notice.reconsiderDefault")}</p>}
      {settings.contact.trim() && (
        <>
          <h3 className="notice-subhead">{t("notice.contactTitle")}</h3>
          <OfficerText text={settings.contact} />
        </>
      )}
      <p className="notice-foot">{t("notice.foot")}</p>
    </article>
  );
}
