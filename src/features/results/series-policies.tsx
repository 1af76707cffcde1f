import { useCatalog } from "../../app/catalog-context";
import { policyKey } from "../../engine/decide";

/**
 * The agency policies of one series as checkboxes the officer can turn off.
 * They are labelled as agency policy: they are not the class spec's words.
 */
export function SeriesPolicies({ seriesId }: { seriesId: string }) {
  const { catalog, policies, setPolicy } = useCatalog();
  const series = catalog.series.find((s) => s.series.id === seriesId)?.series;
  if (!series?.policies?.length) return null;
  return (
    <div className="series-policies">
      {series.policies.map((p) => {
        const id = `policy-${seriesId}-${p.id}`;
        // Keyed by series as well as policy, so another file's policy of the same id is not switched with it.
        const key = policyKey(seriesId, p.id);
        return (
          <div key={p.id} className="checkbox">
            <input id={id} type="checkbox" checked={policies[key] ?? p.enabled} onChange={(e) => setPolicy(key, e.target.checked)} aria-describedby={`${id}-hint`} />
            <label htmlFor={id}>Apply {p.label.replace(/^Agency policy: /, "agency policy: ")}</label>
            <p id={`${id}-hint`} className="hint">
              {p.text}
            </p>
          </div>
        );
      })}
    </div>
  );
}
