/**
 * The language of an applicant-facing page: a region with `lang` set, its
 * catalog loaded on demand, and a visible switch. The officer's pages stay
 * English and never load this.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { IntlProvider, useIntl } from "react-intl";
import { loadMessages, type Messages } from "./load-messages";
import { FORMAT_LOCALE, LANGUAGE_NAMES, LOCALES, preferredLocale, rememberLocale, type Locale } from "./locale";

interface LanguageState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LanguageContext = createContext<LanguageState>({ locale: "en", setLocale: () => undefined });

export const useLanguage = (): LanguageState => useContext(LanguageContext);

export type Values = Record<string, string | number | boolean | null | undefined | Date>;
/** `t("sa.start.title", { n: 2 })`: a message of the page's catalog, formatted; `t.has(id)` says whether the catalog has it. */
export type Translate = ((id: string, values?: Values) => string) & { has?: (id: string) => boolean };

export function useT(): Translate {
  const intl = useIntl();
  return useMemo(() => Object.assign((id: string, values?: Values) => intl.formatMessage({ id }, values), { has: (id: string) => id in intl.messages }), [intl]);
}

/**
 * Wrap an applicant-facing view. The first language is the remembered choice
 * or the browser's (`es-*` gives Spanish); the switch changes it for every
 * applicant page and remembers it as a UI preference.
 */
export function ApplicantLanguage({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [wanted, setWanted] = useState<Locale>(() => initial ?? preferredLocale());
  const [loaded, setLoaded] = useState<Partial<Record<Locale, Messages>>>({});
  useEffect(() => {
    if (loaded[wanted]) return;
    let live = true;
    void loadMessages(wanted).then((messages) => live && setLoaded((l) => ({ ...l, [wanted]: messages })));
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  // While another language loads, the page stays in the one it is in, so nothing the applicant typed moves.
  const shown: Locale | undefined = loaded[wanted] ? wanted : LOCALES.find((l) => loaded[l]);
  const setLocale = useCallback((locale: Locale) => {
    rememberLocale(locale);
    setWanted(locale);
  }, []);
  if (!shown)
    return (
      <p role="status" lang={wanted}>
        {wanted === "es" ? "Cargando…" : "Loading…"}
      </p>
    );
  return (
    <LanguageContext.Provider value={{ locale: shown, setLocale }}>
      <IntlProvider locale={FORMAT_LOCALE[shown]} messages={loaded[shown]} defaultLocale="en-GB">
        <div lang={shown} className="applicant-language">
          {children}
        </div>
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

/** "Language · Idioma: English | Español", in each language's own words. */
export function LanguageSwitch() {
  const { locale, setLocale } = useLanguage();
  return (
    <div className="language-switch no-print" role="group" aria-labelledby="language-switch-label">
      <span id="language-switch-label">
        <span lang="en">Language</span> · <span lang="es">Idioma</span>
      </span>
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} className="language-choice" aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
