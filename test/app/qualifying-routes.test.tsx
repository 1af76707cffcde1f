// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { LevelResult } from "../../src/engine/result-types";
import type { ExperienceKind } from "../../src/engine/vocabulary";
import { BUILTIN_SERIES } from "../../src/builtin-catalog";
import { buildCatalog } from "../../src/engine/catalog";
import { QualificationReport } from "../../src/components/report";
import { ResultsView } from "../../src/components/results";
import { jobMonths, qualifyingRoutes, qualifyingTimeline, QualifyingRoutes, QualifyingTimeline, type WhatIfPatch } from "../../src/components/qualify";

afterEach(cleanup);

/** A hand-made unmet level carrying the engine's what-if (Engine v2's shape). */
function level(whatIf: WhatIfPatch[] | null | undefined, over: Partial<LevelResult> = {}): LevelResult {
  const base: LevelResult = {
    id: "G5",
    title: "Lead Customer Service Representative",
    seriesId: "customer-service-job-family",
    seriesTitle: "Customer Service job family",
    file: "customer-service-job-family.json",
    outcome: "does-not-meet",
    steps: [],
    shortfall: { text: "7 more months of qualifying experience", needs: [], missing: [] },
    whatIf: null,
    substitution: null,
    judgements: [],
    policiesApplied: [],
    credited: 17,
    required: 24,
    requirements: null,
    ...over,
  };
  return whatIf === undefined ? base : ({ ...base, whatIf } as LevelResult);
}

const fullTimeJob = (start: string, end: string, kinds: ExperienceKind[] = ["customer-service"], hoursPerWeek = 40) => ({
  employer: "",
  title: "Full-time qualifying work",
  start,
  end,
  hoursPerWeek,
  kinds,
});

describe("When you will qualify: routes from the engine's what-if", () => {
  it("says the date the current job reaches the level, in words, in English and Spanish", () => {
    const l = level([{ asOf: "2027-08-14" }]);
    expect(qualifyingRoutes(l, "en").map((r) => r.sentence)).toEqual(["You will meet Lead Customer Service Representative on 14 August 2027 if you stay in your current job."]);
    const es = qualifyingRoutes(l, "es");
    expect(es[0].sentence).toBe("Cumplirá los requisitos de Lead Customer Service Representative el 14 de agosto de 2027 si sigue en su trabajo actual.");
    expect(es[0].pieces).toContainEqual({ en: "Lead Customer Service Representative" });
    expect(es[0].date).toBe("2027-08-14");
  });

  it("without a current job, counts the months of the patch job from its own dates and names its kind of work", () => {
    const l = level([{ asOf: "2027-06-30", jobs: [fullTimeJob("2026-12-01", "2027-06-30")] }]);
    expect(qualifyingRoutes(l, "en")[0].sentence).toBe(
      "You will meet Lead Customer Service Representative after 7 more months of full-time customer service work (from now: 30 June 2027).",
    );
    expect(qualifyingRoutes(l, "es")[0].sentence).toBe(
      "Cumplirá los requisitos de Lead Customer Service Representative después de 7 meses más de trabajo de atención al cliente a tiempo completo (a partir de hoy: 30 de junio de 2027).",
    );
  });

  it("uses the singular for one month and names part-time hours", () => {
    const l = level([{ asOf: "2027-01-31", jobs: [fullTimeJob("2027-01-01", "2027-01-31", ["office-administration"], 20)] }]);
    expect(qualifyingRoutes(l, "en")[0].sentence).toContain("after 1 more month of 20-hours-a-week office administration work");
    expect(qualifyingRoutes(l, "es")[0].sentence).toContain("después de 1 mes más de trabajo de administración de oficina de 20 horas por semana");
  });

  it("prefers staying in the current job over more work, and adds each route through education as 'or'", () => {
    const l = level([
      { asOf: "2027-09-30", jobs: [fullTimeJob("2026-12-03", "2027-09-30")] },
      { coursework: [{ hours: 10, unit: "semester", areas: ["business-administration"] }] },
      { asOf: "2027-08-14" },
    ]);
    const en = qualifyingRoutes(l, "en");
    expect(en.map((r) => r.kind)).toEqual(["stay", "education"]);
    expect(en[1].sentence).toBe("Or with 10 more semester hours in business administration.");
    expect(qualifyingRoutes(l, "es")[1].sentence).toBe("O con 10 horas semestrales más en administración de empresas.");
  });

  it("of several routes of more work, tells the earliest", () => {
    const l = level([
      { asOf: "2027-09-30", jobs: [fullTimeJob("2026-12-01", "2027-09-30", ["office-administration"])] },
      { asOf: "2027-06-30", jobs: [fullTimeJob("2026-12-01", "2027-06-30")] },
    ]);
    expect(qualifyingRoutes(l, "en").map((r) => r.date)).toEqual(["2027-06-30"]);
  });

  it("writes one semester hour, quarter hours, degrees and high school", () => {
    const l = level([
      { coursework: [{ hours: 1, unit: "semester", areas: [] }] },
      { coursework: [{ hours: 15, unit: "quarter", areas: ["communications", "public-relations"] }] },
      { degrees: [{ level: "associate", field: "communications" }] },
      { highSchool: "diploma" },
    ]);
    expect(qualifyingRoutes(l, "en").map((r) => r.sentence)).toEqual([
      "You will meet Lead Customer Service Representative with 1 more semester hour.",
      "Or with 15 more quarter hours in communications or public relations.",
      "Or with an associate degree in communications.",
      "Or with a high school diploma.",
    ]);
    expect(qualifyingRoutes(l, "es")[1].sentence).toBe("O con 15 horas trimestrales más en comunicaciones o relaciones públicas.");
  });

  it("says nothing for a met level, a null what-if, or an engine that gives none yet", () => {
    expect(qualifyingRoutes(level(null), "en")).toEqual([]);
    expect(qualifyingRoutes(level(undefined), "en")).toEqual([]);
    expect(qualifyingRoutes(level([{ asOf: "2027-08-14" }], { outcome: "meets" }), "en")).toEqual([]);
  });

  it("counts a job's months as the applicant format does, rounded to whole months", () => {
    expect(jobMonths(fullTimeJob("2027-01-01", "2027-12-31"))).toBe(12);
    expect(jobMonths(fullTimeJob("2027-02-01", "2027-02-28"))).toBe(1);
    expect(jobMonths(fullTimeJob("2026-11-23", "2027-06-30"))).toBe(7);
  });

  it("renders the sentences with the title marked as English inside Spanish", () => {
    render(<QualifyingRoutes level={level([{ asOf: "2027-08-14" }])} locale="es" />);
    const item = screen.getByRole("listitem");
    expect(item).toHaveTextContent("14 de agosto de 2027");
    expect(item.querySelector('[lang="en"]')).toHaveTextContent("Lead Customer Service Representative");
  });
});

