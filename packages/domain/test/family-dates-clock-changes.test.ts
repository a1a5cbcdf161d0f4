import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actionProgress,
  applyDuration,
  type CalendarDate,
  DISCHARGE_STEPS,
  dischargeItemDueDate,
  londonCalendarDate,
  NATIONAL_RULES,
} from "../src/index.js";

/*
 * The dates the family portal's part 2 shows (issue 7): when a leaving-hospital
 * item should happen, when an action is due and how late it is, and when a
 * review's report is due. Each is a calendar date, so a clock change inside
 * the period must not move it by a day. The process runs in London time here,
 * as a server in England might: arithmetic on local midnights (23 or 25 hours
 * long on the change days) would land on the wrong day and fail these.
 * 2026: BST starts 29 March, ends 25 October; 2027: starts 28 March.
 */

const d = (s: string) => s as CalendarDate;
const policyItem = (id: string) => {
  const found = DISCHARGE_STEPS.flatMap((s) => s.items).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = "Europe/London";
});
afterAll(() => {
  process.env.TZ = savedTz;
});

describe("leaving-hospital dates across the clock changes", () => {
  it("4 weeks after going into hospital, across the March change, is the same weekday", () => {
    // 1.4: the treatment plan within four weeks of admission.
    expect(dischargeItemDueDate(policyItem("1.4"), { admissionDate: d("2026-03-10") })).toBe(
      "2026-04-07",
    );
    expect(dischargeItemDueDate(policyItem("1.4"), { admissionDate: d("2026-03-29") })).toBe(
      "2026-04-26",
    );
  });

  it("1 week after leaving hospital, across the October change, is the same weekday", () => {
    // 7.2: the first visit within one week of discharge.
    expect(dischargeItemDueDate(policyItem("7.2"), { dischargeDate: d("2026-10-20") })).toBe(
      "2026-10-27",
    );
    expect(dischargeItemDueDate(policyItem("7.2"), { dischargeDate: d("2026-10-25") })).toBe(
      "2026-11-01",
    );
  });
});

describe("report due dates (2 weeks after the review, §7.2.18) across the clock changes", () => {
  const due = (heldOn: string) =>
    applyDuration(d(heldOn), NATIONAL_RULES.REPORT_CIRCULATION.duration);

  it("is 14 days on, whichever side of a change the review was", () => {
    expect(due("2026-03-20")).toBe("2026-04-03");
    expect(due("2026-03-29")).toBe("2026-04-12");
    expect(due("2026-10-18")).toBe("2026-11-01");
    expect(due("2026-10-25")).toBe("2026-11-08");
    expect(due("2027-03-27")).toBe("2027-04-10");
  });
});

describe("actions due and late across the clock changes", () => {
  const action = (dueDate: string) => ({
    what: "Start a discharge plan",
    owner: "Sam Patel",
    howWeWillKnow: "A plan exists",
    dueDate,
  });
  const today = (instant: string) => londonCalendarDate(new Date(instant));

  it("counts whole days late over the March change, from London's date", () => {
    // Due Saturday 28 March; at 23:30 UTC on Sunday 29th it is already Monday in BST.
    const [late] = actionProgress([action("2026-03-28")], today("2026-03-29T23:30:00Z")).items;
    expect(late).toMatchObject({ status: "OVERDUE", daysOverdue: 2 });
    const [notYet] = actionProgress([action("2026-03-28")], today("2026-03-28T23:59:00Z")).items;
    expect(notYet).toMatchObject({ status: "OPEN", daysOverdue: 0 });
  });

  it("counts whole days late over the October change, from London's date", () => {
    // Due Saturday 24 October; 23:30 UTC that night is 00:30 BST on Sunday: 1 day late.
    const [late] = actionProgress([action("2026-10-24")], today("2026-10-24T23:30:00Z")).items;
    expect(late).toMatchObject({ status: "OVERDUE", daysOverdue: 1 });
    // A week on, in GMT: 7 days, not 6 or 8.
    const [week] = actionProgress([action("2026-10-24")], today("2026-10-31T12:00:00Z")).items;
    expect(week).toMatchObject({ status: "OVERDUE", daysOverdue: 7 });
  });
});
