// @vitest-environment jsdom
import { render, screen, within, cleanup } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/lib/catalog-context";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import type { Applicant } from "../../src/engine/applicant-schema";
import { buildCatalog } from "../../src/engine/catalog";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { PrintReportControls, printQualificationReport, QualificationReport } from "../../src/components/report";
import { OUTCOME_WORDS } from "../../src/components/results";
import { citationOf } from "../../src/engine/citation";
import jordan from "../fixtures/jordan.json";

const { catalog } = buildCatalog(BUILTIN_SERIES);

function applicantFrom(json: unknown): Applicant {
  const v = validateApplicant(json);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.applicant;
}

const jordanApplicant = applicantFrom(jordan);

/** Jordan plus a second job the officer marked closely related, and no comparable year. */
const withJudgement = applicantFrom({
  ...jordan,
  name: "Sam Closely",
  experience: [
    { ...jordan.experience[0], comparableTo: [] },
    { employer: "Parks Dept", title: "Guide", start: "2015-01-01", end: "2016-12-31", hoursPerWeek: 20, kinds: ["closely-related"] },
  ],
});

afterEach(() => {
  // The print dialog closing: any report put on paper leaves the page.
  window.dispatchEvent(new Event("afterprint"));
  cleanup();
  vi.restoreAllMocks();
  window.localStorage.clear();
});

/** Jordan with two jobs, the officer's note on the second, and decisions: one agreeing, one overriding. */
const twoJobs = applicantFrom({
  ...jordan,
  name: "Riley Twojobs",
  experience: [
    jordan.experience[0],
    { employer: "Parks Dept", title: "Guide", start: "2015-01-01", end: "2016-12-31", hoursPerWeek: 20, kinds: ["closely-related"], officerNote: "Led tours; duties confirmed." },
  ],
  levelDecisions: [
    { level: "4807", outcome: "meets", reason: "Records verified", by: "Pat Officer", date: "2026-11-22" },
    { level: "G8", outcome: "meets", reason: "Managed a call centre (employer's letter)", by: "Pat Officer", date: "2026-11-22" },
  ],
});

const section = (level: { id: string; title: string; outcome: keyof typeof OUTCOME_WORDS }): HTMLElement =>
  screen.getByRole("region", { name: `${level.id} ${level.title}: ${OUTCOME_WORDS[level.outcome]}` });

