/**
 * A level the spec leaves wholly to the officer (a `review` rule: Minnesota
 * 003638 publishes only knowledge, skills and abilities) lists its KSAs as a
 * checklist the officer marks while judging the applicant. The marks live in
 * this page only, with the applicant being screened (they are not part of
 * the applicant format); the report prints them. The officer's decision
 * (levelDecisions) records the outcome.
 */
import { useId, useSyncExternalStore } from "react";
import type { Catalog } from "../../engine/catalog";
import type { Level } from "../../engine/qualification-schema";
import type { LevelResult } from "../../engine/result-types";

/** Marks by applicant (name) and level: the indexes of the KSAs ticked. */
const marks = new Map<string, ReadonlySet<number>>();
const listeners = new Set<() => void>();
const EMPTY: ReadonlySet<number> = new Set();

const keyOf = (applicantName: string | undefined, levelId: string): string => `${applicantName?.trim() ?? ""}\u0000${levelId}`;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The KSAs ticked for an applicant's level (indexes into the level's `ksas`). */
export function ksaMarks(applicantName: string | undefined, levelId: string): ReadonlySet<number> {
  return marks.get(keyOf(applicantName, levelId)) ?? EMPTY;
}

/** Tick or untick one KSA for an applicant's level. */
export function setKsaMark(applicantName: string | undefined, levelId: string, index: number, ticked: boolean): void {
  const key = keyOf(applicantName, levelId);
  const next = new Set(marks.get(key) ?? EMPTY);
  if (ticked) next.add(index);
  else next.delete(index);
  marks.set(key, next);
  for (const l of listeners) l();
}

/** Forget every mark (a test's fresh page). */
export function clearKsaMarks(): void {
  marks.clear();
  for (const l of listeners) l();
}

/**
 * The KSAs an officer judges a level by, when its requirements include a
 * review rule (the spec publishes no minimum qualifications) and it lists
 * KSAs; otherwise none. Decided from the data, never from a level id.
 */
export function ksasToJudge(level: Pick<LevelResult, "id" | "outcome">, catalog: Catalog): string[] {
  if (level.outcome !== "review") return [];
  const entry = catalog.levels.find((l) => l.level.id === level.id);
  if (!entry || !hasReviewRule(entry.level.requirements)) return [];
  return entry.level.ksas;
}

function hasReviewRule(rule: Level["requirements"]): boolean {
  return rule.type === "review" || ((rule.type === "all" || rule.type === "any") && rule.rules.some(hasReviewRule));
}

/** The checklist on screen: one checkbox per KSA, in a group named for the level. */
export function KsaChecklist({ level, ksas, applicantName }: { level: Pick<LevelResult, "id" | "title">; ksas: string[]; applicantName: string | undefined }) {
  const id = useId();
  const marks = (): ReturnType<typeof ksaMarks> => ksaMarks(applicantName, level.id);
  // The same snapshot on a server render (the keystroke benchmark renders to a string).
  const ticked = useSyncExternalStore(subscribe, marks, marks);
  if (ksas.length === 0) return null;
  return (
    <fieldset className="ksa-checklist" aria-describedby={`${id}-hint`}>
      <legend>
        Knowledge, skills and abilities for {level.id} ({ticked.size} of {ksas.length} marked)
      </legend>
      <p id={`${id}-hint`} className="hint">
        The class spec lists these instead of minimum qualifications. Mark each one the applicant shows; the marks are printed on the report. Record the
        outcome as your decision for this level.
      </p>
      <ul>
        {ksas.map((ksa, i) => (
          <li key={i} className="checkbox">
            <input id={`${id}-${i}`} type="checkbox" checked={ticked.has(i)} onChange={(e) => setKsaMark(applicantName, level.id, i, e.target.checked)} />
            <label htmlFor={`${id}-${i}`}>{ksa}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
