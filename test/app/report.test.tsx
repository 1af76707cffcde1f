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
import { monthsRequirements, OUTCOME_WORDS, STATUS_WORDS } from "../../src/components/results";
import jordan from "../fixtures/jordan.json";
import longHistory from "../fixtures/long-history.json";

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

describe("QualificationReport", () => {
  it("names the applicant, date, officer, agency and series, and gives every level's outcome in the summary", () => {
    const result = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={jordanApplicant} catalog={catalog} officerName="Pat Officer" agency="City HR" printedOn="2026-11-23" version="9.9.9" />);
    const report = screen.getByRole("article", { name: "Qualification report for Jordan Example" });
    expect(report).toHaveTextContent("Screening date22 November 2026 (2026-11-22)");
    expect(report).toHaveTextContent("Screened byPat Officer");
    expect(report).toHaveTextContent("Hiring agencyCity HR");
    for (const { series } of catalog.series) expect(report).toHaveTextContent(series.title);
    const table = screen.getByRole("table", { name: "Outcome for every level screened" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(result.levels.length);
    result.levels.forEach((level, i) => {
      expect(within(rows[i]).getByRole("rowheader")).toHaveTextContent(`${level.id} ${level.title}`);
      expect(rows[i]).toHaveTextContent(OUTCOME_WORDS[level.outcome]);
    });
    // A level that is not met says what is missing, in the table and in its section.
    const short = result.levels.find((l) => l.shortfall);
    expect(short).toBeDefined();
    expect(rows[result.levels.indexOf(short!)]).toHaveTextContent(short!.shortfall!.text);
    const section = screen.getByRole("region", { name: `${short!.id} ${short!.title}: Does not meet` });
    expect(section).toHaveTextContent(short!.shortfall!.needs[0].options[0].text);
    expect(report).toHaveTextContent("version 9.9.9");
    expect(report).toHaveTextContent("Printed 23 November 2026");
  });

  it("quotes the spec and shows the arithmetic and every officer judgement for each level", () => {
    const result = screenApplicant(withJudgement, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={withJudgement} catalog={catalog} />);
    const judged = result.levels.filter((l) => l.judgements.length > 0);
    expect(judged.length).toBeGreaterThan(0);
    for (const level of result.levels) {
      const section = screen.getByRole("region", { name: `${level.id} ${level.title}: ${OUTCOME_WORDS[level.outcome]}` });
      for (const step of level.steps) expect(section).toHaveTextContent(step.text, { normalizeWhitespace: true });
      if (level.judgements.length) {
        const list = within(section).getByRole("heading", { name: "Officer judgements" }).nextElementSibling as HTMLElement;
        expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(level.judgements.map((j) => j.text));
        expect(list).toHaveTextContent("Job 2 (Guide, Parks Dept) marked closely related");
      } else {
        expect(section).toHaveTextContent("None made for this level.");
      }
    }
  });

  it("puts each level's result before its steps and gives every months requirement, holding or not, in the section and the summary", () => {
    const applicant = applicantFrom(longHistory);
    const result = screenApplicant(applicant, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={applicant} catalog={catalog} />);
    const several = result.levels.filter((l) => monthsRequirements(l).length > 1);
    expect(several.length).toBeGreaterThan(0);
    const rows = within(screen.getByRole("table", { name: "Outcome for every level screened" })).getAllByRole("row").slice(1);
    for (const level of several) {
      const section = screen.getByRole("region", { name: `${level.id} ${level.title}: ${OUTCOME_WORDS[level.outcome]}` });
      for (const m of monthsRequirements(level)) {
        expect(section).toHaveTextContent(`${m.label}: `);
        expect(rows[result.levels.indexOf(level)]).toHaveTextContent(`(${STATUS_WORDS[m.status]})`);
      }
    }
    // The result (judgements included) comes before the quoted steps, so it is what stays together on paper.
    for (const level of result.levels) {
      const section = screen.getByRole("region", { name: new RegExp(`^${level.id} `) });
      const headings = within(section).getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
      expect(headings.indexOf("Officer judgements")).toBeLessThan(headings.indexOf("Requirements, quoted, and the arithmetic"));
    }
  });

  it("leaves lines to write on when the officer and agency are not given", () => {
    const result = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={jordanApplicant} catalog={catalog} />);
    expect(screen.getByText("Officer name not given")).toBeInTheDocument();
    expect(screen.getByText("Hiring agency not given")).toBeInTheDocument();
  });

  it("lists the credentials to verify: the applicant's records and the quoted requirements of the levels met, with signature lines", () => {
    const result = screenApplicant(jordanApplicant, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={jordanApplicant} catalog={catalog} />);
    const checklist = screen.getByRole("region", { name: "Credentials to be verified by the placement officer" });
    expect(checklist).toHaveTextContent("High school: High school diploma");
    expect(checklist).toHaveTextContent("Job 1 (Billing Clerk, City Utilities): 2021-03-01 to current");
    expect(checklist).toHaveTextContent("Coursework row 2: 30 quarter hours in biology");
    // Every leaf rule of a level that is met appears with its quote; a level not met adds nothing of its own.
    const met = result.levels.filter((l) => l.outcome === "meets");
    const notMet = result.levels.filter((l) => l.outcome === "does-not-meet");
    expect(met.length).toBeGreaterThan(0);
    expect(notMet.length).toBeGreaterThan(0);
    const entry = catalog.levels.find((l) => l.level.id === met[0].id)!;
    const firstLeaf = entry.level.requirements.type === "all" ? entry.level.requirements.rules[0] : entry.level.requirements;
    expect(checklist).toHaveTextContent(`'${"source" in firstLeaf && firstLeaf.source ? firstLeaf.source.quote : ""}'`);
    for (const level of notMet) expect(checklist).not.toHaveTextContent(`${level.id} ${level.title}`);
    expect(checklist).toHaveTextContent("Placement officer (credentials verified)Name:Signature:Date:");
  });

  it("prints each class spec's source and effective dates in the footer", () => {
    const old = applicantFrom({ ...jordan, asOf: "2003-01-01", experience: [] });
    const result = screenApplicant(old, catalog, { today: "2026-11-22" });
    render(<QualificationReport result={result} applicant={old} catalog={catalog} />);
    const footer = screen.getByRole("contentinfo");
    for (const { series, file } of catalog.series) {
      expect(footer).toHaveTextContent(series.document);
      expect(footer).toHaveTextContent(file);
    }
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