describe("QualificationReport", () => {
  it("names the applicant, date, officer, agency, levels covered and series, and gives every level's outcome in the summary", () => {
    const result = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={jordanApplicant} catalog={catalog} officerName="Pat Officer" agency="City HR" printedOn="2026-11-23" version="9.9.9" />);
    const report = screen.getByRole("article", { name: "Qualification report for Jordan Example" });
    expect(report).toHaveTextContent("Screening date22 November 2026 (2026-11-22)");
    expect(report).toHaveTextContent("Screened byPat Officer");
    expect(report).toHaveTextContent("Hiring agencyCity HR");
    expect(report).toHaveTextContent(`Levels coveredEvery level screened (${result.levels.length})`);
    for (const { series } of catalog.series) expect(report).toHaveTextContent(series.title);
    const table = screen.getByRole("table", { name: "Outcome for every level covered" });
    const rows = within(table).getAllByRole("row").filter((r) => within(r).queryAllByRole("rowheader").length > 0);
    expect(rows).toHaveLength(result.levels.length);
    result.levels.forEach((level, i) => {
      expect(within(rows[i]).getByRole("rowheader")).toHaveTextContent(`${level.id} ${level.title}`);
      expect(rows[i]).toHaveTextContent(OUTCOME_WORDS[level.outcome]);
    });
    // A level that is not met says what is missing in its section.
    const short = result.levels.find((l) => l.shortfall);
    expect(short).toBeDefined();
    expect(section(short!)).toHaveTextContent(short!.shortfall!.text);
    expect(report).toHaveTextContent("version 9.9.9");
    expect(report).toHaveTextContent("Printed 23 November 2026");
    // No file name reaches paper: documents by title, issuer and date.
    expect(report).not.toHaveTextContent(/\.txt|\.json/);
  });

  it("counts the jobs and education once in shared tables, with each date whole and the officer's note", () => {
    const result = screenApplicant(twoJobs, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={twoJobs} catalog={catalog} />);
    const jobs = screen.getByRole("table", { name: /^Jobs and months credited/ });
    const rows = within(jobs).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("Job 1 (Billing Clerk, City Utilities)");
    expect(rows[2]).toHaveTextContent("Job 2 (Guide, Parks Dept)");
    expect(rows[2]).toHaveTextContent("Officer's note: Led tours; duties confirmed.");
    expect(rows[2]).toHaveTextContent("12.00");
    for (const date of ["2021-03-01", "2015-01-01", "2016-12-31"]) expect(within(jobs).getByText(date, { selector: ".report-date" })).toBeInTheDocument();
    expect(within(jobs).getByRole("row", { name: /^All jobs/ })).toHaveTextContent("80.73");
    const education = screen.getByRole("table", { name: /^Education/ });
    expect(education).toHaveTextContent("45 semester hours in Business administration (transcript)");
    // A level's section refers to the shared figures rather than repeating each job's months.
    for (const level of result.levels) expect(section(level)).not.toHaveTextContent("months on its own");
    expect(section(result.levels.find((l) => l.id === "4809")!)).toHaveTextContent("Job 2 (Guide, Parks Dept) does not count: the officer has not judged it comparable");
  });

  it("prints arithmetic several levels of a series share once, labelled, and each level names the lines it uses", () => {
    const result = screenApplicant(twoJobs, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={twoJobs} catalog={catalog} />);
    const shared = screen.getByRole("region", { name: "The applicant's experience and education, counted once" });
    const lines = within(shared).getAllByText(/^S\d+$/, { selector: "strong" });
    expect(lines.length).toBeGreaterThan(0);
    const s1 = lines[0].closest("li")!;
    expect(s1).toHaveTextContent(/^S1 \(4807, 4808, 4809\): /);
    expect(section(result.levels.find((l) => l.id === "4807")!)).toHaveTextContent(/Counted as for the series: S1, /);
    // Every step of every level is either printed in its section or printed once with its series.
    for (const level of result.levels) {
      const own = section(level).textContent ?? "";
      const withSeries = shared.textContent ?? "";
      for (const step of level.steps.filter((s) => s.kind === "result" && s.depth > 0)) {
        // The words before the quote (a long quote is printed once with its series, under a label).
        const words = step.text.split("'")[0].slice(0, 40);
        expect(own.includes(words) || withSeries.includes(words), `${level.id}: ${step.text}`).toBe(true);
      }
    }
  });

  it("shows every officer judgement and decision for each level, an override marked with its reason", () => {
    const result = screenApplicant(twoJobs, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={twoJobs} catalog={catalog} />);
    for (const level of result.levels) {
      const s = section(level);
      if (level.judgements.length) for (const j of level.judgements) expect(s).toHaveTextContent(j.text);
      else expect(s).toHaveTextContent("Officer judgements: None made for this level.");
    }
    const g8 = result.levels.find((l) => l.id === "G8")!;
    expect(g8.outcome).toBe("does-not-meet");
    expect(section(g8)).toHaveTextContent(
      "Officer's decision (override): Meets: override of the screener's outcome (Does not meet). Reason: Managed a call centre (employer's letter). Decided by Pat Officer on 2026-11-22.",
    );
    expect(section(result.levels.find((l) => l.id === "4807")!)).toHaveTextContent("Officer's decision: Meets, as screened. Reason: Records verified.");
    const row = within(screen.getByRole("table", { name: "Outcome for every level covered" })).getByRole("row", { name: /^G8 / });
    expect(row).toHaveTextContent("Override: Meets. Reason: Managed a call centre (employer's letter)");
    expect(screen.getByRole("article")).toHaveTextContent(`Officer's decisions2 recorded, 1 of them overriding the screener's outcome`);
  });

  it("covers only the levels chosen, in the summary, the sections and the sources", () => {
    const result = screenApplicant(twoJobs, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={twoJobs} catalog={catalog} levelIds={["4808", "G4"]} />);
    const report = screen.getByRole("article");
    expect(report).toHaveTextContent(`Levels coveredThe levels applied for: 4808, G4 (2 of ${result.levels.length} screened)`);
    expect(screen.getAllByRole("region", { name: /^(4808|G4) / })).toHaveLength(2);
    expect(screen.queryByRole("region", { name: /^4807 / })).toBeNull();
    const rows = within(screen.getByRole("table", { name: "Outcome for every level covered" })).getAllByRole("rowheader");
    expect(rows.map((r) => r.textContent)).toEqual(["4808 Customer Service Representative", "G4 Customer Service Representative"]);
    expect(screen.getByRole("contentinfo")).not.toHaveTextContent("Minnesota");
  });

  it("lists 003638's knowledge, skills and abilities with the officer's marks", () => {
    const result = screenApplicant(twoJobs, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={twoJobs} catalog={catalog} ksaMarked={(id) => new Set(id === "003638" ? [0, 2] : [])} />);
    const level = result.levels.find((l) => l.id === "003638")!;
    const s = section(level);
    const ksas = catalog.levels.find((l) => l.level.id === "003638")!.level.ksas;
    expect(s).toHaveTextContent(`2 of ${ksas.length} marked as shown by the applicant`);
    const items = within(s).getAllByRole("listitem").filter((li) => li.closest(".report-ksas"));
    expect(items).toHaveLength(ksas.length);
    expect(items[0]).toHaveTextContent(`Marked: ${ksas[0]}`);
    expect(items[1]).toHaveTextContent(`Not marked: ${ksas[1]}`);
    expect(items[2]).toHaveTextContent(`Marked: ${ksas[2]}`);
    // Levels with minimum qualifications of their own list no KSAs.
    expect(section(result.levels.find((l) => l.id === "4807")!)).not.toHaveTextContent("Knowledge, skills and abilities");
  });

  it("says which substitution settings were used: the file's, or the officer's beside the file's", () => {
    const result = screenApplicant(twoJobs, catalog, { today: "2026-11-22", policies: { "customer-service-job-family/education-substitution": { setting: "allow", capMonths: 24 } } });
    const { unmount } = render(<QualificationReport result={result} applicant={twoJobs} catalog={catalog} policies={{ "customer-service-job-family/education-substitution": { setting: "allow", capMonths: 24 } }} />);
    const family = catalog.series.find((s) => s.series.id === "customer-service-job-family")!.series;
    const policy = family.policies![0];
    expect(screen.getByRole("article")).toHaveTextContent(
      `Substitution setting used: ${policy.shortLabel}: allow, at most 24 months (set by the officer; the file's setting is ask).`,
    );
    unmount();
    render(<QualificationReport result={screenApplicant(twoJobs, catalog, { today: "2026-11-22" })} applicant={twoJobs} catalog={catalog} />);
    expect(screen.getByRole("article")).toHaveTextContent(`${policy.shortLabel}: ask (the file's setting).`);
  });

  it("lists the screener's readings as the qualification files write them, under a heading that says they are not the spec's words", () => {
    const result = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    const { container } = render(<QualificationReport result={result} applicant={jordanApplicant} catalog={catalog} />);
    const steps = result.levels.flatMap((l) => l.steps).filter((s) => s.kind === "interpretation");
    expect(steps.length).toBeGreaterThan(0);
    const readings = [...container.querySelectorAll(".report-readings li")].map((li) => li.textContent);
    for (const step of steps) {
      const reading = catalog.series.flatMap((s) => s.series.interpretations ?? []).find((i) => i.clause === step.quote)!.reading;
      expect(readings).toContain(reading);
    }
    expect(readings.filter((r) => r?.startsWith("Interpretation ("))).toEqual([]);
    expect(screen.getAllByText("The screener's readings and notes (not the spec's words):").length).toBeGreaterThan(0);
  });

  it("leaves lines to write on when the officer and agency are not given", () => {
    const result = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={jordanApplicant} catalog={catalog} />);
    expect(screen.getByText("Officer name not given")).toBeInTheDocument();
    expect(screen.getByText("Hiring agency not given")).toBeInTheDocument();
  });

  it("lists the credentials to verify: a box for each job and education row, the quoted requirements of the levels met, with signature lines", () => {
    const result = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={jordanApplicant} catalog={catalog} />);
    expect(screen.getByText("Job 1 (Billing Clerk, City Utilities) verified by employment records: a box to tick")).toBeInTheDocument();
    expect(screen.getByText("Coursework row 2 verified by transcript: a box to tick")).toBeInTheDocument();
    const checklist = screen.getByRole("region", { name: "Credentials to be verified by the placement officer" });
    // Every leaf rule of a level that is met appears with its quote; a level not met adds nothing of its own.
    const met = result.levels.filter((l) => l.outcome === "meets");
    const notMet = result.levels.filter((l) => l.outcome === "does-not-meet");
    expect(met.length).toBeGreaterThan(0);
    expect(notMet.length).toBeGreaterThan(0);
    const entry = catalog.levels.find((l) => l.level.id === met[0].id)!;
    const firstLeaf = entry.level.requirements.type === "all" ? entry.level.requirements.rules[0] : entry.level.requirements;
    expect(checklist).toHaveTextContent(`'${"source" in firstLeaf && firstLeaf.source ? firstLeaf.source.quote : ""}'`);
    for (const level of notMet) expect(checklist).not.toHaveTextContent(new RegExp(`\\b${level.id}\\b`));
    expect(checklist).toHaveTextContent("Placement officer (credentials verified)Name:Signature:Date:");
  });

  it("prints each series' documents by title, issuer and date, and the levels' effective dates, in the footer", () => {
    const old = applicantFrom({ ...jordan, asOf: "2003-01-01", experience: [] });
    const result = screenApplicant(old, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={old} catalog={catalog} />);
    const footer = screen.getByRole("contentinfo");
    for (const { series, file } of catalog.series) {
      for (const d of series.documents ?? []) expect(footer).toHaveTextContent(citationOf(series, d.id));
      expect(footer).not.toHaveTextContent(series.document);
      expect(footer).not.toHaveTextContent(file);
    }
    expect(footer).toHaveTextContent("Customer Service Series class specification (State Universities Civil Service System), effective 08/15/10");
    for (const entry of catalog.levels) {
      if (entry.level.effective?.until) expect(footer).toHaveTextContent(`abolished effective ${entry.level.effective.until}`);
      if (entry.level.requirementsFrom) expect(footer).toHaveTextContent(`requirements as of ${entry.level.requirementsFrom.date}`);
    }
  });
});

