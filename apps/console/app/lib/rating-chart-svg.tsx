import { CHART, type RatingPoint, ratingChartData } from "./rating-chart";
import { RATING_NAMES } from "./worklist-labels";

/** Fill colours (NHS palette); each band is also named in text, and the line is dark, so colour is never the only cue. */
const BAND_FILL = { RED: "#f8d6d3", AMBER: "#fff1cc", GREEN: "#d5ecda", BLUE: "#d8e6f3" } as const;
const MARK_FILL = { RED: "#d5281b", AMBER: "#ffb81c", GREEN: "#007f3b", BLUE: "#005eb8" } as const;

/**
 * The rating history as a small server-rendered SVG (no script, no chart
 * library). Its text alternative is visible to all: the caption says the
 * story in a sentence, and the table below holds the same data (ADR 0020).
 * The image's own name is short so a screen reader does not hear it twice.
 */
export function RatingChart({
  history,
  today,
}: {
  history: readonly RatingPoint[];
  today: string;
}) {
  const chart = ratingChartData(history, today);
  return (
    <figure className="cetr-rating-chart">
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label="Chart of the rating over time"
        preserveAspectRatio="xMinYMin meet"
      >
        {chart.bands.map((band) => (
          <g key={band.rating}>
            <rect
              x={CHART.left}
              y={band.y}
              width={chart.width - CHART.left - CHART.right}
              height={band.height}
              fill={BAND_FILL[band.rating]}
            />
            <text
              x={CHART.left - 8}
              y={band.labelY}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="19"
              fill="#212b32"
            >
              {RATING_NAMES[band.rating]}
            </text>
          </g>
        ))}
        <path d={chart.path} fill="none" stroke="#212b32" strokeWidth={2.5} />
        {chart.points.map((point) => (
          <circle
            key={`${point.ratedOn}-${point.x}-${point.rating}`}
            cx={point.x}
            cy={point.y}
            r={6}
            fill={MARK_FILL[point.rating]}
            stroke="#212b32"
            strokeWidth={2}
          />
        ))}
        {chart.ticks.map((tick) => (
          <text
            key={tick.label}
            x={tick.x}
            y={chart.height - 10}
            textAnchor={tick.anchor}
            fontSize="16"
            fill="#212b32"
          >
            {tick.label}
          </text>
        ))}
      </svg>
      <figcaption className="cetr-hint">{chart.summary}</figcaption>
    </figure>
  );
}
