import { describe, expect, it } from "vitest";
import { type ActionFormValues, checkAction } from "../app/lib/smart-action";

const good: ActionFormValues = {
  what: "Find a quiet room at school for Alex's breaks",
  plainWhat: "",
  ownerId: "owner-1",
  howWeWillKnow: "Alex uses the room every day for a week",
  "dueOn-day": "15",
  "dueOn-month": "1",
  "dueOn-year": "2027",
  findingId: "",
};

describe("checkAction (the domain's SMART rules on the console's form)", () => {
  it("accepts a SMART action and reads its due date", () => {
    expect(checkAction(good, "Nadia Khan", "2026-12-02")).toEqual({
      errors: {},
      dueOn: "2027-01-15",
    });
  });

  it("says what is missing, field by field, in the form's names", () => {
    const blank = {
      ...good,
      what: " ",
      ownerId: "",
      howWeWillKnow: "",
      "dueOn-day": "",
      "dueOn-month": "",
      "dueOn-year": "",
    };
    expect(checkAction(blank, "", "2026-12-02").errors).toEqual({
      what: "Say exactly what will happen",
      ownerId: "Choose the one person responsible",
      howWeWillKnow: "Say how everyone will know it has been done",
      dueOn: "Give the date it will be done by",
    });
  });

  it("refuses an owner that is a team, and a date before the review, with the date in words", () => {
    const { errors } = checkAction(
      { ...good, "dueOn-day": "1", "dueOn-month": "12", "dueOn-year": "2026" },
      "Community team",
      "2026-12-02",
    );
    expect(errors).toEqual({
      ownerId: "Name one person responsible, not a team or a list",
      dueOn: "The due date must be on or after the review date (2 December 2026)",
    });
  });

  it("says which part of the date is missing before judging it", () => {
    const { errors, dueOn } = checkAction(
      { ...good, "dueOn-month": "" },
      "Nadia Khan",
      "2026-12-02",
    );
    expect(errors).toEqual({ dueOn: "The due date must include a month" });
    expect(dueOn).toBeNull();
  });
});
