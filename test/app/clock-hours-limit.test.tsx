// @vitest-environment jsdom
/**
 * The format's 400-hours-per-row limit (../shared/applicant-format.md) stays;
 * where clock hours are offered, the officer's form says how to enter more:
 * split them across rows (the self-assessment's and the pool's messages are
 * tested with their views: self-assessment-vocabulary, csv-format-1-2).
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/lib/catalog-context";
import { OfficerView } from "../../src/features/officer";
import { LoadFiles, withClockRule } from "./loaded-classes";

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it("the officer's form refuses 720 clock hours in one row and says to split them across rows", async () => {
  const user = userEvent.setup();
  render(
    <CatalogProvider>
      <LoadFiles files={[{ file: "uw-clock.json", data: withClockRule() }]} />
      <OfficerView />
    </CatalogProvider>,
  );
  await screen.findByRole("heading", { name: "Licences and certificates" });
  await user.click(screen.getByRole("button", { name: "Add coursework" }));
  const row = screen.getByRole("group", { name: "Coursework row 1" });
  await user.selectOptions(within(row).getByRole("combobox", { name: "Credit unit" }), "clock");
  await user.type(within(row).getByLabelText(/^Credit hours/), "720");
  await user.click(screen.getByRole("button", { name: "Save applicant" }));
  const summary = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
  expect(within(summary).getByRole("link", { name: /^Coursework row 1, credit hours: .*at most 400 .*split larger amounts into several rows/ })).toBeInTheDocument();
  expect(within(row).getByLabelText(/^Credit hours/)).toHaveValue("720");
});
