// @vitest-environment jsdom
/**
 * Notice letters: one per applicant, in the applicant's language, with each
 * level's outcome in plain words, what is missing, when they would qualify,
 * and how to ask for reconsideration; printed or saved, never sent.
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/lib/catalog-context";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import type { LevelResult } from "../../src/engine/result-types";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { NOTICE_SETTINGS_KEY, NoticesPanel, noticesHtml, noticeFromFiles, type NoticeSettings } from "../../src/components/notices";

const { catalog } = buildCatalog(BUILTIN_SERIES);

const asOf = "2026-12-02";
const jordan = screenApplicant(
  { name: "Jordan Example", asOf, education: { highSchool: "diploma" }, experience: [{ start: "2025-12-01", hoursPerWeek: 40, kinds: ["customer-service"] }] },
  catalog,
  { today: asOf },
);
/** With Engine v2's what-if on the first unmet level (hand-made until the engine fills it). */
const unmet = jordan.levels.find((l) => l.outcome === "does-not-meet")!;
const withWhatIf = { ...jordan, levels: jordan.levels.map((l) => (l === unmet ? ({ ...l, whatIf: [{ asOf: "2027-08-14" }] } as LevelResult) : l)) };
const settings: NoticeSettings = { agency: "Marren County Human Resources", contact: "hr@marren.example, 555-0100", reconsideration: "Write to us within 10 days.", reconsiderationEs: "" };

