// @vitest-environment jsdom
/**
 * The officer's record on the results: notes on jobs, the officer's own
 * decision beside the screener's (an override marked, with its reason), and
 * Minnesota 003638's knowledge, skills and abilities as a checklist to mark.
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { CatalogProvider, useCatalog } from "../../src/lib/catalog-context";
import type { Applicant } from "../../src/engine/applicant-schema";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { clearKsaMarks, ksaMarks, ResultsView } from "../../src/components/results";
import minnesota from "../../qualifications/minnesota-customer-service-specialist.json";

function Screened({ applicant }: { applicant: Applicant }) {
  const { catalog, screenOptions } = useCatalog();
  return <ResultsView result={screenApplicant(applicant, catalog, screenOptions("2026-11-22"))} applicant={applicant} />;
}

const renderResults = (applicant: Applicant) =>
  render(
    <CatalogProvider>
      <Screened applicant={applicant} />
    </CatalogProvider>,
  );

const level = (id: string): HTMLElement => screen.getByRole("article", { name: new RegExp(`^${id} `) });

// 24 months of full-time customer service: meets 4807 (18 months), not 4808 (36).
const base: Applicant = {
  name: "Sam Tester",
  asOf: "2026-11-22",
  education: { highSchool: "diploma" },
  experience: [{ title: "Clerk", employer: "City", start: "2022-01-01", end: "2023-12-31", hoursPerWeek: 40, kinds: ["customer-service"], officerNote: "Duties checked with the employer." }],
};

afterEach(() => {
  cleanup();
  clearKsaMarks();
});

describe("the officer's record on the results", () => {
  it("shows the officer's notes on jobs", () => {
    renderResults(base);
    expect(screen.getByText("Officer's notes on jobs:")).toBeInTheDocument();
    expect(screen.getByText("Job 1 (Clerk, City): Duties checked with the employer.")).toBeInTheDocument();
  });

  it("shows no notes when none were written", () => {
    renderResults({ ...base, experience: [{ ...base.experience![0], officerNote: undefined }] });
    expect(screen.queryByText("Officer's notes on jobs:")).toBeNull();
  });

  it("marks a decision that differs from the screener's outcome as an override, with its reason, and one that agrees as such", () => {
    renderResults({
      ...base,
      levelDecisions: [
        { level: "4808", outcome: "meets", reason: "Equivalent experience in the state registry", by: "Pat Officer", date: "2026-11-20" },
        { level: "4807", outcome: "meets", reason: "Verified" },
      ],
    });
    const over = within(level("4808")).getByText(/Officer's decision \(override\):/).closest("p")!;
    expect(over).toHaveTextContent(
      "Officer's decision (override): Meets: override of the screener's outcome (Does not meet). Reason: Equivalent experience in the state registry. Decided by Pat Officer on 2026-11-20.",
    );
    expect(over).toHaveClass("level-decision-override");
    const agree = within(level("4807")).getByText(/Officer's decision:/).closest("p")!;
    expect(agree).toHaveTextContent("Officer's decision: Meets, as screened. Reason: Verified.");
    expect(agree).not.toHaveClass("level-decision-override");
    // A level with no decision says nothing of one.
    expect(within(level("4809")).queryByText(/Officer's decision/)).toBeNull();
  });

  it("lists 003638's knowledge, skills and abilities as a checklist the officer marks; other levels have none", async () => {
    const user = userEvent.setup();
    renderResults(base);
    const ksas = minnesota.levels[0].ksas;
    const group = within(level("003638")).getByRole("group", { name: `Knowledge, skills and abilities for 003638 (0 of ${ksas.length} marked)` });
    const boxes = within(group).getAllByRole("checkbox");
    expect(boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent)).toEqual(ksas);
    await user.click(within(group).getByRole("checkbox", { name: ksas[1] }));
    await user.click(within(group).getByRole("checkbox", { name: ksas[4] }));
    expect(within(group).getByRole("checkbox", { name: ksas[1] })).toBeChecked();
    expect(group).toHaveAccessibleName(`Knowledge, skills and abilities for 003638 (2 of ${ksas.length} marked)`);
    // The marks are kept with this applicant, for the report.
    expect([...ksaMarks("Sam Tester", "003638")].sort()).toEqual([1, 4]);
    expect(ksaMarks("Someone Else", "003638").size).toBe(0);
    await user.click(within(group).getByRole("checkbox", { name: ksas[1] }));
    expect([...ksaMarks("Sam Tester", "003638")]).toEqual([4]);
    // Levels with minimum qualifications of their own have no checklist, though they list KSAs.
    for (const id of ["4807", "G4", "wa-css-2"]) expect(within(level(id)).queryByRole("group", { name: /Knowledge, skills and abilities/ })).toBeNull();
  });
});
