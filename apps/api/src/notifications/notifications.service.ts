import type { Notification } from "@cetr/db";
import type { Context } from "../context.js";
import { PersonGuard } from "../people/people.guard.js";
import {
  type ConnectionArgs,
  cursorPart,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import type { NotificationKind } from "./notify.js";

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  "ACTION_UPDATED",
  "ACTION_OVERDUE",
  "REVIEW_SCHEDULED",
  "REPORT_SENT",
  "DISCHARGE_CHANGED",
  "ACTION_QUESTION_ANSWERED",
];

/** [unread first? 0 unread / 1 read : 0, createdAt, id]. */
type NotificationKey = [rank: number, createdAt: string, id: string];

const decodeKey = keyDecoder<NotificationKey>(
  (v) => v === 0 || v === 1,
  (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)),
  cursorPart.uuid,
);

function userIdOf(ctx: Context): string {
  if (ctx.viewer.kind !== "user") throw new Error("unreachable: authScopes require a user");
  return ctx.viewer.userId;
}

/**
 * The viewer's own notifications, newest first (optionally unread before read).
 * Only about people the viewer may still read: consent to share can be
 * withdrawn after a notification was made.
 */
export async function listNotifications(
  ctx: Context,
  args: ConnectionArgs & { unreadFirst?: boolean | null },
) {
  const userId = userIdOf(ctx);
  const page = pageFromArgs(args, decodeKey);
  const unreadFirst = Boolean(args.unreadFirst);
  const rank = unreadFirst ? `(CASE WHEN n."readAt" IS NULL THEN 0 ELSE 1 END)` : "0";
  const params: unknown[] = [userId];
  // Newest first is DESC on time; reading backwards flips every part of the key.
  const cmp = page.backwards ? ">" : "<";
  const rankCmp = page.backwards ? "<" : ">";
  let cursor = "";
  if (page.cursor) {
    params.push(page.cursor[0], page.cursor[1], page.cursor[2]);
    cursor = `AND (${rank} ${rankCmp} $2::int OR (${rank} = $2::int AND (n."createdAt", n.id) ${cmp} ($3::timestamptz, $4::uuid)))`;
  }
  params.push(page.take);
  const order = page.backwards ? ["DESC", "ASC"] : ["ASC", "DESC"];
  const rows = await ctx.db.query<Notification & { rank: number }>(
    `SELECT n.*, ${rank} AS rank FROM "Notification" n WHERE n."userId" = $1::uuid ${cursor}
      ORDER BY rank ${order[0]}, n."createdAt" ${order[1]}, n.id ${order[1]} LIMIT $${params.length}::int`,
    params,
  );
  const people = await readablePeople(ctx, rows);
  const visible = rows.filter((n) => people.has(n.personId));
  const connection = toConnection(
    visible,
    page,
    (n): NotificationKey => [n.rank, new Date(n.createdAt).toISOString(), n.id],
  );
  return {
    ...connection,
    unreadCount: () => countUnread(ctx),
  };
}

async function readablePeople(ctx: Context, rows: readonly { personId: string }[]) {
  const ids = [...new Set(rows.map((r) => r.personId))];
  if (ids.length === 0) return new Set<string>();
  const people = await ctx.db.prisma.person.findMany({ where: { id: { in: ids } } });
  return new Set((await PersonGuard.readable(ctx, people)).map((p) => p.id));
}

export async function countUnread(ctx: Context): Promise<number> {
  const userId = userIdOf(ctx);
  const unread = await ctx.db.prisma.notification.findMany({
    where: { userId, readAt: null },
    select: { personId: true },
  });
  const people = await readablePeople(ctx, unread);
  return unread.filter((n) => people.has(n.personId)).length;
}

/** Marks the given notifications (or, with none given, all of them) read; only ever the viewer's own. */
export async function markRead(ctx: Context, ids: readonly string[] | null): Promise<number> {
  const userId = userIdOf(ctx);
  const result = await ctx.db.prisma.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
    data: { readAt: ctx.now },
  });
  return result.count;
}

export async function preferencesOf(ctx: Context) {
  const userId = userIdOf(ctx);
  const rows = await ctx.db.prisma.notificationPreference.findMany({ where: { userId } });
  const off = new Set(rows.filter((r) => !r.email).map((r) => r.kind));
  return NOTIFICATION_KINDS.map((kind) => ({ kind, email: !off.has(kind) }));
}

export async function setPreferences(
  ctx: Context,
  choices: readonly { kind: NotificationKind; email: boolean }[],
) {
  const userId = userIdOf(ctx);
  await ctx.db.prisma.$transaction(
    choices.map((c) =>
      ctx.db.prisma.notificationPreference.upsert({
        where: { userId_kind: { userId, kind: c.kind } },
        create: { userId, kind: c.kind, email: c.email },
        update: { email: c.email },
      }),
    ),
  );
  return preferencesOf(ctx);
}
