/**
 * "Notices to applicants", for the officer: the agency's details (set once,
 * kept in this browser as configuration), the language of the letters, and
 * print or save one letter per applicant. The officer's page stays English;
 * the letters are in the applicant's language.
 */
import { useEffect, useId, useMemo, useState } from "react";
import { useCatalog } from "../../app/catalog-context";
import type { ApplicantResult } from "../../engine/result-types";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "../../i18n/locale";
import { localToday } from "../report";
import { effectiveSettings, loadNoticeSettings, noticeFromFiles, saveNoticeSettings, type NoticeSettings } from "./notice-settings";
import { printNotices, removePrintedNotices, saveNotices } from "./print-notices";
import "./notices.css";

export interface NoticesPanelProps {
  /** How many applicants get a letter. */
  count: number;
  /** Their results, fetched when the officer prints or saves (a pool's come from its workers). */
  load: () => Promise<ApplicantResult[]>;
}

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

export function NoticesPanel({ count, load }: NoticesPanelProps) {
  const { catalog } = useCatalog();
  const id = useId();
  const [own, setOwn] = useState<NoticeSettings>(loadNoticeSettings);
  const [locale, setLocale] = useState<Locale>("en");
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
      const subjects = results.map((result) => ({ result, locale }));
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
    <details className="notices-panel no-print">
      <summary>Notices to applicants</summary>
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
      </fieldset>
      <div className="notices-actions">
        <button type="button" disabled={busy} onClick={() => void run("print")}>
          Print {letters}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void run("save")}>
          Save {letters} as a file
        </button>
      </div>
      <p role="status">{status}</p>
    </details>
  );
}
