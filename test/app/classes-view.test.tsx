// @vitest-environment jsdom
/**
 * The Class specs view as an officer uses it: read the classes in use, load an
 * agency's qualification file, see a bad file's problems (file, place, how to
 * fix) in an error summary that takes focus, remove a file. The built-in
 * classes stay whatever happens.
 */
import { citationOf } from "../../src/engine/citation";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/lib/catalog-context";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { ClassesView } from "../../src/features/classes";
import { captureDownloads } from "./capture-downloads";

const EXAMPLE_PATH = join(import.meta.dirname, "..", "..", "docs", "examples", "marren-county-permit-technician.json");
const EXAMPLE = readFileSync(EXAMPLE_PATH, "utf8");
const EXAMPLE_SERIES = JSON.parse(EXAMPLE) as { title: string; document: string; levels: Array<{ id: string; title: string; effective?: { from?: string; until?: string } }> };

function setup() {
  const user = userEvent.setup();
  render(
    <CatalogProvider>
      <ClassesView />
    </CatalogProvider>,
  );
  const input = screen.getByLabelText("Qualification files (.json)");
  const load = async (...files: Array<[name: string, text: string]>): Promise<void> => {
    await user.upload(input, files.map(([name, text]) => new File([text], name, { type: "application/json" })));
    await user.click(screen.getByRole("button", { name: "Load qualification files" }));
    // The button is disabled while the files are read and checked (the checker is loaded on first use).
    await waitFor(() => expect(screen.getByRole("button", { name: "Load qualification files" })).toBeEnabled());
  };
  return { user, input, load };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});


const seriesSection = (title: string): HTMLElement => screen.getByRole("region", { name: title });
const inUse = (): HTMLElement => screen.getByRole("region", { name: "Classes in use" });

