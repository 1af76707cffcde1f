/**
 * The form's warnings (form-warnings.ts) are advice, never a block, and are
 * needed only once there is a job or a degree to check: they load just after
 * the page, outside its first download (the bundle budget), and until then
 * no warning shows.
 */
import { useEffect, useState } from "react";

type Warnings = typeof import("./form-warnings");

let loaded: Warnings | null = null;
let loading: Promise<Warnings> | null = null;
const load = (): Promise<Warnings> => (loading ??= import("./form-warnings").then((m) => (loaded = m)));

/** The warnings module, or null while it loads. */
export function useFormWarnings(): Warnings | null {
  const [warnings, setWarnings] = useState<Warnings | null>(loaded);
  useEffect(() => {
    if (!warnings) void load().then(setWarnings);
  }, [warnings]);
  return warnings;
}
