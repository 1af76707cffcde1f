// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/lib/catalog-context";
import { SessionStores } from "../../src/lib/session-store";
import { OfficerView, useHandOver } from "../../src/features/officer";
import type { Applicant } from "../../src/engine/applicant-schema";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { EXPERIENCE_KIND_INFO } from "../../src/engine/vocabulary";
import { DRAFT_KEY } from "../../src/features/officer/draft-storage";

const jordanText = readFileSync(join(process.cwd(), "test/fixtures/jordan.json"), "utf8");

function renderOfficer() {
  return render(
    <CatalogProvider>
      <OfficerView />
    </CatalogProvider>,
  );
}

/**
 * Another view that hands an applicant over to the officer's (as the self-assessment and the pool do):
 * a button per applicant, so the hand-over goes through this session's store as in the app.
 */
function HandingView({ applicants }: { applicants: Applicant[] }) {
  const handOver = useHandOver();
  return (
    <>
      {applicants.map((a) => (
        <button key={a.name} type="button" onClick={() => handOver(a)}>
          {`Hand over ${a.name}`}
        </button>
      ))}
    </>
  );
}

const results = () => screen.getByRole("region", { name: "Results" });
const level = async (id: string) => within(results()).findByRole("article", { name: new RegExp(`^${id} `) });

/** Type a job the way an officer does: every field by label, inside the job's group. */
async function enterJob(user: ReturnType<typeof userEvent.setup>, n: number, job: { employer: string; start: string; end?: string; hours: string; kinds: string[] }) {
  await user.click(screen.getByRole("button", { name: "Add a job" }));
  const group = screen.getByRole("group", { name: `Job ${n}` });
  await user.type(within(group).getByLabelText("Employer"), job.employer);
  await user.type(within(group).getByLabelText("Start date"), job.start);
  if (job.end) await user.type(within(group).getByLabelText("End date"), job.end);
  else await user.click(within(group).getByLabelText(/Still works here/));
  await user.type(within(group).getByLabelText("Hours per week"), job.hours);
  for (const k of job.kinds) await user.click(within(group).getByRole("checkbox", { name: k }));
  return group;
}

/** Capture what "Save applicant" downloads, instead of navigating. */
function captureDownloads(): Array<{ name: string; text: () => Promise<string> }> {
  const saved: Array<{ name: string; text: () => Promise<string> }> = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((b: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    saved.push({ name: this.download, text: () => blob.text() });
  });
  return saved;
}

