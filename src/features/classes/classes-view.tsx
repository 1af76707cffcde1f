/**
 * Class specs: the class series the screener decides (built in and loaded by
 * the officer), and loading an agency's own qualification files. Loaded files
 * stay in this browser tab; a bad file is listed with file, place and how to
 * fix it, and the built-in classes keep working.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useCatalog } from "../../lib/catalog-context";
import { downloadText } from "../../lib/download";
import { BUILTIN_SERIES } from "../../builtin-catalog";
import type { QualificationError } from "../../engine/catalog";
import { ErrorSummary, type ErrorSummaryItem } from "../../components/error-summary/error-summary";
import { LabelledField, STAFF_LOOK } from "../../components/fields";
import { readQualificationFiles } from "./read-files";
import { SeriesEntry } from "./series-list";
import "./classes.css";
// The guide and its worked example travel inside the app, so an office with only the single file has them too.
import formatGuide from "../../../docs/qualification-format.md?raw";
import exampleFile from "../../../docs/examples/marren-county-permit-technician.json?raw";
import exampleSpec from "../../../docs/examples/marren-county-permit-technician.txt?raw";

const INPUT_ID = "qualification-files";

/** What an agency needs to write its own file, to save from the page. */
const GUIDE_FILES = [
  { name: "qualification-format.md", text: formatGuide, type: "text/markdown;charset=utf-8", what: "the format guide" },
  { name: "marren-county-permit-technician.txt", text: exampleSpec, type: "text/plain;charset=utf-8", what: "the worked example's class spec" },
  { name: "marren-county-permit-technician.json", text: exampleFile, type: "application/json", what: "the worked example's qualification file" },
];

const fileRowId = (index: number): string => `loaded-file-${index}`;

