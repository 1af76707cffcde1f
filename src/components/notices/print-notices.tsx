/**
 * Printing or saving notice letters: each applicant's letter in that
 * applicant's language, one after another, each starting on a new page. A
 * notice is never sent anywhere: it goes to the printer or into a file.
 */
import { IntlProvider } from "react-intl";
import { downloadText } from "../../lib/download";
import type { ApplicantResult } from "../../engine/result-types";
import { loadMessages, type Messages } from "../../i18n/load-messages";
import { FORMAT_LOCALE, type Locale } from "../../i18n/locale";
import { keepOnPaper, paperHost, printWithTitle, removeFromPaper, renderInto } from "../print/on-paper";
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

/** Render the letters into `host` once their languages' messages are loaded; returns what unmounts them. */
async function render(host: HTMLElement, subjects: NoticeSubject[], settings: NoticeSettings, date: string): Promise<() => void> {
  const messages = await catalogsFor(subjects);
  return renderInto(host, <Letters subjects={subjects} messages={messages} settings={settings} date={date} />);
}

/**
 * Put the letters under <body> as the only thing on paper, and open the
 * browser's print; they are removed when printing ends.
 * (`report-print-now` also tells a report's Ctrl+P handler that something else is being printed.)
 */
export async function printNotices(subjects: NoticeSubject[], settings: NoticeSettings, date: string): Promise<void> {
  const host = paperHost("notices-print-root report-print-root");
  keepOnPaper(host, await render(host, subjects, settings, date));
  printWithTitle(subjects.length === 1 ? `Notice - ${subjects[0].result.name?.trim() || "applicant"} - ${date}` : `Notices - ${date}`);
}

/** Remove letters left waiting for a printer that never said it finished (leaving the view). */
export const removePrintedNotices = removeFromPaper;

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
