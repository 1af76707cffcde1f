// @vitest-environment jsdom
/**
 * The self-assessment and the applicant format's 1.2 additions (issue 14):
 * with an agency's class file loaded, the plain-language questions offer
 * its own kinds of work (with the file's descriptions), a question for
 * licences and certificates, the employer's sector, graduate courses, clock
 * hours and a professional degree, in English and Spanish; the answers make
 * a file the engine accepts with the loaded vocabulary. With only the
 * built-in classes there are no new questions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useEffect } from "react";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CatalogProvider, useCatalog, type LoadedFile } from "../../src/lib/catalog-context";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { validateSeries } from "../../src/engine/load-qualifications";
import { screenApplicant } from "../../src/engine/screen-applicant";
import { validateApplicant, vocabularyOf } from "../../src/engine/validate-applicant";
import type { Series } from "../../src/engine/qualification-schema";
import { localToday } from "../../src/lib/today";
import { SelfAssessmentView } from "../../src/features/self-assessment";
import { ANSWERS_KEY } from "../../src/features/self-assessment/answers-storage";
import { emptyDraft } from "../../src/features/self-assessment/draft";
import { captureDownloads } from "./capture-downloads";

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(process.cwd(), "docs/examples", `${name}.json`), "utf8"));

/** The heavy equipment operator's class with a clock-hour coursework rule beside its experience (no real example counts clock hours in a rule). */
function withClockRule(): Record<string, unknown> {
  const series = example("uw-heavy-equipment-operator") as { levels: Array<{ requirements: { rules: Array<{ rules?: unknown[]; source?: unknown }> } }> };
  const routes = series.levels[0].requirements.rules[0];
  routes.rules!.push({ id: "trade-school", type: "coursework", label: "720 clock hours of trade school", hours: 720, units: ["clock"], source: (routes.rules![0] as { source: unknown }).source });
  return { ...series, id: "uw-clock", title: "Clock-hour test series" };
}

const file = (name: string, data: unknown = example(name)): LoadedFile => ({ file: `${name}.json`, data });

/** The loaded classes as the page builds them, for checking what the page saved. */
function catalogOf(files: LoadedFile[]) {
  const series = files.map((f) => {
    const v = validateSeries((f as { data: unknown }).data, f.file);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    return { file: f.file, series: v.series as Series };
  });
  return buildCatalog([...BUILTIN_SERIES, ...series]).catalog;
}

function Load({ files }: { files: LoadedFile[] }) {
  const { addFiles, customSeries } = useCatalog();
  useEffect(() => {
    void addFiles(files);
  }, [addFiles, files]);
  return <p data-testid="loaded">{customSeries.length}</p>;
}

/** The view with these class files loaded (as the officer loads them in the Classes view). */
async function renderView(files: LoadedFile[] = []) {
  render(
    <CatalogProvider>
      <Load files={files} />
      <SelfAssessmentView />
    </CatalogProvider>,
  );
  await screen.findByRole("heading", { level: 1 });
  await vi.waitFor(() => expect(screen.getByTestId("loaded")).toHaveTextContent(String(files.length)));
}