/** Count the times the page opens the file chooser (clicks a file input), without opening one. */
function watchFileChooser(): () => number {
  const original = HTMLInputElement.prototype.click;
  let opened = 0;
  vi.spyOn(HTMLInputElement.prototype, "click").mockImplementation(function (this: HTMLInputElement) {
    if (this.type === "file") opened++;
    else original.call(this);
  });
  return () => opened;
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the officer's screening page", () => {
  it("screens as the officer types: 24 months of customer service meets 4807 but not 4808", async () => {
    const user = userEvent.setup();
    renderOfficer();
    expect(await within(results()).findByText(/No results yet/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    expect(await level("4807")).toHaveAccessibleName(/Does not meet/);
    await enterJob(user, 1, { employer: "City Utilities", start: "2022-01-01", end: "2023-12-31", hours: "40", kinds: ["Customer service"] });
    await waitFor(async () => expect(await level("4807")).toHaveAccessibleName(/Meets/));
    expect(await level("4808")).toHaveAccessibleName(/Does not meet/);
    expect(within(await level("4807")).getByText(/Months credited/)).toHaveTextContent(/24\.00 of 18\.00 required/);
  });

  it("shows a field's error when the officer leaves it, keeps what was typed, and marks results out of date", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await user.click(screen.getByRole("radio", { name: "GED or other high school equivalency" }));
    expect(await level("4807")).toBeInTheDocument();
    const group = await enterJob(user, 1, { employer: "Library", start: "2021-13-01", end: "2022-01-31", hours: "40", kinds: ["Office administration"] });
    const start = within(group).getByLabelText("Start date");
    expect(start).toHaveValue("2021-13-01");
    expect(start).toHaveAttribute("aria-invalid", "true");
    expect(start).toHaveAccessibleDescription(/Enter the start date as a real date in the form yyyy-mm-dd/);
    expect(document.getElementById(`${start.id}-error`)).toHaveTextContent(/Error: Enter the start date as a real date/);
    expect(await within(results()).findByText("Out of date.")).toBeInTheDocument();
    // Fixing it removes the message and brings the results up to date.
    await user.clear(start);
    await user.type(start, "2021-12-01");
    await waitFor(() => expect(start).not.toHaveAttribute("aria-invalid"));
    await waitFor(() => expect(within(results()).queryByText("Out of date.")).toBeNull());
  });

  it("before the first results, says what the form still needs, each a link to its field", async () => {
    const user = userEvent.setup();
    renderOfficer();
    const box = (await within(results()).findByText(/No results yet/)).closest("div")!;
    const links = within(box).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual([expect.stringMatching(/^High school: Choose the applicant's high school education/)]);
    await user.click(links[0]);
    expect(screen.getByRole("radio", { name: "High school diploma" })).toHaveFocus();
  });

  it("does not show errors for a new job's empty fields until the officer leaves them or saves", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const group = screen.getByRole("group", { name: "Job 1" });
    expect(within(group).getByLabelText("Employer")).toHaveFocus();
    expect(within(group).queryByText(/^Error:/)).toBeNull();
  });

  it("on a failed save lists every problem under 'There is a problem', with links that move focus to the fields", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderOfficer();
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    await user.type(within(screen.getByRole("group", { name: "Job 1" })).getByLabelText("Hours per week"), "forty");
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    const summary = await screen.findByRole("heading", { name: "There is a problem" });
    const box = summary.parentElement!;
    await waitFor(() => expect(box).toHaveFocus());
    const links = within(box).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringMatching(/^High school: Choose the applicant's high school education/),
      expect.stringMatching(/^Job 1, start date: Enter the start date/),
      expect.stringMatching(/^Job 1, end date: Enter the end date/),
      expect.stringMatching(/^Job 1, hours per week: Enter the hours per week as a number/),
      expect.stringMatching(/^Job 1, kinds of work: Choose at least one kind of work/),
    ]);
    // The fix names the box as the form labels it, not the file format's word.
    expect(links[4]).toHaveTextContent(`tick "${EXPERIENCE_KIND_INFO.other.label}" for work unrelated to customer service`);
    expect(within(screen.getByRole("group", { name: "Job 1" })).getByRole("checkbox", { name: EXPERIENCE_KIND_INFO.other.label })).toBeInTheDocument();
    await user.click(links[3]);
    expect(within(screen.getByRole("group", { name: "Job 1" })).getByLabelText("Hours per week")).toHaveFocus();
    expect(within(screen.getByRole("group", { name: "Job 1" })).getByLabelText("Hours per week")).toHaveValue("forty");
    await user.click(links[0]);
    expect(screen.getByRole("radio", { name: "High school diploma" })).toHaveFocus();
    expect(saved).toEqual([]);
  });

  it("saves the applicant as a file in the applicant format, and re-opens it exactly", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderOfficer();
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([jordanText], "jordan.json", { type: "application/json" }));
    await waitFor(() => expect(screen.getByLabelText("Name")).toHaveValue("Jordan Example"));
    await waitFor(() => expect(screen.getByText("Opened jordan.json.")).toHaveAttribute("role", "status"));
    const job = screen.getByRole("group", { name: "Job 1" });
    expect(within(job).getByLabelText("Employer")).toHaveValue("City Utilities");
    expect(within(job).getByLabelText(/Still works here/)).toBeChecked();
    expect(within(job).getByRole("checkbox", { name: /^4808 / })).toBeChecked();
    expect(within(screen.getByRole("group", { name: "Coursework row 2" })).getByLabelText("Other area 1")).toHaveValue("biology");
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe("jordan-example-2026-11-22.json");
    expect(JSON.parse(await saved[0].text())).toEqual(JSON.parse(jordanText));
  });

  it("round-trips every field exactly as typed: areas of study with commas stay one area each", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    const file = {
      name: "  Ana, María O'Neil ",
      asOf: "2026-11-22",
      education: {
        highSchool: "diploma",
        coursework: [
          { hours: 45, unit: "semester", areas: ["communications", "Business, Management", " Arts,  Letters ", "biology"] },
          { hours: 1e-7, unit: "quarter", areas: ["Économie, droit"] },
        ],
        degrees: [{ level: "bachelor", field: " Law, Politics " }],
      },
      experience: [{ employer: "Smith, Jones & Co", title: "Clerk, Billing", start: "2020-01-01", end: null, hoursPerWeek: 37.5, kinds: ["customer-service"], supervisory: false, comparableTo: [] }],
    };
    renderOfficer();
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify(file)], "commas.json", { type: "application/json" }));
    await waitFor(() => expect(screen.getByLabelText("Name")).toHaveValue(file.name));
    const others = within(screen.getByRole("group", { name: "Coursework row 1" })).getByRole("group", { name: "Other areas of study" });
    expect(within(others).getAllByRole("textbox").map((t) => (t as HTMLInputElement).value)).toEqual(["Business, Management", " Arts,  Letters ", "biology"]);
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.parse(await saved[0].text())).toEqual(file);

    // Typed: one area per box, added and removed by button, focus where a keyboard user expects it.
    await user.click(within(others).getByRole("button", { name: "Add another area of study" }));
    const fourth = within(others).getByLabelText("Other area 4");
    expect(fourth).toHaveFocus();
    await user.type(fourth, "History, Modern");
    await user.click(within(others).getByRole("button", { name: "Remove other area 3" }));
    expect(within(others).getByRole("button", { name: "Add another area of study" })).toHaveFocus();
    expect(await screen.findByText("Other area 3 of coursework row 1 removed.")).toHaveAttribute("role", "status");
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(JSON.parse(await saved[1].text()).education.coursework[0].areas).toEqual(["communications", "Business, Management", " Arts,  Letters ", "History, Modern"]);
  });

  it("shows markup in a file as text, never as elements", async () => {
    const user = userEvent.setup();
    const name = '<img src="x" onerror="window.__xss = 1">';
    const area = "<script>window.__xss = 2</script>";
    const file = { name, asOf: "2026-11-22", education: { highSchool: "diploma", coursework: [{ hours: 30, unit: "semester", areas: [area] }] } };
    renderOfficer();
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify(file)], "markup.json", { type: "application/json" }));
    await waitFor(() => expect(screen.getByLabelText("Name")).toHaveValue(name));
    expect(screen.getByLabelText("Other area 1")).toHaveValue(area);
    expect(await within(results()).findByText(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, screened`))).toBeInTheDocument();
    expect(document.querySelector("img, main script")).toBeNull();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  it("reports a blank other area of study on save, naming it, rather than dropping it", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderOfficer();
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    await user.click(screen.getByRole("button", { name: "Add coursework" }));
    const row = screen.getByRole("group", { name: "Coursework row 1" });
    await user.type(within(row).getByLabelText("Credit hours"), "12");
    await user.click(within(row).getByRole("button", { name: "Add an area of study" }));
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    const summary = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    const link = within(summary).getByRole("link", { name: /Coursework row 1, other area of study: Type other area of study 1, or remove it/ });
    await user.click(link);
    expect(within(row).getByLabelText("Other area 1")).toHaveFocus();
    expect(saved).toEqual([]);
  });

  it("reports every located problem of a bad file and leaves the form as it was", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await user.type(screen.getByLabelText("Name"), "Kept Name");
    const bad = { education: { highSchool: "college" }, experience: [{ start: "2021-02-30", hoursPerWeek: 40, kinds: [] }] };
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify(bad)], "bad.json", { type: "application/json" }));
    const box = (await screen.findByRole("heading", { name: "bad.json could not be opened" })).parentElement!;
    expect(box).toHaveFocus();
    const items = within(box).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^High school \(education\.highSchool\): Choose high school/),
        expect.stringMatching(/^Job 1, start date \(experience\[0\]\.start\): Enter the start date as a real date/),
        expect.stringMatching(/^Job 1, kinds of work \(experience\[0\]\.kinds\): Choose at least one kind/),
      ]),
    );
    expect(screen.getByLabelText("Name")).toHaveValue("Kept Name");
    // A misspelt field the form has no words for is named once, as written in the file.
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify({ educaton: {}, education: { highSchool: "ged" } })], "typo.json", { type: "application/json" }));
    const typo = (await screen.findByRole("heading", { name: "typo.json could not be opened" })).parentElement!;
    expect(within(typo).getAllByRole("listitem").map((li) => li.textContent)).toEqual([expect.stringMatching(/^educaton: Remove "educaton"/)]);
    await user.upload(screen.getByLabelText("Applicant file to open"), new File(["{ not json"], "broken.json", { type: "application/json" }));
    expect(await screen.findByRole("heading", { name: "broken.json could not be opened" })).toBeInTheDocument();
    expect(screen.getByText(/The file is not readable JSON/)).toBeInTheDocument();
    expect(screen.getByLabelText("Name")).toHaveValue("Kept Name");
  });

  it("clears the form only after the officer confirms", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await user.type(screen.getByLabelText("Name"), "Someone");
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    expect(await within(results()).findByText(/Someone, screened/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear form" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByLabelText("Name")).toHaveValue("Someone");
    expect(screen.getByRole("button", { name: "Clear form" })).toHaveFocus();
    // Escape keeps the form too.
    await user.click(screen.getByRole("button", { name: "Clear form" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByText(/Clear every field of the form\?/)).toBeNull();
    expect(screen.getByRole("button", { name: "Clear form" })).toHaveFocus();
    expect(screen.getByLabelText("Name")).toHaveValue("Someone");
    await user.click(screen.getByRole("button", { name: "Clear form" }));
    expect(screen.getByText(/Clear every field of the form\?/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Yes, clear the form" }));
    expect(screen.getByLabelText("Name")).toHaveValue("");
    // The last applicant's results go too, rather than staying as "out of date".
    expect(await within(results()).findByText("No results yet.")).toBeInTheDocument();
    expect(within(results()).queryByText(/Someone, screened/)).toBeNull();
    await waitFor(() => expect(screen.getByLabelText("Name")).toHaveFocus());
  });

  it("asks before Open replaces unsaved work, and opens straight away when nothing would be lost", async () => {
    const user = userEvent.setup();
    const chooser = watchFileChooser();
    const saved = captureDownloads();
    renderOfficer();
    const open = screen.getByRole("button", { name: "Open applicant…" });
    // A blank form: nothing to lose, the file chooser opens at once.
    await user.click(open);
    expect(chooser()).toBe(1);
    expect(screen.queryByRole("group", { name: /Open another applicant/ })).toBeNull();

    await user.type(screen.getByLabelText("Name"), "Unsaved Person");
    await user.click(open);
    const ask = screen.getByRole("group", { name: /Open another applicant in place of this form\? The changes not saved to a file are lost/ });
    expect(ask).toHaveFocus();
    expect(open).toHaveAttribute("aria-expanded", "true");
    expect(chooser()).toBe(1);
    await user.click(within(ask).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("group", { name: /Open another applicant/ })).toBeNull();
    expect(open).toHaveFocus();
    expect(screen.getByLabelText("Name")).toHaveValue("Unsaved Person");
    // Escape keeps the form too.
    await user.click(open);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: /Open another applicant/ })).toBeNull();
    expect(open).toHaveFocus();
    expect(chooser()).toBe(1);
    // Confirmed: the chooser opens, and the chosen file replaces the form.
    await user.click(open);
    await user.click(screen.getByRole("button", { name: "Yes, choose a file to open" }));
    expect(chooser()).toBe(2);
    expect(open).toHaveFocus();
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([jordanText], "jordan.json", { type: "application/json" }));
    await waitFor(() => expect(screen.getByLabelText("Name")).toHaveValue("Jordan Example"));
    // The opened file is not unsaved work; a change to it is, until it is saved.
    await user.click(open);
    expect(chooser()).toBe(3);
    await user.type(screen.getByLabelText("Name"), " Jr");
    await user.click(open);
    expect(screen.getByRole("group", { name: /Open another applicant/ })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    await user.click(open);
    expect(chooser()).toBe(4);
    // A cleared form holds nothing to lose, whatever it held before.
    await enterJob(user, 2, { employer: "Another", start: "2024-01-01", end: "2024-12-31", hours: "20", kinds: ["Customer service"] });
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(2));
    await user.click(screen.getByRole("button", { name: "Clear form" }));
    await user.click(screen.getByRole("button", { name: "Yes, clear the form" }));
    await user.click(open);
    expect(screen.queryByRole("group", { name: /Open another applicant/ })).toBeNull();
    expect(chooser()).toBe(5);
  });

  it("with drafts off, has the browser ask before the tab closes or reloads with unsaved work", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderOfficer();
    const leave = (): boolean => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    expect(leave()).toBe(true);
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(leave()).toBe(false);
    await user.type(screen.getByLabelText("Name"), "Later Change");
    expect(leave()).toBe(true);
    // With a draft kept in this browser, the work comes back after a reload: no question.
    await user.click(screen.getByLabelText("Keep a draft in this browser"));
    expect(leave()).toBe(false);
    await user.click(screen.getByLabelText("Keep a draft in this browser"));
    expect(leave()).toBe(true);
    // Cleared: nothing left to lose.
    await user.click(screen.getByRole("button", { name: "Clear form" }));
    await user.click(screen.getByRole("button", { name: "Yes, clear the form" }));
    expect(leave()).toBe(false);
  });

  it("keeps a draft in this browser only when the officer turns it on, and forgets it on request", async () => {
    // Fake timers only to run every timer the typing started, at once: no pause, and nothing left pending.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => (vi.isFakeTimers() ? vi.advanceTimersByTime(ms) : undefined) });
    const first = renderOfficer();
    await user.type(screen.getByLabelText("Name"), "Draft Person");
    // With drafts on, a draft is stored once typing pauses; with them off, after every pending timer has run, nothing is.
    await vi.runOnlyPendingTimersAsync();
    vi.useRealTimers();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    const keep = screen.getByRole("checkbox", { name: "Keep a draft in this browser" });
    expect(keep).not.toBeChecked();
    await user.click(keep);
    await waitFor(() => expect(localStorage.getItem(DRAFT_KEY)).toContain("Draft Person"));
    await user.type(screen.getByLabelText("Name"), " Jr");
    await waitFor(() => expect(localStorage.getItem(DRAFT_KEY)).toContain("Draft Person Jr"));
    // A new visit to the page brings the draft back.
    first.unmount();
    renderOfficer();
    expect(screen.getByLabelText("Name")).toHaveValue("Draft Person Jr");
    expect(screen.getByRole("checkbox", { name: "Keep a draft in this browser" })).toBeChecked();
    // Said on screen, not only to screen readers: the form came back from a draft.
    expect(screen.getByText(/^Draft restored from .*Use "Forget the draft" to delete it from this browser\.$/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Forget the draft" }));
    expect(screen.queryByText(/^Draft restored from/)).toBeNull();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(screen.getByRole("checkbox", { name: "Keep a draft in this browser" })).not.toBeChecked();
    expect(screen.queryByRole("button", { name: "Forget the draft" })).toBeNull();
  });

  it("adds, duplicates and removes jobs, keeping focus where a keyboard user expects it", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await enterJob(user, 1, { employer: "Clinic", start: "2020-01-01", end: "2020-12-31", hours: "30", kinds: ["Healthcare administration"] });
    await user.click(screen.getByRole("button", { name: "Duplicate job 1" }));
    const copy = screen.getByRole("group", { name: "Job 2" });
    expect(within(copy).getByLabelText("Employer")).toHaveFocus();
    expect(within(copy).getByLabelText("Employer")).toHaveValue("Clinic");
    expect(within(copy).getByLabelText("Hours per week")).toHaveValue("30");
    expect(within(copy).getByRole("checkbox", { name: "Healthcare administration" })).toBeChecked();
    await user.clear(within(copy).getByLabelText("Employer"));
    await user.type(within(copy).getByLabelText("Employer"), "Hospital");
    await user.click(screen.getByRole("button", { name: "Remove job 1" }));
    expect(screen.queryByRole("group", { name: "Job 2" })).toBeNull();
    expect(within(screen.getByRole("group", { name: "Job 1" })).getByLabelText("Employer")).toHaveValue("Hospital");
    expect(screen.getByRole("button", { name: "Add a job" })).toHaveFocus();
    await waitFor(() => expect(screen.getByText("Job 1 removed.")).toBeInTheDocument());
  });

  it("describes each kind of work and lets the officer read a level's duties while judging comparability", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const group = screen.getByRole("group", { name: "Job 1" });
    for (const info of Object.values(EXPERIENCE_KIND_INFO)) {
      expect(within(group).getByRole("checkbox", { name: info.label })).toHaveAccessibleDescription(info.description);
    }
    const level4808 = BUILTIN_SERIES.flatMap((s) => s.series.levels).find((l) => l.id === "4808")!;
    expect(within(group).queryByText(level4808.duties[0])).toBeNull();
    await user.click(within(group).getByText("What 4808 does"));
    expect(within(group).getByText(level4808.duties[0])).toBeVisible();
    expect(within(group).getByText(level4808.summary!)).toBeVisible();
  });

  it("opens an applicant handed over by another view, once", async () => {
    const user = userEvent.setup();
    // As in the app: the session's stores outlive the view, which another view replaces and gives back.
    const app = (officer: boolean) => (
      <SessionStores>
        <CatalogProvider>{officer ? <OfficerView /> : <HandingView applicants={[{ name: "Handed Over", education: { highSchool: "none" } }]} />}</CatalogProvider>
      </SessionStores>
    );
    const page = render(app(false));
    await user.click(screen.getByRole("button", { name: "Hand over Handed Over" }));
    page.rerender(app(true));
    expect(screen.getByLabelText("Name")).toHaveValue("Handed Over");
    expect(screen.getByRole("radio", { name: "No high school diploma or equivalent" })).toBeChecked();
    expect(await level("4807")).toHaveAccessibleName(/Does not meet/);
    // Edited, then back from another view: the applicant was taken once, so it is neither opened again nor asked about.
    await user.clear(screen.getByLabelText("Name"));
    await user.type(screen.getByLabelText("Name"), "Edited Name");
    page.rerender(app(false));
    page.rerender(app(true));
    expect(screen.getByLabelText("Name")).toHaveValue("Edited Name");
    expect(screen.queryByRole("group", { name: /^Open Handed Over/ })).toBeNull();
  });

  it("asks before an applicant handed over by another view replaces unsaved work", async () => {
    const user = userEvent.setup();
    // As in the app: the session's stores outlive the view, which another view replaces and gives back.
    const app = (officer: boolean) => (
      <SessionStores>
        <CatalogProvider>
          {officer ? (
            <OfficerView />
          ) : (
            <HandingView
              applicants={[
                { name: "From The Pool", education: { highSchool: "none" } },
                { name: "Third Pick", education: { highSchool: "diploma" } },
              ]}
            />
          )}
          {officer && <HandingView applicants={[{ name: "Second Pick", education: { highSchool: "ged" } }]} />}
        </CatalogProvider>
      </SessionStores>
    );
    const page = render(app(true));
    await user.type(screen.getByLabelText("Name"), "Unsaved Person");
    // The officer goes to the pool and opens a row in this view.
    page.rerender(app(false));
    await user.click(screen.getByRole("button", { name: "Hand over From The Pool" }));
    page.rerender(app(true));
    const ask = screen.getByRole("group", { name: /^Open From The Pool in place of this form\? The changes not saved to a file are lost/ });
    await waitFor(() => expect(ask).toHaveFocus());
    expect(screen.getByLabelText("Name")).toHaveValue("Unsaved Person");
    await user.click(within(ask).getByRole("button", { name: "Keep this form" }));
    expect(screen.queryByRole("group", { name: /^Open From The Pool/ })).toBeNull();
    expect(screen.getByLabelText("Name")).toHaveValue("Unsaved Person");
    // Handed over while the view is showing: asked again; confirmed, it replaces the form.
    await user.click(screen.getByRole("button", { name: "Hand over Second Pick" }));
    await user.click(await screen.findByRole("button", { name: "Yes, open the applicant" }));
    expect(screen.getByLabelText("Name")).toHaveValue("Second Pick");
    // Nothing unsaved now: the next one opens at once.
    page.rerender(app(false));
    await user.click(screen.getByRole("button", { name: "Hand over Third Pick" }));
    page.rerender(app(true));
    expect(screen.getByLabelText("Name")).toHaveValue("Third Pick");
    expect(screen.queryByRole("button", { name: "Yes, open the applicant" })).toBeNull();
  });

  it("announces a short summary of outcomes once typing pauses", async () => {
    const user = userEvent.setup();
    renderOfficer();
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    const live = await within(results()).findByText(/^Results updated\./);
    expect(live).toHaveAttribute("role", "status");
    expect(live).toHaveTextContent(/Does not meet: .*4807/);
    expect(live).toHaveTextContent(/Needs an officer's review: 003638/);
  });

  it("asks for comparability only with the levels some class counts comparable experience toward, keeping any other a file records", async () => {
    const user = userEvent.setup();
    // Read from the class files' text, independently of the form: every level id in a rule's "comparableTo".
    const counted = new Set([...JSON.stringify(BUILTIN_SERIES).matchAll(/"comparableTo":\[([^\]]*)\]/g)].flatMap((m) => JSON.parse(`[${m[1]}]`) as string[]));
    expect(counted.size).toBeGreaterThan(0);
    const all = BUILTIN_SERIES.flatMap((s) => s.series.levels);
    renderOfficer();
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const comparable = within(screen.getByRole("group", { name: "Job 1" })).getByRole("group", { name: "Comparable to (officer's judgement)" });
    expect(within(comparable).getAllByRole("checkbox").map((c) => (c as HTMLInputElement).value)).toEqual(all.filter((l) => counted.has(l.id)).map((l) => l.id));
    // A judgement a file records about a level no class counts stays, said to change nothing, and is saved as it was.
    const other = all.find((l) => !counted.has(l.id))!;
    const saved = captureDownloads();
    const file = { education: { highSchool: "diploma" }, experience: [{ start: "2020-01-01", end: "2020-12-31", hoursPerWeek: 40, kinds: ["customer-service"], comparableTo: [other.id] }] };
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify(file)], "other.json", { type: "application/json" }));
    const box = await screen.findByRole("checkbox", { name: `${other.id} ${other.title} (no class counts experience comparable to it)` });
    expect(box).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.parse(await saved[0].text()).experience[0].comparableTo).toEqual([other.id]);
  });

  it("keeps what it does not offer as a choice: levels not loaded, other fields and areas, quarter hours", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    const file = {
      name: "Odd Cases",
      education: {
        highSchool: "ged",
        coursework: [{ hours: 22.5, unit: "quarter", areas: ["similar", "marine biology", "communications"] }],
        degrees: [{ level: "bachelor", field: "chemistry" }, { level: "master" }],
      },
      experience: [{ start: "2019-05-01", end: "2020-04-30", hoursPerWeek: 12.5, kinds: ["closely-related", "other"], supervisory: true, comparableTo: ["agency-77", "4808"] }],
    };
    renderOfficer();
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify(file)], "odd.json", { type: "application/json" }));
    await waitFor(() => expect(screen.getByLabelText("Name")).toHaveValue("Odd Cases"));
    expect(screen.getByLabelText("Screening date")).toHaveValue("");
    const row = screen.getByRole("group", { name: "Coursework row 1" });
    expect(within(row).getByLabelText("Credit unit")).toHaveValue("quarter");
    expect(within(row).getByRole("checkbox", { name: /Similar area/ })).toBeChecked();
    expect(within(within(row).getByRole("group", { name: "Other areas of study" })).getByLabelText("Other area 1")).toHaveValue("marine biology");
    expect(within(screen.getByRole("group", { name: "Degree 1" })).getByLabelText("Other field of study")).toHaveValue("chemistry");
    const job = screen.getByRole("group", { name: "Job 1" });
    expect(within(job).getByRole("checkbox", { name: "agency-77 (not among the loaded classes)" })).toBeChecked();
    // The officer changes one judgement; the level that is not loaded stays.
    await user.click(within(job).getByRole("checkbox", { name: /^4809 / }));
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toMatch(/^odd-cases-\d{4}-\d{2}-\d{2}\.json$/);
    const back = JSON.parse(await saved[0].text());
    expect(back.education).toEqual({ ...file.education, coursework: [{ hours: 22.5, unit: "quarter", areas: ["similar", "communications", "marine biology"] }] });
    expect(back.experience[0]).toEqual({ ...file.experience[0], comparableTo: expect.arrayContaining(["agency-77", "4808", "4809"]) });
    expect(back.experience[0].comparableTo).toHaveLength(3);
    expect(back).not.toHaveProperty("asOf");
  });

  it("sends a file of several applicants to the pool screen instead of opening one of them", async () => {
    const user = userEvent.setup();
    renderOfficer();
    const two = [JSON.parse(jordanText), JSON.parse(jordanText)];
    await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify(two)], "pool.json", { type: "application/json" }));
    expect(await screen.findByText(/The file holds 2 applicants\. Open it in "Screen a pool"/)).toBeInTheDocument();
    expect(screen.getByLabelText("Name")).toHaveValue("");
  });
});