describe("Print report", () => {
  it("opens the browser's print with the report, and only the report, under <body>, signed with the officer's details", async () => {
    const user = userEvent.setup();
    let onPaper: Element[] = [];
    const print = vi.spyOn(window, "print").mockImplementation(() => {
      onPaper = [...document.body.querySelectorAll(":scope > .report-print-root article")];
    });
    const result = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    render(
      <CatalogProvider>
        <PrintReportControls current={() => ({ result, applicant: jordanApplicant })} />
      </CatalogProvider>,
    );
    expect(document.body.querySelector(".report-print-root")).toBeNull();
    await user.type(screen.getByLabelText("Officer name for the report"), "Pat Officer");
    await user.type(screen.getByLabelText("Hiring agency for the report"), "City HR");
    await user.click(screen.getByRole("button", { name: "Print report" }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(onPaper).toHaveLength(1);
    expect(onPaper[0]).toHaveTextContent("Screened byPat Officer");
    expect(onPaper[0]).toHaveTextContent("Hiring agencyCity HR");
    expect(onPaper[0]).toHaveTextContent("Jordan Example");
    // Printing over (the dialog closed): the report leaves the page.
    window.dispatchEvent(new Event("afterprint"));
    expect(document.body.querySelector(".report-print-root")).toBeNull();
    // The officer's details are remembered for the next report.
    cleanup();
    render(
      <CatalogProvider>
        <PrintReportControls current={() => ({ result, applicant: jordanApplicant })} />
      </CatalogProvider>,
    );
    expect(screen.getByLabelText("Officer name for the report")).toHaveValue("Pat Officer");
  });

  it("puts the current report on paper when the browser's own print is used (Ctrl+P)", () => {
    let current = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    render(
      <CatalogProvider>
        <PrintReportControls current={() => ({ result: current, applicant: jordanApplicant })} />
      </CatalogProvider>,
    );
    current = screenApplicant(withJudgement, catalog, { today: "2026-11-22" });
    window.dispatchEvent(new Event("beforeprint"));
    expect(document.body.querySelector(":scope > .report-print-root article")).toHaveTextContent("Sam Closely");
    window.dispatchEvent(new Event("afterprint"));
    expect(document.body.querySelector(".report-print-root")).toBeNull();
  });

  it("takes the result and applicant as props too", async () => {
    const user = userEvent.setup();
    let text = "";
    vi.spyOn(window, "print").mockImplementation(() => {
      text = document.body.querySelector(":scope > .report-print-root article")?.textContent ?? "";
    });
    const result = screenApplicant(withJudgement, catalog, { today: "2026-11-22" });
    render(
      <CatalogProvider>
        <PrintReportControls result={result} applicant={withJudgement} />
      </CatalogProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Print report" }));
    expect(text).toContain("Sam Closely");
  });

  it("prints only the levels applied for when the officer chooses them, and says what to do when none is chosen", async () => {
    const user = userEvent.setup();
    let text = "";
    const print = vi.spyOn(window, "print").mockImplementation(() => {
      text = document.body.querySelector(":scope > .report-print-root article")?.textContent ?? "";
    });
    const result = screenApplicant(withJudgement, catalog, { today: "2026-11-22" });
    render(
      <CatalogProvider>
        <PrintReportControls result={result} applicant={withJudgement} />
      </CatalogProvider>,
    );
    const coverage = screen.getByRole("group", { name: "Levels on the report" });
    expect(within(coverage).getByRole("radio", { name: "Every level screened" })).toBeChecked();
    await user.click(within(coverage).getByRole("radio", { name: "Only the levels applied for" }));
    await user.click(screen.getByRole("button", { name: "Print report" }));
    expect(print).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("Choose at least one level applied for, or choose every level, then print the report.");
    const university = within(coverage).getByRole("group", { name: "Customer Service Series" });
    expect(within(university).getByRole("checkbox", { name: "4807 Customer Service Assistant" })).toHaveFocus();
    await user.click(within(university).getByRole("checkbox", { name: "4808 Customer Service Representative" }));
    await user.click(within(coverage).getByRole("group", { name: "Customer Service job family" }).querySelector("input")!);
    expect(screen.getByRole("status")).toHaveTextContent("");
    await user.click(screen.getByRole("button", { name: "Print report" }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(text).toContain("The levels applied for: 4808, G2 (2 of");
    expect(text).toContain("4808 Customer Service Representative: ");
    expect(text).not.toContain("4807 Customer Service Assistant: ");
  });

  it("says what to do when there is no result to print", async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    render(
      <CatalogProvider>
        <PrintReportControls current={() => null} />
      </CatalogProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Print report" }));
    expect(print).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("correct the problems in the applicant's details");
    expect(document.body.querySelector(".report-print-root")).toBeNull();
  });

  it("prints a one-off report and removes it after printing", () => {
    let during: string | null = null;
    vi.spyOn(window, "print").mockImplementation(() => {
      during = document.body.querySelector(".report-print-now article")?.textContent ?? null;
    });
    const result = screenApplicant(withJudgement, catalog, { today: "2026-11-22" });
    printQualificationReport({ result, applicant: withJudgement, catalog, officerName: "Pat Officer" });
    expect(during).toContain("Sam Closely");
    expect(during).toContain("Pat Officer");
    window.dispatchEvent(new Event("afterprint"));
    expect(document.body.querySelector(".report-print-now")).toBeNull();
  });
});
