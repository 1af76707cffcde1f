// @vitest-environment jsdom
/**
 * The self-assessment in Spanish and English, and what it keeps in the
 * browser: only the language switch's choice, unless the applicant turns on
 * "Keep my answers in this browser".
 */
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider } from "../../src/lib/catalog-context";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { localToday } from "../../src/lib/today";
import { SelfAssessmentView } from "../../src/features/self-assessment";
import { ANSWERS_KEY } from "../../src/features/self-assessment/answers-storage";
import { LANGUAGE_KEY } from "../../src/i18n/locale";

const { catalog } = buildCatalog(BUILTIN_SERIES);

function browserLanguage(tag: string) {
  vi.spyOn(navigator, "language", "get").mockReturnValue(tag);
  vi.spyOn(navigator, "languages", "get").mockReturnValue([tag]);
}

async function renderView() {
  const view = render(
    <CatalogProvider>
      <SelfAssessmentView />
    </CatalogProvider>,
  );
  await screen.findByRole("heading", { level: 1 });
  return view;
}

/** Everything this browser stores, as text. */
const stored = (): string => JSON.stringify({ local: { ...window.localStorage }, session: { ...window.sessionStorage } });

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const boxLabels = (group: HTMLElement) => within(group).getAllByRole<HTMLInputElement>("textbox").map((box) => box.labels?.[0]?.textContent);

async function walkInSpanish(user: UserEvent) {
  await user.click(screen.getByRole("button", { name: "Empezar" }));
  await user.type(screen.getByLabelText("Su nombre (opcional)"), "Ana");
  await user.click(screen.getByRole("button", { name: "Continuar" }));
  await user.click(screen.getByRole("radio", { name: /diploma de escuela secundaria/ }));
  await user.click(screen.getByRole("button", { name: "Continuar" }));
  await user.click(screen.getByRole("radio", { name: "No" }));
  await user.click(screen.getByRole("button", { name: "Continuar" }));
  await user.click(screen.getByRole("radio", { name: "No" }));
  await user.click(screen.getByRole("button", { name: "Continuar" }));
  await user.click(screen.getByRole("button", { name: "Añadir un trabajo" }));
  await user.type(screen.getByLabelText("Nombre del puesto"), "Cajera");
  const start = screen.getByRole("group", { name: "¿Cuándo empezó?" });
  await user.type(within(start).getByLabelText("Mes"), "1");
  await user.type(within(start).getByLabelText("Año"), "2020");
  const end = screen.getByRole("group", { name: "¿Cuándo lo dejó?" });
  await user.type(within(end).getByLabelText("Mes"), "12");
  await user.type(within(end).getByLabelText("Año"), "2022");
  await user.type(screen.getByLabelText("¿Cuántas horas trabajaba en una semana normal?"), "40");
  await user.click(screen.getByRole("checkbox", { name: "Atención al cliente" }));
  await user.click(within(screen.getByRole("group", { name: "¿Supervisaba a otros empleados en este trabajo?" })).getByRole("radio", { name: "No" }));
  await user.click(screen.getByRole("button", { name: "Guardar este trabajo" }));
  await user.click(screen.getByRole("button", { name: "Continuar" }));
  expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Revise sus respuestas");
  await user.click(screen.getByRole("button", { name: "Ver sus resultados" }));
}

