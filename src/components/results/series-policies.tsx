import { useState } from "react";
import { useCatalog } from "../../lib/catalog-context";
import { fileChoice, policyKey } from "../../engine/decide";
import type { PolicySetting } from "../../engine/decision";

const SETTINGS: Array<{ value: PolicySetting; label: string; hint: string }> = [
  { value: "ask", label: "Ask", hint: "a level that holds only through it needs an officer's review" },
  { value: "allow", label: "Allow", hint: "education counts, up to a cap if you give one" },
  { value: "deny", label: "Deny", hint: "education does not count" },
];

/**
 * The agency policies of one series, each a choice of ask, allow (with an
 * optional cap in months) or deny. They are labelled as agency policy: they
 * are not the class spec's words. The setting is kept in this browser, with a
 * way back to the file's own setting.
 */
export function SeriesPolicies({ seriesId }: { seriesId: string }) {
  const { catalog, policies, setPolicy } = useCatalog();
  const series = catalog.series.find((s) => s.series.id === seriesId)?.series;
  if (!series?.policies?.length) return null;
  return (
    <div className="series-policies">
      {series.policies.map((p) => (
        <PolicyControl key={p.id} id={`policy-${seriesId}-${p.id}`} policyKey={policyKey(seriesId, p.id)} label={p.label} text={p.text} fileDefault={fileChoice(p)} current={policies[policyKey(seriesId, p.id)]} setPolicy={setPolicy} />
      ))}
    </div>
  );
}

interface ControlProps {
  id: string;
  policyKey: string;
  label: string;
  text: string;
  fileDefault: ReturnType<typeof fileChoice>;
  current: ReturnType<typeof fileChoice> | undefined;
  setPolicy: ReturnType<typeof useCatalog>["setPolicy"];
}

function PolicyControl({ id, policyKey: key, label, text, fileDefault, current, setPolicy }: ControlProps) {
  const choice = current ?? fileDefault;
  const [cap, setCap] = useState(choice.capMonths === undefined ? "" : String(choice.capMonths));
  const [capError, setCapError] = useState<string | null>(null);
  const applyCap = (value: string): void => {
    setCap(value);
    const trimmed = value.trim();
    if (trimmed === "") {
      setCapError(null);
      setPolicy(key, { setting: "allow" });
      return;
    }
    const n = Number(trimmed.replace(",", "."));
    if (!Number.isFinite(n) || n < 0 || n > 600) {
      setCapError("Enter the cap as a number of months from 0 to 600, or leave it empty for no cap");
      return;
    }
    setCapError(null);
    setPolicy(key, { setting: "allow", capMonths: n });
  };
  const defaultWords = `${SETTINGS.find((s) => s.value === fileDefault.setting)!.label.toLowerCase()}${fileDefault.capMonths !== undefined ? `, at most ${fileDefault.capMonths} months` : ""}`;
  return (
    <fieldset className="policy-setting" aria-describedby={`${id}-hint`}>
      <legend>{label}</legend>
      <p id={`${id}-hint`} className="hint">
        {text}
      </p>
      <div className="policy-options">
        {SETTINGS.map((s) => (
          <div key={s.value} className="radio">
            <input
              id={`${id}-${s.value}`}
              type="radio"
              name={id}
              value={s.value}
              checked={choice.setting === s.value}
              onChange={() => setPolicy(key, s.value === "allow" && cap.trim() !== "" && !capError ? { setting: "allow", capMonths: Number(cap.replace(",", ".")) } : { setting: s.value })}
              aria-describedby={`${id}-${s.value}-hint`}
            />
            <label htmlFor={`${id}-${s.value}`}>{s.label}</label>
            <span id={`${id}-${s.value}-hint`} className="hint">
              {" "}
              ({s.hint})
            </span>
          </div>
        ))}
      </div>
      {choice.setting === "allow" && (
        <div className={`field${capError ? " field-error" : ""}`}>
          <label htmlFor={`${id}-cap`}>Cap in months (optional)</label>
          {capError && (
            <p id={`${id}-cap-error`} className="error-message">
              <span className="visually-hidden">Error:</span> {capError}
            </p>
          )}
          <input id={`${id}-cap`} inputMode="decimal" value={cap} onChange={(e) => applyCap(e.target.value)} aria-invalid={capError ? true : undefined} aria-describedby={capError ? `${id}-cap-error` : undefined} />
        </div>
      )}
      <p className="policy-default">
        {current ? (
          <button type="button" className="link-button" onClick={() => setPolicy(key, null)}>
            Go back to the file's setting ({defaultWords})
          </button>
        ) : (
          <>The file's setting ({defaultWords}); your choice is kept in this browser.</>
        )}
      </p>
    </fieldset>
  );
}
