/**
 * The applicant pages' language: English or Spanish. Chosen from the
 * browser's language on a first visit (`es-*` gives Spanish), then by the
 * visible switch. The choice is remembered as a UI preference in
 * localStorage; nothing about the applicant is stored with it.
 */

export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export const LANGUAGE_KEY = "mq-screener.language";

/** Each language's name in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

/**
 * The tag dates, numbers and lists are formatted with. English uses the
 * day-month-year words the rest of the screener prints ("14 August 2027").
 */
export const FORMAT_LOCALE: Record<Locale, string> = { en: "en-GB", es: "es" };

export const isLocale = (value: unknown): value is Locale => value === "en" || value === "es";

/** The language of a BCP 47 tag, when it is one we have: "es-US" is Spanish. */
export function localeOfTag(tag: string | undefined | null): Locale | null {
  const language = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

function browserTags(): string[] {
  if (typeof navigator === "undefined") return [];
  return [...(navigator.languages ?? []), navigator.language].filter((t): t is string => typeof t === "string" && t !== "");
}

/** The remembered choice, else the browser's first language we have, else English. */
export function preferredLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage off: fall back to the browser's language.
  }
  for (const tag of browserTags()) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return "en";
}

/** Remember the switch's choice (a UI preference only); false when storage is refused. */
export function rememberLocale(locale: Locale): boolean {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, locale);
    return true;
  } catch {
    return false;
  }
}

export type DatePart = "day" | "month" | "year";

/**
 * The order a region writes dates in, for date boxes: the browser's own tag
 * when it is in this language (en-US: month, day, year; en-GB: day, month,
 * year), else the language's usual one.
 * @example dateOrder("en", ["en-US"]) // ["month", "day", "year"]
 */
export function dateOrder(locale: Locale, tags: string[] = browserTags()): DatePart[] {
  const tag = tags.find((t) => localeOfTag(t) === locale) ?? (locale === "en" ? "en-US" : "es");
  try {
    const parts = new Intl.DateTimeFormat(tag, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }).formatToParts(new Date(Date.UTC(2027, 7, 14)));
    const order = parts.map((p) => p.type).filter((t): t is DatePart => t === "day" || t === "month" || t === "year");
    if (order.length === 3) return order;
  } catch {
    // An unknown tag: the language's usual order below.
  }
  return locale === "en" ? ["month", "day", "year"] : ["day", "month", "year"];
}

/**
 * A yyyy-mm-dd calendar date in words, in the reader's language: "14 August 2027", "14 de agosto de 2027".
 * Formatted in UTC from the date's own numbers, so no time zone moves it.
 */
export function dateInWords(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return new Intl.DateTimeFormat(FORMAT_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
