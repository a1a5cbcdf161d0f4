import { formatCalendarDate } from "./format";
import { RATINGS, type Rating } from "./register-labels";
import { daysBetween } from "./worklist";
import { RATING_NAMES } from "./worklist-labels";

/**
 * The geometry of the rating history chart: a step line across four bands,
 * most severe at the top, from the first rating to today. Pure, so it is
 * tested without rendering; RatingChart draws it as inline SVG (ADR 0020).
 */

export interface RatingPoint {
  rating: Rating;
  ratedOn: string;
}

export interface ChartPoint extends RatingPoint {
  x: number;
  y: number;
}

export interface RatingChartData {
  width: number;
  height: number;
  /** One horizontal band per rating, RED at the top. */
  bands: { rating: Rating; y: number; height: number; labelY: number }[];
  points: ChartPoint[];
  /** The step line: level until the next rating, then straight up or down to it, then on to today. */
  path: string;
  /** Date labels under the axis: the first rating and today. */
  ticks: { x: number; label: string; anchor: "start" | "end" }[];
  /** The same story in one sentence, for the chart's text alternative. */
  summary: string;
}

/**
 * A narrow drawing scaled to the column, with large text: at 320 px wide the
 * labels are still about 14 px, and the figure's max-width (register.css)
 * keeps them from growing past about 23 px on wide screens.
 */
export const CHART = {
  width: 400,
  height: 210,
  /** Room on the left for the band names. */
  left: 78,
  right: 16,
  top: 8,
  /** Room below for the date labels. */
  bottom: 34,
} as const;

export function ratingChartData(history: readonly RatingPoint[], today: string): RatingChartData {
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const bandHeight = plotHeight / RATINGS.length;
  const bands = RATINGS.map((rating, i) => ({
    rating,
    y: CHART.top + i * bandHeight,
    height: bandHeight,
    labelY: CHART.top + i * bandHeight + bandHeight / 2,
  }));
  const yOf = (rating: Rating) => CHART.top + (RATINGS.indexOf(rating) + 0.5) * bandHeight;

  const first = history[0];
  if (!first) {
    return { ...CHART, bands, points: [], path: "", ticks: [], summary: "No ratings yet." };
  }
  const lastDate = history[history.length - 1]?.ratedOn ?? first.ratedOn;
  // Today ends the line; a history dated later than today (never, in practice) ends at its last rating.
  const end = today > lastDate ? today : lastDate;
  const days = daysBetween(first.ratedOn, end);
  // Everything on one day (a first rating today): the points sit at the start, the line runs across.
  const xOf = (date: string) =>
    days === 0 ? CHART.left : CHART.left + (daysBetween(first.ratedOn, date) / days) * plotWidth;
  const endX = days === 0 ? CHART.left + plotWidth : xOf(end);

  const points = history.map((p) => ({ ...p, x: round(xOf(p.ratedOn)), y: round(yOf(p.rating)) }));
  const steps = points.map((p, i) => {
    const previous = points[i - 1];
    return i === 0 || !previous ? `M${p.x} ${p.y}` : `H${p.x} V${p.y}`;
  });
  const path = `${steps.join(" ")} H${round(endX)}`;

  const ticks: RatingChartData["ticks"] = [
    { x: CHART.left, label: shortDate(first.ratedOn), anchor: "start" },
  ];
  if (end !== first.ratedOn)
    ticks.push({
      x: round(endX),
      label: end === today ? `Today (${shortDate(today)})` : shortDate(end),
      anchor: "end",
    });

  return { ...CHART, bands, points, path, ticks, summary: summarise(history, today) };
}

/** "Red from 1 October 2026 to 5 November 2026, then amber from 5 November 2026 to today." */
export function summarise(history: readonly RatingPoint[], today: string): string {
  if (history.length === 0) return "No ratings yet.";
  const parts = history.map((p, i) => {
    const next = history[i + 1];
    const name = RATING_NAMES[p.rating] ?? p.rating;
    const word = i === 0 ? name : name.toLowerCase();
    const until = next ? formatCalendarDate(next.ratedOn) : p.ratedOn === today ? null : "today";
    if (next?.ratedOn === p.ratedOn) return `${word} on ${formatCalendarDate(p.ratedOn)}`;
    return until
      ? `${word} from ${formatCalendarDate(p.ratedOn)} to ${until}`
      : `${word} from ${formatCalendarDate(p.ratedOn)}`;
  });
  return `${parts.join(", then ")}.`;
}

const round = (n: number) => Math.round(n * 10) / 10;

const short = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const shortDate = (iso: string) => short.format(new Date(`${iso}T00:00:00Z`));
