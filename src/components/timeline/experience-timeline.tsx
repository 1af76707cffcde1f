/**
 * The applicant's jobs on a time axis: each job a bar whose height is its
 * share of full time (a dashed outline marks full time, so part-time shows),
 * hatched where jobs overlap, and a top row of what is credited for all jobs
 * together. A table gives the same facts in words for screen readers and
 * anyone who prefers numbers.
 */
import { useEffect, useState } from "react";
import type { Applicant } from "../../engine/applicant-schema";
import { civilDate, dayNumber, formatIsoDate } from "../../engine/calendar-date";
import { formatHours, formatMonths } from "../../engine/format-number";
import { applicantField } from "../../pool/applicant-fields";
import { timelineModel } from "./timeline-model";

export interface ExperienceTimelineProps {
  applicant: Applicant;
  /** The screening date: current jobs run to it and nothing after it counts. */
  asOf: string;
  /** Hours per week that count as full time (the series' counting rules). */
  fullTimeHoursPerWeek: number;
  /** Heading level of the timeline's title. Default 3. */
  headingLevel?: 2 | 3 | 4;
}

const LANE = 34;
const BAR = 26;
const LEFT = 72;
const TOP = 8;

/**
 * Follow the drawing's width so its text stays at its true size at any zoom.
 * A callback ref: the drawing appears only once a job is entered, long after
 * the timeline itself mounts, and the observer must start then.
 */
function useWidth(): [(el: HTMLDivElement | null) => void, number] {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.floor(entry.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return [setEl, width];
}

function yearTicks(from: number, to: number, width: number): number[] {
  const first = civilDate(from).year + 1;
  const last = civilDate(to).year;
  const years = Math.max(1, last - first + 1);
  const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= width / 70) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks;
}

/** A row's name and, under it, its months (a job's own; all jobs' credited), left of its bar. */
function RowLabel({ y, name, months }: { y: number; name: string; months: number }) {
  return (
    <text x={4} y={y + 11} className="timeline-label">
      {name}
      <tspan x={4} dy={13} className="timeline-months">
        {formatMonths(months)} mo.
      </tspan>
    </text>
  );
}

export function ExperienceTimeline({ applicant, asOf, fullTimeHoursPerWeek, headingLevel = 3 }: ExperienceTimelineProps) {
  const [box, width] = useWidth();
  const H = `h${headingLevel}` as "h3";
  const model = timelineModel(applicant, asOf, fullTimeHoursPerWeek);
  const ft = formatHours(fullTimeHoursPerWeek);
  if (model.jobs.length === 0)
    return (
      <section className="timeline" aria-labelledby="timeline-title">
        <H id="timeline-title">Experience timeline</H>
        <p>No jobs entered yet.</p>
      </section>
    );
  const span = model.to + 1 - model.from;
  const x = (day: number) => LEFT + ((day - model.from) / span) * (width - LEFT - 8);
  const rows = model.jobs.length + 1;
  const axisY = TOP + rows * LANE + 4;
  const height = axisY + 24;
  const bar = (row: number, start: number, end: number, share: number, key: string, className: string) => {
    const y = TOP + row * LANE;
    const h = Math.max(2, BAR * share);
    return <rect key={key} className={className} x={x(start)} y={y + BAR - h} width={Math.max(2, x(end + 1) - x(start))} height={h} />;
  };
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <H id="timeline-title">Experience timeline</H>
      <p className="hint">
        Bar height is the share of full time ({ft} hours per week; the dashed outline is full time). Hatching marks days shared with another job, which count once. Under each job's name: its own months, as if it were the only job; under All jobs: the months credited, overlapping days once.
      </p>
      <div ref={box} className="timeline-drawing">
        <svg width={width} height={height} role="img" aria-labelledby="timeline-svg-title">
          <title id="timeline-svg-title">
            {`Timeline of ${model.jobs.length} job${model.jobs.length === 1 ? "" : "s"} to ${asOf}; the table below gives the same information.`}
          </title>
          <defs>
            <pattern id="timeline-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
            </pattern>
          </defs>
          <RowLabel y={TOP} name="All jobs" months={model.months} />
          {model.segments.map((s, i) => bar(0, s.start, s.end, s.rate, `s${i}`, s.jobs.length > 1 ? "bar-overlap" : "bar-credit"))}
          {model.jobs.map((j, r) => {
            const row = r + 1;
            const y = TOP + row * LANE;
            return (
              <g key={j.index}>
                <RowLabel y={y} name={`Job ${j.index + 1}`} months={j.creditedMonths} />
                {j.span && (
                  <>
                    <rect className="bar-outline" x={x(j.span.start)} y={y} width={Math.max(2, x(j.span.end + 1) - x(j.span.start))} height={BAR} />
                    {bar(row, j.span.start, j.span.end, j.share, "b", "bar-job")}
                    {model.segments
                      .filter((s) => s.jobs.length > 1 && s.jobs.includes(j.index))
                      .map((s, i) => bar(row, s.start, s.end, j.share, `o${i}`, "bar-overlap"))}
                  </>
                )}
              </g>
            );
          })}
          <line className="timeline-axis" x1={LEFT} x2={width - 8} y1={axisY} y2={axisY} />
          {yearTicks(model.from, model.to, width).map((y) => {
            const tx = x(dayNumber(y, 1, 1));
            return (
              <g key={y}>
                <line className="timeline-axis" x1={tx} x2={tx} y1={axisY} y2={axisY + 5} />
                <text x={tx} y={axisY + 18} textAnchor="middle" className="timeline-tick">
                  {y}
                </text>
              </g>
            );
          })}
          <line className="timeline-asof" x1={x(model.asOfDay + 1)} x2={x(model.asOfDay + 1)} y1={TOP} y2={axisY} />
        </svg>
      </div>
      {/* A wide table scrolls inside its own box on a narrow screen, rather than the page sideways; its title stays outside, whole. */}
      <p id="timeline-table-title" className="timeline-table-title">
        Jobs and months credited under the counting rules ({ft} hours per week is full time), before any level's rules on kinds of work
      </p>
      <div className="timeline-table-scroll" role="region" aria-labelledby="timeline-table-title" tabIndex={0}>
        <table className="timeline-table" aria-labelledby="timeline-table-title">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Dates</th>
              <th scope="col">{applicantField("job", "hoursPerWeek").label}</th>
              <th scope="col">Overlaps</th>
              <th scope="col">Months on its own</th>
            </tr>
          </thead>
          <tbody>
            {model.jobs.map((j) => (
              <tr key={j.index}>
                <th scope="row">{j.label}</th>
                <td>
                  {j.start} to {j.end ?? `current (${asOf})`}
                  {!j.span && " (starts after the screening date: not counted)"}
                  {j.span && j.end !== null && formatIsoDate(j.span.end) !== j.end && ` (counted to ${formatIsoDate(j.span.end)})`}
                </td>
                <td>
                  {formatHours(j.hoursPerWeek)} ({Math.round(j.share * 100)}% of full time)
                </td>
                <td>{j.overlaps.length ? `With ${j.overlaps.map((o) => `job ${o + 1}`).join(", ")}` : "None"}</td>
                <td>{formatMonths(j.creditedMonths)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All jobs</th>
              <td colSpan={3}>Months with any job: {formatMonths(model.calendarMonths)}; credited, overlapping days once:</td>
              <td>{formatMonths(model.months)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
