// @vitest-environment jsdom
/**
 * The officer's form and the applicant format's 1.2 additions (issue 14):
 * it offers the loaded classes' own kinds of work, credentials and employer
 * sectors, and graduate coursework, clock hours and professional degrees,
 * only where a loaded class uses them. With only the built-in classes the
 * form stays as it was.
 */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider, type LoadedFile } from "../../src/lib/catalog-context";
import { OfficerView } from "../../src/features/officer";
import { captureDownloads } from "./capture-downloads";
import { LoadFiles, example, withClockRule } from "./loaded-classes";

function renderOfficer(files: LoadedFile[] = []) {
  return render(
    <CatalogProvider>
      {files.length > 0 && <LoadFiles files={files} />}
      <OfficerView />
    </CatalogProvider>,
  );
}

const results = () => screen.getByRole("region", { name: "Results" });
const level = async (id: string) => within(results()).findByRole("article", { name: new RegExp(`^${id} `) });

const optionNames = (select: HTMLElement) => within(select).getAllByRole("option").map((o) => o.textContent);

async function open(user: ReturnType<typeof userEvent.setup>, data: unknown, name = "applicant.json") {
  await user.upload(screen.getByLabelText("Applicant file to open"), new File([JSON.stringify(data)], name, { type: "application/json" }));
  await waitFor(() => expect(screen.getByText(`Opened ${name}.`)).toHaveAttribute("role", "status"));
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const BUILTIN_KINDS = ["Customer service", "Public relations", "Office administration", "Business and financial operations", "Healthcare administration", "Closely related (officer's judgement)", "Other (not related)"];

/** Add one job, one coursework row and one degree, and return their groups. */
async function addRows(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Add a job" }));
  await user.click(screen.getByRole("button", { name: "Add coursework" }));
  await user.click(screen.getByRole("button", { name: "Add a degree" }));
  return { job: screen.getByRole("group", { name: "Job 1" }), course: screen.getByRole("group", { name: "Coursework row 1" }), degree: screen.getByRole("group", { name: "Degree 1" }) };
}

describe("the officer's form with the built-in classes only", () => {
  it("stays as simple as before: no licences, sectors, coursework level, clock hours or professional degree", async () => {
    const user = userEvent.setup();
    renderOfficer();
    const { job, course, degree } = await addRows(user);
    const kinds = within(job).getByRole("group", { name: "Kinds of work" });
    expect(within(kinds).getAllByRole("checkbox").map((b) => b.nextElementSibling?.textContent)).toEqual(BUILTIN_KINDS);
    expect(within(job).queryByLabelText("Employer sector")).toBeNull();
    expect(optionNames(within(course).getByRole("combobox", { name: "Credit unit" }))).toEqual(["Semester hours", "Quarter hours"]);
    expect(within(course).queryByLabelText("Coursework level")).toBeNull();
    expect(optionNames(within(degree).getByRole("combobox", { name: "Level" }))).toEqual(["Choose the level", "Associate degree", "Bachelor's degree", "Master's degree", "Doctorate (research)"]);
    expect(screen.queryByRole("heading", { name: "Licences and certificates" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Add a licence or certificate" })).toBeNull();
  });
});

describe("the officer's form with other occupations' classes loaded", () => {
  it("offers the heavy equipment operator's own kind and licences, and saves them in the file format", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderOfficer([{ file: "uw-heavy-equipment-operator.json", data: example("uw-heavy-equipment-operator") }]);
    await screen.findByRole("heading", { name: "Licences and certificates" });
    const { job, course, degree } = await addRows(user);
    const kind = within(job).getByRole("checkbox", { name: "Operation of heavy equipment" });
    // This class declares no sectors, graduate or clock coursework, nor professional degrees: none is offered.
    expect(within(job).queryByLabelText("Employer sector")).toBeNull();
    expect(within(course).queryByLabelText("Coursework level")).toBeNull();
    expect(optionNames(within(course).getByRole("combobox", { name: "Credit unit" }))).toEqual(["Semester hours", "Quarter hours"]);
    expect(optionNames(within(degree).getByRole("combobox", { name: "Level" }))).not.toContain("Professional degree (such as a J.D. or M.D.)");
    await user.click(screen.getByRole("button", { name: "Remove coursework row 1" }));
    await user.click(screen.getByRole("button", { name: "Remove degree 1" }));

    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    await user.type(within(job).getByLabelText("Start date"), "2020-01-01");
    await user.type(within(job).getByLabelText("End date"), "2022-12-31");
    await user.type(within(job).getByLabelText("Hours per week"), "40");
    await user.click(kind);
    await user.click(screen.getByRole("button", { name: "Add a licence or certificate" }));
    const licence = screen.getByRole("group", { name: "Licence or certificate 1" });
    const id = within(licence).getByRole("combobox", { name: "Licence or certificate" });
    expect(id).toHaveFocus();
    expect(optionNames(id)).toEqual(["Choose the licence or certificate", "Valid motor vehicle operator's license", "Full journey status as Heavy Equipment Operator"]);
    await user.selectOptions(id, "motor-vehicle-operator-license");
    await user.type(within(licence).getByLabelText("Name as on the document (optional)"), "Class A CDL");
    await user.type(within(licence).getByLabelText(/Expiry date/), "2030-05-31");
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const file = JSON.parse(await saved[0].text());
    expect(file.education.credentials).toEqual([{ id: "motor-vehicle-operator-license", name: "Class A CDL", expires: "2030-05-31" }]);
    expect(file.experience[0].kinds).toEqual(["heavy-equipment-operation"]);
    expect(file.experience[0]).not.toHaveProperty("sector");
  });

  it("asks for the licence when a row is added but none chosen, naming the row", async () => {
    const user = userEvent.setup();
    renderOfficer([{ file: "uw-heavy-equipment-operator.json", data: example("uw-heavy-equipment-operator") }]);
    await user.click(await screen.findByRole("button", { name: "Add a licence or certificate" }));
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: /^Licence or certificate 1, licence or certificate: / })).toBeInTheDocument();
  });

  it("offers the planner's sector and graduate coursework, the federal standard's professional degree, and clock hours where a class counts them", async () => {
    const user = userEvent.setup();
    renderOfficer([
      { file: "monroe-county-planner-2.json", data: example("monroe-county-planner-2") },
      { file: "opm-admin-management.json", data: example("opm-admin-management") },
      { file: "uw-clock.json", data: withClockRule() },
    ]);
    await screen.findByRole("heading", { name: "Licences and certificates" });
    const { job, course, degree } = await addRows(user);
    expect(optionNames(within(job).getByRole("combobox", { name: "Employer sector" }))).toEqual(["Not given", "Unpaid (volunteer) work"]);
    expect(within(job).getByRole("checkbox", { name: "Research or planning experience" })).toBeInTheDocument();
    expect(optionNames(within(course).getByRole("combobox", { name: "Coursework level" }))).toEqual(["Undergraduate", "Graduate"]);
    expect(optionNames(within(course).getByRole("combobox", { name: "Credit unit" }))).toEqual(["Semester hours", "Quarter hours", "Clock hours (classroom or trade school)"]);
    expect(optionNames(within(degree).getByRole("combobox", { name: "Level" }))).toContain("Professional degree (such as a J.D. or M.D.)");
  });

  it("lets the officer judge a job comparable to a federal grade, the ones the standard orders but does not screen included, and screens 'at least GS-7' with it", async () => {
    const user = userEvent.setup();
    renderOfficer([{ file: "opm-admin-management.json", data: example("opm-admin-management") }]);
    await screen.findByRole("heading", { name: "Licences and certificates" });
    await user.click(screen.getByRole("radio", { name: "High school diploma" }));
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const job = screen.getByRole("group", { name: "Job 1" });
    const comparable = within(job).getByRole("group", { name: /Comparable to/ });
    // "At least GS-4" is GS-5's lowest: GS-3, ordered below it, would change no outcome.
    expect(within(comparable).getAllByRole("checkbox").map((b) => (b as HTMLInputElement).value)).toEqual(["4808", "4809", "GS-4", "GS-5", "GS-7", "GS-9", "GS-11", "GS-12"]);
    expect(within(comparable).getByRole("checkbox", { name: /^GS-4 \(a grade of / })).toBeInTheDocument();
    await user.type(within(job).getByLabelText("Start date"), "2024-01-01");
    await user.type(within(job).getByLabelText("End date"), "2025-06-30");
    await user.type(within(job).getByLabelText("Hours per week"), "40");
    await user.click(within(job).getByRole("checkbox", { name: "Specialized experience" }));
    await waitFor(async () => expect(await level("GS-9")).toHaveAccessibleName(/Does not meet/));
    await user.click(within(comparable).getByRole("checkbox", { name: /^GS-7 / }));
    await waitFor(async () => expect(await level("GS-9")).toHaveAccessibleName(/Meets/));
    // At least GS-7 is not at least GS-9: GS-11 still does not meet.
    expect(await level("GS-11")).toHaveAccessibleName(/Does not meet/);
  });

  it("opens a file with every 1.2 addition and saves the identical JSON", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderOfficer([
      { file: "monroe-county-planner-2.json", data: example("monroe-county-planner-2") },
      { file: "opm-admin-management.json", data: example("opm-admin-management") },
      { file: "uw-heavy-equipment-operator.json", data: example("uw-heavy-equipment-operator") },
      { file: "uw-clock.json", data: withClockRule() },
    ]);
    await screen.findByRole("heading", { name: "Licences and certificates" });
    const file = {
      name: "Sam Planner",
      asOf: "2026-11-22",
      education: {
        highSchool: "diploma",
        coursework: [
          { hours: 18, unit: "semester", areas: ["urban planning"], level: "graduate" },
          { hours: 360, unit: "clock", areas: ["welding"] },
        ],
        degrees: [{ level: "professional", field: "law" }],
        credentials: [{ id: "journey-heavy-equipment-operator", name: "Journey card", expires: "2027-01-31" }, { id: "motor-vehicle-operator-license" }],
      },
      experience: [
        {
          employer: "Food Bank",
          title: "Planner",
          start: "2020-01-01",
          end: "2022-12-31",
          hoursPerWeek: 20,
          kinds: ["planning-research", "heavy-equipment-operation"],
          sector: "volunteer",
          supervisory: false,
          comparableTo: [],
        },
      ],
    };
    await open(user, file);
    const job = screen.getByRole("group", { name: "Job 1" });
    expect(within(job).getByRole("combobox", { name: "Employer sector" })).toHaveValue("volunteer");
    expect(within(job).getByRole("checkbox", { name: "Research or planning experience" })).toBeChecked();
    expect(within(screen.getByRole("group", { name: "Coursework row 1" })).getByRole("combobox", { name: "Coursework level" })).toHaveValue("graduate");
    expect(within(screen.getByRole("group", { name: "Coursework row 2" })).getByRole("combobox", { name: "Credit unit" })).toHaveValue("clock");
    expect(within(screen.getByRole("group", { name: "Degree 1" })).getByRole("combobox", { name: "Level" })).toHaveValue("professional");
    expect(within(screen.getByRole("group", { name: "Licence or certificate 1" })).getByLabelText(/Expiry date/)).toHaveValue("2027-01-31");
    await user.click(screen.getByRole("button", { name: "Save applicant" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0].text()).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });
});
