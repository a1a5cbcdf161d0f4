import { describe, expect, it } from "vitest";
import { CHART, ratingChartData, summarise } from "../app/lib/rating-chart";

const plotRight = CHART.width - CHART.right;

describe("the rating history chart", () => {
  it("has a band per rating, most severe at the top", () => {
    const chart = ratingChartData([{ rating: "GREEN", ratedOn: "2026-01-01" }], "2026-01-11");
    expect(chart.bands.map((b) => b.rating)).toEqual(["RED", "AMBER", "GREEN", "BLUE"]);
    const ys = chart.bands.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it("places ratings by date, from the first rating to today", () => {
    const chart = ratingChartData(
      [
        { rating: "RED", ratedOn: "2026-01-01" },
        { rating: "AMBER", ratedOn: "2026-01-06" },
      ],
      "2026-01-11",
    );
    const [red, amber] = chart.points;
    expect(red?.x).toBe(CHART.left);
    // Halfway through the ten days shown.
    expect(amber?.x).toBeCloseTo(CHART.left + (plotRight - CHART.left) / 2, 0);
    expect(red?.y).toBeLessThan(amber?.y ?? 0);
    // Level until the change, straight down to amber, then on to today.
    expect(chart.path).toBe(`M${red?.x} ${red?.y} H${amber?.x} V${amber?.y} H${plotRight}`);
    expect(chart.ticks.map((t) => t.label)).toEqual(["1 Jan 2026", "Today (11 Jan 2026)"]);
  });

  it("draws one rating made today as a single point", () => {
    const chart = ratingChartData([{ rating: "BLUE", ratedOn: "2026-03-04" }], "2026-03-04");
    expect(chart.points).toHaveLength(1);
    expect(chart.points[0]?.x).toBe(CHART.left);
    expect(chart.ticks).toHaveLength(1);
  });

  it("keeps two ratings on the same day in order", () => {
    const chart = ratingChartData(
      [
        { rating: "GREEN", ratedOn: "2026-03-04" },
        { rating: "RED", ratedOn: "2026-03-04" },
      ],
      "2026-03-05",
    );
    expect(chart.points.map((p) => p.rating)).toEqual(["GREEN", "RED"]);
    expect(chart.points[0]?.x).toBe(chart.points[1]?.x);
  });

  it("has nothing to draw before the first rating", () => {
    const chart = ratingChartData([], "2026-03-04");
    expect(chart.points).toEqual([]);
    expect(chart.path).toBe("");
    expect(chart.summary).toBe("No ratings yet.");
  });

  it("says the history in one sentence, for the text alternative", () => {
    expect(
      summarise(
        [
          { rating: "RED", ratedOn: "2026-10-01" },
          { rating: "AMBER", ratedOn: "2026-11-05" },
        ],
        "2026-11-23",
      ),
    ).toBe("Red from 1 October 2026 to 5 November 2026, then amber from 5 November 2026 to today.");
    expect(summarise([{ rating: "GREEN", ratedOn: "2026-11-23" }], "2026-11-23")).toBe(
      "Green from 23 November 2026.",
    );
  });
});

describe("a history all on one day", () => {
  it("runs the line across the chart from the day's ratings", () => {
    const chart = ratingChartData(
      [
        { rating: "AMBER", ratedOn: "2026-11-23" },
        { rating: "RED", ratedOn: "2026-11-23" },
      ],
      "2026-11-23",
    );
    expect(chart.path).toMatch(new RegExp(`H${plotRight}$`));
    expect(chart.summary).toBe("Amber on 23 November 2026, then red from 23 November 2026.");
  });
});
