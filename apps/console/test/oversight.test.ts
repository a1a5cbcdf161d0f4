import { describe, expect, it } from "vitest";
import {
  addMonths,
  byMonth,
  byOrganisation,
  MEASURES,
  monthName,
  monthsEnding,
  OVERSIGHT_CSV_COLUMNS,
  type OversightApiRow,
  oversightCsvRows,
  rangeArgs,
  readPeriod,
  shareInWords,
} from "../app/lib/oversight";

const zero = {
  reviewsHeld: 0,
  reviewsHeldOnTime: 0,
  reviewsHeldLate: 0,
  reportsSentOnTime: 0,
  reportsSentLate: 0,
  reportsOverdue: 0,
  actionsDue: 0,
  actionsDoneOnTime: 0,
  actionsDoneLate: 0,
  actionsOpenLate: 0,
  actionsNotDone: 0,
  actionsNotYetDue: 0,
};
const north = { id: "n", name: "North ICB (fictional)" };
const south = { id: "s", name: "South ICB (fictional)" };
const rows: OversightApiRow[] = [
  {
    ...zero,
    organisation: north,
    month: "2026-01",
    reviewsHeld: 2,
    reviewsHeldOnTime: 1,
    reviewsHeldLate: 1,
  },
  { ...zero, organisation: south, month: "2026-01", reviewsHeld: 1, reviewsHeldOnTime: 1 },
  {
    ...zero,
    organisation: south,
    month: "2026-02",
    actionsDue: 3,
    actionsDoneOnTime: 1,
    actionsOpenLate: 1,
    actionsNotYetDue: 1,
  },
];

describe("oversight figures", () => {
  it("works out the months of a period across a new year", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(monthsEnding("2026-02-14", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(rangeArgs(["2025-12", "2026-01", "2026-02"], "2026-02-14")).toEqual({
      from: "2025-12-01",
      to: "2026-02-14",
    });
    expect(readPeriod("24")).toBe(24);
    expect(readPeriod("7")).toBe(12);
    expect(monthName("2026-02")).toBe("February 2026");
  });

  it("adds organisations up by month, keeping months with nothing counted", () => {
    const monthly = byMonth(rows, ["2025-12", "2026-01", "2026-02"]);
    expect(monthly.map((m) => m.counts.reviewsHeld)).toEqual([0, 3, 0]);
    expect(shareInWords(MEASURES.reviews.of(monthly[1]?.counts ?? zero))).toBe("67% (2 of 3)");
    // The action not yet due is left out: 1 on time out of 2.
    expect(shareInWords(MEASURES.actions.of(monthly[2]?.counts ?? zero))).toBe("50% (1 of 2)");
    expect(shareInWords(MEASURES.reports.of(monthly[0]?.counts ?? zero))).toBe("None to count");
  });

  it("adds months up by organisation, by name", () => {
    const orgs = byOrganisation(rows, [south, north]);
    expect(orgs.map((o) => [o.organisation.name, o.counts.reviewsHeld])).toEqual([
      [north.name, 2],
      [south.name, 1],
    ]);
  });

  it("writes one CSV row per organisation and month, blank where there is no share", () => {
    const csv = oversightCsvRows(rows, [north, south], ["2026-01", "2026-02"]);
    expect(csv).toHaveLength(4);
    for (const row of csv) expect(row).toHaveLength(OVERSIGHT_CSV_COLUMNS.length);
    expect(csv[0]?.slice(0, 6)).toEqual([north.name, "2026-01", "2", "1", "1", "50"]);
    expect(csv[3]?.slice(0, 2)).toEqual([south.name, "2026-02"]);
    expect(csv[3]?.[5]).toBe("");
    expect(csv[3]?.at(-1)).toBe("50");
  });
});
