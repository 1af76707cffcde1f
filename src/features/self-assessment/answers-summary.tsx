/** The applicant's answers at a glance, with a "Change" button per section (left off paper). */
import type { Catalog } from "../../engine/catalog";
import { AREA_INFO, areaLabel, EXPERIENCE_KINDS } from "../../engine/vocabulary";
import { useLanguage, type Translate } from "../../i18n/applicant-language";
import { Fragment } from "react";
import { jobKinds, jobName, NO_SECTOR, partsToIso, type Draft } from "./draft";
import { formOffers, splitAreas } from "../../lib/applicant-form";
import { dateInWords } from "../../i18n/locale";
import { degreeLabel, jobSummary, vocabLabel } from "./question-steps";
import { listIn } from "./terms";

export type Section = "name" | "high-school" | "coursework" | "degrees" | "credentials" | "jobs";

export function AnswersSummary({ draft, catalog, t, onChange, headingLevel = 2 }: { draft: Draft; catalog: Catalog; t: Translate; onChange?: (section: Section) => void; headingLevel?: 2 | 3 }) {
  const { locale } = useLanguage();
  const area = (a: string): string => (AREA_INFO[a] ? vocabLabel(t, "area", a).toLowerCase() : areaLabel(a));
  const titleOf = (id: string): string => catalog.levels.find((l) => l.level.id === id)?.level.title ?? id;
  const H = headingLevel === 2 ? "h2" : "h3";
  const offers = formOffers(catalog);
  // Words from a loaded class file, as the file gives them (an id no loaded class declares, as it is).
  const fileWord = (terms: Array<{ value: string; label: string }>, id: string) => <span lang="en">{terms.find((c) => c.value === id)?.label ?? id}</span>;
  const credentials = draft.hasCredential === "yes" ? (draft.credentials ?? []) : [];
  const askedCredentials = offers.credentials.length > 0 || (draft.credentials?.length ?? 0) > 0;
  const professional = offers.professional || draft.degrees.some((d) => d.level === "professional");
  const change = (section: Section, what: string) =>
    onChange && (
      <button type="button" id={`sa-change-${section}`} className="sa-secondary sa-change no-print" onClick={() => onChange(section)}>
        {t("sa.answers.change")}
        <span className="visually-hidden"> {what}</span>
      </button>
    );
  const coursework = draft.hasCoursework === "yes" ? draft.coursework : [];
  const degrees = draft.hasDegree === "yes" ? draft.degrees : [];
  return (
    <div className="sa-answers">
      <div className="sa-answer">
        <H>{t("sa.answers.name")}</H>
        <p>{draft.name.trim() || t("sa.answers.notGiven")}</p>
        {change("name", t("sa.answers.name"))}
      </div>
      <div className="sa-answer">
        <H>{t("sa.answers.highSchool")}</H>
        <p>{draft.highSchool ? vocabLabel(t, "highSchool", draft.highSchool) : t("sa.answers.notAnswered")}</p>
        {change("high-school", t("sa.answers.highSchool"))}
      </div>
      <div className="sa-answer">
        <H>{t("sa.answers.courses")}</H>
        {coursework.length ? (
          <ul>
            {coursework.map((row, i) => {
              const areas = [...row.areas, ...(row.otherAreaEntries ?? []).map((e) => e.area), ...splitAreas(row.otherAreas)].map(area);
              return (
                <li key={i}>
                  {t("sa.answers.coursesRow", { n: i + 1, hours: row.hours, unit: row.unit, level: row.level === "graduate" ? "graduate" : "undergraduate", areas: areas.length ? listIn(locale, areas, "and") : "none" })}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t("sa.answers.none")}</p>
        )}
        {change("coursework", t("sa.answers.courses"))}
      </div>
      <div className="sa-answer">
        <H>{t("sa.answers.degrees")}</H>
        {degrees.length ? (
          <ul>
            {degrees.map((d, i) => {
              const field = d.field === "other" ? d.otherField.trim() : d.field;
              return (
                <li key={i}>{t("sa.answers.degreeRow", { degree: d.level ? degreeLabel(t, d.level, professional) : t("sa.answers.degree"), field: field ? area(field) : "none" })}</li>
              );
            })}
          </ul>
        ) : (
          <p>{t("sa.answers.none")}</p>
        )}
        {change("degrees", t("sa.answers.degrees"))}
      </div>
      {askedCredentials && (
        <div className="sa-answer">
          <H>{t("sa.answers.credentials")}</H>
          {credentials.length ? (
            <ul>
              {credentials.map((c) => {
                const expires = partsToIso(c.expires, "end");
                return (
                  <li key={c.id}>
                    {fileWord(offers.credentials, c.id)}
                    {c.name.trim() && <> ({c.name.trim()})</>}
                    {expires && <>{t("sa.answers.expires", { date: dateInWords(expires, locale) })}</>}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{draft.hasCredential ? t("sa.answers.none") : t("sa.answers.notAnswered")}</p>
          )}
          {change("credentials", t("sa.answers.credentials"))}
        </div>
      )}
      <div className="sa-answer">
        <H>{t("sa.answers.jobs")}</H>
        {draft.jobs.length ? (
          <ul>
            {draft.jobs.map((job, i) => {
              const kinds = jobKinds(job).map((k) =>
                k === "closely-related" ? t("sa.answers.closely") : (EXPERIENCE_KINDS as readonly string[]).includes(k) ? vocabLabel(t, "kind", k).toLowerCase() : fileWord(offers.kinds, k),
              );
              const sector = job.sector && job.sector !== NO_SECTOR ? job.sector : "";
              return (
                <li key={i}>
                  {jobName(job, i, t)}: {jobSummary(job, t, locale)};{" "}
                  {kinds.map((k, j) => (
                    <Fragment key={j}>
                      {j > 0 && ", "}
                      {k}
                    </Fragment>
                  ))}
                  {sector && (
                    <>
                      {t("sa.answers.sector")} {fileWord(offers.sectors, sector)}
                    </>
                  )}
                  {job.supervisory === "yes" ? t("sa.answers.supervised") : ""}
                  {job.comparableTo.length > 0 && (
                    <>
                      {t("sa.answers.muchLike")} <span lang="en">{listIn(locale, job.comparableTo.map(titleOf), "or")}</span> {t("sa.answers.yourView")}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t("sa.answers.none")}</p>
        )}
        {change("jobs", t("sa.answers.jobs"))}
      </div>
    </div>
  );
}
