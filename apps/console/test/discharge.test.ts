import { dischargeHelpers, HELPER_ROLES, recordedHelpers } from "@cetr/domain";
import { describe, expect, it } from "vitest";
import {
  dateParts,
  differenceInWords,
  HELPER_ROLE_LABELS,
  helpersInWords,
  itemAnchor,
  itemChanges,
} from "../app/lib/discharge";

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

describe("who will help, on the console's discharge page (ADR 0035)", () => {
  it("names one person once across their roles, as the family's planner does", () => {
    // Item 7.1's policy helpers, with Sam Patel the facilitator and the care coordinator.
    const recorded = recordedHelpers("Sam Patel", [
      { kind: "CARE_COORDINATOR", name: "Sam Patel" },
      { kind: "PARENT_CARER_WITH_PR", name: "Fiona Fraser" },
    ]);
    const helpers = dischargeHelpers(
      ["Hospital discharge facilitator", "Community care coordinator"],
      recorded,
    );
    expect(helpersInWords(helpers)).toBe(
      "Sam Patel (the hospital discharge facilitator and the care coordinator)",
    );
  });

  it("keeps roles nobody is named for, and says when a role staff can name is still missing", () => {
    const helpers = dischargeHelpers(
      ["Hospital team", "Social worker", "Responsible clinician (RC)", "Landlord"],
      recordedHelpers(null, [{ kind: "RESPONSIBLE_CLINICIAN", name: "Dr Ada Obi" }]),
    );
    expect(helpersInWords(helpers)).toBe(
      "the hospital team, the social worker (not named on the record yet), " +
        "Dr Ada Obi (the responsible clinician) and the landlord",
    );
  });

  it("lists two people in one role together", () => {
    expect(helpersInWords([{ role: "careCoordinator", names: ["Chris Jones", "Kim Ng"] }])).toBe(
      "Chris Jones and Kim Ng (the care coordinator)",
    );
  });

  it("has staff words for every role the API can send", () => {
    for (const role of HELPER_ROLES) expect(HELPER_ROLE_LABELS[role]).toMatch(/\w/);
  });
});
