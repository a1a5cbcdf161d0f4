import { describe, expect, it } from "vitest";
import {
  type ActionInput,
  actionsByReview,
  actionView,
  daysBetween,
  lateCount,
  londonDay,
  reportTiming,
} from "./actions";
import { dateInWords } from "./dates";

const action = (over: Partial<ActionInput> = {}): ActionInput => ({
  id: "a1",
  what: "Start a discharge plan with Callum using the Leaving Hospital Planner",
  plainWhat: "Start a plan for Callum to leave hospital",
  howWeWillKnow: "A discharge plan exists",
  ownerName: "Sam Patel",
  dueOn: "2026-11-13",
  status: "OPEN",
  completedOn: null,
  notDoneReason: null,
  isOverdue: true,
  daysOverdue: 10,
  updates: [],
  review: { id: "r1", heldOn: "2026-10-14", scheduledOn: null, progressContactName: null },
  ...over,
});

describe("actionView", () => {
  it("says an open action past its date is late, by how many days, and who to contact", () => {
    const view = actionView(
      action({ review: { ...action().review, progressContactName: "Grace Holt" } }),
    );
    expect(view).toMatchObject({
      state: "late",
      daysLate: 10,
      contacts: ["Sam Patel", "Grace Holt"],
    });
  });

  it("names the responsible person once when they also tell the family about progress", () => {
    const view = actionView(
      action({ review: { ...action().review, progressContactName: "Sam Patel" } }),
    );
    expect(view.contacts).toEqual(["Sam Patel"]);
  });

  it("never calls a done or not-done action late, whatever its date", () => {
    expect(actionView(action({ status: "DONE", completedOn: "2026-11-20" }))).toMatchObject({
      state: "done",
      daysLate: 0,
      completedOn: "2026-11-20",
    });
    expect(actionView(action({ status: "NOT_DONE", notDoneReason: "Ward closed" })).state).toBe(
      "notDone",
    );
    expect(actionView(action({ isOverdue: false, daysOverdue: 0 })).state).toBe("open");
  });

  it("shows the newest update, dated in London", () => {
    const view = actionView(
      action({
        updates: [
          { at: "2026-10-24T23:30:00.000Z", note: "Meeting booked", authorName: "Sam Patel" },
          { at: "2026-10-01T10:00:00.000Z", note: "Asked the ward", authorName: "Sam Patel" },
        ],
      }),
    );
    // 23:30 UTC on 24 October is 00:30 on the 25th in British Summer Time.
    expect(view.latestUpdate).toEqual({
      on: "2026-10-25",
      note: "Meeting booked",
      authorName: "Sam Patel",
    });
  });
});

describe("londonDay across the clock changes", () => {
  it("in March: GMT until 01:00 UTC on the last Sunday, then BST", () => {
    expect(londonDay("2026-03-28T23:30:00Z")).toBe("2026-03-28"); // GMT, still Saturday
    expect(londonDay("2026-03-29T00:30:00Z")).toBe("2026-03-29"); // 00:30 GMT
    expect(londonDay("2026-03-29T23:30:00Z")).toBe("2026-03-30"); // 00:30 BST on Monday
  });

  it("in October: BST until 01:00 UTC on the last Sunday, then GMT", () => {
    expect(londonDay("2026-10-24T23:30:00Z")).toBe("2026-10-25"); // 00:30 BST
    expect(londonDay("2026-10-25T00:30:00Z")).toBe("2026-10-25"); // 01:30 BST: the clocks go back at 01:00 UTC
    expect(londonDay("2026-10-25T23:30:00Z")).toBe("2026-10-25"); // GMT again: still Sunday
  });

  it("a due date reads as the same day in words on both sides of each change", () => {
    for (const iso of [
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
      "2026-10-24",
      "2026-10-25",
      "2026-10-26",
    ]) {
      const words = dateInWords(iso, "en-GB", new Date("2026-06-01T12:00:00Z"));
      expect(words).toContain(String(Number(iso.slice(8))));
    }
    expect(dateInWords("2026-03-29", "en-GB", new Date("2026-03-29T00:30:00Z"))).toBe(
      "Sunday 29 March",
    );
    expect(dateInWords("2026-10-25", "en-GB", new Date("2026-10-25T00:30:00Z"))).toBe(
      "Sunday 25 October",
    );
  });

  it("counts whole days over a change: 23- and 25-hour days are one day each", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
  });
});

describe("reportTiming", () => {
  it("on time when sent on or before the due date", () => {
    expect(reportTiming({ dueOn: "2026-10-28", sentAt: "2026-10-24T10:00:00.000Z" })).toEqual({
      kind: "onTime",
      dueOn: "2026-10-28",
      sentOn: "2026-10-24",
    });
  });

  it("late by the days between the due date and the London day it was sent", () => {
    expect(reportTiming({ dueOn: "2026-09-22", sentAt: "2026-09-25T10:00:00.000Z" })).toEqual({
      kind: "late",
      dueOn: "2026-09-22",
      sentOn: "2026-09-25",
      daysLate: 3,
    });
  });

  it("sent at 00:30 in summer time the day after it was due is a day late (23:30 UTC)", () => {
    expect(reportTiming({ dueOn: "2026-10-24", sentAt: "2026-10-24T23:30:00.000Z" })).toMatchObject(
      {
        kind: "late",
        daysLate: 1,
      },
    );
    // The same clock time after the October change is still the due date in GMT.
    expect(reportTiming({ dueOn: "2026-10-25", sentAt: "2026-10-25T23:30:00.000Z" }).kind).toBe(
      "onTime",
    );
    // In March, 23:30 UTC on the Sunday is already Monday in BST.
    expect(reportTiming({ dueOn: "2026-03-29", sentAt: "2026-03-29T23:30:00.000Z" })).toMatchObject(
      {
        kind: "late",
        daysLate: 1,
      },
    );
  });

  it("not sent: how late it is so far, as of today in London", () => {
    expect(
      reportTiming({ dueOn: "2026-11-20", sentAt: null }, new Date("2026-11-23T10:00:00Z")),
    ).toEqual({ kind: "notSent", dueOn: "2026-11-20", daysLate: 3 });
    expect(
      reportTiming({ dueOn: "2026-12-20", sentAt: null }, new Date("2026-11-23T10:00:00Z")),
    ).toEqual({ kind: "notSent", dueOn: "2026-12-20", daysLate: 0 });
  });
});

describe("actionsByReview", () => {
  it("groups by review, newest review first, late actions first within each", () => {
    const older = { id: "r0", heldOn: "2026-04-01", scheduledOn: null, progressContactName: null };
    const groups = actionsByReview([
      action({ id: "b", dueOn: "2026-12-01", isOverdue: false, daysOverdue: 0 }),
      action({ id: "c", dueOn: "2026-11-13" }),
      action({ id: "d", review: older, status: "DONE", isOverdue: false, daysOverdue: 0 }),
    ]);
    expect(groups.map((g) => [g.reviewId, g.reviewOn, g.actions.map((a) => a.id)])).toEqual([
      ["r1", "2026-10-14", ["c", "b"]],
      ["r0", "2026-04-01", ["d"]],
    ]);
  });

  it("lateCount counts open actions past their date only", () => {
    expect(
      lateCount([
        { status: "OPEN", isOverdue: true },
        { status: "OPEN", isOverdue: false },
        { status: "DONE", isOverdue: false },
      ]),
    ).toBe(1);
  });
});
