import { useState } from "react";
import type { Level } from "../../engine/qualification-schema";

/**
 * A level's summary and duties behind a disclosure, so the officer can read
 * them while judging whether a job is comparable. Rendered only when opened:
 * fifty jobs times every level would otherwise fill the page.
 */
export function LevelDuties({ level }: { level: Level }) {
  const [open, setOpen] = useState(false);
  const duties = level.duties.length ? level.duties : level.ksas;
  return (
    <details className="level-duties" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        What {level.id} does<span className="visually-hidden"> ({level.title})</span>
      </summary>
      {open && (
        <div>
          {level.summary && <p>{level.summary}</p>}
          {duties.length > 0 && (
            <>
              <p className="explanation-subhead">{level.duties.length ? "Duties" : "Knowledge, skills and abilities"}:</p>
              <ul>
                {duties.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </details>
  );
}
