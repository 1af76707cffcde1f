// @vitest-environment jsdom
/**
 * The format's 400-hours-per-row limit (../shared/applicant-format.md) stays;
 * where clock hours are offered, the officer's form says how to enter more:
 * split them across rows (the self-assessment's and the pool's messages are
 * tested with their views: self-assessment-vocabulary, csv-format-1-2).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useEffect } from "react";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { CatalogProvider, useCatalog, type LoadedFile } from "../../src/lib/catalog-context";
import { OfficerView } from "../../src/features/officer";

/** The heavy equipment operator's class with a clock-hour route (no real example counts clock hours in a rule). */
function withClockRule(): Record<string, unknown> {
  const series = JSON.parse(readFileSync(join(process.cwd(), "docs/examples/uw-heavy-equipment-operator.json"), "utf8")) as { levels: Array<{ requirements: { rules: Array<{ source: unknown }> } }> };
  const requirements = series.levels[0].requirements;
  requirements.rules.push({ id: "trade-school", type: "coursework", label: "720 clock hours of trade school", hours: 720, units: ["clock"], source: requirements.rules[0].source } as never);
  return { ...series, id: "uw-clock", title: "Clock-hour test series" };
}

function Load({ files }: { files: LoadedFile[] }) {
  const { addFiles } = useCatalog();
  useEffect(() => {
    void addFiles(files);
  }, [addFiles, files]);
  return null;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it("the officer's form refuses 720 clock hours in one row and says to split them across rows", async () => {
  const user = userEvent.setup();
  render(
    <CatalogProvider>
      <Load files={[{ file: "uw-clock.json", data: withClockRule() }]} />
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