function browserLanguage(tag: string) {
  vi.spyOn(navigator, "language", "get").mockReturnValue(tag);
  vi.spyOn(navigator, "languages", "get").mockReturnValue([tag]);
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const next = (user: UserEvent) => user.click(screen.getByRole("button", { name: "Continue" }));
const heading = () => screen.getByRole("heading", { level: 1 });
/** A list item whose whole text (across the marked-up words of a class file) matches. */
const item = (pattern: RegExp) => screen.getByText((_, el) => el?.tagName === "LI" && pattern.test(el.textContent ?? ""));
const choiceNames = (group: HTMLElement, role: "checkbox" | "radio") => within(group).getAllByRole(role).map((b) => (b as HTMLInputElement).labels?.[0]?.textContent);

/** The terms of "What the words mean" on the start page. */
const glossaryTerms = () => [...document.querySelectorAll(".sa-glossary dt")].map((dt) => dt.textContent);
const NEW_TERMS = ["Clock hours", "Graduate courses", "Professional degree", "Licence or certificate"];

/** Start, name, high school (diploma): on the coursework question. */
async function toCoursework(user: UserEvent) {
  await user.click(screen.getByRole("button", { name: "Start" }));
  await next(user);
  await user.click(screen.getByRole("radio", { name: "Yes, I have a high school diploma" }));
  await next(user);
}

const BUILTIN_KINDS = ["Customer service", "Public relations", "Office administration", "Business and financial operations", "Healthcare administration", "Something else"];

describe("the self-assessment with the built-in classes only", () => {
  it("asks no new question: no clock hours, graduate courses, professional degree, licences or employer sector", async () => {
    const user = userEvent.setup();
    await renderView();
    for (const term of NEW_TERMS) expect(glossaryTerms()).not.toContain(term);
    await toCoursework(user);
    expect(heading()).toHaveTextContent("Have you taken any college courses for credit?");
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    expect(choiceNames(screen.getByRole("group", { name: "What kind of credit hours are they?" }), "radio")).toEqual(["Semester hours", "Quarter hours"]);
    expect(screen.queryByRole("group", { name: "Were these graduate courses?" })).toBeNull();
    await user.type(screen.getByLabelText("How many credit hours?"), "30");
    await next(user);
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    expect(within(screen.getByLabelText("What kind of degree?")).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Choose a degree",
      "Associate degree",
      "Bachelor's degree",
      "Master's degree",
      "Doctorate",
    ]);
    await user.selectOptions(screen.getByLabelText("What kind of degree?"), "Associate degree");
    await next(user);
    // Straight on to jobs, the last of five questions: no licences question.
    expect(heading()).toHaveTextContent("Tell us about each job");
    expect(screen.getByText("Question 5 of 5")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    expect(choiceNames(screen.getByRole("group", { name: "What did you do in this job? Tick all that fit." }), "checkbox")).toEqual(BUILTIN_KINDS);
    expect(screen.queryByRole("group", { name: "Who employed you in this job?" })).toBeNull();
  });
});

describe("the self-assessment with an agency's class files loaded", () => {
  it("asks about the class's licences and kinds of work, in the file's words, and the answers make a file that meets the level", async () => {
    const user = userEvent.setup();
    const files = [file("uw-heavy-equipment-operator")];
    const catalog = catalogOf(files);
    await renderView(files);
    await toCoursework(user);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);

    // A question of its own, between degrees and jobs.
    expect(heading()).toHaveTextContent("Do you hold a licence or certificate that these jobs ask for?");
    expect(screen.getByText("Question 5 of 6")).toBeInTheDocument();
    // Nothing chosen: the error summary says how to fix it, and the answer is kept.
    await next(user);
    expect(within(screen.getByRole("alert")).getByRole("link", { name: /Choose yes if you hold a licence or certificate/ })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    await next(user);
    expect(within(screen.getByRole("alert")).getByRole("link", { name: /Tick each licence or certificate you hold/ })).toBeInTheDocument();
    const which = screen.getByRole("group", { name: "Which of these do you hold? Tick each one." });
    expect(choiceNames(which, "checkbox")).toEqual(["Valid motor vehicle operator's license", "Full journey status as Heavy Equipment Operator"]);
    // The file's own description is the choice's hint.
    expect(within(which).getByRole("checkbox", { name: "Full journey status as Heavy Equipment Operator" })).toHaveAccessibleDescription(
      "Journey-level status earned by work experience, a vocational or trade school apprenticeship program, or a combination.",
    );
    await user.click(within(which).getByRole("checkbox", { name: "Valid motor vehicle operator's license" }));
    const licence = screen.getByRole("group", { name: "Valid motor vehicle operator's license" });
    await user.type(within(licence).getByLabelText("Name as it appears on the document (optional)"), "Washington driver license");
    const expires = within(licence).getByRole("group", { name: "When does it expire?" });
    expect(expires).toHaveAccessibleDescription(/Leave all the boxes empty if it does not expire/);
    // A month that is no month: named, linked to its box, nothing lost.
    await user.type(within(expires).getByLabelText("Month"), "13");
    await user.type(within(expires).getByLabelText("Year"), String(Number(localToday().slice(0, 4)) + 3));
    await next(user);
    const problem = within(screen.getByRole("alert")).getByRole("link", { name: /Enter a real expiry date for Valid motor vehicle operator's license/ });
    await user.click(problem);
    expect(within(expires).getByLabelText("Month")).toHaveFocus();
    expect(expires).toHaveAccessibleDescription(/Enter a real expiry date/);
    await user.clear(within(expires).getByLabelText("Month"));
    await user.type(within(expires).getByLabelText("Month"), "3");
    await next(user);

    expect(heading()).toHaveTextContent("Tell us about each job");
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    await user.type(screen.getByLabelText("Job title"), "Equipment operator");
    const start = screen.getByRole("group", { name: "When did you start?" });
    await user.type(within(start).getByLabelText("Month"), "1");
    await user.type(within(start).getByLabelText("Year"), "2020");
    const end = screen.getByRole("group", { name: "When did you leave?" });
    await user.type(within(end).getByLabelText("Month"), "12");
    await user.type(within(end).getByLabelText("Year"), "2024");
    await user.type(screen.getByLabelText("How many hours did you work in a usual week?"), "40");
    const kinds = screen.getByRole("group", { name: "What did you do in this job? Tick all that fit." });
    expect(choiceNames(kinds, "checkbox")).toEqual([...BUILTIN_KINDS.slice(0, -1), "Operation of heavy equipment", "Something else"]);
    const heavy = within(kinds).getByRole("checkbox", { name: "Operation of heavy equipment" });
    expect(heavy).toHaveAccessibleDescription("Operating trucks, crawler tractors, power cranes, shovels, graders and similar heavy equipment.");
    await user.click(heavy);
    await user.click(within(screen.getByRole("group", { name: "Did you supervise other employees in this job?" })).getByRole("radio", { name: "No" }));
    await user.click(screen.getByRole("button", { name: "Save this job" }));
    await next(user);

    expect(heading()).toHaveTextContent("Check your answers");
    expect(item(/^Valid motor vehicle operator's license \(Washington driver license\), valid until 31 March \d{4}$/)).toBeInTheDocument();
    expect(item(/^Job 1 \(Equipment operator\): January 2020 to December 2024, 40 hours a week; Operation of heavy equipment$/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "See your results" }));
    const meets = screen.getByRole("region", { name: /^You appear to meet/ });
    expect(meets).toHaveTextContent("You appear to meet the minimum qualifications for Heavy Equipment Operator.");

    // The saved file: the engine accepts it with the loaded vocabulary (not with the built-in one alone), and it meets the level.
    const saved = captureDownloads();
    await user.click(screen.getByRole("button", { name: "Save your answers to a file" }));
    const applicant = JSON.parse(await saved[0].text());
    expect(applicant.education.credentials).toEqual([{ id: "motor-vehicle-operator-license", name: "Washington driver license", expires: `${Number(localToday().slice(0, 4)) + 3}-03-31` }]);
    expect(applicant.experience[0].kinds).toEqual(["heavy-equipment-operation"]);
    expect(validateApplicant(applicant).ok).toBe(false);
    const v = validateApplicant(applicant, vocabularyOf(catalog));
    expect(v.ok).toBe(true);
    const level = screenApplicant(v.ok ? v.applicant : applicant, catalog, { today: localToday() }).levels.find((l) => l.id === "18821");
    expect(level?.outcome).toBe("meets");

    // Opened again, in a page with the same class loaded: the same answers.
    cleanup();
    await renderView(files);
    await user.upload(screen.getByLabelText("Open your saved answers"), new File([JSON.stringify(applicant)], "saved.json", { type: "application/json" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Check your answers" })).toBeInTheDocument();
    expect(item(/^Valid motor vehicle operator's license \(Washington driver license\), valid until 31 March \d{4}$/)).toBeInTheDocument();
  });

  it("refuses a saved file with a loaded class's kind when that class is not loaded, saying which kinds are known", async () => {
    const user = userEvent.setup();
    await renderView();
    const applicant = { education: { highSchool: "diploma" }, experience: [{ start: "2020-01-01", end: "2024-12-31", hoursPerWeek: 40, kinds: ["heavy-equipment-operation"] }] };
    await user.upload(screen.getByLabelText("Open your saved answers"), new File([JSON.stringify(applicant)], "heavy.json", { type: "application/json" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/heavy\.json cannot be opened.*Choose each kind of work from: customer-service/);
  });

  it("offers graduate courses, a professional degree and the employer's sector where a loaded class uses them, in Spanish", async () => {
    browserLanguage("es-US");
    const user = userEvent.setup();
    const files = [file("opm-admin-management"), file("monroe-county-planner-2")];
    const catalog = catalogOf(files);
    await renderView(files);
    await user.click(screen.getByRole("button", { name: "Empezar" }));
    await user.click(screen.getByRole("button", { name: "Continuar" }));
    await user.click(screen.getByRole("radio", { name: /diploma de escuela secundaria/ }));
    await user.click(screen.getByRole("button", { name: "Continuar" }));
    await user.click(screen.getByRole("radio", { name: "Sí" }));
    await user.type(screen.getByLabelText("¿Cuántas horas de crédito?"), "18");
    const graduate = screen.getByRole("group", { name: "¿Eran cursos de posgrado?" });
    const box = within(graduate).getByRole("checkbox", { name: "Sí, eran cursos de posgrado (graduate courses)" });
    expect(box).toHaveAccessibleDescription(/después de una licenciatura/);
    await user.click(box);
    await user.click(screen.getByRole("button", { name: "Continuar" }));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("¿Ha obtenido un título universitario?");
    await user.click(screen.getByRole("radio", { name: "Sí" }));
    const levels = within(screen.getByLabelText("¿Qué tipo de título?")).getAllByRole("option").map((o) => o.textContent);
    expect(levels).toContain("Título profesional (professional degree, como un J.D. o un M.D.)");
    expect(levels).toContain("Doctorado de investigación (como un Ph.D.)");
    await user.selectOptions(screen.getByLabelText("¿Qué tipo de título?"), "Título profesional (professional degree, como un J.D. o un M.D.)");
    await user.click(screen.getByRole("button", { name: "Continuar" }));
    // The federal standard declares a credential: its question, in Spanish, with the file's words as given.
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("¿Tiene una licencia o un certificado que piden estos puestos?");
    await user.click(screen.getByRole("radio", { name: "Sí" }));
    const which = screen.getByRole("group", { name: "¿Cuáles de estos tiene? Marque cada uno." });
    await user.click(within(which).getByRole("checkbox", { name: "Superior academic achievement" }));
    expect(within(which).getByText("Superior academic achievement")).toHaveAttribute("lang", "en");
    await user.click(screen.getByRole("button", { name: "Continuar" }));
    await user.click(screen.getByRole("button", { name: "Añadir un trabajo" }));
    await user.type(screen.getByLabelText("Nombre del puesto"), "Planner");
    const start = screen.getByRole("group", { name: "¿Cuándo empezó?" });
    await user.type(within(start).getByLabelText("Mes"), "1");
    await user.type(within(start).getByLabelText("Año"), "2021");
    await user.click(screen.getByLabelText("Todavía trabajo aquí"));
    await user.type(screen.getByLabelText("¿Cuántas horas trabajaba en una semana normal?"), "40");
    const kinds = screen.getByRole("group", { name: "¿Qué hacía en este trabajo? Marque todo lo que corresponda." });
    await user.click(within(kinds).getByRole("checkbox", { name: "Research or planning experience" }));
    expect(within(kinds).getByRole("checkbox", { name: "General experience" })).toHaveAccessibleDescription(
      "Experience that gave general knowledge and abilities for administrative and management work.",
    );
    const sector = screen.getByRole("group", { name: "¿Quién le empleaba en este trabajo?" });
    expect(choiceNames(sector, "radio")).toEqual(["Unpaid (volunteer) work", "Ninguno de estos"]);
    await user.click(within(sector).getByRole("radio", { name: "Unpaid (volunteer) work" }));
    await user.click(within(screen.getByRole("group", { name: "¿Supervisaba a otros empleados en este trabajo?" })).getByRole("radio", { name: "No" }));
    await user.click(screen.getByRole("button", { name: "Guardar este trabajo" }));
    await user.click(screen.getByRole("button", { name: "Continuar" }));
    expect(item(/^Cursos 1: 18 horas semestrales de posgrado$/)).toBeInTheDocument();
    expect(item(/^Trabajo 1 \(Planner\): .*; Research or planning experience; empleador: Unpaid \(volunteer\) work$/)).toBeInTheDocument();

    const saved = captureDownloads();
    await user.click(screen.getByRole("button", { name: "Ver sus resultados" }));
    await user.click(screen.getByRole("button", { name: "Guardar sus respuestas en un archivo" }));
    const applicant = JSON.parse(await saved[0].text());
    expect(applicant.education).toMatchObject({
      coursework: [{ hours: 18, unit: "semester", areas: [], level: "graduate" }],
      degrees: [{ level: "professional" }],
      credentials: [{ id: "superior-academic-achievement" }],
    });
    expect(applicant.experience[0]).toMatchObject({ kinds: ["planning-research"], sector: "volunteer" });
    expect(validateApplicant(applicant, vocabularyOf(catalog)).ok).toBe(true);
  });

  it("offers clock hours where a loaded class counts them, and says to split more than 400 hours across groups", async () => {
    const user = userEvent.setup();
    const files = [file("uw-clock", withClockRule())];
    const catalog = catalogOf(files);
    await renderView(files);
    expect(glossaryTerms()).toEqual(expect.arrayContaining(["Clock hours", "Licence or certificate"]));
    expect(glossaryTerms()).not.toContain("Professional degree");
    await toCoursework(user);
    expect(heading()).toHaveTextContent("Have you taken any college courses for credit, or classroom or trade-school training?");
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    const unit = screen.getByRole("group", { name: "What kind of credit hours are they?" });
    expect(choiceNames(unit, "radio")).toEqual(["Semester hours", "Quarter hours", "Clock hours (hours in class at a trade school or training program)"]);
    await user.click(within(unit).getByRole("radio", { name: /^Clock hours/ }));
    await user.type(screen.getByLabelText("How many hours?"), "720");
    await next(user);
    const link = within(screen.getByRole("alert")).getByRole("link", { name: /Enter at most 400 hours for courses 1; split larger amounts into several groups of courses/ });
    await user.click(link);
    expect(screen.getByLabelText("How many hours?")).toHaveFocus();
    expect(screen.getByLabelText("How many hours?")).toHaveValue("720");
    await user.clear(screen.getByLabelText("How many hours?"));
    await user.type(screen.getByLabelText("How many hours?"), "400");
    await user.click(screen.getByRole("button", { name: "Add another group of courses" }));
    const second = screen.getByRole("group", { name: "Courses 2" });
    await user.type(within(second).getByLabelText("How many hours?"), "320");
    await user.click(within(second).getByRole("radio", { name: /^Clock hours/ }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    await user.click(screen.getByRole("checkbox", { name: "Valid motor vehicle operator's license" }));
    await next(user);
    await next(user);
    expect(item(/^Courses 1: 400 clock hours$/)).toBeInTheDocument();
    const saved = captureDownloads();
    await user.click(screen.getByRole("button", { name: "See your results" }));
    expect(screen.getByRole("region", { name: /^You appear to meet/ })).toHaveTextContent("Heavy Equipment Operator");
    await user.click(screen.getByRole("button", { name: "Save your answers to a file" }));
    const applicant = JSON.parse(await saved[0].text());
    expect(applicant.education.coursework).toEqual([
      { hours: 400, unit: "clock", areas: [] },
      { hours: 320, unit: "clock", areas: [] },
    ]);
    const v = validateApplicant(applicant, vocabularyOf(catalog));
    expect(v.ok && screenApplicant(v.applicant, catalog, { today: localToday() }).levels.find((l) => l.id === "18821")?.outcome).toBe("meets");
  });

  it("works with ids that are free text (spaces and all): hints, error links and the saved file keep them", async () => {
    const user = userEvent.setup();
    // The heavy equipment operator's class with its kind and licence ids written as words.
    const text = readFileSync(join(process.cwd(), "docs/examples/uw-heavy-equipment-operator.json"), "utf8")
      .replaceAll('"heavy-equipment-operation"', '"Heavy equipment operation"')
      .replaceAll('"motor-vehicle-operator-license"', '"Class A license"');
    const files = [file("uw-words", { ...JSON.parse(text), id: "uw-words" })];
    const catalog = catalogOf(files);
    await renderView(files);
    await toCoursework(user);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    await user.click(screen.getByRole("checkbox", { name: "Valid motor vehicle operator's license" }));
    const expires = screen.getByRole("group", { name: "When does it expire?" });
    await user.type(within(expires).getByLabelText("Month"), "3");
    await user.type(within(expires).getByLabelText("Year"), "20x9");
    await next(user);
    await user.click(within(screen.getByRole("alert")).getByRole("link", { name: /Enter a real expiry date for Valid motor vehicle operator's license/ }));
    expect(within(expires).getByLabelText("Year")).toHaveFocus();
    expect(expires).toHaveAccessibleDescription(/Enter a real expiry date/);
    await user.clear(within(expires).getByLabelText("Year"));
    await user.type(within(expires).getByLabelText("Year"), String(Number(localToday().slice(0, 4)) + 3));
    await next(user);
    await user.click(screen.getByRole("button", { name: "Add a job" }));
    const start = screen.getByRole("group", { name: "When did you start?" });
    await user.type(within(start).getByLabelText("Month"), "1");
    await user.type(within(start).getByLabelText("Year"), "2020");
    const end = screen.getByRole("group", { name: "When did you leave?" });
    await user.type(within(end).getByLabelText("Month"), "12");
    await user.type(within(end).getByLabelText("Year"), "2024");
    await user.type(screen.getByLabelText("How many hours did you work in a usual week?"), "40");
    const heavy = screen.getByRole("checkbox", { name: "Operation of heavy equipment" });
    expect(heavy).toHaveAccessibleDescription("Operating trucks, crawler tractors, power cranes, shovels, graders and similar heavy equipment.");
    await user.click(heavy);
    await user.click(within(screen.getByRole("group", { name: "Did you supervise other employees in this job?" })).getByRole("radio", { name: "No" }));
    await user.click(screen.getByRole("button", { name: "Save this job" }));
    await next(user);
    const saved = captureDownloads();
    await user.click(screen.getByRole("button", { name: "See your results" }));
    expect(screen.getByRole("region", { name: /^You appear to meet/ })).toHaveTextContent("Heavy Equipment Operator");
    await user.click(screen.getByRole("button", { name: "Save your answers to a file" }));
    const applicant = JSON.parse(await saved[0].text());
    expect(applicant.education.credentials[0].id).toBe("Class A license");
    expect(applicant.experience[0].kinds).toEqual(["Heavy equipment operation"]);
    expect(validateApplicant(applicant, vocabularyOf(catalog)).ok).toBe(true);
  });

  it("keeps a kept draft's licence visible when its class is no longer loaded, so it can be unticked and the applicant can go on", async () => {
    const user = userEvent.setup();
    const kept = {
      step: "credentials",
      draft: { ...emptyDraft(), highSchool: "diploma", hasCoursework: "no", hasDegree: "no", hasCredential: "yes", credentials: [{ id: "motor-vehicle-operator-license", name: "", expires: { day: "", month: "", year: "" } }] },
      job: null,
      returnToCheck: false,
    };
    window.localStorage.setItem(ANSWERS_KEY, JSON.stringify(kept));
    await renderView();
    expect(heading()).toHaveTextContent("Do you hold a licence or certificate that these jobs ask for?");
    await user.click(screen.getByRole("checkbox", { name: "motor-vehicle-operator-license" }));
    await user.click(screen.getByRole("radio", { name: "No" }));
    await next(user);
    expect(heading()).toHaveTextContent("Tell us about each job");
    // The question has served its purpose: without a loaded class declaring licences it is no longer asked.
    expect(screen.getByText("Question 5 of 5")).toBeInTheDocument();
  });
});

