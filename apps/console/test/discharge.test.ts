import { describe, expect, it } from "vitest";
import { dateParts, differenceInWords, itemAnchor, itemChanges } from "../app/lib/discharge";

describe("the console's discharge page", () => {
  it("says where the family and staff differ in words", () => {
    expect(differenceInWords("IN_PROGRESS", "DONE")).toBe(
      "The family think this is done; staff record it as In progress.",
    );
    expect(differenceInWords("DONE", "NOT_STARTED")).toBe(
      "The family think this is not started; staff record it as Done.",
    );
  });

  it("saves only the items whose status or agreed date changed, and ignores anything not a status", () => {
    const form = new FormData();
    form.set("status-7.1", "IN_PROGRESS");
    form.set("status-7.2", "NOT_STARTED");
    form.set("status-7.3", "LATE");
    form.set("status-7.4", "DONE");
    for (const [part, value] of Object.entries({ day: "5", month: "12", year: "2026" }))
      form.set(`due-7-2-${part}`, value);
    form.set("due-7-4-day", "5");
    const items = [
      { itemId: "7.1", staffStatus: "NOT_STARTED", dueOn: null },
      { itemId: "7.2", staffStatus: "NOT_STARTED", dueOn: null },
      { itemId: "7.3", staffStatus: "NOT_STARTED", dueOn: "2026-12-01" },
      { itemId: "7.4", staffStatus: "DONE", dueOn: null },
    ];
    expect(itemChanges(form, items)).toEqual({
      changes: [
        { itemId: "7.1", staffStatus: "IN_PROGRESS" },
        { itemId: "7.2", staffStatus: "NOT_STARTED", dueOn: "2026-12-05" },
        // Boxes left empty clear the date agreed before.
        { itemId: "7.3", staffStatus: "NOT_STARTED", dueOn: null },
      ],
      errors: { "due-7-4": "The date agreed for 7.4 must include a month and a year" },
    });
  });

  it("shows a stored date in the three boxes", () => {
    expect(dateParts("2026-03-05")).toEqual({ day: "5", month: "3", year: "2026" });
    expect(dateParts(null)).toEqual({ day: "", month: "", year: "" });
  });

  it("anchors each item for the summary of differences", () => {
    expect(itemAnchor("6.1")).toBe("item-6-1");
  });
});
