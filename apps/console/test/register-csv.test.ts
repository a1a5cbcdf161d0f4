import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../app/lib/csv";
import {
  REGISTER_CSV_COLUMNS,
  type RegisterCsvEntry,
  registerCsvFilename,
  registerCsvRow,
} from "../app/lib/register-csv";
import { readRegisterFilters, registerFilterArgs } from "../app/lib/register-list";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('she said "no"')).toBe('"she said ""no"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("line one\r\nline two")).toBe('"line one\r\nline two"');
  });

  it.each([
    ["=HYPERLINK(A1)", "'=HYPERLINK(A1)"],
    ["+44 7700 900123", "'+44 7700 900123"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
  ])("stops %j from running as a formula", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("guards a formula that also needs quoting", () => {
    expect(csvCell('=cmd|" /C calc"!A0, x')).toBe('"\'=cmd|"" /C calc""!A0, x"');
  });

  it("leaves text with = + - @ later in the cell alone", () => {
    expect(csvCell("Amber - at risk")).toBe("Amber - at risk");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", "d,e"],
      ]),
    ).toBe('a,b\r\nc,"d,e"\r\n');
  });
});

const entry = (overrides: Partial<RegisterCsvEntry> = {}): RegisterCsvEntry => ({
  person: { name: "Alex Morgan", nhsNumber: "9990000018", dateOfBirth: "2004-05-06" },
  organisation: { name: "NHS Northvale Integrated Care Board" },
  rating: "AMBER",
  ratingHistory: [
    { ratedOn: "2026-09-01", reason: "First rating" },
    { ratedOn: "2026-11-02", reason: '=Placement at risk, says "team"' },
  ],
  addedOn: "2026-09-01",
  nextReviewOn: null,
  consentBasis: "BEST_INTERESTS",
  riskFactors: [{ factor: "LIFE_EVENTS" }, { factor: "NO_FIXED_ADDRESS" }],
  minimumDatasetPercentComplete: 85,
  missingData: [{ label: "Key areas of risk" }, { label: "The family's wishes" }],
  removedOn: null,
  ...overrides,
});

describe("the register export", () => {
  it("has one cell per documented column", () => {
    expect(registerCsvRow(entry())).toHaveLength(REGISTER_CSV_COLUMNS.length);
  });

  it("writes the latest rating, words for codes and lists joined with semicolons", () => {
    const row = Object.fromEntries(
      REGISTER_CSV_COLUMNS.map((column, i) => [column, registerCsvRow(entry())[i]]),
    );
    expect(row).toMatchObject({
      Name: "Alex Morgan",
      "NHS number": "9990000018",
      "Date of birth": "2004-05-06",
      Rating: "Amber",
      "What the rating means": "At risk without the right support soon",
      "Rated on": "2026-11-02",
      "Reason for the rating": '=Placement at risk, says "team"',
      "Number of ratings recorded": "2",
      "Next register review": "",
      "Consent to be on the register": "A best-interests decision",
      "Risk factors (Appendix 2)":
        "Significant life events and/or change such as bereavement or abuse; Having no fixed address",
      "Minimum dataset complete (%)": "85",
      "Missing information (Figure 11)": "Key areas of risk; The family's wishes",
    });
  });

  it("guards typed text in the file, as written", () => {
    const csv = toCsv([[...REGISTER_CSV_COLUMNS], registerCsvRow(entry())]);
    expect(csv.split("\r\n")[0]).toBe(REGISTER_CSV_COLUMNS.join(","));
    expect(csv).toContain(',"\'=Placement at risk, says ""team"""');
    expect(csv).not.toMatch(/,=/);
  });

  it("names the file after the organisation and the day", () => {
    expect(registerCsvFilename("NHS Northvale Integrated Care Board", "2026-11-23")).toBe(
      "register-nhs-northvale-integrated-care-board-2026-11-23.csv",
    );
    expect(registerCsvFilename(null, "2026-11-23")).toBe("register-2026-11-23.csv");
  });
});

describe("the register list's filters", () => {
  it("reads known filters and ignores the rest", () => {
    const read = (q: string) => readRegisterFilters(new URL(`http://x/register?${q}`));
    expect(read("rating=RED&missing=missing")).toEqual({ rating: "RED", missing: "missing" });
    expect(read("rating=PURPLE&missing=maybe")).toEqual({ rating: "all", missing: "any" });
  });

  it("asks the API for what the filters mean", () => {
    expect(registerFilterArgs({ rating: "all", missing: "any" })).toEqual({
      rating: null,
      missingData: null,
    });
    expect(registerFilterArgs({ rating: "red-amber", missing: "complete" })).toEqual({
      rating: ["RED", "AMBER"],
      missingData: false,
    });
    expect(registerFilterArgs({ rating: "BLUE", missing: "missing" })).toEqual({
      rating: ["BLUE"],
      missingData: true,
    });
  });
});
