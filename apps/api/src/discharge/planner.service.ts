import { isUniqueViolation, type PlannerDocument } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import type { Context } from "../context.js";
import { PersonGuard } from "../people/people.guard.js";
import { ReviewGuard } from "../reviews/review.node.js";
import { PlannerDocumentGuard } from "./guards.js";
import { idError, MAX_LONG_TEXT, requiredText } from "./inputs.js";

/** Use cases for family-facing documents: one-page profile, My CETR Planner, Leaving Hospital Planner. */

export type PlannerKind = "ONE_PAGE_PROFILE" | "CETR_PLANNER" | "LEAVING_HOSPITAL_PLANNER";
export type PlannerResult =
  | { document: PlannerDocument; errors: [] }
  | { document: null; errors: FieldError[] };
const refused = (errors: FieldError[]): PlannerResult => ({ document: null, errors });

/** "importantToMe", "fourQuestions.SAFE": letters and digits, dotted. */
const QUESTION_KEY = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*$/;
const MAX_QUESTION_KEY = 100;

/**
 * The one open draft for a person and kind, created when there is none. The
 * database decides (unique on personId, kind, openDraft): two first answers
 * racing both end up in the same draft, never two drafts.
 */
export async function openDraft(
  ctx: Context,
  personId: string,
  kind: PlannerKind,
  reviewId: string | null,
): Promise<PlannerDocument> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await ctx.db.prisma.plannerDocument.findFirst({
      where: { personId, kind, status: "DRAFT" },
    });
    if (existing) {
      if (reviewId && existing.reviewId !== reviewId)
        return ctx.db.prisma.plannerDocument.update({
          where: { id: existing.id },
          data: { reviewId },
        });
      return existing;
    }
    const latest = await ctx.db.prisma.plannerDocument.aggregate({
      where: { personId, kind },
      _max: { version: true },
    });
    try {
      const created = await ctx.db.prisma.plannerDocument.create({
        data: {
          personId,
          kind,
          reviewId,
          version: (latest._max.version ?? 0) + 1,
          status: "DRAFT",
          openDraft: true,
        },
      });
      if (kind === "ONE_PAGE_PROFILE") await copyLastSentAnswers(ctx, created);
      return created;
    } catch (error) {
      // Someone else opened the draft (or took the version) first: use theirs.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not open a planner draft");
}

/**
 * A one-page profile is one living document (ADR 0018): changing it after it
 * was sent starts from what was sent, so the new version keeps every answer
 * nobody changed, with the person who wrote it and when, and its photo. Only the draft's
 * creator copies (the unique open draft decides who that is). A CETR planner
 * starts empty instead: each review gets a planner of its own.
 */
async function copyLastSentAnswers(ctx: Context, draft: PlannerDocument): Promise<void> {
  const sent = await ctx.db.prisma.plannerDocument.findFirst({
    where: { personId: draft.personId, kind: draft.kind, status: "SUBMITTED" },
    orderBy: { version: "desc" },
    select: { answers: true, photo: true },
  });
  if (sent?.photo) {
    // The photo goes on with the profile (ADR 0022): who uploaded it and when, unchanged.
    const { id: _id, documentId: _documentId, ...photo } = sent.photo;
    await ctx.db.prisma.profilePhoto.create({ data: { ...photo, documentId: draft.id } });
  }
  if (!sent?.answers.length) return;
  await ctx.db.prisma.plannerAnswer.createMany({
    data: sent.answers.map(({ questionKey, answer, authorId, writtenAt }) => ({
      documentId: draft.id,
      questionKey,
      answer,
      authorId,
      writtenAt,
    })),
  });
}

/**
 * Saves one answer into the open draft, written by the signed-in user (the
 * person, a parent carer, staff helping): answers record who wrote them.
 */
