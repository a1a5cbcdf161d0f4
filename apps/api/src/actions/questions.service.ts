import type { Prisma } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import { throwIfLimited } from "../auth/sign-in-shared.js";
import type { Context } from "../context.js";
import { consume, LIMIT_KIND, RATE_LIMITS } from "../limits/policy.js";
import { limitKey } from "../limits/rate-limit.js";
import { notifyFamily } from "../notifications/notify.js";
import { queueQuestionEmails } from "../notifications/question-tasks.js";
import { isUuid } from "../schema/guard.js";
import {
  type ConnectionArgs,
  cursorPart,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { ActionGuard } from "./action.node.js";
import { onCaseloadOf } from "./actions.service.js";
import { authorOrError, dbDate, fieldError, idError, text, today } from "./inputs.js";
import { ActionQuestionGuard, type ActionQuestionRow, questionInclude } from "./question.node.js";

/** Use cases for questions about actions (the family's "Ask about this action"). */

/** Long enough for a worried parent to explain; short enough to read on a dashboard. */
export const QUESTION_MAX = 2_000;

export type QuestionResult =
  | { question: ActionQuestionRow; errors: [] }
  | { question: null; errors: FieldError[] };

const failed = (errors: FieldError[]): QuestionResult => ({ question: null, errors });

/**
 * Anyone who may read the action may ask about it (the person, their family
 * with consent, an advocate, staff): asking changes nothing on the action, so
 * it needs no write access to it. It is still a change to the record, audited
 * as one, and counted against the asker so nobody can flood the owner.
 */
export async function askAboutAction(
  ctx: Context,
  input: { actionId: string; question: string },
): Promise<QuestionResult> {
  const action = await ActionGuard.loadReadable(ctx, input.actionId);
  if (!action) return failed([idError("actionId", "NOT_FOUND", "action")]);
  const errors: FieldError[] = [];
  const askedById = authorOrError(ctx, errors, "actionId");
  const question = text(errors, "question", input.question, {
    max: QUESTION_MAX,
    requiredMessage: "Write your question",
  });
  if (errors.length || !askedById || !question) return failed(errors);
  const limit = await consume(
    ctx.db,
    limitKey(LIMIT_KIND.actionQuestionUser, askedById),
    RATE_LIMITS.actionQuestionPerUser,
    ctx.now,
  );
  throwIfLimited(limit);
  // The owner and commissioners are emailed only if the question is kept (one transaction).
  const created = await ctx.db.prisma.$transaction(async (tx) => {
    const row = await tx.actionQuestion.create({
      data: { actionId: action.id, askedById, askedAt: ctx.now, question },
      include: questionInclude,
    });
    await queueQuestionEmails(tx, row, action, dbDate(today(ctx)), ctx.now);
    return row;
  });
  const grant = await ctx.access.grant(action.personId);
  ctx.access.audit.changed(
    { personId: action.personId, type: "ActionQuestion", id: created.id },
    "askAboutAction",
    grant.actingAs.join(",") || ctx.access.viewer.kind,
    { actionId: action.id },
  );
  return { question: created, errors: [] };
}

/** Staff who may change the person's actions record the answer, which closes the question. */
export async function answerActionQuestion(
  ctx: Context,
  input: { questionId: string; answer: string },
): Promise<QuestionResult> {
  const access = await ActionQuestionGuard.loadWritable(
    ctx,
    input.questionId,
    "answerActionQuestion",
  );
  if (!access.row) return failed([idError("questionId", access.code, "question")]);
  const errors: FieldError[] = [];
  const answeredById = authorOrError(ctx, errors, "questionId");
  const answer = text(errors, "answer", input.answer, {
    max: QUESTION_MAX,
    requiredMessage: "Say what you told them or did",
  });
  if (access.row.answeredAt)
    errors.push(fieldError("questionId", "TRANSITION_NOT_ALLOWED", "This question is answered"));
  if (errors.length || !answeredById || !answer) return failed(errors);
  const row = access.row;
  // Only an open question is closed: two people answering at once cannot both win.
  const count = await ctx.db.prisma.$transaction(async (tx) => {
    const closed = await tx.actionQuestion.updateMany({
      where: { id: row.id, answeredAt: null },
      data: { answeredAt: ctx.now, answeredById, answer },
    });
    // The asker is told (portal list and email), in the same transaction as the answer.
    if (closed.count > 0)
      await notifyFamily(
        tx,
        {
          kind: "ACTION_QUESTION_ANSWERED",
          personId: row.action.personId,
          subjectId: row.actionId,
          userId: row.askedById,
        },
        ctx.now,
      );
    return closed.count;
  });
  if (count === 0)
    return failed([
      fieldError("questionId", "TRANSITION_NOT_ALLOWED", "This question is answered"),
    ]);
  const question = await ctx.db.prisma.actionQuestion.findUniqueOrThrow({
    where: { id: access.row.id },
    include: questionInclude,
  });
  return { question, errors: [] };
}

export interface QuestionFilter {
  open?: boolean | null;
  /** Only questions about actions this user owns. */
  ownerId?: string | null;
  organisationId?: string | null;
  /** Newest first. */
  descending?: boolean | null;
}

type QuestionKey = [askedAt: string, id: string];
const isInstant = (v: unknown): boolean =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v));
const decodeKey = keyDecoder<QuestionKey>(isInstant, cursorPart.uuid);

/** Questions about actions the viewer may see, oldest first: the longest waiting at the top. */
export async function listActionQuestions(ctx: Context, args: ConnectionArgs & QuestionFilter) {
  const page = pageFromArgs(args, decodeKey);
  // People whose actions the viewer may read, and actions they own (ADR 0041).
  const visible: Prisma.ActionQuestionWhereInput = {
    action: { person: await ctx.access.peopleWhere("ACTION") },
  };
  const owner = await ctx.access.actionOwnerToday();
  const and: Prisma.ActionQuestionWhereInput[] = [
    owner ? { OR: [visible, { action: { ownerId: owner } }] } : visible,
  ];
  if (args.open === true) and.push({ answeredAt: null });
  if (args.open === false) and.push({ answeredAt: { not: null } });
  if (args.ownerId != null)
    and.push(isUuid(args.ownerId) ? { action: { ownerId: args.ownerId } } : { id: { in: [] } });
  if (args.organisationId != null)
    and.push({ action: { person: onCaseloadOf(args.organisationId, dbDate(today(ctx))) } });
  const where: Prisma.ActionQuestionWhereInput = { AND: and };
  // Reading backwards through a descending list is reading forwards through an ascending one.
  const reversed = page.backwards !== Boolean(args.descending);
  const direction = reversed ? "desc" : "asc";
  const beyond = reversed ? "lt" : "gt";
  const cursor = page.cursor;
  const at = cursor ? new Date(cursor[0]) : null;
  const rows = await ctx.db.prisma.actionQuestion.findMany({
    where:
      cursor && at
        ? {
            AND: [
              where,
              {
                OR: [{ askedAt: { [beyond]: at } }, { askedAt: at, id: { [beyond]: cursor[1] } }],
              },
            ],
          }
        : where,
    include: questionInclude,
    orderBy: [{ askedAt: direction }, { id: direction }],
    take: page.take,
  });
  const readable = await ActionQuestionGuard.readable(ctx, rows);
  const connection = toConnection(
    readable,
    page,
    (row): QuestionKey => [row.askedAt.toISOString(), row.id],
  );
  return { ...connection, count: () => ctx.db.prisma.actionQuestion.count({ where }) };
}
