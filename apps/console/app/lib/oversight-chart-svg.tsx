import {
  MEASURES,
  type Measure,
  monthName,
  type OversightCounts,
  percent,
  shareInWords,
  shortMonthName,
  sumCounts,
} from "./oversight";

/** A narrow drawing scaled to the column, with large text, as the register's rating chart. */
const W = 400;
const H = 200;
const LEFT = 52;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 30;
const GRID = [0, 50, 100] as const;

/**
 * One measure's share on time, month by month, as server-rendered bars (no
 * script, no chart library). A month with nothing to count has no bar and
 * says so with a dash, so an empty month is not read as 0%. The text
 * alternative is visible to all: the caption says the overall share, and
 * the table beside the charts holds every figure.
 */
export function OversightChart({
  measure,
  months,
}: {
  measure: Measure;
  months: readonly { month: string; counts: OversightCounts }[];
}) {
  const { label, of } = MEASURES[measure];
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const slot = plotW / Math.max(months.length, 1);
  const barW = Math.max(slot * 0.6, 2);
  // Every month is labelled when there is room; otherwise every second or third.
  const every = months.length > 12 ? 3 : months.length > 6 ? 2 : 1;
  const y = (p: number) => TOP + plotH - (p / 100) * plotH;
  const total = of(sumCounts(months.map((m) => m.counts)));
  const first = months[0]?.month;
  const last = months[months.length - 1]?.month;
  return (
    <figure className="cetr-oversight-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Chart: ${label.toLowerCase()}, month by month`}
        preserveAspectRatio="xMinYMin meet"
      >
        {GRID.map((g) => (
          <g key={g}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(g)} y2={y(g)} stroke="#aeb7bd" strokeWidth={1} />
            <text
              x={LEFT - 6}
              y={y(g)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="16"
              fill="#212b32"
            >
              {g}%
            </text>
          </g>
        ))}
        {months.map(({ month, counts }, i) => {
          const p = percent(of(counts));
          const x = LEFT + i * slot + (slot - barW) / 2;
          return (
            <g key={month}>
              {p === null ? (
                <text
                  x={x + barW / 2}
                  y={y(0) - 6}
                  textAnchor="middle"
                  fontSize="16"
                  fill="#4c6272"
                >
                  –
                </text>
              ) : (
                <rect
                  x={x}
                  y={y(p)}
                  width={barW}
                  height={Math.max(y(0) - y(p), 1)}
                  fill="#005eb8"
                  stroke="#212b32"
                  strokeWidth={1}
                />
              )}
              {i % every === 0 ? (
                <text x={x + barW / 2} y={H - 10} textAnchor="middle" fontSize="14" fill="#212b32">
                  {shortMonthName(month)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="cetr-hint">
        {label}
        {first && last ? `, ${monthName(first)} to ${monthName(last)}` : ""}: {shareInWords(total)}.
        A dash means a month with nothing to count.
      </figcaption>
    </figure>
  );
}
