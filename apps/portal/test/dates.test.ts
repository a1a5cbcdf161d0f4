import { describe, expect, it } from "vitest";
import { dateInWords, londonDate, nextReviewDate } from "../app/lib/dates";

describe("dates in words", () => {
  const now = new Date("2026-01-10T10:00:00Z");
  it("says the weekday, day and month, and the year only when it is not this year", () => {
    expect(dateInWords("2026-03-03", "en-GB", now)).toBe("Tuesday 3 March");
    expect(dateInWords("2027-03-03", "en-GB", now)).toBe("Wednesday, 3 March 2027");
  });

  it("uses London's date, not the server's", () => {
    // 23:30 UTC on 31 May is already 1 June in London (BST).
    expect(londonDate(new Date("2026-05-31T23:30:00Z"))).toBe("2026-06-01");
  });

  it("the next review is the soonest one still ahead", () => {
    const reviews = [
      { status: "SCHEDULED", scheduledOn: "2026-04-01" },
      { status: "CLOSED", scheduledOn: "2026-02-01" },
      { status: "PLANNED", scheduledOn: "2026-03-03" },
      { status: "SCHEDULED", scheduledOn: "2025-12-01" },
      { status: "REQUESTED", scheduledOn: null },
    ];
    expect(nextReviewDate(reviews, now)).toBe("2026-03-03");
    expect(nextReviewDate([], now)).toBeNull();
  });
});
