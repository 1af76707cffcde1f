/**
 * The command line's `--policy` option: the agency's setting of a
 * substitution policy a class leaves to it, as the officer sets it per series
 * in the page. `SERIES/POLICY=SETTING` sets one series' policy;
 * `POLICY=SETTING` sets that policy in every series that has it. SETTING is
 * `ask`, `allow`, `allow:CAP` (at most CAP months through the policy) or
 * `deny`. A setting for one series wins over one for every series; the
 * file's own setting applies to the rest (ask by default).
 */
import type { Catalog } from "../engine/catalog";
import { policyKey, type PolicyChoices } from "../engine/decide";
import type { PolicyChoice } from "../engine/decision";

const SETTINGS = ["ask", "allow", "deny"] as const;

/** The most months a cap may be, as in a qualification file's `capMonths`. */
const MAX_CAP_MONTHS = 600;

export type PolicyArg = { key: string; choice: PolicyChoice } | { error: string };

/**
 * One `--policy` value as a key of the engine's choices and the choice, or what is wrong with it.
 * @example parsePolicyArg("customer-service-job-family/education-substitution=allow:24") // { key: "customer-service-job-family/education-substitution", choice: { setting: "allow", capMonths: 24 } }
 */
export function parsePolicyArg(value: string | undefined): PolicyArg {
  const example = "for example --policy customer-service-job-family/education-substitution=allow:24";
  if (!value) return { error: `--policy needs SERIES/POLICY=SETTING or POLICY=SETTING (SETTING ask, allow, allow:CAP or deny), ${example}` };
  const eq = value.lastIndexOf("=");
  if (eq <= 0) return { error: `--policy ${value}: write SERIES/POLICY=SETTING or POLICY=SETTING (SETTING ask, allow, allow:CAP or deny), ${example}` };
  const key = value.slice(0, eq);
  const [setting, cap, ...rest] = value.slice(eq + 1).split(":");
  if (!SETTINGS.includes(setting as (typeof SETTINGS)[number]) || rest.length > 0)
    return { error: `--policy ${value}: the setting must be ask, allow, allow:CAP or deny, not "${value.slice(eq + 1)}"` };
  if (key.split("/").some((part) => part === "") || key.split("/").length > 2) return { error: `--policy ${value}: name the policy as SERIES/POLICY or POLICY, ${example}` };
  if (cap === undefined) return { key, choice: { setting: setting as PolicyChoice["setting"] } };
  if (setting !== "allow") return { error: `--policy ${value}: only allow takes a cap in months (allow:24); ${setting} takes none` };
  const months = /^\d+(\.\d+)?$/.test(cap) ? Number(cap) : NaN;
  if (!(months >= 0 && months <= MAX_CAP_MONTHS)) return { error: `--policy ${value}: the cap must be a number of months from 0 to ${MAX_CAP_MONTHS}, for example allow:24` };
  return { key, choice: { setting: "allow", capMonths: months } };
}

/**
 * Check each `--policy` key against the loaded classes: a policy no series
 * has would silently change nothing, so it is an error naming the ones there are.
 * @example unknownPolicies({ "no-such": { setting: "allow" } }, catalog) // ['--policy no-such=...: no series has a policy "no-such"; ...']
 */
export function unknownPolicies(policies: PolicyChoices, catalog: Catalog): string[] {
  const keys = new Set<string>();
  const ids = new Set<string>();
  for (const { series } of catalog.series)
    for (const p of series.policies ?? []) {
      keys.add(policyKey(series.id, p.id));
      ids.add(p.id);
    }
  const known = [...keys].join(", ") || "none";
  return Object.keys(policies)
    .filter((key) => !(key.includes("/") ? keys.has(key) : ids.has(key)))
    .map((key) => `--policy ${key}: no loaded series has ${key.includes("/") ? "this policy" : `a policy "${key}"`}; the policies are: ${known}`);
}
