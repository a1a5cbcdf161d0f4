import type { Action, Prisma } from "@cetr/db";
import { type ActionStatus, addDays, type FieldError, validateAction } from "@cetr/domain";
import { VIEWER_CTE } from "../access/access.js";
import type { Context } from "../context.js";
import { notifyFamily } from "../notifications/notify.js";
import { ReviewGuard } from "../reviews/review.node.js";
import { BadUserInputError } from "../schema/errors.js";
import { isUuid } from "../schema/guard.js";
import {
  type ConnectionArgs,
  cursorPart,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { SqlParams } from "../schema/sql-params.js";
import { ActionGuard } from "./action.node.js";
import {
  authorOrError,
  calendarDate,
  dbDate,
  fieldError,
  fromDbDate,
  idError,
  text,
  today,
} from "./inputs.js";
import { type ActionUpdateRow, updateInclude } from "./update.node.js";

/** Use cases for SMART actions (Figure 6, §13). Resolvers call these. */

export interface ActionFilter {
  status?: readonly ActionStatus[] | null;
  overdue?: boolean | null;
  dueWithinDays?: number | null;
  ownerId?: string | null;
  organisationId?: string | null;
  /** Latest due first. */
  descending?: boolean | null;
}

/**
 * The filter as SQL over `a` ("Action") and `v` (VIEWER_CTE), narrowed to
 * people whose ACTION area the viewer may read and actions they own: one statement that starts
 * from the viewer's people, however many actions the country has (ADR 0029).
 */
async function actionFilterSql(ctx: Context, filter: ActionFilter) {
  const now = today(ctx);
  const visible = await ctx.access.visiblePeopleSql("ACTION");
  const params = new SqlParams(visible.params);
  // And the actions they are the named owner of (ADR 0041), whoever they are for.
  const owner = await ctx.access.actionOwnerToday();
  const and = [
    owner
      ? `(a."personId" IN ${visible.ids} OR a."ownerId" = ${params.add(owner, "uuid")})`
      : `a."personId" IN ${visible.ids}`,
  ];
  if (filter.status) and.push(`a.status::text = ANY(${params.add([...filter.status], "text[]")})`);
  // Mirrors @cetr/domain actionProgress: OVERDUE is OPEN with today after the due date.
  const overdue = `(a.status = 'OPEN' AND a."dueOn" < v.today)`;
  if (filter.overdue === true) and.push(overdue);
  if (filter.overdue === false) and.push(`NOT ${overdue}`);
  if (filter.dueWithinDays != null) {
    if (filter.dueWithinDays < 0 || filter.dueWithinDays > 3660) {
      throw new BadUserInputError("`dueWithinDays` must be between 0 and 3660");
    }
    and.push(
      `a."dueOn" BETWEEN v.today AND ${params.add(addDays(now, filter.dueWithinDays), "date")}`,
    );
  }
  if (filter.ownerId != null)
    and.push(
      isUuid(filter.ownerId) ? `a."ownerId" = ${params.add(filter.ownerId, "uuid")}` : "FALSE",
    );
  if (filter.organisationId != null) {
    and.push(
      isUuid(filter.organisationId)
        ? `EXISTS (SELECT 1 FROM "CaseloadAssignment" oc WHERE oc."personId" = a."personId"
             AND oc."organisationId" = ${params.add(filter.organisationId, "uuid")}
             AND oc."startedOn" <= v.today AND (oc."endedOn" IS NULL OR oc."endedOn" > v.today))`
        : "FALSE",
    );
  }
  return { where: and.join(" AND "), params };
}

/** People on this organisation's caseload today; nobody for an ID that is not a UUID. */
export function onCaseloadOf(organisationId: string, todayDb: Date): Prisma.PersonWhereInput {
  if (!isUuid(organisationId)) return { id: { in: [] } };
  return {
    caseload: {
      some: {
        organisationId,
        startedOn: { lte: todayDb },
        OR: [{ endedOn: null }, { endedOn: { gt: todayDb } }],
      },
    },
  };
}

type ActionKey = [dueOn: string, id: string];

const decodeActionKey = keyDecoder<ActionKey>(cursorPart.date, cursorPart.uuid);

/** Actions the viewer may see, soonest due first (then by id, so cursors are stable). */
export async function listActions(ctx: Context, args: ConnectionArgs & ActionFilter) {
  const page = pageFromArgs(args, decodeActionKey);
  // Reading backwards through a descending list is reading forwards through an ascending one.
  const reversed = page.backwards !== Boolean(args.descending);
  const filter = await actionFilterSql(ctx, args);
  const countParams = [...filter.params.values];
  const cursor = page.cursor
    ? `AND (a."dueOn", a.id) ${reversed ? "<" : ">"} (${filter.params.add(page.cursor[0], "date")}, ${filter.params.add(page.cursor[1], "uuid")})`
    : "";
  const direction = reversed ? "DESC" : "ASC";
  const rows = await ctx.db.query<Action>(
    `WITH ${VIEWER_CTE} SELECT a.* FROM "Action" a, viewer v WHERE ${filter.where} ${cursor}
      ORDER BY a."dueOn" ${direction}, a.id ${direction} LIMIT ${filter.params.add(page.take, "int")}`,
    filter.params.values,
  );
  const readable = await ActionGuard.readable(ctx, rows);
  const connection = toConnection(
    readable,
    page,
    (row): ActionKey => [fromDbDate(row.dueOn), row.id],
  );
  // Counted only when asked for, with the same filter.
  return {
    ...connection,
    count: async () => {
      const [row] = await ctx.db.query<{ count: number }>(
        `WITH ${VIEWER_CTE} SELECT count(*)::int AS count FROM "Action" a, viewer v WHERE ${filter.where}`,
        countParams,
      );
      return row?.count ?? 0;
    },
  };
}

export type ActionResult = { action: Action; errors: [] } | { action: null; errors: FieldError[] };
const failed = (errors: FieldError[]): ActionResult => ({ action: null, errors });

/** validateAction names fields after the domain's shape; these are the input's names. */
const ACTION_FIELDS: Record<string, string> = { owner: "ownerId", dueDate: "dueOn" };

export interface CreateActionInput {
  reviewId: string;
  what: string;
  plainWhat?: string | null;
  howWeWillKnow: string;
  ownerId: string;
  dueOn: string;
  findingId?: string | null;
}

export async function createAction(ctx: Context, input: CreateActionInput): Promise<ActionResult> {
  const access = await ReviewGuard.loadWritable(ctx, input.reviewId, "createAction", "ACTION");
  if (!access.row) return failed([idError("reviewId", access.code, "review")]);
  const review = access.row;
  const errors: FieldError[] = [];
  const owner = isUuid(input.ownerId)
    ? await ctx.db.prisma.user.findUnique({ where: { id: input.ownerId } })
    : null;
  if (!owner) errors.push(fieldError("ownerId", "NOT_FOUND", "There is no user with this ID"));
  if (input.findingId) {
    const finding = isUuid(input.findingId)
      ? await ctx.db.prisma.enquiryFinding.findFirst({
          where: { id: input.findingId, reviewId: review.id },
          select: { id: true },
        })
      : null;
    if (!finding)
      errors.push(fieldError("findingId", "NOT_FOUND", "This review has no finding with this ID"));
  }
  const plainWhat = text(errors, "plainWhat", input.plainWhat, { required: false });
  // The domain's SMART rules; the owner's name is what "one named person" is checked against.
  const reviewDate = review.heldOn
    ? fromDbDate(review.heldOn)
    : review.scheduledOn
      ? fromDbDate(review.scheduledOn)
      : today(ctx);
  for (const reason of validateAction(
    {
      what: input.what,
      owner: owner ? owner.displayName : "unknown",
      howWeWillKnow: input.howWeWillKnow,
      dueDate: input.dueOn,
    },
    reviewDate,
  )) {
    if (reason.field === "owner" && !owner) continue;
    const field = reason.field ? (ACTION_FIELDS[reason.field] ?? reason.field) : "reviewId";
    errors.push(fieldError(field, reason.code, reason.message));
  }
  // Blank text is already a domain error; text() adds only the length limit.
  const has = (field: string) => errors.some((e) => e.field === field);
  const what = has("what") ? null : text(errors, "what", input.what);
  const how = has("howWeWillKnow") ? null : text(errors, "howWeWillKnow", input.howWeWillKnow);
  if (errors.length || !owner || !what || !how) return failed(errors);
  const action = await ctx.db.prisma.action.create({
    data: {
      reviewId: review.id,
      personId: review.personId,
      findingId: input.findingId ?? null,
      what,
      plainWhat,
      howWeWillKnow: how,
      ownerId: owner.id,
      dueOn: dbDate(input.dueOn.trim()),
    },
  });
  return { action, errors: [] };
}

export interface UpdateActionStatusInput {
  actionId: string;
  status: ActionStatus;
  completedOn?: string | null;
  notDoneReason?: string | null;
}

/** What a status change writes: DONE has a completion date, NOT_DONE a reason (standard 5.11). */
function statusData(
  ctx: Context,
  errors: FieldError[],
  status: ActionStatus,
  completedOnRaw: string | null | undefined,
  reasonRaw: string | null | undefined,
  reasonField: string,
): Prisma.ActionUpdateInput {
  if (status === "DONE") {
    const completedOn = calendarDate(errors, ctx, "completedOn", completedOnRaw, {
      notInFuture: true,
    });
    return { status, completedOn: dbDate(completedOn ?? today(ctx)), notDoneReason: null };
  }
  if (status === "NOT_DONE") {
    const reason = text(errors, reasonField, reasonRaw, {
      requiredMessage: "Say why it was not done (standard 5.11)",
    });
    return { status, completedOn: null, notDoneReason: reason };
  }
  return { status, completedOn: null, notDoneReason: null };
}

export async function updateActionStatus(
  ctx: Context,
  input: UpdateActionStatusInput,
): Promise<ActionResult> {
  const access = await ActionGuard.loadWritable(ctx, input.actionId, "updateActionStatus");
  if (!access.row) return failed([idError("actionId", access.code, "action")]);
  const errors: FieldError[] = [];
  const data = statusData(
    ctx,
    errors,
    input.status,
    input.completedOn,
    input.notDoneReason,
    "notDoneReason",
  );
  if (errors.length) return failed(errors);
  const action = await ctx.db.prisma.$transaction(async (tx) => {
    const updated = await tx.action.update({ where: { id: access.row.id }, data });
    await notifyFamily(
      tx,
      { kind: "ACTION_UPDATED", personId: updated.personId, subjectId: updated.id },
      ctx.now,
    );
    return updated;
  });
  return { action, errors: [] };
}

export interface AddActionUpdateInput {
  actionId: string;
  note: string;
  statusAfter?: ActionStatus | null;
}

export type ActionUpdateResult =
  | { update: ActionUpdateRow; action: Action; errors: [] }
  | { update: null; action: null; errors: FieldError[] };

/** A progress note; with `statusAfter` it also moves the action (a NOT_DONE note is its reason). */
export async function addActionUpdate(
  ctx: Context,
  input: AddActionUpdateInput,
): Promise<ActionUpdateResult> {
  const access = await ActionGuard.loadWritable(ctx, input.actionId, "addActionUpdate");
  if (!access.row)
    return { update: null, action: null, errors: [idError("actionId", access.code, "action")] };
  const errors: FieldError[] = [];
  const authorId = authorOrError(ctx, errors, "actionId");
  const note = text(errors, "note", input.note);
  const data =
    input.statusAfter && note
      ? statusData(ctx, errors, input.statusAfter, null, note, "note")
      : null;
  if (errors.length || !authorId || !note) return { update: null, action: null, errors };
  const actionId = access.row.id;
  const [update, action] = await ctx.db.prisma.$transaction(async (tx) => {
    const created = await tx.actionUpdate.create({
      data: { actionId, authorId, at: ctx.now, note, statusAfter: input.statusAfter ?? null },
      include: updateInclude,
    });
    const after = data
      ? await tx.action.update({ where: { id: actionId }, data })
      : await tx.action.findUniqueOrThrow({ where: { id: actionId } });
    await notifyFamily(
      tx,
      { kind: "ACTION_UPDATED", personId: after.personId, subjectId: after.id },
      ctx.now,
    );
    return [created, after] as const;
  });
  return { update, action, errors: [] };
}
