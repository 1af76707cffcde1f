/** The applicant's answers at a glance, with a "Change" button per section (left off paper). */
import type { Catalog } from "../../engine/catalog";
import { areaLabel, DEGREE_LABELS, EXPERIENCE_KIND_INFO, HIGH_SCHOOL_LABELS, type DegreeLevel, type ExperienceKind, type HighSchool } from "../../engine/vocabulary";
import { jobKinds, jobName, type Draft } from "./draft";
import { splitAreas } from "../officer/applicant-form-model";
import { jobSummary } from "./question-steps";
import { andList, orList } from "./terms";

export type Section = "name" | "high-school" | "coursework" | "degrees" | "jobs";

export function AnswersSummary({ draft, catalog, onChange, headingLevel = 2 }: { draft: Draft; catalog: Catalog; onChange?: (section: Section) => void; headingLevel?: 2 | 3 }) {
  const titleOf = (id: string): string => catalog.levels.find((l) => l.level.id === id)?.level.title ?? id;
  const H = headingLevel === 2 ? "h2" : "h3";
  const change = (section: Section, what: string) =>
    onChange && (
      <button type="button" id={`sa-change-${section}`} className="sa-secondary sa-change no-print" onClick={() => onChange(section)}>
        Change<span className="visually-hidden"> {what}</span>
      </button>
    );
  const coursework = draft.hasCoursework === "yes" ? draft.coursework : [];
  const degrees = draft.hasDegree === "yes" ? draft.degrees : [];
  return (
    <div className="sa-answers">
      <div className="sa-answer">
        <H>Your name</H>
        <p>{draft.name.trim() || "Not given"}</p>
        {change("name", "your name")}
      </div>
      <div className="sa-answer">
        <H>High school</H>
        <p>{draft.highSchool ? HIGH_SCHOOL_LABELS[draft.highSchool as HighSchool] : "Not answered"}</p>
        {change("high-school", "high school")}
      </div>
      <div className="sa-answer">
        <H>College courses</H>
        {coursework.length ? (
          <ul>
            {coursework.map((row, i) => {
              const areas = [...row.areas, ...splitAreas(row.otherAreas)].map(areaLabel);
              return (
                <li key={i}>
                  Courses {i + 1}: {row.hours} {row.unit} hours{areas.length ? ` in ${andList(areas)}` : ""}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>None</p>
        )}
        {change("coursework", "college courses")}
      </div>
      <div className="sa-answer">
        <H>Degrees</H>
        {degrees.length ? (
          <ul>
            {degrees.map((d, i) => {
              const field = d.field === "other" ? d.otherField.trim() : d.field;
              return (
                <li key={i}>
                  {d.level ? DEGREE_LABELS[d.level as DegreeLevel] : "Degree"}
                  {field ? ` in ${areaLabel(field)}` : ""}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>None</p>
        )}
        {change("degrees", "degrees")}
      </div>
      <div className="sa-answer">
        <H>Jobs</H>
        {draft.jobs.length ? (
          <ul>
            {draft.jobs.map((job, i) => {
              const kinds = jobKinds(job).map((k) => (k === "closely-related" ? "closely related work (your view; the agency decides)" : EXPERIENCE_KIND_INFO[k as ExperienceKind].label.toLowerCase()));
              return (
                <li key={i}>
                  {jobName(job, i)}: {jobSummary(job)}; {kinds.join(", ")}
                  {job.supervisory === "yes" ? "; supervised staff" : ""}
                  {job.comparableTo.length ? `; much like the work of a ${orList(job.comparableTo.map(titleOf))} (your view; the agency decides)` : ""}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>None</p>
        )}
        {change("jobs", "jobs")}
      </div>
    </div>
  );
}
