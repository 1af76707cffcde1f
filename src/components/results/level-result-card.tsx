import { lazy, Suspense, useState } from "react";
import { formatMonths } from "../../engine/format-number";
import type { LevelResult } from "../../engine/result-types";
import { whatIfOf } from "../qualify/what-if";
import { OfficerDecisionNote } from "./decision";
import { LevelExplanation } from "./explanation";
import { KsaChecklist } from "./ksa-checklist";
import "./results.css";
import { monthsRequirements, requiredText, STATUS_WORDS } from "./months";
import { policyName } from "./outcome";
import { useCatalogIfAny } from "../../lib/catalog-context";
import { OutcomeLabel } from "./outcome-label";

type Heading = "h2" | "h3" | "h4" | "h5";

// "When they would qualify" brings its catalogs: loaded only for a level whose result has a what-if.
const QualifyingRoutes = lazy(() => import("../qualify").then((m) => ({ default: m.QualifyingRoutes })));
const QualifyingTimeline = lazy(() => import("../qualify").then((m) => ({ default: m.QualifyingTimeline })));

/** Months credited against months required: one line, or one line per requirement when the level counts months more than once. */
function LevelMonths({ level }: { level: LevelResult }) {
  const months = monthsRequirements(level);
  if (months.length > 1)
    return (
      <div className="level-months">
        <p>Months credited:</p>
        <ul>
          {months.map((m) => (
            <li key={m.ruleId}>
              {m.label}: <strong>{formatMonths(m.credited)}</strong> {requiredText(m.required)} ({STATUS_WORDS[m.status]})
            </li>
          ))}
        </ul>
      </div>
    );
  if (level.required === null || level.credited === null) return null;
  return (
    <p className="level-months">
      Months credited: <strong>{formatMonths(level.credited)}</strong> {requiredText(level.required)}
    </p>
  );
}

/**
 * One level: its outcome in words, months credited against months required,
 * what is missing, and the full explanation behind a disclosure.
 */
export function LevelResultCard({
  level,
  heading: H = "h4",
  asOf,
  ksas = [],
  applicantName,
}: {
  level: LevelResult;
  heading?: Heading;
  /** The screening date, for the "when they would qualify" timeline. */
  asOf?: string;
  /** The knowledge, skills and abilities the officer judges this level by (a level the spec leaves to the officer), as a checklist. */
  ksas?: string[];
  /** Whose marks the checklist keeps. */
  applicantName?: string;
}) {
  // The explanation is built only when opened: re-screening on each keystroke then renders a few lines per level, not hundreds.
  const [open, setOpen] = useState(false);
  const catalog = useCatalogIfAny();
  return (
    <article className={`level-result level-${level.outcome}`} aria-labelledby={`level-${level.id}-title`}>
      <H id={`level-${level.id}-title`} className="level-title">
        {level.id} {level.title}
        <span className="visually-hidden">:</span> <OutcomeLabel outcome={level.outcome} />
      </H>
      <OfficerDecisionNote level={level} />
      <LevelMonths level={level} />
      {level.shortfall && (
        <p className="level-shortfall">
          <strong>Missing:</strong> {level.shortfall.text}
        </p>
      )}
      {level.substitution && (
        <p className="level-note">
          <strong>For the agency to decide:</strong> meets if the agency accepts {formatMonths(level.substitution.months)} months of education in place of experience ({policyName(level.substitution.label, catalog)}). Set the policy to allow or deny beside the results.
        </p>
      )}
      {/* When Engine v2's what-if is there: the date the applicant would qualify, and how. */}
      {level.outcome === "does-not-meet" && whatIfOf(level) && (
        <Suspense fallback={null}>
          <QualifyingRoutes level={level} locale="en" voice="officer" />
          {asOf && <QualifyingTimeline levels={[level]} today={asOf} locale="en" voice="officer" headingLevel={H === "h2" ? 3 : H === "h3" ? 4 : H === "h4" ? 5 : 6} />}
        </Suspense>
      )}
      {level.policiesApplied.length > 0 && <p className="level-note">Relies on agency policy, not the class spec's words: {level.policiesApplied.map((p) => policyName(p, catalog)).join("; ")}.</p>}
      {level.judgements.length > 0 && <p className="level-note">Relies on the officer's judgement (see the explanation).</p>}
      {ksas.length > 0 && <KsaChecklist level={level} ksas={ksas} applicantName={applicantName} />}
      <details className="level-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Explanation<span className="visually-hidden"> for {level.id}</span>
        </summary>
        {open && <LevelExplanation level={level} />}
      </details>
    </article>
  );
}
