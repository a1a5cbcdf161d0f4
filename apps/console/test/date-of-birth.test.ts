import { describe, expect, it } from "vitest";
import { readDateParts } from "../app/lib/date-of-birth";

describe("readDateParts (GOV.UK three-field date)", () => {
  it("treats three empty boxes as no answer", () => {
    expect(readDateParts({ day: " ", month: "", year: "" }, "Date of birth")).toEqual({
      kind: "empty",
    });
  });

  it("pads day and month", () => {
    expect(readDateParts({ day: "7", month: "3", year: "2011" }, "Date of birth")).toEqual({
      kind: "date",
      value: "2011-03-07",
    });
  });

  it.each([
    [{ day: "7", month: "", year: "2011" }, "Date of birth must include a month", ["month"]],
    [
      { day: "", month: "", year: "2011" },
      "Date of birth must include a day and a month",
      ["day", "month"],
    ],
    [{ day: "7", month: "3", year: "" }, "Date of birth must include a year", ["year"]],
  ])("says which part is missing: %o", (parts, message, missing) => {
    expect(readDateParts(parts, "Date of birth")).toEqual({
      kind: "incomplete",
      message,
      parts: missing,
    });
  });

  it.each([
    [{ day: "seven", month: "3", year: "2011" }, ["day"]],
    [{ day: "7", month: "3", year: "11" }, ["year"]],
  ])("refuses parts that are not numbers, or a short year: %o", (parts, invalid) => {
    expect(readDateParts(parts, "Date of birth")).toEqual({
      kind: "incomplete",
      message: "Date of birth must be a real date, for example 27 3 2007",
      parts: invalid,
    });
  });
});
