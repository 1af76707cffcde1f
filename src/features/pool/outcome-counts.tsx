/**
 * How many applicants have each outcome at each level; each count shows those
 * applicants in the table. Beside review, how many of them hang on the
 * agency's substitution policy: review only because a substitution the class
 * leaves to the agency is undecided (setting it to allow or deny decides them).
 */
import type { Outcome } from "../../engine/result-types";
import type { PoolLevel } from "../../pool/pool-types";
import { OUTCOME_WORDS } from "../../components/results";
import { OUTCOMES } from "./table-model";

export interface OutcomeCountsProps {
  levels: PoolLevel[];
  counts: Array<Record<Outcome, number>>;
  /** Per level, the applicants who are review only because the agency's substitution policy is undecided. */
  waiting?: number[];
  onShow: (level: number, outcome: Outcome) => void;
}

export function OutcomeCounts({ levels, counts, waiting, onShow }: OutcomeCountsProps) {
  const hanging = waiting?.some((n) => n > 0) ?? false;
  const total = waiting?.reduce((a, b) => a + b, 0) ?? 0;
  return (
    <>
      {hanging && (
        <p className="pool-waiting">
          {total.toLocaleString("en-US")} {total === 1 ? "review is" : "reviews are"} waiting only on a substitution the class leaves to the agency (the last
          column). Set the policy to allow or deny under "Agency policies applied to the pool" and screen again to decide them.
        </p>
      )}
      <div className="pool-scroll" role="region" aria-labelledby="pool-counts-caption" tabIndex={0}>
        <table className="pool-counts">
          <caption id="pool-counts-caption">Applicants by outcome at each level (choose a number to list those applicants)</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              {OUTCOMES.map((o) => (
                <th key={o} scope="col">
                  {OUTCOME_WORDS[o]}
                </th>
              ))}
              {hanging && <th scope="col">Of the reviews, waiting on the agency's substitution policy</th>}
            </tr>
          </thead>
          <tbody>
            {levels.map((l, i) => (
              <tr key={l.id}>
                <th scope="row">
                  {l.id} {l.title}
                </th>
                {OUTCOMES.map((o) => (
                  <td key={o}>
                    {counts[i][o] === 0 ? (
                      "0"
                    ) : (
                      <button type="button" className="link-button" onClick={() => onShow(i, o)}>
                        {counts[i][o].toLocaleString("en-US")} <span className="visually-hidden">{`${OUTCOME_WORDS[o].toLowerCase()} ${l.id}: list them`}</span>
                      </button>
                    )}
                  </td>
                ))}
                {hanging && <td>{(waiting?.[i] ?? 0).toLocaleString("en-US")}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
