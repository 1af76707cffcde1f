// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/lib/catalog-context";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import type { Applicant } from "../../src/engine/applicant-schema";
import { buildCatalog } from "../../src/engine/catalog";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { localToday } from "../../src/lib/today";
import { SelfAssessmentView } from "../../src/features/self-assessment";
import english from "../../src/i18n/catalogs/applicant.en.json";

const { catalog } = buildCatalog(BUILTIN_SERIES);

/** The view, once its catalog has loaded (it is fetched on demand). */
async function renderView() {
  const view = render(
    <CatalogProvider>
      <SelfAssessmentView />
    </CatalogProvider>,
  );
  await screen.findByRole("heading", { level: 1 });
  return view;
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const next = (user: UserEvent) => user.click(screen.getByRole("button", { name: "Continue" }));

interface JobAnswers {
  title: string;
  start: [string, string];
  end?: [string, string];
  hours: string;
  kinds: string[];
  closelyRelated?: "Yes, I think it was closely related" | "No";
  supervised: "Yes" | "No";
}

async function addJob(user: UserEvent, job: JobAnswers) {
  await user.click(screen.getByRole("button", { name: /^Add (a|another) job$/ }));
  await user.type(screen.getByLabelText("Job title"), job.title);
  const start = screen.getByRole("group", { name: "When did you start?" });
  await user.type(within(start).getByLabelText("Month"), job.start[0]);
  await user.type(within(start).getByLabelText("Year"), job.start[1]);
  if (job.end) {
    const end = screen.getByRole("group", { name: "When did you leave?" });
    await user.type(within(end).getByLabelText("Month"), job.end[0]);
    await user.type(within(end).getByLabelText("Year"), job.end[1]);
  } else await user.click(screen.getByLabelText("I still work here"));
  await user.type(screen.getByLabelText("How many hours did you work in a usual week?"), job.hours);
  const kinds = screen.getByRole("group", { name: "What did you do in this job? Tick all that fit." });
  for (const k of job.kinds) await user.click(within(kinds).getByRole("checkbox", { name: k }));
  if (job.closelyRelated) await user.click(within(screen.getByRole("group", { name: "Was this work much like customer service work?" })).getByRole("radio", { name: job.closelyRelated }));
  await user.click(within(screen.getByRole("group", { name: "Did you supervise other employees in this job?" })).getByRole("radio", { name: job.supervised }));
  await user.click(screen.getByRole("button", { name: "Save this job" }));
}

/** Walk every question; returns at the results. */
async function walk(user: UserEvent, answers: { name: string; highSchool: RegExp; hours?: string; jobs: JobAnswers[] }) {
  await user.click(screen.getByRole("button", { name: "Start" }));
  await user.type(screen.getByLabelText("Your name (optional)"), answers.name);
  await next(user);
  await user.click(screen.getByRole("radio", { name: answers.highSchool }));
  await next(user);
  if (answers.hours) {
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    await user.type(screen.getByLabelText("How many credit hours?"), answers.hours);
  } else await user.click(screen.getByRole("radio", { name: "No" }));
  await next(user);
  await user.click(screen.getByRole("radio", { name: "No" }));
  await next(user);
  for (const job of answers.jobs) await addJob(user, job);
  await next(user);
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Check your answers");
  await user.click(screen.getByRole("button", { name: "See your results" }));
}

describe("Self-assessment", () => {
  it("asks one question at a time and tells the applicant where they appear to stand, with the agency's decision made clear", async () => {
    const user = userEvent.setup();
    await renderView();
    await walk(user, {
      name: "Alex Applicant",
      highSchool: /GED/,
      jobs: [{ title: "Cashier", start: ["1", "2020"], end: ["12", "2022"], hours: "40", kinds: ["Customer service"], supervised: "No" }],
    });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Results for Alex Applicant");
    expect(screen.getByText(/The hiring agency makes the official decision/)).toBeInTheDocument();
    // The same answers through the engine: every level it says is met is "You appear to meet", every shortfall is spelled out.
    const expected = screenApplicant(
      {
        name: "Alex Applicant",
        education: { highSchool: "ged" },
        experience: [{ title: "Cashier", start: "2020-01-01", end: "2022-12-31", hoursPerWeek: 40, kinds: ["customer-service"], supervisory: false, comparableTo: [] }],
      },
      catalog,
      { today: localToday() },
    );
    const met = expected.levels.filter((l) => l.outcome === "meets");
    const short = expected.levels.filter((l) => l.outcome === "does-not-meet");
    expect(met.length).toBeGreaterThan(0);
    expect(short.length).toBeGreaterThan(0);
    const meets = screen.getByRole("region", { name: `You appear to meet (${met.length})` });
    for (const l of met) expect(meets).toHaveTextContent(`You appear to meet the minimum qualifications for ${l.title}.`);
    const notYet = screen.getByRole("region", { name: `Not yet: what you would need (${short.length})` });
    for (const l of short) {
      expect(notYet).toHaveTextContent(`To qualify for ${l.title} you would need`);
      expect(notYet).toHaveTextContent(l.shortfall!.needs[0].options[0].text);
    }
  });

  it("stops on a missing answer with an error summary that links to the question, and keeps what was typed", async () => {
    const user = userEvent.setup();
    await renderView();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await user.type(screen.getByLabelText("Your name (optional)"), "Kim");
    await next(user);
    await next(user);
    const summary = screen.getByRole("alert");
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole("heading")).toHaveTextContent("There is a problem");
    const link = within(summary).getByRole("link", { name: "Choose whether you finished high school or earned a GED" });
    const question = screen.getByRole("group", { name: "Have you finished high school or earned a GED?" });
    expect(question).toHaveAccessibleDescription(/Choose whether you finished high school or earned a GED/);
    await user.click(link);
    expect(within(question).getAllByRole("radio")[0]).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByLabelText("Your name (optional)")).toHaveValue("Kim");
  });

  it("checks a job's dates and keeps the answers when they are wrong", async () => {
    const user = userEvent.setup();
    await renderView();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: /diploma/ }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);
    await addJob(user, { title: "Clerk", start: ["6", "2021"], end: ["5", "2021"], hours: "200", kinds: ["Office administration"], supervised: "No" });
    const summary = screen.getByRole("alert");
    expect(summary).toHaveTextContent("Enter an end date on or after the start date");
    expect(summary).toHaveTextContent("Enter the hours you worked in a usual week as a number from 1 to 168");
    expect(screen.getByLabelText("How many hours did you work in a usual week?")).toHaveAccessibleDescription(/number from 1 to 168/);
    expect(screen.getByLabelText("Job title")).toHaveValue("Clerk");
    // 30 February: the message gives that month's length, and the day box is marked.
    const start = screen.getByRole("group", { name: "When did you start?" });
    await user.type(within(start).getByLabelText("Day (if you know it)"), "30");
    await user.clear(within(start).getByLabelText("Month"));
    await user.type(within(start).getByLabelText("Month"), "2");
    await user.clear(within(start).getByLabelText("Year"));
    await user.type(within(start).getByLabelText("Year"), "2019");
    await user.click(screen.getByRole("button", { name: "Save this job" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Enter a day from 1 to 28 for when you started this job: February 2019 has 28 days");
    expect(within(start).getByLabelText("Day (if you know it)")).toHaveAttribute("aria-invalid", "true");
    expect(within(start).getByLabelText("Day (if you know it)")).toHaveValue("30");
    // Fixed, the job is listed with its dates in words, the month alone where no day was given.
    await user.clear(within(start).getByLabelText("Day (if you know it)"));
    await user.type(within(start).getByLabelText("Day (if you know it)"), "28");
    const end = screen.getByRole("group", { name: "When did you leave?" });
    await user.clear(within(end).getByLabelText("Year"));
    await user.type(within(end).getByLabelText("Year"), "2022");
    await user.clear(screen.getByLabelText("How many hours did you work in a usual week?"));
    await user.type(screen.getByLabelText("How many hours did you work in a usual week?"), "40");
    await user.click(screen.getByRole("button", { name: "Save this job" }));
    expect(screen.getByText("28 February 2019 to May 2022, 40 hours a week")).toBeInTheDocument();
  });

  it("explains the specs' terms beside the questions that use them", async () => {
    const user = userEvent.setup();
    await renderView();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await next(user);
    expect(screen.getByRole("group", { name: "Have you finished high school or earned a GED?" })).toHaveAccessibleDescription(/General Educational Development/);
    await user.click(screen.getByRole("radio", { name: /diploma/ }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    const q = catalog.levels[0].counting.quarterToSemester;
    expect(screen.getByRole("radio", { name: "Quarter hours" })).toHaveAccessibleDescription(new RegExp(`${q.quarterHours} quarter hours count as ${q.semesterHours} semester hours`));
    expect(screen.getByRole("radio", { name: "Semester hours" })).toHaveAccessibleDescription(/semester calendar/);
    await user.type(screen.getByLabelText("How many credit hours?"), "12");
    await next(user);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const fullTime = catalog.levels[0].counting.fullTimeHoursPerWeek;
    expect(screen.getByLabelText("How many hours did you work in a usual week?")).toHaveAccessibleDescription(new RegExp(`Full time means ${fullTime} hours a week`));
    expect(screen.getByRole("group", { name: "Did you supervise other employees in this job?" })).toHaveAccessibleDescription(/Directing other employees' work/);
    await user.click(screen.getByRole("checkbox", { name: "Something else" }));
    expect(screen.getByRole("group", { name: "Was this work much like customer service work?" })).toHaveAccessibleDescription(/hiring agency decides/);
    // "Comparable to" names the classes from the catalog, each with a plain summary of the work.
    const comparable = screen.getByRole("group", { name: /Was this job much like any of these jobs/ });
    const referenced = catalog.levels.filter((l) => within(comparable).queryByRole("checkbox", { name: `${l.level.title} (${l.series.title})` }));
    expect(referenced.length).toBeGreaterThan(0);
    const messages: Record<string, string> = english;
    for (const l of referenced)
      expect(within(comparable).getByRole("checkbox", { name: `${l.level.title} (${l.series.title})` })).toHaveAccessibleDescription(
        new RegExp(messages[`plain.${l.level.id}`].slice(0, 40)),
      );
  });

  it("counts 'closely related' only as the applicant's claim: 'you may meet, if the hiring agency agrees'", async () => {
    const user = userEvent.setup();
    await renderView();
    const job: Applicant["experience"] = [{ title: "Guide", start: "2015-01-01", end: "2019-12-31", hoursPerWeek: 40, kinds: ["closely-related"], supervisory: false, comparableTo: [] }];
    await walk(user, {
      name: "Sam",
      highSchool: /diploma/,
      jobs: [{ title: "Guide", start: ["1", "2015"], end: ["12", "2019"], hours: "40", kinds: ["Something else"], closelyRelated: "Yes, I think it was closely related", supervised: "No" }],
    });
    const claimed = screenApplicant({ name: "Sam", education: { highSchool: "diploma" }, experience: job }, catalog, { today: localToday() });
    const facts = screenApplicant({ name: "Sam", education: { highSchool: "diploma" }, experience: [{ ...job![0], kinds: ["other"] }] }, catalog, { today: localToday() });
    const onlyWithClaim = claimed.levels.filter((l, i) => l.outcome === "meets" && facts.levels[i].outcome !== "meets");
    expect(onlyWithClaim.length).toBeGreaterThan(0);
    const may = screen.getByRole("region", { name: `You may meet, if the hiring agency agrees (${onlyWithClaim.length})` });
    for (const l of onlyWithClaim)
      expect(may).toHaveTextContent(`You may meet the minimum qualifications for ${l.title}, if the hiring agency agrees that Job 1 (Guide) was closely related to customer service work.`);
    expect(screen.queryByRole("region", { name: /^You appear to meet/ })?.textContent ?? "").not.toContain(onlyWithClaim[0].title + ".");
  });

  it("saves the answers as an applicant file the officer can open, and opens a saved file", async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return "blob:saved";
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    await renderView();
    await walk(user, {
      name: "Alex Applicant",
      highSchool: /GED/,
      hours: "45",
      jobs: [{ title: "Guide", start: ["3", "2019"], hours: "20", kinds: ["Something else"], closelyRelated: "Yes, I think it was closely related", supervised: "Yes" }],
    });
    await user.click(screen.getByRole("button", { name: "Save your answers to a file" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Your answers were saved as alex-applicant-\d{4}-\d{2}-\d{2}\.json/)).toBeInTheDocument();
    const saved = JSON.parse(await blobs[0].text());
    const v = validateApplicant(saved);
    expect(v.ok).toBe(true);
    expect(saved).toEqual({
      name: "Alex Applicant",
      education: { highSchool: "ged", coursework: [{ hours: 45, unit: "semester", areas: [] }] },
      experience: [{ title: "Guide", start: "2019-03-01", end: null, hoursPerWeek: 20, kinds: ["closely-related"], supervisory: true, comparableTo: [] }],
    });

    // Another day: open the saved file and get the same results.
    const resultsBefore = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    cleanup();
    window.sessionStorage.clear();
    await renderView();
    await user.upload(screen.getByLabelText("Open your saved answers"), new File([JSON.stringify(saved)], "saved.json", { type: "application/json" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Check your answers" })).toBeInTheDocument();
    expect(screen.getByText(/Job 1 \(Guide\): 1 March 2019 to now, 20 hours a week; closely related work/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "See your results" }));
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(resultsBefore);
  });

  it("refuses a file that is not an applicant file, saying why", async () => {
    const user = userEvent.setup();
    await renderView();
    await user.upload(screen.getByLabelText("Open your saved answers"), new File(['{"education":{"highSchool":"maybe"}}'], "bad.json", { type: "application/json" }));
    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("bad.json cannot be opened");
    expect(summary).toHaveTextContent("Choose high school: diploma, ged, none");
    // Each problem on its own line, a misspelt field named as written.
    await user.upload(screen.getByLabelText("Open your saved answers"), new File(['{"educaton":{},"education":{"highSchool":"maybe"}}'], "typo.json", { type: "application/json" }));
    const items = within(await screen.findByRole("alert")).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^typo\.json cannot be opened, so nothing has changed/),
      expect.stringMatching(/^High school: Choose high school/),
      expect.stringMatching(/^"educaton": Remove "educaton"/),
    ]);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Check your own qualifications");
  });
});
