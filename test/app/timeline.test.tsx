// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Applicant } from "../../src/engine/applicant-schema";
import { ExperienceTimeline } from "../../src/components/timeline";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const job = (employer: string, start: string, end: string | null, hoursPerWeek: number) => ({ employer, start, end, hoursPerWeek, kinds: ["customer-service" as const] });

// A full time all of 2021; B half time from July 2021 to June 2022 (overlapping A for six months);
// C starts after the screening date; D is current, full time from 2026-11-01.
const applicant: Applicant = {
  asOf: "2026-11-22",
  education: { highSchool: "diploma" },
  experience: [job("A", "2021-01-01", "2021-12-31", 40), job("B", "2021-07-01", "2022-06-30", 20), job("C", "2026-12-01", null, 40), job("D", "2026-11-01", null, 40)],
};

function rowOf(name: RegExp): string[] {
  const row = screen.getByRole("rowheader", { name }).closest("tr")!;
  return within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent ?? "");
}

describe("ExperienceTimeline", () => {
  it("gives every job's dates, hours, overlaps and own months in a table, and the months credited to all jobs", () => {
    render(<ExperienceTimeline applicant={applicant} asOf="2026-11-22" fullTimeHoursPerWeek={40} />);
    expect(screen.getByRole("table", { name: /Jobs and months credited under the counting rules \(40 hours per week is full time\)/ })).toBeInTheDocument();
    // A: 12 months on its own; B: 12 months at half time = 6. Together: Jul-Dec 2021's 60 hours a day cap at full time, so 3 months of B count once with A.
    expect(rowOf(/^Job 1: A$/)).toEqual(["2021-01-01 to 2021-12-31", "40 (100% of full time)", "With job 2", "12.00"]);
    expect(rowOf(/^Job 2: B$/)).toEqual(["2021-07-01 to 2022-06-30", "20 (50% of full time)", "With job 1", "6.00"]);
    expect(rowOf(/^Job 3: C$/)[0]).toMatch(/starts after the screening date: not counted/);
    expect(rowOf(/^Job 3: C$/)[3]).toBe("0.00");
    // 22 of November's 30 days.
    expect(rowOf(/^Job 4: D$/)).toEqual(["2026-11-01 to current (2026-11-22)", "40 (100% of full time)", "None", "0.73"]);
    expect(rowOf(/^All jobs$/)).toEqual(["Months with any job: 18.73; credited, overlapping days once:", "15.73"]);
  });

  it("draws each job as a bar whose height is its share of full time, and hatches overlapping days", () => {
    const { container } = render(<ExperienceTimeline applicant={applicant} asOf="2026-11-22" fullTimeHoursPerWeek={40} />);
    expect(screen.getByRole("img", { name: /Timeline of 4 jobs to 2026-11-22; the table below gives the same information/ })).toBeInTheDocument();
    const bars = [...container.querySelectorAll("rect.bar-job")];
    expect(bars).toHaveLength(3); // job C starts after the screening date: no bar
    const [a, b] = bars.map((r) => Number(r.getAttribute("height")));
    expect(b).toBeCloseTo(a / 2);
    expect(container.querySelectorAll("rect.bar-overlap").length).toBeGreaterThan(0);
  });

  it("writes each job's own months, and the months credited to all jobs together, beside its bar", () => {
    const { container } = render(<ExperienceTimeline applicant={applicant} asOf="2026-11-22" fullTimeHoursPerWeek={40} />);
    const labels = [...container.querySelectorAll("svg text.timeline-label")].map((t) => t.textContent);
    expect(labels).toEqual(["All jobs15.73 mo.", "Job 112.00 mo.", "Job 26.00 mo.", "Job 30.00 mo.", "Job 40.73 mo."]);
  });

  it("draws to the width it is given, even when the first job is entered after the timeline appeared", () => {
    // jsdom has no layout: a stand-in ResizeObserver reports the width the drawing's box would have.
    const observed: Array<{ cb: ResizeObserverCallback; el: Element }> = [];
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(private cb: ResizeObserverCallback) {}
        observe(el: Element) {
          observed.push({ cb: this.cb, el });
        }
        disconnect() {}
        unobserve() {}
      },
    );
    const none: Applicant = { asOf: "2026-11-22", education: { highSchool: "ged" } };
    const { container, rerender } = render(<ExperienceTimeline applicant={none} asOf="2026-11-22" fullTimeHoursPerWeek={40} />);
    rerender(<ExperienceTimeline applicant={applicant} asOf="2026-11-22" fullTimeHoursPerWeek={40} />);
    const drawing = container.querySelector(".timeline-drawing")!;
    const watcher = observed.find((o) => o.el === drawing);
    expect(watcher, "the drawing's width is watched").toBeDefined();
    act(() => watcher!.cb([{ contentRect: { width: 300 } } as ResizeObserverEntry], {} as ResizeObserver));
    expect(container.querySelector("svg")).toHaveAttribute("width", "300");
  });

  it("says so when there are no jobs", () => {
    render(<ExperienceTimeline applicant={{ education: { highSchool: "ged" } }} asOf="2026-11-22" fullTimeHoursPerWeek={40} />);
    expect(screen.getByText("No jobs entered yet.")).toBeInTheDocument();
  });
});
