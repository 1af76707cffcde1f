// @vitest-environment jsdom
/**
 * The officer's form and the applicant format's 1.1 additions (share of
 * qualifying duties, officer's note, month-only dates, the officer's own
 * decisions), and the warnings next to input worth a second look.
 */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/lib/catalog-context";
import { OfficerView } from "../../src/features/officer";
import { captureDownloads } from "./capture-downloads";

function renderOfficer() {
  return render(
    <CatalogProvider>
      <OfficerView />
    </CatalogProvider>,
  );
}

const results = () => screen.getByRole("region", { name: "Results" });

async function open(user: ReturnType<typeof userEvent.setup>, data: unknown, name = "applicant.json") {
  await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify(data)], name, { type: "application/json" }));
  await waitFor(() => expect(screen.getByText(`Opened ${name}.`)).toHaveAttribute("role", "status"));
}

/** The text of the elements a control's aria-describedby names. */
function description(el: HTMLElement): string {
  return (el.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" | ");
}

const job = (over: Record<string, unknown> = {}) => ({
  employer: "City Utilities",
  title: "Billing Clerk",
  start: "2021-03-01",
  end: null,
  hoursPerWeek: 40,
  kinds: ["customer-service"],
  supervisory: false,
  comparableTo: [],
  ...over,
});

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the 1.1 additions in the officer's form", () => {
  it("opens a file with every addition, shows each, and saves the identical JSON", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    const file = {
      name: "Riley Mixed",
      asOf: "2026-11-22",
      education: { highSchool: "diploma" },
      experience: [
        job({ start: "2019-03", end: "2021-02", hoursPerWeek: 40, kinds: ["customer-service", "office-administration"], qualifyingPercent: 75, officerNote: "Front desk half the day; the rest filing." }),
        job({ employer: "Parks", title: "Guide", start: "2021-03-15", end: "2022-06-30", hoursPerWeek: 20, kinds: ["closely-related"], supervisory: true, comparableTo: ["4808"], officerNote: "Visitor questions all day: closely related." }),
      ],
      levelDecisions: [
        { level: "003638", outcome: "meets", reason: "Knowledge, skills and abilities shown in the interview.", by: "A. Officer", date: "2026-11-20" },
        { level: "4809", outcome: "does-not-meet", reason: "References do not confirm the supervision." },
        { level: "custom-9", outcome: "meets", reason: "Agency class not loaded here." },
      ],
    };
    renderOfficer();
    await open(user, file);
    const job1 = screen.getByRole("group", { name: "Job 1" });
    expect(within(job1).getByLabelText("Only the month is known")).toBeChecked();
    expect(within(job1).getByLabelText("Start month")).toHaveValue("2019-03");
    expect(within(job1).getByLabelText("End month")).toHaveValue("2021-02");
    expect(within(job1).getByLabelText("Share of qualifying duties (percent)")).toHaveValue("75");
    expect(within(job1).getByLabelText(/Officer's note/)).toHaveValue("Front desk half the day; the rest filing.");
    const job2 = screen.getByRole("group", { name: "Job 2" });
    expect(within(job2).getByLabelText("Only the month is known")).not.toBeChecked();
    expect(within(job2).getByLabelText("Share of qualifying duties (percent)")).toHaveValue("");
    const d1 = screen.getByRole("group", { name: /^Decision 1: 003638 / });
    expect(within(d1).getByRole("combobox", { name: "Level" })).toHaveValue("003638");
    expect(within(d1).getByRole("radio", { name: "Meets the level" })).toBeChecked();
    expect(within(d1).getByLabelText("Reason (required)")).toHaveValue(file.levelDecisions[0].reason);
    expect(within(d1).getByLabelText(/Decided by/)).toHaveValue("A. Officer");
    expect(within(d1).getByLabelText(/Date of the decision/)).toHaveValue("2026-11-20");
    const d3 = screen.getByRole("group", { name: "Decision 3" });
    expect(within(d3).getByRole("combobox", { name: "Level" })).toHaveValue("custom-9");
    expect(within(d3).getByRole("option", { name: "custom-9 (not among the loaded classes)" })).toBeInTheDocument();
    await within(results()).findByRole("article", { name: /^4807 / });
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0].text()).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });

  it("enters each addition by keyboard and saves it in the file format", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderOfficer();
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const group = screen.getByRole("group", { name: "Job 1" });
    await user.click(within(group).getByLabelText("Only the month is known"));
    await user.type(within(group).getByLabelText("Start month"), "2020-01");
    await user.type(within(group).getByLabelText("End month"), "2021-12");
    await user.type(within(group).getByLabelText("Hours per week"), "40");
    await user.type(within(group).getByLabelText("Share of qualifying duties (percent)"), "50");
    await user.click(within(group).getByRole("checkbox", { name: "Customer service" }));
    await user.type(within(group).getByLabelText(/Officer's note/), "Half the day at the counter.");
    await user.click(screen.getByRole("button", { name: "Add a decision" }));
    // Focus goes to the new decision's level.
    const decision = screen.getByRole("group", { name: "Decision 1" });
    expect(within(decision).getByRole("combobox", { name: "Level" })).toHaveFocus();
    await user.selectOptions(within(decision).getByRole("combobox", { name: "Level" }), "4807");
    await user.click(within(decision).getByRole("radio", { name: "Does not meet the level" }));
    // No reason yet: saving is refused with the field named.
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    const summary = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    expect(within(summary).getByRole("link", { name: /Decision 1, reason: Enter the reason for the decision/ })).toBeInTheDocument();
    expect(saved).toHaveLength(0);
    await user.type(within(screen.getByRole("group", { name: /^Decision 1/ })).getByLabelText("Reason (required)"), "Duties were mostly filing.");
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const data = JSON.parse(await saved[0].text());
    expect(data.experience).toEqual([
      { start: "2020-01", end: "2021-12", hoursPerWeek: 40, kinds: ["customer-service"], supervisory: false, comparableTo: [], qualifyingPercent: 50, officerNote: "Half the day at the counter." },
    ]);
    expect(data.levelDecisions).toEqual([{ level: "4807", outcome: "does-not-meet", reason: "Duties were mostly filing." }]);
  });

  it("with only the month known, refuses a full date next to the field and keeps what was typed", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const group = screen.getByRole("group", { name: "Job 1" });
    await user.click(within(group).getByLabelText("Only the month is known"));
    const start = within(group).getByLabelText("Start month");
    await user.type(start, "2020-01-15");
    await user.tab();
    await waitFor(() => expect(start).toHaveAttribute("aria-invalid", "true"));
    expect(description(start)).toMatch(/Enter the start month in the form yyyy-mm, for example 2021-03, or untick "Only the month is known"/);
    expect(start).toHaveValue("2020-01-15");
    // Unticked, the full date is right again.
    await user.click(within(group).getByLabelText("Only the month is known"));
    await waitFor(() => expect(within(group).getByLabelText("Start date")).not.toHaveAttribute("aria-invalid"));
  });

  it("refuses two decisions for one level, on the second", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await open(user, {
      education: { highSchool: "diploma" },
      levelDecisions: [{ level: "4807", outcome: "meets", reason: "a" }],
    });
    await user.click(screen.getByRole("button", { name: "Add a decision" }));
    const second = screen.getByRole("group", { name: "Decision 2" });
    await user.selectOptions(within(second).getByRole("combobox", { name: "Level" }), "4807");
    await user.click(within(second).getByRole("radio", { name: "Meets the level" }));
    await user.type(within(second).getByLabelText("Reason (required)"), "b");
    await user.click(screen.getByRole("button", { name: "Check the form" }));
    const summary = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    expect(within(summary).getByRole("link", { name: /^Decision 2, level: Decision 1 is already for level 4807/ })).toBeInTheDocument();
  });
});

