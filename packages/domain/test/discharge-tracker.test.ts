import { describe, expect, it } from "vitest";
import {
  type CalendarDate,
  DISCHARGE_PREREQUISITES,
  DISCHARGE_STEP_OF_ITEM,
  type DischargeItemStatus,
  dischargeTracker,
  londonCalendarDate,
  type TrackerItemInput,
  trackerStepStatus,
} from "../src/index.js";

const d = (s: string) => s as CalendarDate;
const item = (
  itemId: string,
  staffStatus: DischargeItemStatus = "NOT_STARTED",
  dueOn: string | null = null,
): TrackerItemInput => ({ itemId, staffStatus, dueOn: dueOn ? d(dueOn) : null });

describe("discharge tracker: one word per item", () => {
  it("says Done, In progress, Not started and Not needed from the staff record", () => {
    const tracker = dischargeTracker(
      [item("1.1", "DONE"), item("1.2", "IN_PROGRESS"), item("1.3"), item("1.4", "NOT_APPLICABLE")],
      d("2026-11-23"),
    );
    expect([...tracker.values()].map((t) => t.status)).toEqual([
      "DONE",
      "IN_PROGRESS",
      "NOT_STARTED",
      "NOT_NEEDED",
    ]);
  });

  it("is Late from the day after its date, and not on the day itself", () => {
    const due = [item("1.4", "IN_PROGRESS", "2026-11-23")];
    expect(dischargeTracker(due, d("2026-11-23")).get("1.4")?.status).toBe("IN_PROGRESS");
    expect(dischargeTracker(due, d("2026-11-24")).get("1.4")?.status).toBe("LATE");
    // Done on time or late, it is done.
    expect(
      dischargeTracker([item("1.4", "DONE", "2026-01-01")], d("2026-11-24")).get("1.4"),
    ).toEqual({ status: "DONE", waitingFor: [] });
  });

  it("Cannot start yet names what it waits for, until that is done or not needed", () => {
    const waiting = dischargeTracker(
      [item("6.1", "IN_PROGRESS"), item("6.2"), item("7.1")],
      d("2026-11-23"),
    );
    expect(waiting.get("7.1")).toEqual({ status: "CANNOT_START_YET", waitingFor: ["6.1", "6.2"] });
    const ready = dischargeTracker(
      [item("6.1", "DONE"), item("6.2", "NOT_APPLICABLE"), item("7.1")],
      d("2026-11-23"),
    );
    expect(ready.get("7.1")).toEqual({ status: "NOT_STARTED", waitingFor: [] });
  });

  it("follows staff when they have started an item whose prerequisites are open", () => {
    const tracker = dischargeTracker([item("6.1"), item("7.1", "IN_PROGRESS")], d("2026-11-23"));
    expect(tracker.get("7.1")?.status).toBe("IN_PROGRESS");
  });

  it("only names prerequisites that are real items of an earlier or the same step", () => {
    for (const [id, needs] of Object.entries(DISCHARGE_PREREQUISITES)) {
      for (const need of needs) {
        expect(DISCHARGE_STEP_OF_ITEM.get(need)).toBeLessThanOrEqual(
          DISCHARGE_STEP_OF_ITEM.get(id) ?? 0,
        );
      }
    }
  });
});

describe("discharge tracker: one word per step", () => {
  it("puts Late first, then Done, In progress, Cannot start yet and Not started", () => {
    expect(trackerStepStatus(["DONE", "LATE", "NOT_STARTED"])).toBe("LATE");
    expect(trackerStepStatus(["DONE", "NOT_NEEDED"])).toBe("DONE");
    expect(trackerStepStatus(["DONE", "NOT_STARTED"])).toBe("IN_PROGRESS");
    expect(trackerStepStatus(["CANNOT_START_YET", "NOT_NEEDED"])).toBe("CANNOT_START_YET");
    expect(trackerStepStatus(["CANNOT_START_YET", "NOT_STARTED"])).toBe("NOT_STARTED");
    expect(trackerStepStatus(["NOT_NEEDED"])).toBe("NOT_NEEDED");
  });
});

/*
 * "Today" is the calendar date in England. Around the clock changes the UTC
 * date and the London date differ for an hour: an item due on the Saturday
 * before the October change is late from 23:00 UTC that night (midnight BST),
 * not from midnight UTC, and the March change moves it the other way.
 */
describe("discharge tracker around the clock changes in Europe/London", () => {
  const late = (instant: string, dueOn: string) =>
    dischargeTracker(
      [item("1.4", "IN_PROGRESS", dueOn)],
      londonCalendarDate(new Date(instant)),
    ).get("1.4")?.status;

  it("October 2026 (BST ends 25 October at 01:00 UTC)", () => {
    expect(late("2026-10-24T22:59:00Z", "2026-10-24")).toBe("IN_PROGRESS");
    expect(late("2026-10-24T23:00:00Z", "2026-10-24")).toBe("LATE");
    // After the change London is on UTC again: midnight is midnight UTC.
    expect(late("2026-10-25T23:59:00Z", "2026-10-25")).toBe("IN_PROGRESS");
    expect(late("2026-10-26T00:00:00Z", "2026-10-25")).toBe("LATE");
  });

  it("March 2026 (BST starts 29 March at 01:00 UTC)", () => {
    expect(late("2026-03-28T23:59:00Z", "2026-03-28")).toBe("IN_PROGRESS");
    expect(late("2026-03-29T00:00:00Z", "2026-03-28")).toBe("LATE");
    expect(late("2026-03-29T22:59:00Z", "2026-03-29")).toBe("IN_PROGRESS");
    expect(late("2026-03-29T23:00:00Z", "2026-03-29")).toBe("LATE");
  });
});
