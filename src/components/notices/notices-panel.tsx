/**
 * "Notices to applicants", for the officer: the agency's details (set once,
 * kept in this browser as configuration), the language of the letters, and
 * print or save one letter per applicant. The officer's page stays English;
 * the letters are in the applicant's language.
 */
import { useEffect, useId, useMemo, useState } from "react";
import { useCatalog } from "../../lib/catalog-context";
import type { ApplicantResult } from "../../engine/result-types";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "../../i18n/locale";
import { localToday } from "../../lib/today";
import { effectiveSettings, loadNoticeSettings, noticeFromFiles, saveNoticeSettings, type NoticeSettings } from "./notice-settings";
import { printNotices, removePrintedNotices, saveNotices } from "./print-notices";
import "./notices.css";

export interface NoticesPanelProps {
  /** How many applicants get a letter. */
  count: number;
  /** Their results, fetched when the officer prints or saves (a pool's come from its workers), in the order of `applicants`. */
  load: () => Promise<ApplicantResult[]>;
  /** Who they are, so the officer can choose each one's language (a pool). */
  applicants?: Array<{ id: string; name: string }>;
}

/** Beyond this many applicants, one language for all (a list of selects that long helps nobody). */
const MAX_EACH = 500;

const FIELDS: Array<{ key: keyof NoticeSettings; label: string; hint: string; multiline: boolean }> = [
  { key: "agency", label: "Agency name", hint: "Printed at the top of every letter.", multiline: false },
  { key: "contact", label: "Contact", hint: "Where the applicant writes or calls: address, email, telephone.", multiline: true },
  {
    key: "reconsideration",
    label: "How to ask for reconsideration",
    hint: 'For example: "Write to the contact below within 10 days of the date of this letter." Left empty, the letter says how in general words.',
    multiline: true,
  },
  { key: "reconsiderationEs", label: "The same in Spanish (optional)", hint: "Used in Spanish letters; without it they quote the English text.", multiline: true },
];

/** The panel's content; `NoticesPanel` (notices-disclosure.tsx) loads it when the officer opens it. */
export function NoticesPanelBody({ count, load, applicants }: NoticesPanelProps) {
  const { catalog } = useCatalog();
  const id = useId();
  const [own, setOwn] = useState<NoticeSettings>(loadNoticeSettings);
  const [locale, setLocale] = useState<Locale>("en");
  const [each, setEach] = useState(false);
  const [chosen, setChosen] = useState<Record<number, Locale>>({});
  const canChooseEach = !!applicants && applicants.length > 1 && applicants.length <= MAX_EACH;
  const localeOf = (i: number): Locale => (each && canChooseEach ? (chosen[i] ?? locale) : locale);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const fromFiles = useMemo(() => noticeFromFiles(catalog), [catalog]);
  useEffect(() => removePrintedNotices, []);
  const set = (key: keyof NoticeSettings, value: string): void => {
    const next = { ...own, [key]: value };
    setOwn(next);
    if (!saveNoticeSettings(next)) setStatus("This browser does not allow keeping the agency's details; they work for this page only.");
  };
  const letters = count === 1 ? "1 notice" : `${count} notices`;
  const run = async (what: "print" | "save"): Promise<void> => {
    if (count === 0) {
      setStatus("There is no screened applicant to write to yet.");
      return;
    }
    setBusy(true);
    setStatus(`Preparing ${letters}…`);
    try {
      const results = await load();
      const subjects = results.map((result, i) => ({ result, locale: localeOf(i) }));
      const settings = effectiveSettings(own, fromFiles);
      if (what === "print") {
        await printNotices(subjects, settings, localToday());
        setStatus(`${letters} sent to the printer, each on its own page.`);
      } else {
        const file = await saveNotices(subjects, settings, localToday());
        setStatus(`${letters} saved as ${file} in your downloads.`);
      }
    } catch (e) {
      setStatus(`The notices could not be prepared: ${(e as Error).message}.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="hint">
        One letter per applicant, in the language you choose: each level's outcome in plain words, what is missing and when they would qualify, and how to
        ask for reconsideration. Nothing is sent: print the letters or save them as a file.
      </p>
      <fieldset className="notices-settings">
        <legend>The agency's details (kept in this browser for every notice)</legend>
        {FIELDS.map((f) => (
          <div key={f.key} className="notices-field">
            <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
            <p id={`${id}-${f.key}-hint`} className="hint">
              {f.hint}
              {!own[f.key].trim() && fromFiles[f.key] ? ` Your agency's file gives: "${fromFiles[f.key]}".` : ""}
            </p>
            {f.multiline ? (
              <textarea id={`${id}-${f.key}`} rows={3} value={own[f.key]} aria-describedby={`${id}-${f.key}-hint`} onChange={(e) => set(f.key, e.target.value)} />
            ) : (
              <input id={`${id}-${f.key}`} type="text" autoComplete="organization" value={own[f.key]} aria-describedby={`${id}-${f.key}-hint`} onChange={(e) => set(f.key, e.target.value)} />
            )}
          </div>
        ))}
      </fieldset>
      <fieldset className="notices-language">
        <legend>Language of the letters</legend>
        {LOCALES.map((l) => (
          <div key={l} className="checkbox">
            <input id={`${id}-lang-${l}`} type="radio" name={`${id}-lang`} value={l} checked={locale === l} onChange={() => setLocale(l)} />
            <label htmlFor={`${id}-lang-${l}`} lang={l}>
              {LANGUAGE_NAMES[l]}
            </label>
          </div>
        ))}
        {canChooseEach && (
          <div className="checkbox">
            <input id={`${id}-each`} type="checkbox" checked={each} onChange={(e) => setEach(e.target.checked)} aria-describedby={`${id}-each-hint`} />
            <label htmlFor={`${id}-each`}>Choose the language for each applicant</label>
            <p id={`${id}-each-hint`} className="hint">
              The language above is used for everyone you do not change.
            </p>
          </div>
        )}
      </fieldset>
      {each && canChooseEach && applicants && (
        <table className="notices-each">
          <caption>Language of each letter</caption>
          <thead>
            <tr>
              <th scope="col">Applicant</th>
              <th scope="col">Language</th>
            </tr>
          </thead>
          <tbody>
            {applicants.map((a, i) => (
              <tr key={`${a.id}-${i}`}>
                <th scope="row" id={`${id}-who-${i}`}>
                  {a.id}
                  {a.name ? ` ${a.name}` : ""}
                </th>
                <td>
                  <select aria-labelledby={`${id}-who-${i}`} value={localeOf(i)} onChange={(e) => setChosen((c) => ({ ...c, [i]: e.target.value as Locale }))}>
                    {LOCALES.map((l) => (
                      <option key={l} value={l} lang={l}>
                        {LANGUAGE_NAMES[l]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="notices-actions">
        <button type="button" disabled={busy} onClick={() => void run("print")}>
          Print {letters}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void run("save")}>
          Save {letters} as a file
        </button>
      </div>
      <p role="status">{status}</p>
    </>
  );
}
