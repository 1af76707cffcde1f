import type { CatalogLevel } from "../../engine/catalog";
import { citationOf } from "../../engine/citation";
import type { Series } from "../../engine/qualification-schema";

/** Every document a level's words are quoted from, in first-seen order. */
export function documentsOf(value: unknown, found: Set<string> = new Set()): string[] {
  if (Array.isArray(value)) for (const v of value) documentsOf(v, found);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.quote === "string" && typeof o.document === "string") found.add(o.document);
    for (const v of Object.values(o)) documentsOf(v, found);
  }
  return [...found];
}

function inEffect(entry: CatalogLevel): string {
  const eff = entry.level.effective;
  const parts: string[] = [];
  if (eff?.from) parts.push(`from ${eff.from}`);
  if (eff?.until) parts.push(`until ${eff.until} (no longer in effect from that day)`);
  return parts.length ? parts.join(" ") : "Every date (the spec gives none)";
}

function qualificationsFrom(entry: CatalogLevel): string {
  const from = entry.level.requirementsFrom;
  return from ? `${from.date} ('${from.source.quote}'); before it, an officer's review` : "As long as the class is in effect";
}

/** One series: where it comes from, its levels with their dates and documents, its readings and policies. */
export function SeriesEntry({ series, file, levels, builtIn, index }: { series: Series; file: string; levels: CatalogLevel[]; builtIn: boolean; index: number }) {
  const headingId = `class-series-${index}`;
  const facts: Array<[string, string]> = [
    ["Jurisdiction", series.jurisdiction],
    ["Class spec", citationOf(series, series.document)],
    ["Qualification file", builtIn ? `${file} (built in)` : `${file} (loaded by you, in this tab only)`],
    ...(series.codes ?? []).map((c): [string, string] => [c.label, c.value]),
  ];
  const hasDetails = Boolean(series.interpretations?.length || series.policies?.length || series.notes?.length);
  return (
    <section className="class-series" aria-labelledby={headingId}>
      <h3 id={headingId}>{series.title}</h3>
      <dl className="class-facts">
        {facts.map(([term, value], i) => (
          <div key={i}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {series.description && <p>{series.description}</p>}
      <div className="table-scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table>
          <caption id={`${headingId}-caption`}>Levels of the {series.title}</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Title</th>
              <th scope="col">In effect</th>
              <th scope="col">Qualifications apply from</th>
              <th scope="col">Words quoted from</th>
            </tr>
          </thead>
          <tbody>
            {levels.map((entry) => (
              <tr key={entry.level.id}>
                <th scope="row">{entry.level.id}</th>
                <td>{entry.level.title}</td>
                <td>{inEffect(entry)}</td>
                <td>{qualificationsFrom(entry)}</td>
                <td>{(documentsOf(entry.level).length ? documentsOf(entry.level) : [series.document]).map((d) => citationOf(series, d)).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasDetails && (
        <details>
          <summary>Readings, agency policies and notes of the {series.title}</summary>
          {series.interpretations?.length ? (
            <>
              <h4>Interpretations (the screener's readings, not the spec's words)</h4>
              <ul>
                {series.interpretations.map((i) => (
                  <li key={i.id}>
                    <q>{i.clause}</q>: {i.reading}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {series.policies?.length ? (
            <>
              <h4>Agency policies (not the spec's words)</h4>
              <ul>
                {series.policies.map((p) => (
                  <li key={p.id}>
                    {p.label} ({p.enabled ? "on" : "off"} unless you change it beside the results): {p.text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {series.notes?.length ? (
            <>
              <h4>Notes</h4>
              <ul>
                {series.notes.map((n, i) => (
                  <li key={i}>
                    {n.text}
                    {n.source && ` (${citationOf(series, n.source.document)})`}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      )}
    </section>
  );
}