describe("warnings next to input worth a second look", () => {
  it("warns on a degree with high school 'none', and still screens", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await open(user, { education: { highSchool: "none", degrees: [{ level: "bachelor", field: "communications" }] } });
    const none = screen.getByRole("radio", { name: "No high school diploma or equivalent" });
    const group = none.closest("fieldset")!;
    expect(description(group)).toMatch(/Check: A degree is entered, but high school is "No high school diploma or equivalent"/);
    expect(within(group).getByText("Check:")).toBeInTheDocument();
    // A warning, not an error: nothing is invalid, and the results are there.
    expect(group).not.toHaveClass("field-invalid");
    await within(results()).findByRole("article", { name: /^4807 / });
    expect(within(results()).queryByText(/need attention|No results yet/)).toBeNull();
    // Fixed, it goes.
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    await waitFor(() => expect(description(group)).not.toMatch(/Check:/));
  });

  it("warns on a job comparable to a level but of kind 'other (not related)'", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await open(user, { asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [job({ kinds: ["other"], comparableTo: ["4808"] })] });
    const comparable = within(screen.getByRole("group", { name: "Job 1" })).getByRole("group", { name: "Comparable to (officer's judgement)" });
    expect(description(comparable)).toMatch(/Check: The job is marked comparable to 4808, but its kinds of work include "Other \(not related\)"/);
    await within(results()).findByRole("article", { name: /^4808 / });
    await user.click(within(screen.getByRole("group", { name: "Job 1" })).getByRole("checkbox", { name: /^4808 / }));
    await waitFor(() => expect(description(comparable)).not.toMatch(/Check:/));
  });

  it("warns on a job that starts after the screening date", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderOfficer();
    await open(user, { asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [job({ start: "2026-11-23", end: "2027-01-31" })] });
    const start = within(screen.getByRole("group", { name: "Job 1" })).getByLabelText("Start date");
    expect(description(start)).toMatch(/Check: The job starts on 2026-11-23, after the screening date \(2026-11-22\)/);
    expect(start).not.toHaveAttribute("aria-invalid");
    // Saving is not blocked by a warning.
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    // A later screening date clears it.
    const asOf = screen.getByLabelText("Screening date");
    await user.clear(asOf);
    await user.type(asOf, "2026-11-23");
    await waitFor(() => expect(description(start)).not.toMatch(/Check:/));
  });

  it("warns on more than 60 hours a week across concurrent jobs, on each job involved, and not at 60", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await open(user, {
      asOf: "2026-11-22",
      education: { highSchool: "diploma" },
      experience: [
        job({ start: "2020-01-01", end: "2021-12-31", hoursPerWeek: 40 }),
        job({ start: "2021-06-01", end: "2022-06-30", hoursPerWeek: 20 }),
        job({ start: "2023-01-01", end: "2023-12-31", hoursPerWeek: 50 }),
      ],
    });
    const hours = (n: number) => within(screen.getByRole("group", { name: `Job ${n}` })).getByLabelText("Hours per week");
    // Exactly 60: nothing to check.
    for (const n of [1, 2, 3]) expect(description(hours(n))).not.toMatch(/Check:/);
    await user.clear(hours(2));
    await user.type(hours(2), "21");
    await waitFor(() => expect(description(hours(1))).toMatch(/Check: Jobs 1 and 2 overlap from 2021-06-01 and come to 61 hours a week together, more than 60/));
    expect(description(hours(2))).toMatch(/Check: Jobs 1 and 2 overlap/);
    expect(description(hours(3))).not.toMatch(/Check:/);
    expect(hours(1)).not.toHaveAttribute("aria-invalid");
    await within(results()).findByRole("article", { name: /^4807 / });
  });
});

describe("unsaved work", () => {
  it("is not made by focus passing through the empty high school choice: Open asks nothing", async () => {
    const user = userEvent.setup();
    let opened = 0;
    const original = HTMLInputElement.prototype.click;
    vi.spyOn(HTMLInputElement.prototype, "click").mockImplementation(function (this: HTMLInputElement) {
      if (this.type === "file") opened++;
      else original.call(this);
    });
    renderOfficer();
    await user.click(screen.getByLabelText("Name"));
    // Name, screening date, the high school choice (none chosen), and on.
    for (let i = 0; i < 4; i++) await user.tab();
    expect(screen.getByRole("radio", { name: "High school diploma" })).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Open applicant…" }));
    expect(screen.queryByText(/Open another applicant in place of this form/)).toBeNull();
    expect(opened).toBe(1);
  });
});
