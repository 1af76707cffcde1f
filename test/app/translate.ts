/** The applicant pages' `t` outside React, for tests that need the same words as the page. */
import { createIntl } from "react-intl";
import type { Translate, Values } from "../../src/i18n/applicant-language";
import applicantEn from "../../src/i18n/catalogs/applicant.en.json";
import applicantEs from "../../src/i18n/catalogs/applicant.es.json";
import commonEn from "../../src/i18n/catalogs/common.en.json";
import commonEs from "../../src/i18n/catalogs/common.es.json";
import { FORMAT_LOCALE, type Locale } from "../../src/i18n/locale";

export function translator(locale: Locale): Translate {
  const messages: Record<string, string> = locale === "es" ? { ...commonEs, ...applicantEs } : { ...commonEn, ...applicantEn };
  const intl = createIntl({ locale: FORMAT_LOCALE[locale], messages });
  return Object.assign((id: string, values?: Values) => intl.formatMessage({ id }, values), { has: (id: string) => id in messages });
}
