import { describe, expect, it } from "vitest";
import { changedStatuses, differenceInWords, itemAnchor } from "../app/lib/discharge";

describe("the console's discharge page", () => {
  it("says where the family and staff differ in words", () => {
    expect(differenceInWords("IN_PROGRESS", "DONE")).toBe(
      "The family think this is done; staff record it as In progress.",
    );
    expect(differenceInWords("DONE", "NOT_STARTED")).toBe(
      "The family think this is not started; staff record it as Done.",
    );
  });

  it("saves only the items whose status was changed, and ignores anything not a status", () => {
    const form = new FormData();
    form.set("status-7.1", "IN_PROGRESS");
    form.set("status-7.2", "NOT_STARTED");
    form.set("status-7.3", "LATE");
    const items = [
      { itemId: "7.1", staffStatus: "NOT_STARTED" },
      { itemId: "7.2", staffStatus: "NOT_STARTED" },
      { itemId: "7.3", staffStatus: "NOT_STARTED" },
      { itemId: "7.4", staffStatus: "DONE" },
    ];
    expect(changedStatuses(form, items)).toEqual([{ itemId: "7.1", staffStatus: "IN_PROGRESS" }]);
  });

  it("anchors each item for the summary of differences", () => {
    expect(itemAnchor("6.1")).toBe("item-6-1");
  });
});