/** "permit.json, at levels[0].id: Give ..." */
export function describeError(e: QualificationError): string {
  return `${e.file}${e.path ? `, at ${e.path}` : ""}: ${e.message}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function ClassesView() {
  const { catalog, customSeries, errors, addFiles, removeFile } = useCatalog();
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  /** Names of the files just loaded: once the catalog has taken them in, say what happened. */
  const [justLoaded, setJustLoaded] = useState<string[] | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const filesHeading = useRef<HTMLHeadingElement>(null);

  const builtInFiles = new Set(BUILTIN_SERIES.map((s) => s.file));
  // Every file the officer loaded, good or bad, in the order first seen.
  const fileNames = [...new Set([...customSeries.map((s) => s.file), ...errors.map((e) => e.file)])];
  const rowOf = new Map(fileNames.map((f, i) => [f, fileRowId(i)]));

  const items: ErrorSummaryItem[] = [
    ...(chooseError ? [{ target: INPUT_ID, text: chooseError }] : []),
    ...errors.map((e) => ({ target: rowOf.get(e.file) ?? INPUT_ID, text: describeError(e) })),
  ];

  useEffect(() => {
    if (!justLoaded) return;
    const inUse = justLoaded.filter((f) => catalog.series.some((s) => s.file === f));
    const bad = justLoaded.filter((f) => !inUse.includes(f));
    const said = [
      ...inUse.map((f) => {
        const levels = catalog.levels.filter((l) => l.file === f);
        return `Loaded ${f}: ${levels[0]?.series.title ?? "a series"}, ${plural(levels.length, "level", "levels")} (${levels.map((l) => l.level.id).join(", ")}), now screened with the other classes.`;
      }),
      // One sentence for the bad files, however many: a screen reader reads it all.
      bad.length === 1
        ? `${bad[0]} was not loaded: ${plural(errors.filter((e) => e.file === bad[0]).length, "problem", "problems")} to fix, listed under "There is a problem".`
        : bad.length > 1
          ? `${bad.length} files were not loaded (${bad.join(", ")}): their problems to fix are listed under "There is a problem".`
          : "",
    ].filter((s) => s !== "");
    setStatus(said.join(" "));
    setJustLoaded(null);
    if (bad.length) summary.current?.focus();
  }, [justLoaded, catalog, errors]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget;
    const chosen = input.current?.files;
    if (!chosen || chosen.length === 0) {
      setChooseError("Choose one or more qualification files (.json) to load");
      setStatus("");
      // Wait for the summary to render, then move focus to it.
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    setChooseError(null);
    setBusy(true);
    setStatus("Loading…");
    try {
      const loaded = await readQualificationFiles(chosen);
      await addFiles(loaded);
      setJustLoaded(loaded.map((f) => f.file));
      form.reset();
    } finally {
      setBusy(false);
    }
  };

  const onRemove = (file: string): void => {
    removeFile(file);
    setStatus(`Removed ${file}. Its classes are no longer screened; the built-in classes are unchanged.`);
    // The row and its button are gone: put focus somewhere that still makes sense.
    setTimeout(() => (fileNames.length > 1 ? filesHeading.current : input.current)?.focus(), 0);
  };

  return (
    <div className="classes-view">
      <h1>Class specs</h1>
      <p>
        These are the class series the screener decides, with when each level is in effect and the class spec its words are quoted from. Your agency
        can add its own classes by loading qualification files.
      </p>
      {/* The view moves focus to it after a failed load, not each time the view opens with old errors. */}
      <ErrorSummary ref={summary} items={items} id="classes-error-summary" disableAutoFocus />
      <p role="status" className="classes-status">
        {status}
      </p>

      <section aria-labelledby="load-heading" className="load-classes no-print">
        <h2 id="load-heading">Load your agency's classes</h2>
        <p>
          A qualification file encodes one class series from its class spec: each level's requirements, the exact words they come from, and the dates
          the class is in effect. Loaded classes are screened, explained, printed and batch-screened like the built-in ones, and every result names the
          file it came from.
        </p>
        <p id="guide-files-intro">
          How to write one is in the format guide, with a worked example that turns a class spec into its file (load the example's file to see how
          your classes will appear):
        </p>
        <ul className="guide-files" aria-labelledby="guide-files-intro">
          {GUIDE_FILES.map((f) => (
            <li key={f.name}>
              {/* Downloads read as links, so the one real action of the section (Load qualification files) stands out. */}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  downloadText(f.name, f.text, f.type);
                  setStatus(`Downloaded ${f.name}, ${f.what}.`);
                }}
              >
                Download {f.what} ({f.name})
              </button>
            </li>
          ))}
        </ul>
        <div className="tab-only-notice">
          <p>
            <strong>Loaded files stay in this browser tab only.</strong> They are read on this computer and are not uploaded or sent anywhere. When
            you close or reload the tab they are gone: load them again next time. The built-in classes keep working whatever you load.
          </p>
        </div>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <LabelledField
            id={INPUT_ID}
            look={STAFF_LOOK}
            label="Qualification files (.json)"
            hint="You can choose several files at once. A file with the same name as one already loaded replaces it."
            error={chooseError ?? undefined}
            errorPrefix="Error:"
          >
            {(props) => <input {...props} ref={input} type="file" multiple accept=".json,application/json" onChange={() => setChooseError(null)} />}
          </LabelledField>
          <button type="submit" disabled={busy}>
            Load qualification files
          </button>
        </form>

        {fileNames.length > 0 && (
          <>
            <h3 ref={filesHeading} tabIndex={-1}>
              Files you loaded
            </h3>
            <ul className="loaded-files">
              {fileNames.map((file, i) => {
                const mine = errors.filter((e) => e.file === file);
                const levels = catalog.levels.filter((l) => l.file === file && !builtInFiles.has(file));
                return (
                  <li key={file} id={fileRowId(i)} tabIndex={-1} className={mine.length ? "file-invalid" : undefined}>
                    <p className="loaded-file-name">
                      <strong>{file}</strong>:{" "}
                      {mine.length
                        ? `not loaded, ${plural(mine.length, "problem", "problems")} to fix`
                        : `in use, ${levels[0]?.series.title ?? ""}, ${plural(levels.length, "level", "levels")} (${levels.map((l) => l.level.id).join(", ")})`}
                    </p>
                    {mine.length > 0 && (
                      <ul className="field-error">
                        {mine.map((e, j) => (
                          <li key={j}>
                            <span className="visually-hidden">Error: </span>
                            {e.path ? `At ${e.path}: ` : ""}
                            {e.message}
                          </li>
                        ))}
                      </ul>
                    )}
                    <button type="button" className="secondary" onClick={() => onRemove(file)}>
                      Remove {file}
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">Classes in use</h2>
        {catalog.series.map(({ series, file }, i) => (
          <SeriesEntry
            key={file}
            index={i}
            series={series}
            file={file}
            builtIn={builtInFiles.has(file) && BUILTIN_SERIES.some((b) => b.series === series)}
            levels={catalog.levels.filter((l) => l.series === series)}
          />
        ))}
      </section>
    </div>
  );
}
