import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toCsv } from "../app/lib/csv";
import {
  RETURNS_COLUMNS,
  RETURNS_HEADER,
  type ReturnsRow,
  returnsCsvFilename,
  returnsCsvRow,
  returnsDictionaryMarkdown,
} from "../app/lib/returns-csv";
import { chosenPeriod, returnsPeriods } from "../app/lib/returns-period";

const row: ReturnsRow = {
  rowNumber: 3,
  organisationName: "NHS Northvale Integrated Care Board",
  kind: "INPATIENT",
  enquirySetting: "INPATIENT",
  status: "REPORT_SENT",
  reviewMonth: "2026-10",
  ageBand: "26 to 35",
  diagnosis: "BOTH",
  legalStatus: "DETAINED_MHA",
  mojRestricted: false,
  outcome: null,
  daysFromTriggerToReview: 12,
  heldOnTime: "YES",
  reportOnTime: "NOT_YET_DUE",
  actionsAgreed: 3,
  actionsDoneOnTime: 1,
  consentRecorded: true,
  registerRating: null,
};

describe("the returns dataset's dictionary", () => {
  it("is the CSV header, column for column", () => {
    expect(RETURNS_HEADER).toEqual(RETURNS_COLUMNS.map((c) => c.name));
    expect(returnsCsvRow(row)).toHaveLength(RETURNS_HEADER.length);
    expect(new Set(RETURNS_HEADER).size).toBe(RETURNS_HEADER.length);
  });

  it("is the one in docs/returns-dataset.md", () => {
    const docs = readFileSync(new URL("../../../docs/returns-dataset.md", import.meta.url), "utf8");
    // Cell by cell: a formatter may pad the table's columns to line them up.
    const cells = (markdown: string) =>
      markdown
        .split("\n")
        .filter((line) => line.startsWith("|"))
        .map((line) =>
          line
            .split("|")
            .map((cell) => cell.trim().replace(/^-{3,}$/, "---"))
            .join("|"),
        )
        .join("\n");
    expect(cells(docs)).toContain(cells(returnsDictionaryMarkdown()));
  });

  it("lists every code a coded cell can hold", () => {
    const cells = returnsCsvRow(row);
    RETURNS_COLUMNS.forEach((column, index) => {
      const cell = cells[index] ?? "";
      if (typeof column.values === "object" && cell !== "")
        expect(Object.keys(column.values), column.name).toContain(cell);
    });
  });
});

describe("a returns row", () => {
  it("is codes, counts and yes/no, with empty cells for what is not known", () => {
    expect(toCsv([RETURNS_HEADER, returnsCsvRow(row)]).split("\r\n")[1]).toBe(
      "3,NHS Northvale Integrated Care Board,INPATIENT,INPATIENT,REPORT_SENT,2026-10,26 to 35,BOTH,DETAINED_MHA,no,,12,yes,not yet due,3,1,yes,",
    );
  });

  it("names the file after its period", () => {
    expect(returnsCsvFilename("2026-04-01", "2027-03-31")).toBe(
      "cetr-returns-2026-04-01-to-2027-03-31.csv",
    );
  });
});

describe("return periods", () => {
  it("offers this financial year and last, by year and by quarter begun", () => {
    const periods = returnsPeriods("2026-11-23");
    expect(periods.map((p) => p.value)).toEqual([
      "fy2026",
      "fy2026-q1",
      "fy2026-q2",
      "fy2026-q3",
      "fy2025",
      "fy2025-q1",
      "fy2025-q2",
      "fy2025-q3",
      "fy2025-q4",
    ]);
    expect(periods.find((p) => p.value === "fy2025-q4")).toMatchObject({
      from: "2026-01-01",
      to: "2026-03-31",
      label: "January to March 2026 (quarter 4 of 2025/26)",
    });
    expect(periods[0]).toMatchObject({ from: "2026-04-01", to: "2027-03-31" });
  });

  it("takes a January date as the financial year begun the April before", () => {
    expect(chosenPeriod(null, "2027-01-10")).toMatchObject({ value: "fy2026" });
    expect(chosenPeriod("fy1999", "2027-01-10").value).toBe("fy2026");
    expect(chosenPeriod("fy2025-q2", "2027-01-10")).toMatchObject({
      from: "2025-07-01",
      to: "2025-09-30",
    });
  });
});
