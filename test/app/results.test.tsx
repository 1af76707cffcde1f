// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { CatalogProvider, useCatalog } from "../../src/lib/catalog-context";
import type { Applicant } from "../../src/engine/applicant-schema";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { ResultsView, summariseOutcomes } from "../../src/components/results";

/** Screens with the catalog and policies of the context, as the officer page does. */
function Screened({ applicant }: { applicant: Applicant }) {
  const { catalog, screenOptions } = useCatalog();
  const result = screenApplicant(applicant, catalog, screenOptions("2026-11-22"));
  return <ResultsView result={result} applicant={applicant} policyControls />;
}

const job = (start: string, end: string | null, kinds: string[] = ["customer-service"]) => ({
  start,
  end,
  hoursPerWeek: 40,
  kinds: kinds as Applicant["experience"] extends Array<infer J> | undefined ? (J extends { kinds: infer K } ? K : never) : never,
});

// 24 months of full-time customer service: meets 4807 (18 months), not 4808 (36).
const twoYears: Applicant = { name: "Sam Tester", asOf: "2026-11-22", education: { highSchool: "diploma" }, experience: [job("2022-01-01", "2023-12-31")] };

function renderResults(applicant: Applicant) {
  return render(
    <CatalogProvider>
      <Screened applicant={applicant} />
    </CatalogProvider>,
  );
}

function level(id: string): HTMLElement {
  return screen.getByRole("article", { name: new RegExp(`^${id} `) });
}

afterEach(cleanup);

