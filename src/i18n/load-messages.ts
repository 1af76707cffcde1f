/** The applicant pages' messages for a language, loaded on demand so no catalog is in the officer's first download. */
import type { Locale } from "./locale";

export type Messages = Record<string, string>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const [common, applicant] =
    locale === "es"
      ? await Promise.all([import("./catalogs/common.es.json"), import("./catalogs/applicant.es.json")])
      : await Promise.all([import("./catalogs/common.en.json"), import("./catalogs/applicant.en.json")]);
  return { ...common.default, ...applicant.default };
}
