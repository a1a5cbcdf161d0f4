import type { Prisma } from "@cetr/db";
import { londonCalendarDate } from "@cetr/domain";
import { notificationEmail } from "../email/templates.js";
import { enqueue, enqueueOnce, type Tx } from "../jobs/queue.js";
import type { Task, TaskEnv } from "../jobs/runner.js";
import { NOTIFY_JOB, type NotificationKind, type NotifyPayload } from "./notify.js";
import { questionTasks } from "./question-tasks.js";
import { recipientsFor } from "./recipients.js";

export const EMAIL_JOB = "notification-email";
export const OVERDUE_JOB = "actions-overdue";
export const OVERDUE_KEY = "daily:actions-overdue";

const KINDS: readonly NotificationKind[] = [
  "ACTION_UPDATED",
  "ACTION_OVERDUE",
  "REVIEW_SCHEDULED",
  "REPORT_SENT",
  "DISCHARGE_CHANGED",
  "ACTION_QUESTION_ANSWERED",
];

/** Midnight UTC of today's date in England: how @db.Date columns compare. */
function londonToday(now: Date): Date {
  return new Date(`${londonCalendarDate(now)}T00:00:00Z`);
}

function parseNotify(payload: Prisma.JsonValue): NotifyPayload {
  const p = payload as Partial<NotifyPayload> | null;
  if (!p || typeof p.personId !== "string" || typeof p.subjectId !== "string")
    throw new Error("notify: the payload needs personId and subjectId.");
  if (!KINDS.includes(p.kind as NotificationKind))
    throw new Error(`notify: unknown kind ${p.kind}.`);
  if (p.userId !== undefined && typeof p.userId !== "string")
    throw new Error("notify: userId, when given, is a user's id.");
  return p as NotifyPayload;
}

/**
 * One notification per person allowed to see the record; an email job for each
 * whose settings want email of this kind (no setting means yes).
 */
export async function createNotifications(
  tx: Tx,
  event: NotifyPayload,
  now: Date,
): Promise<number> {
  const allowed = await recipientsFor(tx, event.personId, londonToday(now));
  const users = event.userId ? allowed.filter((id) => id === event.userId) : allowed;
  if (users.length === 0) return 0;
  const off = new Set(
    (
      await tx.notificationPreference.findMany({
        where: { userId: { in: users }, kind: event.kind, email: false },
        select: { userId: true },
      })
    ).map((p) => p.userId),
  );
  for (const userId of users) {
    const notification = await tx.notification.create({
      data: {
        userId,
        personId: event.personId,
        kind: event.kind,
        subjectId: event.subjectId,
        createdAt: now,
      },
    });
    if (!off.has(userId))
      await enqueue(tx, EMAIL_JOB, { notificationId: notification.id }, { runAt: now });
  }
  return users.length;
}

const notify: Task = async (tx, payload, env) => {
  await createNotifications(tx, parseNotify(payload), env.now);
};

/** In the recipient's format and language as they last set them in the portal. */
const sendEmail: Task = async (tx, payload, env: TaskEnv) => {
  const id = (payload as { notificationId?: unknown } | null)?.notificationId;
  if (typeof id !== "string")
    throw new Error("notification-email: the payload needs notificationId.");
  const notification = await tx.notification.findUnique({ where: { id }, include: { user: true } });
  // Already sent by an earlier attempt that failed after sending; or turned off meanwhile.
  if (!notification || notification.emailedAt) return;
  const wanted = await tx.notificationPreference.findUnique({
    where: { userId_kind: { userId: notification.userId, kind: notification.kind } },
  });
  if (wanted && !wanted.email) return;
  const { user } = notification;
  await env.mailer.send(
    notificationEmail({
      to: user.email,
      recipientName: user.displayName,
      format: user.displayEasyRead ? "EASY_READ" : "PLAIN",
      language: user.displayLanguage,
      kind: notification.kind,
      link: `${env.portalUrl}/notifications`,
      settingsLink: `${env.portalUrl}/notifications/settings`,
    }),
  );
  await tx.notification.update({ where: { id }, data: { emailedAt: env.now } });
};

/** The next run of the daily job: 06:00 UTC tomorrow (06:00 or 07:00 in England). */
export function nextOverdueRun(now: Date): Date {
  const next = new Date(now);
  next.setUTCDate(next.getUTCDate() + 1);
  next.setUTCHours(6, 0, 0, 0);
  return next;
}

/**
 * Once a day: actions still open whose due date has just passed. `since` is the
 * first due date not yet checked, so a server that was off for three days
 * catches up on all three (and never tells anyone twice).
 */
const actionsOverdue: Task = async (tx, payload, env) => {
  const today = londonToday(env.now);
  const sinceText = (payload as { since?: unknown } | null)?.since;
  const since =
    typeof sinceText === "string"
      ? new Date(`${sinceText}T00:00:00Z`)
      : new Date(today.getTime() - 86_400_000);
  const actions = await tx.action.findMany({
    where: { status: "OPEN", dueOn: { gte: since, lt: today } },
    select: { id: true, personId: true },
    orderBy: { dueOn: "asc" },
  });
  for (const action of actions) {
    await createNotifications(
      tx,
      { kind: "ACTION_OVERDUE", personId: action.personId, subjectId: action.id },
      env.now,
    );
  }
  await enqueue(
    tx,
    OVERDUE_JOB,
    { since: londonCalendarDate(env.now) },
    { runAt: nextOverdueRun(env.now), key: OVERDUE_KEY },
  );
};

export const notificationTasks = {
  [NOTIFY_JOB]: notify,
  [EMAIL_JOB]: sendEmail,
  [OVERDUE_JOB]: actionsOverdue,
  ...questionTasks,
} as const satisfies Record<string, Task>;

/**
 * Puts the daily overdue check in the queue if it is not there: the first
 * start of a new database, or after someone cleared the table. Afterwards each
 * run queues the next.
 */
export async function scheduleDailyJobs(tx: Tx, now: Date): Promise<void> {
  await enqueueOnce(
    tx,
    OVERDUE_JOB,
    { since: londonCalendarDate(now) },
    { runAt: nextOverdueRun(now), key: OVERDUE_KEY },
  );
}
