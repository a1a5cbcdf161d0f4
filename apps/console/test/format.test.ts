import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatNhsNumber, pageTitle } from "../app/lib/format";

describe("console formatting", () => {
  it.each([
    ["2010-03-14", "14 March 2010"],
    // A calendar date must not shift a day at the clock change or in another time zone.
    ["2026-03-29", "29 March 2026"],
    ["2026-10-25", "25 October 2026"],
  ])("writes %s as %s", (iso, words) => {
    expect(formatCalendarDate(iso)).toBe(words);
  });

  it("groups NHS numbers 3-3-4 and leaves anything else alone", () => {
    expect(formatNhsNumber("9990000018")).toBe("999 000 0018");
    expect(formatNhsNumber("12345")).toBe("12345");
  });

  it('puts "Error: " first in the title when a form failed', () => {
    expect(pageTitle("Add a person")).toBe("Add a person – CETR staff console");
    expect(pageTitle("Add a person", true)).toBe("Error: Add a person – CETR staff console");
  });
});
