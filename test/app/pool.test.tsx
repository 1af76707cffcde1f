// @vitest-environment jsdom
/**
 * The pool screen as an officer uses it: choose a file, screen it, read the
 * counts and the table, sort and filter, open an applicant, see rows with
 * problems, and screen against the classes and policies of the page.
 * (jsdom has no web workers: the same job runs on the page a chunk at a time.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider, useCatalog } from "../../src/lib/catalog-context";
import { validateApplicant } from "../../src/engine/validate-applicant";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { PoolView } from "../../src/features/pool";
import { SessionStores } from "../../src/lib/session-store";
import { applicantsToCsv } from "../pool/applicants-to-csv";
import { catalog as builtIn } from "../engine/helpers";
import { captureDownloads } from "./capture-downloads";

const ROOT = join(import.meta.dirname, "..", "..");
const AS_OF = "2026-11-22";

const job = (start: string, end: string | null, extra: Record<string, unknown> = {}) => ({ start, end, hoursPerWeek: 40, kinds: ["customer-service"], ...extra });

const APPLICANTS = [
  { name: "Ada Three-Years", asOf: AS_OF, education: { highSchool: "diploma" }, experience: [job("2022-01-01", "2024-12-31")] },
  { name: "Bea None", asOf: AS_OF, education: { highSchool: "none" } },
  { name: "Cal Coursework", asOf: AS_OF, education: { highSchool: "diploma", coursework: [{ hours: 60, unit: "semester", areas: ["biology"] }] } },
  { name: "Dee Supervisor", asOf: AS_OF, education: { highSchool: "ged" }, experience: [job("2015-01-01", null, { supervisory: true })] },
];

function csvFile(name = "pool.csv", applicants: unknown[] = APPLICANTS): File {
  const text = applicantsToCsv(applicants.map((applicant, i) => ({ id: `A-${i + 1}`, applicant: applicant as never })));
  return new File([text], name, { type: "text/csv" });
}

/** The engine's outcome for applicant i at a level, to check the page against. */
function expected(i: number, levelId: string, policies: Record<string, boolean> = {}): string {
  const v = validateApplicant(APPLICANTS[i]);
  if (!v.ok) throw new Error("test applicant invalid");
  return screenApplicant(v.applicant, builtIn, { today: AS_OF, policies }).levels.find((l) => l.id === levelId)!.outcome;
}

/** Loads qualification files into the page's catalog, as the Class specs view does. */
function LoadAgencyFile() {
  const { addFiles } = useCatalog();
  const data = JSON.parse(readFileSync(join(ROOT, "docs/examples/marren-county-permit-technician.json"), "utf8")) as unknown;
  return (
    <button type="button" onClick={() => void addFiles([{ file: "marren-county-permit-technician.json", data }])}>
      Load agency file
    </button>
  );
}

function renderPool() {
  const user = userEvent.setup();
  render(
    <CatalogProvider>
      <LoadAgencyFile />
      <PoolView />
    </CatalogProvider>,
  );
  return user;
}

async function screenFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(screen.getByLabelText("Applicant file (CSV or JSON)"), file);
  await user.click(screen.getByRole("button", { name: "Screen applicants" }));
  const heading = await screen.findByRole("heading", { name: `Results for ${file.name}` });
  // The table is drawn just after the heading and summary (so a large pool never holds up the page in one piece).
  await screen.findByRole("table", { name: /^Screening results/ });
  return heading;
}

const WORDS: Record<string, RegExp> = { meets: /^✓ Meets$/, "does-not-meet": /^✗ Does not meet$/, review: /^\? Review$/, inactive: /^– Inactive$/ };


afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("screening a pool", () => {
  it("asks for a file when none is chosen, and says so next to the field", async () => {
    const user = renderPool();
    await user.click(screen.getByRole("button", { name: "Screen applicants" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "There is a problem" })).toBeInTheDocument();
    expect(within(alert).getByRole("link", { name: "Choose a CSV or JSON file of applicants" })).toBeInTheDocument();
    expect(screen.getByLabelText("Applicant file (CSV or JSON)")).toHaveAccessibleDescription(/Choose a CSV or JSON file of applicants/);
  });

  it("screens a CSV pool: counts, a row per applicant with outcomes in words, focus on the results", async () => {
    const user = renderPool();
    const heading = await screenFile(user, csvFile());
    expect(heading).toHaveFocus();
    expect(screen.getByText(/^4 applicants screened in/)).toBeInTheDocument();
    const table = screen.getByRole("table", { name: /^Screening results/ });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(4);
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    const levelIds = builtIn.levels.map((l) => l.level.id);
    rows.forEach((row, i) => {
      expect(within(row).getByRole("rowheader")).toHaveTextContent(`Open applicant A-${i + 1}`);
      const cells = within(row).getAllByRole("cell");
      expect(cells[0]).toHaveTextContent(APPLICANTS[i].name);
      levelIds.forEach((id, l) => {
        expect(headers[2 + l]).toMatch(new RegExp(`^${id}`));
        expect(cells[1 + l].textContent).toMatch(WORDS[expected(i, id)]);
      });
    });
    // The counts table agrees with the rows.
    const counts = screen.getByRole("table", { name: /Applicants by outcome/ });
    const g2 = within(counts).getByRole("row", { name: /^G2 / });
    const meetsG2 = [0, 1, 2, 3].filter((i) => expected(i, "G2") === "meets").length;
    expect(within(g2).getAllByRole("cell")[0].textContent).toMatch(new RegExp(`^${meetsG2}`));
  });

  it("sorts by a level's outcome and filters by level and outcome", async () => {
    const user = renderPool();
    await screenFile(user, csvFile());
    const table = () => screen.getByRole("table", { name: /^Screening results/ });
    const names = () => within(table()).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell")[0].textContent);
    const header = within(table()).getByRole("columnheader", { name: /^4808 / });
    expect(header).not.toHaveAttribute("aria-sort");
    await user.click(within(header).getByRole("button"));
    expect(within(table()).getByRole("columnheader", { name: /^4808 / })).toHaveAttribute("aria-sort", "ascending");
    const meets4808 = [0, 1, 2, 3].filter((i) => expected(i, "4808") === "meets").map((i) => APPLICANTS[i].name);
    expect(names().slice(0, meets4808.length)).toEqual(meets4808);
    await user.click(within(within(table()).getByRole("columnheader", { name: /^4808 / })).getByRole("button"));
    expect(within(table()).getByRole("columnheader", { name: /^4808 / })).toHaveAttribute("aria-sort", "descending");
    expect(names().slice(-meets4808.length)).toEqual(meets4808);

    await user.selectOptions(screen.getByLabelText("Level"), screen.getByRole("option", { name: /^4807 / }));
    await user.selectOptions(screen.getByLabelText("Outcome"), "Does not meet");
    const notMeeting = [0, 1, 2, 3].filter((i) => expected(i, "4807") === "does-not-meet").map((i) => APPLICANTS[i].name);
    expect(names().sort()).toEqual([...notMeeting].sort());
    expect(screen.getByText(new RegExp(`^Showing 1–${notMeeting.length} of ${notMeeting.length} applicants who do not meet 4807 \\(4 screened\\)`))).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Show all applicants" }));
    await user.type(screen.getByLabelText("Id or name contains"), "dee");
    expect(names()).toEqual(["Dee Supervisor"]);
  });

  it("lists a count's applicants when the officer chooses the number", async () => {
    const user = renderPool();
    await screenFile(user, csvFile());
    const counts = screen.getByRole("table", { name: /Applicants by outcome/ });
    const g2 = within(counts).getByRole("row", { name: /^G2 / });
    await user.click(within(g2).getByRole("button", { name: /meets G2: list them/ }));
    expect(screen.getByRole("heading", { name: "Applicants" })).toHaveFocus();
    expect(screen.getAllByRole("status").some((s) => /applicants? who meet G2\b/.test(s.textContent ?? ""))).toBe(true);
    const listed = within(screen.getByRole("table", { name: /^Screening results/ })).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell")[0].textContent);
    expect(listed).toEqual([0, 1, 2, 3].filter((i) => expected(i, "G2") === "meets").map((i) => APPLICANTS[i].name));
  });

  it("opens an applicant in the explanation view with Print report, and comes back to their row", async () => {
    const user = renderPool();
    await screenFile(user, csvFile());
    await user.click(screen.getByRole("button", { name: "Open applicant A-4" }));
    const heading = await screen.findByRole("heading", { level: 2, name: "Applicant A-4: Dee Supervisor" });
    expect(heading).toHaveFocus();
    const g8 = await screen.findByRole("article", { name: /^G8 / });
    expect(g8).toHaveTextContent(new RegExp(expected(3, "G8") === "meets" ? "Meets" : "Does not meet"));
    expect(screen.getByRole("button", { name: "Print report" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back to all results" }));
    expect(screen.getByRole("button", { name: "Open applicant A-4" })).toHaveFocus();
  });

  it("lists rows with problems by row and column and screens the rest", async () => {
    const user = renderPool();
    const text = ["applicant_id,name,high_school,start,end,hours_per_week,kinds", "A1,Ann,diploma,2020-01-01,,40,customer-service", "B2,Bo,diploma,2021-05-01,2021-04-01,40,customer-service", ",Nobody,ged,,,,"].join("\n");
    await screenFile(user, new File([text], "mixed.csv"));
    const errors = screen.getByRole("region", { name: "2 applicants could not be screened" });
    expect(errors).toHaveTextContent("Applicant B2 (Bo)");
    expect(errors).toHaveTextContent("Row 3, column end: Enter an end date on or after the start date");
    expect(errors).toHaveTextContent("Row 4, column applicant_id: Enter an applicant_id on row 4");
    expect(within(screen.getByRole("table", { name: /^Screening results/ })).getAllByRole("row")).toHaveLength(2);
  });

  it("explains a file it cannot read at all", async () => {
    const user = renderPool();
    await user.upload(screen.getByLabelText("Applicant file (CSV or JSON)"), new File(["[{"], "broken.json"));
    await user.click(screen.getByRole("button", { name: "Screen applicants" }));
    const heading = await screen.findByRole("heading", { name: "There is a problem" });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/broken\.json cannot be screened\. The file is not valid JSON/)).toBeInTheDocument();
  });

  it("screens a JSON pool against loaded agency classes too", async () => {
    const user = renderPool();
    await user.click(screen.getByRole("button", { name: "Load agency file" }));
    await screen.findByText(/1 from your own qualification file: marren-county-permit-technician\.json/);
    await screenFile(user, new File([JSON.stringify(APPLICANTS)], "pool.json"));
    const table = screen.getByRole("table", { name: /^Screening results/ });
    expect(within(table).getByRole("columnheader", { name: /^5100 / })).toBeInTheDocument();
    expect(within(table).getAllByRole("row")).toHaveLength(5);
  });

  it("keeps the results when the officer leaves the view and comes back", async () => {
    const user = userEvent.setup();
    function Switch() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setShown((s) => !s)}>
            Switch view
          </button>
          {shown && <PoolView />}
        </>
      );
    }
    // As in the app: the shell's session of stores outlives the view.
    render(
      <CatalogProvider>
        <SessionStores>
          <Switch />
        </SessionStores>
      </CatalogProvider>,
    );
    await screenFile(user, csvFile());
    await user.click(screen.getByRole("button", { name: "Switch view" }));
    expect(screen.queryByRole("heading", { name: "Results for pool.csv" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Switch view" }));
    expect(screen.getByRole("heading", { name: "Results for pool.csv" })).toBeInTheDocument();
    expect(within(await screen.findByRole("table", { name: /^Screening results/ })).getAllByRole("row")).toHaveLength(5);
  });

  it("uses the officer's policy choices, and offers to screen again when they change", async () => {
    const user = renderPool();
    await screenFile(user, csvFile());
    const calRow = () => within(screen.getByRole("table", { name: /^Screening results/ })).getAllByRole("row")[3];
    const g4 = 1 + builtIn.levels.findIndex((l) => l.level.id === "G4");
    const before = expected(2, "G4");
    const after = expected(2, "G4", { "education-substitution": true });
    // Cal's 60 semester hours only count through the agency's substitution policy.
    expect(before).not.toBe(after);
    expect(within(calRow()).getAllByRole("cell")[g4].textContent).toMatch(WORDS[before]);
    await user.click(screen.getByText("Agency policies applied to the pool"));
    const policy = screen.getByRole("group", { name: /education substitutes for experience/i });
    await user.click(within(policy).getByRole("radio", { name: "Allow" }));
    await user.click(await screen.findByRole("button", { name: "Screen pool.csv again" }));
    await screen.findByRole("heading", { name: "Results for pool.csv" });
    await screen.findByRole("table", { name: /^Screening results/ });
    expect(within(calRow()).getAllByRole("cell")[g4].textContent).toMatch(WORDS[after]);
  });

  it("counts, per level, the applicants whose review hangs on the agency's undecided substitution; deciding it clears them", async () => {
    const user = renderPool();
    await screenFile(user, csvFile());
    // What the engine says, applicant by applicant (with the full explanation, not the pool's fast path).
    const waiting = builtIn.levels.map(({ level }) =>
      APPLICANTS.filter((a) => {
        const v = validateApplicant(a);
        if (!v.ok) throw new Error("test applicant invalid");
        const l = screenApplicant(v.applicant, builtIn, { today: AS_OF }).levels.find((x) => x.id === level.id)!;
        return l.outcome === "review" && l.substitution !== null;
      }).length,
    );
    expect(waiting.some((n) => n > 0)).toBe(true);
    const table = screen.getByRole("table", { name: /^Applicants by outcome at each level/ });
    const column = within(table).getAllByRole("columnheader").findIndex((h) => /waiting on the agency's substitution policy/.test(h.textContent ?? ""));
    expect(column).toBeGreaterThan(0);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[column - 1].textContent)).toEqual(waiting.map(String));
    const total = waiting.reduce((a, b) => a + b, 0);
    expect(screen.getByText(new RegExp(`^${total} reviews? (is|are) waiting only on a substitution the class leaves to the agency`))).toBeInTheDocument();
    // Deciding the policy decides them: nothing hangs on it any more.
    await user.click(screen.getByText("Agency policies applied to the pool"));
    await user.click(within(screen.getByRole("group", { name: /education substitutes for experience/i })).getByRole("radio", { name: "Deny" }));
    await user.click(await screen.findByRole("button", { name: "Screen pool.csv again" }));
    await screen.findByRole("table", { name: /^Screening results/ });
    const after = screen.getByRole("table", { name: /^Applicants by outcome at each level/ });
    expect(within(after).queryByRole("columnheader", { name: /waiting on the agency's substitution policy/ })).toBeNull();
    expect(screen.queryByText(/waiting only on a substitution/)).toBeNull();
  });

  it("downloads the CSV template, exactly the file the documentation describes", async () => {
    const saved = captureDownloads();
    const user = renderPool();
    await user.click(screen.getByRole("button", { name: "Download the CSV template" }));
    expect(saved.map((f) => [f.name, f.type])).toEqual([["applicant-pool-template.csv", "text/csv;charset=utf-8"]]);
    expect(await saved[0].text()).toBe(readFileSync(join(ROOT, "public/applicant-pool-template.csv"), "utf8"));
  });

  it("downloads the results as CSV: a row per applicant in file order with each level's outcome", async () => {
    const saved = captureDownloads();
    const user = renderPool();
    await screenFile(user, csvFile());
    await user.click(screen.getByRole("checkbox", { name: /Include what each applicant is missing/ }));
    await user.click(screen.getByRole("button", { name: "Download results (CSV)" }));
    expect(await screen.findByText(/^Downloaded pool-screening-\d{4}-\d{2}-\d{2}\.csv\.$/)).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    const lines = (await saved[0].text()).trimEnd().split("\r\n");
    const levelIds = builtIn.levels.map((l) => l.level.id);
    expect(lines[0]).toBe(["applicant_id", "name", "as_of", ...levelIds, "errors"].join(","));
    APPLICANTS.forEach((a, i) => expect(lines[1 + i]).toBe([`A-${i + 1}`, a.name, AS_OF, ...levelIds.map((id) => expected(i, id)), ""].join(",")));
  });

  it("reads a CSV saved by Excel's plain 'CSV' (Windows-1252): accented names come through", async () => {
    const user = renderPool();
    const text = "applicant_id,name,as_of,high_school\r\nA1,José Müller,2026-11-22,diploma\r\n";
    await screenFile(user, new File([Uint8Array.from([...text].map((c) => c.charCodeAt(0)))], "excel.csv"));
    const row = within(screen.getByRole("table", { name: /^Screening results/ })).getAllByRole("row")[1];
    expect(within(row).getAllByRole("cell")[0]).toHaveTextContent("José Müller");
  });
});