function letters(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("notice letters", () => {
  it("in English: every level considered with its outcome in plain words, what is missing, when they would qualify, and reconsideration", async () => {
    const doc = letters(await noticesHtml([{ result: withWhatIf, locale: "en" }], settings, "2026-12-03"));
    const letter = doc.querySelector("article.notice-letter")!;
    expect(letter.getAttribute("lang")).toBe("en");
    const text = letter.textContent!.replace(/\s+/g, " ");
    expect(text).toContain("Marren County Human Resources");
    expect(text).toContain("Date: 3 December 2026");
    expect(text).toContain("To: Jordan Example");
    for (const l of jordan.levels.filter((x) => x.outcome !== "inactive")) expect(text).toContain(l.title);
    expect(text).toContain("You meet the minimum qualifications.");
    expect(text).toContain("You do not meet the minimum qualifications yet.");
    expect(text).toContain(`What is missing: ${unmet.shortfall!.needs[0].options[0].text}`);
    expect(text).toContain(`You will meet ${unmet.title} on 14 August 2027 if you stay in your current job.`);
    const reconsider = [...letter.querySelectorAll("h3")].find((h) => h.textContent === "How to ask for reconsideration")!;
    expect(reconsider.nextElementSibling!.textContent).toBe("Write to us within 10 days.");
    expect(text).toContain("hr@marren.example, 555-0100");
  });

  it("in Spanish, with the class titles in English marked as such and the English reconsideration text quoted when no Spanish one is set", async () => {
    const doc = letters(await noticesHtml([{ result: withWhatIf, locale: "es" }], settings, "2026-12-03"));
    const letter = doc.querySelector("article.notice-letter")!;
    expect(letter.getAttribute("lang")).toBe("es");
    const text = letter.textContent!.replace(/\s+/g, " ");
    expect(text).toContain("Fecha: 3 de diciembre de 2026");
    expect(text).toContain("Usted cumple los requisitos mínimos.");
    expect(text).toContain("Usted todavía no cumple los requisitos mínimos.");
    expect(text).toContain(`Cumplirá los requisitos de ${unmet.title} el 14 de agosto de 2027 si sigue en su trabajo actual.`);
    expect(text).toContain("Cómo pedir que se reconsidere");
    expect([...letter.querySelectorAll('[lang="en"]')].map((e) => e.textContent)).toEqual(expect.arrayContaining([unmet.title, "Write to us within 10 days."]));
  });

  it("gives one letter per applicant, each in its own language", async () => {
    const other = screenApplicant({ name: "Ana Pérez", asOf, education: { highSchool: "none" } }, catalog, { today: asOf });
    const doc = letters(
      await noticesHtml(
        [
          { result: jordan, locale: "en" },
          { result: other, locale: "es" },
        ],
        settings,
        asOf,
      ),
    );
    const all = [...doc.querySelectorAll("article.notice-letter")];
    expect(all.map((a) => a.getAttribute("lang"))).toEqual(["en", "es"]);
    expect(all[1].textContent).toContain("Para: Ana Pérez");
  });

  it("the officer sets the agency's details once, kept as configuration; the letters are printed or saved, never sent", async () => {
    const user = userEvent.setup();
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return "blob:notices";
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const print = vi.spyOn(window, "print").mockImplementation(() => {
      // While printing, the letters are under <body>.
      expect(document.querySelectorAll("body > .notices-print-root article.notice-letter")).toHaveLength(2);
    });
    render(
      <CatalogProvider>
        <NoticesPanel count={2} load={async () => [jordan, jordan]} />
      </CatalogProvider>,
    );
    await user.click(screen.getByText("Notices to applicants"));
    await user.type(await screen.findByLabelText("Agency name"), "Marren County");
    expect(JSON.parse(window.localStorage.getItem(NOTICE_SETTINGS_KEY)!)).toMatchObject({ agency: "Marren County" });
    await user.click(screen.getByRole("radio", { name: "Español" }));
    await user.click(screen.getByRole("button", { name: "Print 2 notices" }));
    expect(await screen.findByText("2 notices sent to the printer, each on its own page.")).toBeInTheDocument();
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Save 2 notices as a file" }));
    expect(await screen.findByText(/2 notices saved as notices-\d{4}-\d{2}-\d{2}\.html/)).toBeInTheDocument();
    const saved = letters(await blobs[0].text());
    expect([...saved.querySelectorAll("article.notice-letter")].map((a) => a.getAttribute("lang"))).toEqual(["es", "es"]);
    expect(saved.querySelector(".notice-agency")!.textContent).toBe("Marren County");
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("from a pool, each applicant's letter can be in that applicant's language", async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return "blob:notices";
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const ana = screenApplicant({ name: "Ana Pérez", asOf, education: { highSchool: "none" } }, catalog, { today: asOf });
    render(
      <CatalogProvider>
        <NoticesPanel
          count={2}
          applicants={[
            { id: "A-1", name: "Jordan Example" },
            { id: "A-2", name: "Ana Pérez" },
          ]}
          load={async () => [jordan, ana]}
        />
      </CatalogProvider>,
    );
    await user.click(screen.getByText("Notices to applicants"));
    await user.click(await screen.findByLabelText("Choose the language for each applicant"));
    await user.selectOptions(screen.getByRole("combobox", { name: "A-2 Ana Pérez" }), "es");
    expect(screen.getByRole("combobox", { name: "A-1 Jordan Example" })).toHaveValue("en");
    await user.click(screen.getByRole("button", { name: "Save 2 notices as a file" }));
    await screen.findByText(/2 notices saved as/);
    const saved = letters(await blobs[0].text());
    expect([...saved.querySelectorAll("article.notice-letter")].map((a) => [a.getAttribute("lang"), a.querySelector(".notice-head")!.textContent])).toEqual([
      ["en", expect.stringContaining("To: Jordan Example")],
      ["es", expect.stringContaining("Para: Ana Pérez")],
    ]);
  });

  it("reads the agency's details from a loaded file's optional series `notice` object, when one has it", () => {
    const series = { ...BUILTIN_SERIES[0].series, notice: { agency: "From the file", contact: "file@example.org", reconsideration: "Within 15 days." } };
    expect(noticeFromFiles(buildCatalog([{ ...BUILTIN_SERIES[0], series }]).catalog)).toMatchObject({ agency: "From the file", reconsideration: "Within 15 days." });
    expect(noticeFromFiles(catalog)).toEqual({});
  });

  it("says there is nobody to write to before anything is screened", async () => {
    const user = userEvent.setup();
    render(
      <CatalogProvider>
        <NoticesPanel count={0} load={async () => []} />
      </CatalogProvider>,
    );
    await user.click(screen.getByText("Notices to applicants"));
    await user.click(await screen.findByRole("button", { name: "Print 0 notices" }));
    expect(within(screen.getByRole("group", { name: /agency's details/ }).parentElement!).getByRole("status")).toHaveTextContent("There is no screened applicant to write to yet.");
  });
});
