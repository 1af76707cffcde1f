/**
 * A small picture of when the applicant could qualify: today, and each day a
 * route reaches more levels, spaced by time. The picture is hidden from
 * screen readers; the list beside it says the same in words.
 */
import type { LevelResult } from "../../engine/result-types";
import { dateInWords, type Locale } from "../../i18n/locale";
import { commonIntl, type Voice } from "./qualifying-routes";
import { qualifyingTimeline } from "./timeline-model";
import "./qualify.css";

const WIDTH = 640;
const LEFT = 16;
const RIGHT = 16;
const AXIS_Y = 24;
const ROW = 34;

/** Room for a label of the picture (in the 640-unit drawing at 12 units a letter, half its width); longer ones end in "…" (the list beside says it all). */
const LABEL_CHARS = 52;
const fit = (text: string): string => (text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…`);

const utcDay = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

export function QualifyingTimeline({
  levels,
  today,
  locale,
  headingLevel = 3,
  voice = "you",
}: {
  levels: LevelResult[];
  today: string;
  locale: Locale;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  voice?: Voice;
}) {
  const model = qualifyingTimeline(levels, today, locale);
  if (model.later.length === 0) return null;
  const intl = commonIntl(locale);
  const H = `h${headingLevel}` as "h3";
  const list = (titles: string[]): string => intl.formatList(titles, { type: "conjunction" });
  const points = [model.today, ...model.later];
  const first = utcDay(model.today.date);
  const span = Math.max(1, utcDay(model.later[model.later.length - 1].date) - first);
  const x = (iso: string): number => LEFT + ((utcDay(iso) - first) / span) * (WIDTH - LEFT - RIGHT);
  const height = AXIS_Y + 12 + points.length * ROW;
  return (
    <figure className="qualify-timeline">
      <H className="qualify-timeline-title">{intl.formatMessage({ id: voice === "officer" ? "timeline.title.officer" : "timeline.title" })}</H>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="presentation" aria-hidden="true" focusable="false" className="qualify-timeline-svg">
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={AXIS_Y} y2={AXIS_Y} stroke="currentColor" strokeWidth="2" />
        {points.map((p, i) => {
          const px = x(p.date);
          const y = AXIS_Y + 12 + i * ROW + 14;
          const anchor = px > WIDTH / 2 ? "end" : "start";
          const label = i === 0 ? `${intl.formatMessage({ id: "timeline.today" })}, ${dateInWords(p.date, locale)}` : dateInWords(p.date, locale);
          const reached = p.titles.length ? intl.formatMessage({ id: "timeline.meets" }, { levels: list(p.titles) }) : intl.formatMessage({ id: "timeline.none" });
          return (
            <g key={p.date + i}>
              <circle cx={px} cy={AXIS_Y} r={i === 0 ? 7 : 6} fill={i === 0 ? "currentColor" : "#fff"} stroke="currentColor" strokeWidth="2" />
              <line x1={px} x2={px} y1={AXIS_Y + 7} y2={y - 10} stroke="currentColor" strokeDasharray="2 3" />
              <text x={px} y={y} textAnchor={anchor} fontSize="13" fontWeight="bold" fill="currentColor">
                {fit(label)}
              </text>
              <text x={px} y={y + 15} textAnchor={anchor} fontSize="12" fill="currentColor">
                {fit(reached)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="visually-hidden">
        <li>
          {intl.formatMessage({ id: "timeline.todayLine" }, { date: dateInWords(model.today.date, locale), levels: model.today.titles.length ? list(model.today.titles) : "none" })}
        </li>
        {model.later.map((p) => (
          <li key={p.date}>{intl.formatMessage({ id: "timeline.pointLine" }, { date: dateInWords(p.date, locale), levels: list(p.titles) })}</li>
        ))}
      </ul>
    </figure>
  );
}
