/** The applicant's answers at a glance, with a "Change" button per section (left off paper). */
import type { Catalog } from "../../engine/catalog";
import { AREA_INFO, areaLabel } from "../../engine/vocabulary";
import { useLanguage, type Translate } from "../../i18n/applicant-language";
import { jobKinds, jobName, type Draft } from "./draft";
import { splitAreas } from "../../lib/applicant-form";
import { jobSummary, vocabLabel } from "./question-steps";
import { listIn } from "./terms";

export type Section = "name" | "high-school" | "coursework" | "degrees" | "jobs";

export function AnswersSummary({ draft, catalog, t, onChange, headingLevel = 2 }: { draft: Draft; catalog: Catalog; t: Translate; onChange?: (section: Section) => void; headingLevel?: 2 | 3 }) {
  const { locale } = useLanguage();
  const area = (a: string): string => (AREA_INFO[a] ? vocabLabel(t, "area", a).toLowerCase() : areaLabel(a));
  const titleOf = (id: string): string => catalog.levels.find((l) => l.level.id === id)?.level.title ?? id;
  const H = headingLevel === 2 ? "h2" : "h3";
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
              return <li key={i}>{t("sa.answers.coursesRow", { n: i + 1, hours: row.hours, unit: row.unit, areas: areas.length ? listIn(locale, areas, "and") : "none" })}</li>;
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
                <li key={i}>{t("sa.answers.degreeRow", { degree: d.level ? vocabLabel(t, "degree", d.level) : t("sa.answers.degree"), field: field ? area(field) : "none" })}</li>
              );
            })}
          </ul>
        ) : (
          <p>{t("sa.answers.none")}</p>
        )}
        {change("degrees", t("sa.answers.degrees"))}
      </div>
      <div className="sa-answer">
        <H>{t("sa.answers.jobs")}</H>
        {draft.jobs.length ? (
          <ul>
            {draft.jobs.map((job, i) => {
              const kinds = jobKinds(job).map((k) => (k === "closely-related" ? t("sa.answers.closely") : vocabLabel(t, "kind", k).toLowerCase()));
              return (
                <li key={i}>
                  {jobName(job, i, t)}: {jobSummary(job, t, locale)}; {kinds.join(", ")}
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
