import { type CalendarDate, compareCalendarDates } from "./calendar-date.js";
import { DISCHARGE_STEPS, type DischargeItemStatus } from "./discharge.js";

/**
 * The discharge-step tracker's words for where an item or a step stands
 * (issue 7: Done / In progress / Not started / Late / Cannot start yet), so
 * the family portal and the staff console say the same thing about the
 * same record. NOT_NEEDED is an item staff marked not applicable.
 */
export type TrackerStatus =
  | "DONE"
  | "IN_PROGRESS"
  | "NOT_STARTED"
  | "LATE"
  | "CANNOT_START_YET"
  | "NOT_NEEDED";

/**
 * What each item waits for, read from Appendix 3's own order: the
 * commissioner buys care from the person-centred specification (2.5) once
 * funding is assessed (3.1); housing is found from the same specification
 * (5.1); the person leaves only once leave visits and the discharge meeting
 * have happened (6.1, 6.2); and follow-up after leaving waits for leaving
 * (7.1). Items not listed can start at any time.
 */
export const DISCHARGE_PREREQUISITES: Readonly<Record<string, readonly string[]>> = {
  "2.5": ["2.1", "2.4"],
  "4.1": ["2.5", "3.1"],
  "4.3": ["4.1"],
  "4.4": ["4.3"],
  "5.1": ["2.5"],
  "5.3": ["5.1"],
  "5.4": ["5.1"],
  "7.1": ["6.1", "6.2"],
  "7.2": ["7.1"],
  "7.5": ["7.1"],
  "7.6": ["7.1"],
};

export interface TrackerItemInput {
  itemId: string;
  staffStatus: DischargeItemStatus;
  /** The agreed date, else the one the policy fixes; null when neither is known. */
  dueOn: CalendarDate | null;
}

export interface TrackerItem {
  status: TrackerStatus;
  /** Item ids still to be done before this one can start (only when CANNOT_START_YET). */
  waitingFor: string[];
}

const finished = (status: DischargeItemStatus | undefined) =>
  status === "DONE" || status === "NOT_APPLICABLE";

/**
 * One plan's items as the tracker shows them, on `today` (a calendar date in
 * England: callers pass londonCalendarDate(now), so an item due on a day is
 * late from midnight London time, in summer time or not). Staff's record
 * wins: an item staff started is In progress even if what it waits for is
 * not done; lateness is checked before anything else because it is the
 * thing families said they were never told.
 */
export function dischargeTracker(
  items: readonly TrackerItemInput[],
  today: CalendarDate,
): Map<string, TrackerItem> {
  const statuses = new Map(items.map((i) => [i.itemId, i.staffStatus]));
  return new Map(
    items.map((item): [string, TrackerItem] => {
      if (item.staffStatus === "DONE") return [item.itemId, { status: "DONE", waitingFor: [] }];
      if (item.staffStatus === "NOT_APPLICABLE")
        return [item.itemId, { status: "NOT_NEEDED", waitingFor: [] }];
      if (item.dueOn && compareCalendarDates(today, item.dueOn) > 0)
        return [item.itemId, { status: "LATE", waitingFor: [] }];
      if (item.staffStatus === "IN_PROGRESS")
        return [item.itemId, { status: "IN_PROGRESS", waitingFor: [] }];
      const waitingFor = (DISCHARGE_PREREQUISITES[item.itemId] ?? []).filter(
        (id) => !finished(statuses.get(id)),
      );
      return [
        item.itemId,
        { status: waitingFor.length ? "CANNOT_START_YET" : "NOT_STARTED", waitingFor },
      ];
    }),
  );
}

/**
 * One word for a step from its items: Late if any item is; Done when every
 * item is done or not needed; In progress once any is started or done;
 * Cannot start yet when every open item is waiting; otherwise Not started.
 */
export function trackerStepStatus(items: readonly TrackerStatus[]): TrackerStatus {
  if (items.includes("LATE")) return "LATE";
  const open = items.filter((s) => s !== "DONE" && s !== "NOT_NEEDED");
  if (open.length === 0)
    return items.length && items.every((s) => s === "NOT_NEEDED") ? "NOT_NEEDED" : "DONE";
  if (items.some((s) => s === "DONE" || s === "IN_PROGRESS")) return "IN_PROGRESS";
  if (open.every((s) => s === "CANNOT_START_YET")) return "CANNOT_START_YET";
  return "NOT_STARTED";
}

/** The step each item belongs to (1 to 7). */
export const DISCHARGE_STEP_OF_ITEM: ReadonlyMap<string, number> = new Map(
  DISCHARGE_STEPS.flatMap((s) => s.items.map((i) => [i.id, s.number] as const)),
);
