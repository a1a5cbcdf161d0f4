import { describe, expect, it } from "vitest";
import {
  checkFamilyView,
  helpersText,
  isPast,
  itemKey,
  leavingPath,
  MAX_FAMILY_NOTE,
  whenFor,
} from "./leaving-hospital";

describe("when an item should happen, in words, in Europe/London", () => {
  const now = new Date("2026-11-23T10:00:00Z");

  it("shows the real date beside the policy's rule", () => {
    expect(
      whenFor({ byWhenKind: "WEEKS_AFTER_ADMISSION", effectiveDueOn: "2026-03-03" }, "en-GB", now),
    ).toEqual({ date: "Tuesday 3 March", rule: "WEEKS_AFTER_ADMISSION" });
    expect(whenFor({ byWhenKind: "TO_BE_AGREED", effectiveDueOn: null }, "en-GB", now)).toEqual({
      date: null,
      rule: "TO_BE_AGREED",
    });
  });

  it("keeps the day on the days the clocks change, and either side of them", () => {
    const day = (iso: string) =>
      whenFor({ byWhenKind: "TO_BE_AGREED", effectiveDueOn: iso }, "en-GB", now).date;
    expect(day("2026-03-28")).toBe("Saturday 28 March");
    expect(day("2026-03-29")).toBe("Sunday 29 March");
    expect(day("2026-03-30")).toBe("Monday 30 March");
    expect(day("2026-10-24")).toBe("Saturday 24 October");
    expect(day("2026-10-25")).toBe("Sunday 25 October");
    expect(day("2026-10-26")).toBe("Monday 26 October");
    // A date next year says so.
    expect(day("2027-03-28")).toBe("Sunday, 28 March 2027");
  });

  it("writes the date in the reader's language", () => {
    const pl = whenFor({ byWhenKind: "ON_ADMISSION", effectiveDueOn: "2026-10-25" }, "pl-PL", now);
    expect(pl.date).toBe("niedziela, 25 października");
  });

  it("says a date has passed from midnight in London, in summer time and out of it", () => {
    // 23:30 UTC on 24 October is 00:30 on the 25th in BST.
    expect(isPast("2026-10-24", new Date("2026-10-24T22:59:00Z"))).toBe(false);
    expect(isPast("2026-10-24", new Date("2026-10-24T23:30:00Z"))).toBe(true);
    // In March, GMT until 01:00 UTC on the 29th: midnight London is midnight UTC.
    expect(isPast("2026-03-28", new Date("2026-03-28T23:59:00Z"))).toBe(false);
    expect(isPast("2026-03-28", new Date("2026-03-29T00:00:00Z"))).toBe(true);
    expect(isPast("2026-03-29", new Date("2026-03-29T22:59:00Z"))).toBe(false);
    expect(isPast("2026-03-29", new Date("2026-03-29T23:00:00Z"))).toBe(true);
  });
});

describe("who will help", () => {
  const words: Record<string, string> = {
    "leaving.roles.facilitator": "the hospital discharge facilitator",
    "leaving.roles.careCoordinator": "the care coordinator",
    "leaving.roles.landlord": "the landlord",
  };
  const tx = (key: string, vars?: Record<string, string>) =>
    key === "leaving.whoHelps.named" ? `${vars?.name} (${vars?.role})` : (words[key] ?? key);

  it("names people with their role, and says the role where nobody is named", () => {
    expect(
      helpersText(
        tx,
        [
          { role: "facilitator", names: ["Sam Patel"] },
          { role: "careCoordinator", names: ["Chris Jones", "Kim Ng"] },
          { role: "landlord", names: [] },
        ],
        "en-GB",
      ),
    ).toBe(
      "Sam Patel (the hospital discharge facilitator), Chris Jones and Kim Ng (the care coordinator) and the landlord",
    );
  });

  it("names one person in two roles once", () => {
    expect(
      helpersText(
        tx,
        [
          { role: "facilitator", names: ["Sam Patel"] },
          { role: "careCoordinator", names: ["Sam Patel"] },
        ],
        "en-GB",
      ),
    ).toBe("Sam Patel (the hospital discharge facilitator and the care coordinator)");
  });

  it("joins two names in the reader's language", () => {
    expect(
      helpersText(tx, [{ role: "careCoordinator", names: ["Chris Jones", "Kim Ng"] }], "pl"),
    ).toBe("Chris Jones i Kim Ng (the care coordinator)");
  });
});

describe("the family's view as posted", () => {
  it("needs a choice, and keeps the note to the API's limit", () => {
    expect(checkFamilyView({ familyStatus: null, familyNote: "x" }).problems).toEqual([
      { field: "familyStatus", message: "leaving.family.errors.choose" },
    ]);
    expect(
      checkFamilyView({ familyStatus: "DONE", familyNote: "x".repeat(MAX_FAMILY_NOTE + 1) })
        .problems,
    ).toEqual([{ field: "familyNote", message: "leaving.family.errors.tooLong" }]);
    expect(checkFamilyView({ familyStatus: "LATE", familyNote: "" }).familyStatus).toBeNull();
    expect(checkFamilyView({ familyStatus: "DONE", familyNote: " ok " })).toEqual({
      familyStatus: "DONE",
      familyNote: " ok ",
      problems: [],
    });
  });
});

describe("paths and keys", () => {
  it("builds the pages' addresses and the items' string keys", () => {
    expect(leavingPath("UGVyc29u", "/tracker")).toBe("/people/UGVyc29u/leaving-hospital/tracker");
    expect(itemKey("7.6")).toBe("i7_6");
  });
});
