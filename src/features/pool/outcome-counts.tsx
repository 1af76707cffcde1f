/** How many applicants have each outcome at each level; each count shows those applicants in the table. */
import type { Outcome } from "../../engine/result-types";
import type { PoolLevel } from "../../pool/pool-types";
import { OUTCOME_WORDS } from "../../components/results";
import { OUTCOMES } from "./table-model";

export interface OutcomeCountsProps {
  levels: PoolLevel[];
  counts: Array<Record<Outcome, number>>;
  onShow: (level: number, outcome: Outcome) => void;
}

export function OutcomeCounts({ levels, counts, onShow }: OutcomeCountsProps) {
  return (
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
