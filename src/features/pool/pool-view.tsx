/**
 * "Screen a pool": import a CSV or JSON file of many applicants, screen them
 * in a web worker with a progress bar, then sort, filter and page through the
 * results, open any applicant's full explanation and report, see the rows
 * with problems, and download the results as CSV.
 */
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useCatalog } from "../../lib/catalog-context";
import type { InvalidRow, ScreenedRow } from "../../pool/pool-types";
import { localToday } from "../../lib/today";
import { SeriesPolicies } from "../../components/results";
import { ApplicantDetail } from "./applicant-detail";
import { DownloadResults } from "./download-results";
import { FileForm } from "./file-form";
import { OutcomeCounts } from "./outcome-counts";
import { PoolErrors } from "./pool-errors";
import { FIRST_VIEW, ResultsTable, type TableView } from "./results-table";
import { usePoolScreening, type PoolState } from "./use-pool-screening";
import "./pool.css";

// Notice letters bring the applicant catalogs: loaded only once there are results to write about.
const NoticesPanel = lazy(() => import("../../components/notices/notices-disclosure").then((m) => ({ default: m.NoticesPanel })));

// One formatter: toLocaleString builds one per call, which adds up over a thousand progress updates.
const numberFormat = new Intl.NumberFormat("en-US");
const number = (n: number): string => numberFormat.format(n);

function resultsFileName(fileName: string, today: string): string {
  const base = fileName.replace(/\.[^.]*$/, "") || "applicants";
  return `${base}-screening-${today}.csv`;
}