describe("ResultsView", () => {
  it("groups every level by series with the outcome in words and months credited against months required", () => {
    renderResults(twoYears);
    const university = screen.getByRole("region", { name: "Customer Service Series" });
    expect(within(university).getAllByRole("article")).toHaveLength(3);
    expect(level("4807")).toHaveAccessibleName(/4807 Customer Service Assistant.*Meets/);
    expect(within(level("4807")).getByText(/Months credited:/)).toHaveTextContent("Months credited: 24.00 of 18.00 required");
    expect(level("4808")).toHaveAccessibleName(/Does not meet/);
    expect(within(level("4808")).getByText(/Missing:/).parentElement).toHaveTextContent(
      /Missing: 12\.00 more months toward .* \(24\.00 of 36\.00\)\. Any one of: 11\.\d\d more months of full-time \(40 h\/week\) customer service work, from 2026-11-23 to .*; or 30 more semester hours/,
    );
    expect(level("003638")).toHaveAccessibleName(/Needs an officer's review/);
    expect(level("wa-css-2")).toHaveAccessibleName(/Not in effect/);
    expect(screen.getByText(/Sam Tester, screened as of/)).toHaveTextContent("2026-11-22");
  });

  it("opens an explanation that quotes the spec, shows the arithmetic and labels interpretations", async () => {
    const user = userEvent.setup();
    renderResults({ ...twoYears, education: { highSchool: "diploma", coursework: [{ hours: 15, unit: "semester", areas: ["communications"] }] } });
    const card = level("4808");
    const summary = within(card).getByText("Explanation");
    await user.click(summary);
    expect(within(card).getAllByText(/Any combination totaling three \(3\) years/, { selector: "li" })[0]).toBeVisible();
    expect(within(card).getAllByText(/Arithmetic:/).length).toBeGreaterThan(0);
    expect(within(card).getByText(/^Interpretation \(the screener's reading, not the spec's words\):/, { selector: "li" })).toHaveClass("step-interpretation");
    // Sources are cited by title, issuer and date; no file name reaches the screen.
    expect(within(card).getAllByText(/source: Customer Service Series class specification \(State Universities Civil Service System\), effective 08\/15\/10/).length).toBeGreaterThan(0);
    expect(card).not.toHaveTextContent(/\.txt|\.json/);
  });

  it("shows the job family's substitution as an agency policy left to the agency (ask), which the officer can allow, deny, and set back", async () => {
    localStorage.clear();
    const user = userEvent.setup();
    // 12 months of experience + 30 semester hours = 24 months for G4 only through the agency's substitution.
    renderResults({ asOf: "2026-11-22", education: { highSchool: "diploma", coursework: [{ hours: 30, unit: "semester" }] }, experience: [job("2025-01-01", "2025-12-31")] });
    expect(level("G4")).toHaveAccessibleName(/Needs an officer's review/);
    expect(within(level("G4")).getByText(/For the agency to decide:/).parentElement).toHaveTextContent("meets if the agency accepts 12.00 months of education in place of experience");
    const family = screen.getByRole("region", { name: /job family|Customer Service$/i });
    const group = within(family).getByRole("group", { name: /agency policy/i });
    expect(within(group).getByRole("radio", { name: "Ask" })).toBeChecked();
    await user.click(within(group).getByRole("radio", { name: "Allow" }));
    expect(level("G4")).toHaveAccessibleName(/Meets/);
    expect(within(level("G4")).getByText(/Relies on agency policy, not the class spec's words/)).toBeInTheDocument();
    // A cap below what G4 needs from education: it no longer meets.
    await user.type(within(group).getByRole("textbox", { name: /Cap in months/ }), "6");
    expect(level("G4")).toHaveAccessibleName(/Does not meet/);
    await user.click(within(group).getByRole("radio", { name: "Deny" }));
    expect(level("G4")).toHaveAccessibleName(/Does not meet/);
    expect(within(level("G4")).queryByText(/Relies on agency policy/)).toBeNull();
    // The setting is configuration kept in this browser, with a way back to the file's setting.
    expect(JSON.parse(localStorage.getItem("mq-screener.policy-settings")!)).toEqual({ "customer-service-job-family/education-substitution": { setting: "deny" } });
    await user.click(within(group).getByRole("button", { name: /Go back to the file's setting \(ask\)/ }));
    expect(within(group).getByRole("radio", { name: "Ask" })).toBeChecked();
    expect(level("G4")).toHaveAccessibleName(/Needs an officer's review/);
    expect(localStorage.getItem("mq-screener.policy-settings")).toBeNull();
  });

  it("says what a cap must be when it is not a number of months, keeping what was typed", async () => {
    localStorage.clear();
    const user = userEvent.setup();
    renderResults(twoYears);
    const group = within(screen.getByRole("region", { name: /job family|Customer Service$/i })).getByRole("group", { name: /agency policy/i });
    await user.click(within(group).getByRole("radio", { name: "Allow" }));
    const cap = within(group).getByRole("textbox", { name: /Cap in months/ });
    await user.type(cap, "two years");
    expect(cap).toHaveValue("two years");
    expect(cap).toHaveAccessibleDescription(/Enter the cap as a number of months from 0 to 600/);
    localStorage.clear();
  });

  it("lists each months requirement with whether it holds when a level counts months more than once", () => {
    // Four years of customer service: 4809's 36-month combination holds, its separate comparable year does not (no job marked comparable).
    renderResults({ ...twoYears, experience: [job("2020-01-01", "2023-12-31")] });
    const card = level("4809");
    expect(card).toHaveAccessibleName(/Does not meet/);
    const monthsList = within(card).getByText("Months credited:").nextElementSibling as HTMLElement;
    const items = within(monthsList).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^36 months of .*: 48\.00 of 36\.00 required \(holds\)$/),
      expect.stringMatching(/^12 months of experience comparable to .*: 0\.00 of 12\.00 required \(does not hold\)$/),
    ]);
    // A level counting months once keeps the one line; one that requires none says so rather than "of 0.0 required".
    expect(within(level("4808")).getByText(/Months credited:/)).toHaveTextContent("Months credited: 48.00 of 36.00 required");
    expect(within(level("G2")).getByText(/Months credited:/)).toHaveTextContent("Months credited: 48.00 (none required)");
  });

  it("names an agency policy the level relies on once, without repeating 'agency policy'", () => {
    localStorage.setItem("mq-screener.policy-settings", JSON.stringify({ "customer-service-job-family/education-substitution": { setting: "allow" } }));
    renderResults({ asOf: "2026-11-22", education: { highSchool: "diploma", coursework: [{ hours: 30, unit: "semester" }] }, experience: [job("2025-01-01", "2025-12-31")] });
    const note = within(level("G4")).getByText(/Relies on agency policy/);
    expect(note.textContent).not.toMatch(/agency policy.*agency policy/i);
    localStorage.clear();
  });

  it("summarises outcomes for a live region in a few words", () => {
    expect(summariseOutcomes([
      { id: "4807", outcome: "meets" },
      { id: "4808", outcome: "does-not-meet" },
      { id: "G2", outcome: "meets" },
    ])).toBe("Meets: 4807, G2. Does not meet: 4808.");
  });
});
