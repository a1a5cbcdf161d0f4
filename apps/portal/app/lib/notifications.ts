import { actionsPath } from "./actions";
import { leavingPath } from "./leaving-hospital";

export const NOTIFICATION_KINDS = [
  "ACTION_UPDATED",
  "ACTION_OVERDUE",
  "REVIEW_SCHEDULED",
  "REPORT_SENT",
  "DISCHARGE_CHANGED",
  "ACTION_QUESTION_ANSWERED",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotificationKind = (value: string): value is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value);

/**
 * Where a notification takes the reader: the page that shows what changed.
 * A new review and a sent report both show on the person's pages reached from
 * home and the action tracker (which links each review's report).
 */
export function notificationHref(kind: NotificationKind, personId: string): string {
  switch (kind) {
    case "ACTION_UPDATED":
    case "ACTION_OVERDUE":
    case "REPORT_SENT":
    case "ACTION_QUESTION_ANSWERED":
      return actionsPath(personId);
    case "DISCHARGE_CHANGED":
      return leavingPath(personId, "/tracker");
    case "REVIEW_SCHEDULED":
      return "/home";
  }
}