describe("the timeline picture", () => {
  const met = level(null, { id: "G4", title: "Customer Service Representative", outcome: "meets", shortfall: null });
  const g5 = level([{ asOf: "2027-08-14" }]);
  const g6 = level([{ asOf: "2028-02-01", jobs: [fullTimeJob("2026-12-03", "2028-02-01")] }], { id: "G6", title: "Customer Service Supervisor" });

  it("puts today with the levels met now, then each day more levels are reached", () => {
    const model = qualifyingTimeline([met, g6, g5], "2026-12-02", "en");
    expect(model.today).toEqual({ date: "2026-12-02", titles: ["Customer Service Representative"] });
    expect(model.later).toEqual([
      { date: "2027-08-14", titles: ["Lead Customer Service Representative"] },
      { date: "2028-02-01", titles: ["Customer Service Supervisor"] },
    ]);
  });

  it("draws a picture hidden from screen readers, with the same in words for them, in Spanish too", () => {
    const { container } = render(<QualifyingTimeline levels={[met, g5]} today="2026-12-02" locale="es" />);
    expect(container.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
    expect(container.querySelectorAll("svg circle")).toHaveLength(2);
    const words = within(container.querySelector("figure")!).getAllByRole("listitem").map((li) => li.textContent);
    expect(words).toEqual(["Hoy, 2 de diciembre de 2026: cumple Customer Service Representative.", "14 de agosto de 2027: cumple Lead Customer Service Representative."]);
  });

  it("is left out when no route in time is known", () => {
    const { container } = render(<QualifyingTimeline levels={[met, level(null)]} today="2026-12-02" locale="en" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("the officer's results and the report", () => {
  const unmet = level([{ asOf: "2027-08-14" }, { coursework: [{ hours: 10, unit: "semester", areas: ["business-administration"] }] }]);
  const result = { name: "Jordan", asOf: "2026-12-02", levels: [unmet] };

  it("the results card says when the applicant would qualify, of the applicant, with the timeline", async () => {
    render(<ResultsView result={result} />);
    const card = screen.getByRole("article");
    // Loaded on demand, only for a level that has a what-if.
    expect(await within(card).findByRole("heading", { name: "When the applicant could qualify" })).toBeInTheDocument();
    expect(card).toHaveTextContent("Would meet Lead Customer Service Representative on 14 August 2027 if the current job goes on.");
    expect(card).toHaveTextContent("Or with 10 more semester hours in business administration.");
    expect(within(card).getByRole("heading", { name: "When the applicant could qualify" })).toBeInTheDocument();
  });

  it("the report prints the same under its own heading", () => {
    const { catalog } = buildCatalog(BUILTIN_SERIES);
    render(<QualificationReport result={result} applicant={{ name: "Jordan", education: { highSchool: "diploma" } }} catalog={catalog} printedOn="2026-12-02" version="test" />);
    const heading = screen.getByRole("heading", { name: "When the applicant would qualify" });
    expect(heading.nextElementSibling).toHaveTextContent("Would meet Lead Customer Service Representative on 14 August 2027 if the current job goes on.");
  });

  it("say nothing more while the engine gives no what-if", () => {
    render(<ResultsView result={{ ...result, levels: [level(undefined)] }} />);
    expect(screen.getByRole("article")).not.toHaveTextContent(/Would meet|could qualify/);
  });
});