export async function savePlannerAnswer(
  ctx: Context,
  input: {
    personId: string;
    kind: PlannerKind;
    reviewId: string | null;
    questionKey: string;
    answer: string;
  },
): Promise<PlannerResult> {
  const authorId = ctx.access.userId;
  if (!authorId)
    return refused([
      {
        field: "personId",
        code: "FORBIDDEN",
        message: "Planner answers are written by a person signed in, not by a partner system",
      },
    ]);
  const person = await PersonGuard.loadWritable(
    ctx,
    input.personId,
    "savePlannerAnswer",
    "PLANNER_DRAFT",
  );
  if (!person.row) return refused([idError("personId", person.code, "person")]);
  const errors: FieldError[] = [];
  if (input.reviewId) {
    const review = await ReviewGuard.loadReadable(ctx, input.reviewId);
    if (!review || review.personId !== person.row.id)
      errors.push({
        field: "reviewId",
        code: "NOT_FOUND",
        message: "This person has no review with this ID that you can reach",
      });
  }
  const questionKey = input.questionKey.trim();
  if (!questionKey)
    errors.push({ field: "questionKey", code: "REQUIRED", message: "Say which question" });
  else if (questionKey.length > MAX_QUESTION_KEY || !QUESTION_KEY.test(questionKey))
    errors.push({
      field: "questionKey",
      code: "INVALID_CHOICE",
      message: 'A question key is letters and digits, dotted, e.g. "fourQuestions.SAFE"',
    });
  const answer = requiredText(errors, "answer", input.answer, MAX_LONG_TEXT);
  if (errors.length) return refused(errors);
  // Not one transaction: opening the draft may lose a race and retry, which an aborted
  // PostgreSQL transaction cannot. An open draft with no answer yet is harmless.
  const document = await openDraft(ctx, person.row.id, input.kind, input.reviewId);
  await ctx.db.prisma.plannerAnswer.upsert({
    where: { documentId_questionKey: { documentId: document.id, questionKey } },
    create: { documentId: document.id, questionKey, answer, authorId, writtenAt: ctx.now },
    update: { answer, authorId, writtenAt: ctx.now },
  });
  return { document, errors: [] };
}

/** DRAFT → SUBMITTED: the version is kept as sent, and the panel may now read it. */
export async function submitPlanner(
  ctx: Context,
  input: { documentId: string },
): Promise<PlannerResult> {
  const loaded = await PlannerDocumentGuard.loadWritable(
    ctx,
    input.documentId,
    "submitPlanner",
    "PLANNER_DRAFT",
  );
  if (!loaded.row) return refused([idError("documentId", loaded.code, "planner")]);
  // Conditional update: of two racing submissions, exactly one moves the draft.
  const moved = await ctx.db.prisma.plannerDocument.updateMany({
    where: { id: loaded.row.id, status: "DRAFT" },
    data: { status: "SUBMITTED", openDraft: null, submittedAt: ctx.now },
  });
  if (moved.count === 0)
    return refused([
      {
        field: "documentId",
        code: "TRANSITION_NOT_ALLOWED",
        message: "This planner has already been sent",
      },
    ]);
  return {
    document: await ctx.db.prisma.plannerDocument.findUniqueOrThrow({
      where: { id: loaded.row.id },
    }),
    errors: [],
  };
}

/**
 * Takes one answer out of a draft, for a person who emptied a question they
 * had answered. Sent versions keep every answer as sent.
 */
export async function clearPlannerAnswer(
  ctx: Context,
  input: { documentId: string; questionKey: string },
): Promise<PlannerResult> {
  const loaded = await PlannerDocumentGuard.loadWritable(
    ctx,
    input.documentId,
    "clearPlannerAnswer",
    "PLANNER_DRAFT",
  );
  if (!loaded.row) return refused([idError("documentId", loaded.code, "planner")]);
  // Only while it is a draft: the delete is conditional, so a racing submit wins cleanly.
  const removed = await ctx.db.prisma.plannerAnswer.deleteMany({
    where: {
      documentId: loaded.row.id,
      questionKey: input.questionKey.trim(),
      document: { status: "DRAFT" },
    },
  });
  if (removed.count === 0) {
    const current = await ctx.db.prisma.plannerDocument.findUniqueOrThrow({
      where: { id: loaded.row.id },
    });
    if (current.status !== "DRAFT")
      return refused([
        {
          field: "documentId",
          code: "TRANSITION_NOT_ALLOWED",
          message: "This planner has been sent: its answers stay as they were sent",
        },
      ]);
  }
  // Clearing an answer that is not there is not an error: the result is the same.
  return {
    document: await ctx.db.prisma.plannerDocument.findUniqueOrThrow({
      where: { id: loaded.row.id },
    }),
    errors: [],
  };
}
