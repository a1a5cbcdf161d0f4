import type { Notification } from "@cetr/db";

export type NotificationKind = Notification["kind"];

import { enqueue, type Tx } from "../jobs/queue.js";

export const NOTIFY_JOB = "notify";

export interface NotifyPayload {
  kind: NotificationKind;
  personId: string;
  subjectId: string;
  /**
   * Tell only this user (still only if they may read the person's record):
   * an answer goes to whoever asked, not to the whole family.
   */
  userId?: string;
}

/**
 * Queues "tell the family" in the transaction of the change. Keyed on what
 * changed, so several edits to one action before the job runs make one
 * notification; the job reads who to tell when it runs, not now.
 */
export function notifyFamily(tx: Tx, event: NotifyPayload, now: Date): Promise<void> {
  return enqueue(
    tx,
    NOTIFY_JOB,
    { ...event },
    {
      runAt: now,
      key: `notify:${event.kind}:${event.subjectId}${event.userId ? `:${event.userId}` : ""}`,
    },
  );
}