describe("the self-assessment's language", () => {
  it("opens in Spanish for a browser in es-US, with lang set, and the switch changes and remembers it without storing the applicant", async () => {
    browserLanguage("es-US");
    const user = userEvent.setup();
    await renderView();
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent("Compruebe si cumple los requisitos");
    expect(heading.closest("[lang]")).toHaveAttribute("lang", "es");
    await user.click(screen.getByRole("button", { name: "Empezar" }));
    await user.type(screen.getByLabelText("Su nombre (opcional)"), "Ana Pérez");
    await user.click(screen.getByRole("button", { name: "English" }));
    // Same question, same answer, now in English.
    expect(await screen.findByLabelText("Your name (optional)")).toHaveValue("Ana Pérez");
    expect(screen.getByRole("heading", { level: 1 }).closest("[lang]")).toHaveAttribute("lang", "en");
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(window.localStorage.getItem(LANGUAGE_KEY)).toBe("en");
    expect(stored()).not.toContain("Ana");
    // The choice wins over the browser's language next time.
    cleanup();
    await renderView();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Check your own qualifications");
  });

  it("opens in English for other browsers", async () => {
    browserLanguage("fr-FR");
    await renderView();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Check your own qualifications");
  });

  it("asks for dates in the order the reader's region writes them: month, day, year in US English; day, month, year in Spanish", async () => {
    browserLanguage("en-US");
    const user = userEvent.setup();
    await renderView();
    await user.click(screen.getByRole("button", { name: "Start" }));
    for (let i = 0; i < 4; i++) {
      if (i > 0) await user.click(screen.getAllByRole("radio")[i === 1 ? 0 : 1]);
      await user.click(screen.getByRole("button", { name: "Continue" }));
    }
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const start = screen.getByRole("group", { name: "When did you start?" });
    expect(boxLabels(start)).toEqual(["Month", "Day (if you know it)", "Year"]);
    expect(start).toHaveAccessibleDescription(/For example 3 15 2019/);
    await user.type(within(start).getByLabelText("Month"), "3");
    await user.type(within(start).getByLabelText("Day (if you know it)"), "15");
    await user.click(screen.getByRole("button", { name: "Español" }));
    const inicio = await screen.findByRole("group", { name: "¿Cuándo empezó?" });
    expect(boxLabels(inicio)).toEqual(["Día (si lo sabe)", "Mes", "Año"]);
    // Nothing typed is lost when the boxes move.
    expect(within(inicio).getByLabelText("Día (si lo sabe)")).toHaveValue("15");
    expect(within(inicio).getByLabelText("Mes")).toHaveValue("3");
  });

  it("gives the results in Spanish, class titles marked as English with a Spanish gloss", async () => {
    browserLanguage("es-MX");
    const user = userEvent.setup();
    await renderView();
    await walkInSpanish(user);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Resultados de Ana");
    const expected = screenApplicant(
      { education: { highSchool: "diploma" }, experience: [{ start: "2020-01-01", end: "2022-12-31", hoursPerWeek: 40, kinds: ["customer-service"] }] },
      catalog,
      { today: localToday() },
    );
    const met = expected.levels.filter((l) => l.outcome === "meets");
    const short = expected.levels.filter((l) => l.outcome === "does-not-meet");
    expect(met.length).toBeGreaterThan(0);
    const meets = screen.getByRole("region", { name: `Parece cumplir los requisitos (${met.length})` });
    for (const l of met) expect(meets).toHaveTextContent(`Parece cumplir los requisitos mínimos de ${l.title}.`);
    const notYet = screen.getByRole("region", { name: `Todavía no: lo que le faltaría (${short.length})` });
    for (const l of short) expect(notYet).toHaveTextContent(`Para cumplir los requisitos de ${l.title} le faltaría`);
    const months = short.flatMap((l) => l.shortfall!.needs.flatMap((n) => n.options)).find((o) => o.kind === "experience" && o.months !== undefined);
    if (months) expect(notYet).toHaveTextContent("meses más de experiencia que cuente");
    const g4 = within(meets).getAllByRole("heading", { level: 3 }).find((h) => h.textContent?.includes("Customer Service Representative"));
    expect(g4?.querySelector('[lang="en"]')).toHaveTextContent("Customer Service Representative");
    expect(g4).toHaveTextContent("representante de atención al cliente");
    // A class with no minimum qualifications quotes what it looks for in English, each quote with a Spanish gloss beside it.
    const quote = screen.getAllByText("Ability to design procedures.")[0];
    expect(quote).toHaveAttribute("lang", "en");
    expect(quote.parentElement).toHaveTextContent("Ability to design procedures. (Saber diseñar procedimientos.)");
    expect(screen.getByRole("heading", { name: "Qué significan las palabras" })).toBeInTheDocument();
    for (const term of ["journey-level", "comparable to", "semester hours", "relevant experience", "agency substitution policy"])
      expect(screen.getByRole("region", { name: "Qué significan las palabras" })).toHaveTextContent(new RegExp(term, "i"));
  });

  it("explains the specs' terms in everyday words in English too", async () => {
    browserLanguage("en-US");
    const user = userEvent.setup();
    await renderView();
    await user.click(screen.getByText("What the words mean"));
    const words = screen.getByText("What the words mean").closest("details")!;
    for (const term of ["Journey-level", "Comparable to", "Semester hours", "Relevant experience", "Agency substitution policy"])
      expect(within(words).getByText(term)).toBeInTheDocument();
  });
});

describe("the applicant's answers in the browser (issue 11)", () => {
  async function typeName(user: UserEvent, name: string) {
    await user.click(screen.getByRole("button", { name: "Start" }));
    await user.type(screen.getByLabelText("Your name (optional)"), name);
    await user.click(screen.getByRole("button", { name: "Continue" }));
  }

  it("stores nothing about the applicant unless they turn on keeping their answers", async () => {
    browserLanguage("en-US");
    const user = userEvent.setup();
    await renderView();
    expect(screen.getByLabelText("Keep my answers in this browser")).not.toBeChecked();
    await typeName(user, "Robin Private");
    expect(stored()).not.toContain("Robin");
    // Leaving the page (or the officer's Clear, or a reload) leaves nothing behind.
    cleanup();
    await renderView();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Check your own qualifications");
    expect(stored()).not.toContain("Robin");
  });

  it("with consent keeps the answers in this browser, and turning it off or forgetting deletes them", async () => {
    browserLanguage("en-US");
    const user = userEvent.setup();
    await renderView();
    await typeName(user, "Robin Kept");
    await user.click(screen.getByLabelText("Keep my answers in this browser"));
    expect(screen.getByText("Your answers are now kept in this browser.")).toBeInTheDocument();
    expect(window.localStorage.getItem(ANSWERS_KEY)).toContain("Robin Kept");
    cleanup();
    await renderView();
    expect(screen.getByLabelText("Keep my answers in this browser")).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByLabelText("Your name (optional)")).toHaveValue("Robin Kept");
    await user.click(screen.getByRole("button", { name: "Forget my answers" }));
    expect(stored()).not.toContain("Robin");
    expect(screen.getByLabelText("Your name (optional)")).toHaveValue("Robin Kept");
    await user.click(screen.getByLabelText("Keep my answers in this browser"));
    await user.click(screen.getByLabelText("Keep my answers in this browser"));
    expect(stored()).not.toContain("Robin");
  });

  it("deletes answers an older version kept in this tab without asking", async () => {
    window.sessionStorage.setItem("mq-screener.self-assessment", JSON.stringify({ step: "name", draft: { name: "Old Robin", jobs: [] } }));
    await renderView();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Check your own qualifications");
    expect(stored()).not.toContain("Robin");
  });
});
