// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/app/catalog-context";
import { OfficerView, setPendingApplicant } from "../../src/features/officer";
import { DRAFT_KEY } from "../../src/features/officer/draft-storage";

const jordanText = readFileSync(join(process.cwd(), "test/fixtures/jordan.json"), "utf8");

function renderOfficer() {
  return render(
    <CatalogProvider>
      <OfficerView />
    </CatalogProvider>,
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

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
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
    expect(within(await level("4807")).getByText(/Months credited/)).toHaveTextContent(/24\.0 of 18\.0 required/);
  });
});