describe("Class specs view", () => {
  it("lists every built-in series with its levels, dates and source documents", () => {
    setup();
    for (const { series, file } of BUILTIN_SERIES) {
      const section = seriesSection(series.title);
      expect(within(section).getByText(`${file} (built in)`)).toBeInTheDocument();
      // The class spec by title, issuer and date, never its file name.
      expect(within(section).getByText(citationOf(series, series.document), { selector: "dd" })).toBeInTheDocument();
      expect(section).not.toHaveTextContent(series.document);
      const table = within(section).getByRole("table", { name: `Levels of the ${series.title}` });
      for (const level of series.levels) {
        const row = within(table).getByRole("rowheader", { name: level.id }).closest("tr")!;
        expect(row).toHaveTextContent(level.title);
        if (level.effective?.from) expect(row).toHaveTextContent(`from ${level.effective.from}`);
        if (level.effective?.until) expect(row).toHaveTextContent(`until ${level.effective.until}`);
        if (level.requirementsFrom) expect(row).toHaveTextContent(level.requirementsFrom.date);
      }
    }
  });

  it("says loaded files stay in this browser tab only", () => {
    setup();
    expect(screen.getByText(/Loaded files stay in this browser tab only/)).toBeInTheDocument();
    expect(screen.getByText(/not uploaded or sent anywhere/)).toBeInTheDocument();
  });

  it("loads an agency's file: its series and levels join the classes in use, named by file", async () => {
    const { load } = setup();
    await load(["permit.json", EXAMPLE]);
    expect(await screen.findByText(/^Loaded permit\.json: Permit Technician series, 3 levels \(5100, 5101, 5102\)/)).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "There is a problem" })).not.toBeInTheDocument();
    const section = within(inUse()).getByRole("region", { name: EXAMPLE_SERIES.title });
    expect(within(section).getByText("permit.json (loaded by you, in this tab only)")).toBeInTheDocument();
    for (const level of EXAMPLE_SERIES.levels) {
      const row = within(section).getByRole("rowheader", { name: level.id }).closest("tr")!;
      expect(row).toHaveTextContent(level.title);
      expect(row).toHaveTextContent(EXAMPLE_SERIES.document);
      if (level.effective?.until) expect(row).toHaveTextContent(`until ${level.effective.until}`);
    }
    // The built-in series are still there.
    for (const { series } of BUILTIN_SERIES) expect(within(inUse()).getByRole("region", { name: series.title })).toBeInTheDocument();
  });

  it("shows a bad file's problems with file, place and how to fix; the summary takes focus and links to the file", async () => {
    const { user, load } = setup();
    const bad = JSON.parse(EXAMPLE) as { levels: Array<Record<string, unknown>> };
    bad.levels[0].title = "";
    bad.levels[1].colour = "blue";
    await load(["bad.json", JSON.stringify(bad)]);
    const summary = await screen.findByRole("heading", { name: "There is a problem" });
    const box = summary.parentElement!;
    expect(box).toHaveFocus();
    const links = within(box).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^bad\.json, at levels\[0\]\.title: Enter .+/), expect.stringMatching(/^bad\.json, at levels\[1\]\.colour: Remove "colour"/)]),
    );
    expect(screen.getByRole("status")).toHaveTextContent("bad.json was not loaded: 2 problems to fix");
    // The same words appear beside the file, and the link goes there.
    await user.click(links[0]);
    const row = screen.getByText("bad.json", { selector: "strong" }).closest("li")!;
    expect(row).toHaveFocus();
    expect(row).toHaveTextContent(/At levels\[0\]\.title: Enter/);
    // Nothing of it is in use; the built-in classes are.
    expect(within(inUse()).queryByRole("region", { name: EXAMPLE_SERIES.title })).not.toBeInTheDocument();
    for (const { series } of BUILTIN_SERIES) expect(within(inUse()).getByRole("region", { name: series.title })).toBeInTheDocument();
  });

  it("gives a file that is not valid JSON a message naming the file, line and column", async () => {
    const { load } = setup();
    await load(["typo.json", '{\n  "formatVersion": 1\n  "id": "x"\n}']);
    const box = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    expect(within(box).getByRole("link")).toHaveTextContent(/^typo\.json, at line 3, column 3: Fix the JSON here: .*comma, quote or bracket/);
  });

  it("refuses a level id a built-in class already uses, saying which file has it", async () => {
    const { load } = setup();
    const taken = BUILTIN_SERIES[0].series.levels[0].id;
    await load(["clash.json", EXAMPLE.replace('"id": "5100"', `"id": "${taken}"`)]);
    const box = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    expect(within(box).getByRole("link")).toHaveTextContent(`clash.json, at levels[0].id: Level id "${taken}" is already used by ${BUILTIN_SERIES[0].file}`);
    expect(screen.getByText("clash.json", { selector: "strong" }).closest("li")).toHaveTextContent("not loaded, 1 problem to fix");
  });

  it("refuses a series id a built-in class already uses, at the file's id, and leaves the built-in series as it was", async () => {
    const { load } = setup();
    const taken = BUILTIN_SERIES[0].series.id;
    await load(["same-series.json", EXAMPLE.replace('"id": "marren-permit-technician"', `"id": "${taken}"`)]);
    const box = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    expect(within(box).getByRole("link")).toHaveTextContent(`same-series.json, at id: Series id "${taken}" is already used by ${BUILTIN_SERIES[0].file}; give this series another id`);
    expect(screen.getByText("same-series.json", { selector: "strong" }).closest("li")).toHaveTextContent("not loaded, 1 problem to fix");
    expect(within(inUse()).queryByRole("region", { name: EXAMPLE_SERIES.title })).not.toBeInTheDocument();
  });

  it("asks for a file when Load is pressed with none chosen, and the link goes to the file picker", async () => {
    const { user, input } = setup();
    await user.click(screen.getByRole("button", { name: "Load qualification files" }));
    const box = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    await expect.poll(() => document.activeElement).toBe(box);
    const link = within(box).getByRole("link", { name: "Choose one or more qualification files (.json) to load" });
    expect(input).toHaveAccessibleDescription(/Choose one or more qualification files/);
    await user.click(link);
    expect(input).toHaveFocus();
  });

  it("loads several files at once, good and bad; fixing the bad one by loading it again clears its problems", async () => {
    const { load } = setup();
    await load(["permit.json", EXAMPLE], ["other.json", "not json at all"]);
    expect(await screen.findByText(/Loaded permit\.json/)).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("other.json was not loaded");
    await load(["other.json", EXAMPLE.replace(/"id": "(510\d)"/g, '"id": "X$1"').replace('"id": "marren-permit-technician"', '"id": "other-series"').replace('"title": "Permit Technician series"', '"title": "Other series"')]);
    expect(await screen.findByText(/^Loaded other\.json: Other series, 3 levels/)).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "There is a problem" })).not.toBeInTheDocument();
    expect(within(inUse()).getByRole("region", { name: "Other series" })).toBeInTheDocument();
  });

  it("removes a loaded file: its classes leave, the built-in ones stay", async () => {
    const { user, load } = setup();
    await load(["permit.json", EXAMPLE]);
    await screen.findByText(/^Loaded permit\.json/);
    await user.click(screen.getByRole("button", { name: "Remove permit.json" }));
    expect(screen.getByRole("status")).toHaveTextContent("Removed permit.json");
    expect(within(inUse()).queryByRole("region", { name: EXAMPLE_SERIES.title })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Files you loaded" })).not.toBeInTheDocument();
    for (const { series } of BUILTIN_SERIES) expect(within(inUse()).getByRole("region", { name: series.title })).toBeInTheDocument();
    await expect.poll(() => document.activeElement).toBe(screen.getByLabelText("Qualification files (.json)"));
  });

  it("offers the format guide and the worked example from the page, for offices that have only the single file", async () => {
    const saved = captureDownloads();
    const { user, load } = setup();
    const docs = join(import.meta.dirname, "..", "..", "docs");
    const expected: Array<[button: RegExp, file: string, path: string]> = [
      [/^Download the format guide/, "qualification-format.md", join(docs, "qualification-format.md")],
      [/^Download the worked example's class spec/, "marren-county-permit-technician.txt", join(docs, "examples", "marren-county-permit-technician.txt")],
      [/^Download the worked example's qualification file/, "marren-county-permit-technician.json", EXAMPLE_PATH],
    ];
    for (const [button, name] of expected) {
      await user.click(screen.getByRole("button", { name: button }));
      expect(screen.getByRole("status")).toHaveTextContent(`Downloaded ${name}`);
    }
    expect(saved.map((f) => f.name)).toEqual(expected.map(([, name]) => name));
    for (const [i, [, , path]] of expected.entries()) expect(await saved[i].text()).toBe(readFileSync(path, "utf8"));
    // The downloaded example loads as it is.
    await load([saved[2].name, await saved[2].text()]);
    expect(await screen.findByText(/^Loaded marren-county-permit-technician\.json: Permit Technician series, 3 levels/)).toBeInTheDocument();
  });

  it("sums up several bad files in one sentence", async () => {
    const { load } = setup();
    await load(["a.json", "{"], ["b.json", "[]"], ["permit.json", EXAMPLE]);
    await screen.findByRole("heading", { name: "There is a problem" });
    // The sentence is written once the catalog has taken the files in.
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(/^Loaded permit\.json: .* 2 files were not loaded \(a\.json, b\.json\): their problems to fix are listed under "There is a problem"\.$/),
    );
  });
});
