/**
 * What the applicant and qualification schemas share: strict objects whose
 * messages say how to fix the problem, and zod issues turned into located
 * errors (an unknown field reported at its own path, one error per field).
 */
import * as z from "zod/mini";

/** A problem with one field: where it is and how to fix it. */
export interface LocatedError {
  /** Path in the checked value, e.g. `experience[0].end`; empty for the whole value. */
  path: string;
  message: string;
}

/**
 * Format a path as the applicant format writes it.
 * @example formatPath(["experience", 0, "end"]) // "experience[0].end"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * A strict object: unknown fields are errors. `what` names it in messages;
 * `reference` says where its fields are documented.
 */
export const strictObject = <T extends z.core.$ZodLooseShape>(shape: T, what: string, reference: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Remove this field: ${what} has no such field (${reference})`
        : issue.input === undefined
          ? `Add ${what}: it is required`
          : `Enter ${what} as an object with named fields`,
  });

/** Zod issues as located errors. */
export function locatedErrors(issues: readonly z.core.$ZodIssue[]): LocatedError[] {
  const errors: LocatedError[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) errors.push({ path: formatPath([...issue.path, key]), message: issue.message.replace("this field", `"${key}"`) });
    } else errors.push({ path: formatPath(issue.path), message: issue.message });
  }
  return errors;
}
