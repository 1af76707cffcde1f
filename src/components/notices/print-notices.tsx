/**
 * Printing or saving notice letters: each applicant's letter in that
 * applicant's language, one after another, each starting on a new page. A
 * notice is never sent anywhere: it goes to the printer or into a file.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { IntlProvider } from "react-intl";
import { downloadText } from "../../lib/download";
import type { ApplicantResult } from "../../engine/result-types";
import { loadMessages, type Messages } from "../../i18n/load-messages";
import { FORMAT_LOCALE, type Locale } from "../../i18n/locale";
import { NoticeLetter } from "./notice-letter";
import type { NoticeSettings } from "./notice-settings";
import NOTICE_CSS from "./notices.css?raw";
import "./notices.css";

export interface NoticeSubject {
  result: ApplicantResult;
  locale: Locale;
}

async function catalogsFor(subjects: NoticeSubject[]): Promise<Partial<Record<Locale, Messages>>> {
  const locales = [...new Set(subjects.map((s) => s.locale))];
  const loaded = await Promise.all(locales.map(async (l) => [l, await loadMessages(l)] as const));
  return Object.fromEntries(loaded);
}

function Letters({ subjects, messages, settings, date }: { subjects: NoticeSubject[]; messages: Partial<Record<Locale, Messages>>; settings: NoticeSettings; date: string }) {
  return (
    <>
      {subjects.map((s, i) => (
        <IntlProvider key={i} locale={FORMAT_LOCALE[s.locale]} messages={messages[s.locale]} defaultLocale="en-GB">
          <NoticeLetter result={s.result} locale={s.locale} settings={settings} date={date} />
        </IntlProvider>
      ))}
    </>
  );
}

/** Render the letters into `host` now. */
async function render(host: HTMLElement, subjects: NoticeSubject[], settings: NoticeSettings, date: string): Promise<() => void> {
  const messages = await catalogsFor(subjects);
  const root = createRoot(host);
  flushSync(() => root.render(<Letters subjects={subjects} messages={messages} settings={settings} date={date} />));
  return () => root.unmount();
}

let removeMounted: (() => void) | null = null;

/**
 * Put the letters under <body> as the only thing on paper, and open the
 * browser's print; they are removed when printing ends.
 * (`report-print-now` also tells a report's Ctrl+P handler that something else is being printed.)
 */
export async function printNotices(subjects: NoticeSubject[], settings: NoticeSettings, date: string): Promise<void> {
  removeMounted?.();
  const host = document.createElement("div");
  host.className = "notices-print-root report-print-root report-print-now";
  document.body.append(host);
  const unmount = await render(host, subjects, settings, date);
  let done = false;
  const remove = (): void => {
    if (done) return;
    done = true;
    if (removeMounted === remove) removeMounted = null;
    window.removeEventListener("afterprint", remove);
    unmount();
    host.remove();
  };
  window.addEventListener("afterprint", remove);
  removeMounted = remove;
  const before = document.title;
  document.title = subjects.length === 1 ? `Notice - ${subjects[0].result.name?.trim() || "applicant"} - ${date}` : `Notices - ${date}`;
  try {
    window.print();
  } finally {
    document.title = before;
  }
}

/** Remove letters left waiting for a printer that never said it finished (leaving the view). */
export function removePrintedNotices(): void {
  removeMounted?.();
}

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The letters as one HTML file (the same styles; each letter on its own page when printed). */
export async function noticesHtml(subjects: NoticeSubject[], settings: NoticeSettings, date: string): Promise<string> {
  const host = document.createElement("div");
  const unmount = await render(host, subjects, settings, date);
  const body = host.innerHTML;
  unmount();
  const lang = subjects.length > 0 && subjects.every((s) => s.locale === subjects[0].locale) ? subjects[0].locale : "en";
  const title = escapeHtml(`Notices - ${date}`);
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>\n${NOTICE_CSS}\n</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Save the letters as an HTML file through the browser's download; returns the file's name. */
export async function saveNotices(subjects: NoticeSubject[], settings: NoticeSettings, date: string): Promise<string> {
  const fileName = subjects.length === 1 ? `notice-${(subjects[0].result.name ?? "applicant").trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "applicant"}-${date}.html` : `notices-${date}.html`;
  downloadText(fileName, await noticesHtml(subjects, settings, date), "text/html;charset=utf-8");
  return fileName;
}