export function PoolView() {
  const { catalog, policies, customSeries } = useCatalog();
  const { state, screen, screenAgain, cancel, screening } = usePoolScreening();
  const [view, setView] = useState<TableView>(FIRST_VIEW);
  const [open, setOpen] = useState<ScreenedRow | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const problemHeading = useRef<HTMLHeadingElement>(null);
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const lastAnnounced = useRef(0);

  const done = state.phase === "done" ? state : null;
  // Split and counted as the rows arrived (use-pool-screening), so the results appear without the page counting every row.
  const screened: ScreenedRow[] = done ? done.screened : [];
  const invalid: InvalidRow[] = done ? done.invalid : [];
  const counts = done ? done.counts : [];
  // The table is drawn once the summary and counts have been: two smaller pieces of work instead of one
  // that would hold up the page (issue 11: no long task over 200 ms, even for a million applicants).
  const [tableShown, setTableShown] = useState<PoolState | null>(null);
  useEffect(() => {
    if (!done) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setTableShown(done), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [done]);
  const drawTable = done !== null && tableShown === done;
  const stale = done !== null && (done.against.catalog !== catalog || done.against.policies !== policies);

  // Announce the start, each quarter and the end of screening, not every chunk.
  useEffect(() => {
    if (state.phase === "screening" && state.total) {
      const quarter = Math.floor((state.done / state.total) * 4);
      if (state.done === 0) {
        lastAnnounced.current = 0;
        setAnnounce(`Screening ${number(state.total)} applicants from ${state.fileName}.`);
      } else if (quarter > lastAnnounced.current && quarter < 4) {
        lastAnnounced.current = quarter;
        setAnnounce(`${quarter * 25}% screened.`);
      }
    }
  }, [state]);
  // When screening ends while the officer watches, focus moves to what it ended with. Coming back to
  // the view later keeps focus where the app puts it.
  const seenPhase = useRef(state.phase);
  useEffect(() => {
    if (seenPhase.current === state.phase) return;
    seenPhase.current = state.phase;
    if (state.phase === "done") {
      setView(FIRST_VIEW);
      setOpen(null);
      setFocusIndex(null);
      setAnnounce("");
      resultsHeading.current?.focus();
    } else if (state.phase === "unreadable" || state.phase === "failed") {
      setAnnounce("");
      problemHeading.current?.focus();
    }
  }, [state.phase]);

  const today = localToday();
  const levelCount = catalog.levels.length;
  const own = customSeries.length ? ` (${customSeries.length} from your own qualification ${customSeries.length === 1 ? "file" : "files"}: ${customSeries.map((s) => s.file).join(", ")})` : "";
  const against = `Applicants are screened against ${levelCount} levels of ${catalog.series.length} class series${own}, with the agency policies set below. An applicant without an as_of date is screened as of today, ${today}.`;
  const withPolicies = catalog.series.filter((s) => s.series.policies?.length);

  const showLevelOutcome = (level: number, outcome: ScreenedRow["outcomes"][number]): void => {
    setView({ ...FIRST_VIEW, filter: { level, outcome, text: "" } });
    // Take the officer to the list they asked for.
    tableHeading.current?.focus();
  };

  return (
    <div className="pool-view">
      <h1>Screen a pool of applicants</h1>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {open && done ? (
        <ApplicantDetail
          row={open}
          screening={screening}
          onBack={() => {
            setFocusIndex(open.index);
            setOpen(null);
          }}
        />
      ) : (
        <>
          <p>
            Screen many applicants at once from a spreadsheet saved as CSV, or from a JSON file of applicants. Screening runs in the background; the page
            stays usable. Applicant data never leaves this browser.
          </p>
          <section aria-labelledby="pool-file-title" className="pool-section">
            <h2 id="pool-file-title">Choose a file</h2>
            <FileForm onScreen={(file) => void screen(file, catalog, policies, today)} against={against} />
            {withPolicies.length > 0 && (
              <details className="pool-policies">
                <summary>Agency policies applied to the pool</summary>
                {withPolicies.map((s) => (
                  <div key={s.series.id}>
                    <h3>{s.series.title}</h3>
                    <SeriesPolicies seriesId={s.series.id} />
                  </div>
                ))}
              </details>
            )}
          </section>

          {(state.phase === "reading" || state.phase === "screening") && (
            <section aria-labelledby="pool-progress-title" className="pool-section pool-progress">
              <h2 id="pool-progress-title">Screening {state.fileName}</h2>
              <label htmlFor="pool-progress-bar">Applicants screened</label>
              <progress id="pool-progress-bar" max={state.phase === "screening" && state.total ? state.total : undefined} value={state.phase === "screening" && state.total ? state.done : undefined} />
              <p>
                {state.phase === "screening" && state.total !== null
                  ? `${number(state.done)} of ${number(state.total)} applicants screened.`
                  : "Reading the file…"}
              </p>
              <button type="button" onClick={cancel}>
                Stop screening
              </button>
            </section>
          )}

          {state.phase === "cancelled" && (
            <p className="pool-section" role="status">
              Screening of {state.fileName} was stopped. Choose a file and screen it to start again.
            </p>
          )}

          {(state.phase === "unreadable" || state.phase === "failed") && (
            <div className="error-summary pool-section" aria-labelledby="pool-problem-title">
              <h2 id="pool-problem-title" tabIndex={-1} ref={problemHeading}>
                There is a problem
              </h2>
              <p>
                {state.phase === "unreadable" ? `${state.fileName} cannot be screened. ` : `Screening ${state.fileName} stopped unexpectedly: `}
                {state.message}
              </p>
              <p>Correct the file and choose it again. The column layout and a template are described above.</p>
            </div>
          )}

          {done && (
            <section aria-labelledby="pool-results-title" className="pool-section">
              <h2 id="pool-results-title" tabIndex={-1} ref={resultsHeading}>
                Results for {done.fileName}
              </h2>
              <p>
                {number(screened.length)} {screened.length === 1 ? "applicant" : "applicants"} screened in {done.seconds.toFixed(1)} seconds
                {invalid.length ? `; ${number(invalid.length)} could not be screened (listed below)` : ""}.
              </p>
              {stale && (
                <div className="results-stale">
                  <p>The classes or agency policies have changed since this screening. Screen the file again to apply them.</p>
                  <button type="button" onClick={() => screenAgain(catalog, policies, today)}>
                    Screen {done.fileName} again
                  </button>
                </div>
              )}
              <DownloadResults rows={done.rows} levels={done.against.levels} fileName={resultsFileName(done.fileName, today)} screening={screening} />
              {screened.length > 0 && screening && (
                <Suspense fallback={null}>
                  <NoticesPanel
                    count={screened.length}
                    applicants={screened.map((r) => ({ id: r.id, name: r.name }))}
                    load={() => Promise.all(screened.map((r) => screening.detail(r.index).then((d) => d.result)))}
                  />
                </Suspense>
              )}
              {invalid.length > 0 && <PoolErrors invalid={invalid} format={done.format} />}
              {screened.length > 0 && drawTable && (
                <>
                  <h3>Outcomes by level</h3>
                  <OutcomeCounts levels={done.against.levels} counts={counts} waiting={done.waiting} onShow={showLevelOutcome} />
                  <h3 id="pool-table-title" tabIndex={-1} ref={tableHeading}>
                    Applicants
                  </h3>
                  <ResultsTable
                    rows={screened}
                    levels={done.against.levels}
                    view={view}
                    onView={setView}
                    onOpen={(row) => {
                      setFocusIndex(null);
                      setOpen(row);
                    }}
                    focusIndex={focusIndex}
                  />
                </>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
