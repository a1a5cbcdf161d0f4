import { describe, expect, it } from "vitest";
import {
  mergeGovUkBankHolidays,
  renderBankHolidayModule,
} from "../scripts/update-bank-holidays.js";
import { ENGLAND_AND_WALES_BANK_HOLIDAY_DATES } from "../src/index.js";

const feed = (dates: string[]) => ({
  "england-and-wales": {
    division: "england-and-wales",
    events: dates.map((date) => ({ title: "x", date })),
  },
  scotland: { division: "scotland", events: [{ title: "St Andrew's Day", date: "2024-12-02" }] },
});

describe("bank holiday updater (converts a downloaded GOV.UK file; never fetches)", () => {
  it("years in the download replace bundled years; other years are kept; Scotland is ignored", () => {
    const merged = mergeGovUkBankHolidays(
      feed(["2024-01-01", "2024-12-25", "2031-01-01"]),
      ENGLAND_AND_WALES_BANK_HOLIDAY_DATES,
    );
    expect(merged.filter((d) => d.startsWith("2024"))).toEqual(["2024-01-01", "2024-12-25"]);
    expect(merged.filter((d) => d.startsWith("2023"))).toHaveLength(9);
    expect(merged).toContain("2031-01-01");
    expect(merged).not.toContain("2024-12-02");
    expect(merged).toEqual([...merged].sort());
  });

  it.each([
    ["not a feed", { foo: 1 }],
    ["bad date", feed(["2024-02-30"])],
    ["empty", feed([])],
    ["null", null],
  ])("rejects %s with a clear error", (_l, input) => {
    expect(() => mergeGovUkBankHolidays(input, [])).toThrow();
  });

  it("renders a module the bundled file matches exactly (the file is generated)", () => {
    const text = renderBankHolidayModule(["2024-01-01", "2025-12-26"]);
    expect(text).toContain("BANK_HOLIDAYS_FIRST_YEAR = 2024;");
    expect(text).toContain("BANK_HOLIDAYS_LAST_YEAR = 2025;");
    expect(text).toContain('  "2025-12-26",\n];');
  });
});
