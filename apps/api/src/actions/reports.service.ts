import type { ReportDistribution, Review } from "@cetr/db";
import { checkTransition, type FieldError, type ReviewGuardContext } from "@cetr/domain";
import type { Context } from "../context.js";
import { notifyFamily } from "../notifications/notify.js";
import { ReviewGuard } from "../reviews/review.node.js";
import { isUuid } from "../schema/guard.js";
import { authorOrError, fieldError, fromDbDate, idError, text } from "./inputs.js";
import { ReportGuard, type ReportRow, reportInclude } from "./report.node.js";

type PreferredFormat = ReportDistribution["format"];

/** Use cases for the report (§7.2.18, standards 6.1–6.3). */

export type ReportResult =
  | { report: ReportRow; errors: [] }
  | { report: null; errors: FieldError[] };

export interface DraftReportInput {
  reviewId: string;
  body: string;
  easyReadBody?: string | null;
  progressContactId?: string | null;
}

/** The facts the lifecycle checks before a report is drafted or sent: the review date and its actions. */
async function lifecycleFacts(ctx: Context, review: Review): Promise<ReviewGuardContext> {
  const actions = await ctx.db.prisma.action.findMany({
    where: { reviewId: review.id },
    include: { owner: { select: { displayName: true } } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  return {
    reviewDate: review.heldOn ? fromDbDate(review.heldOn) : null,
    actions: actions.map((a) => ({
      id: a.id,
      what: a.what,
      owner: a.owner.displayName,
      howWeWillKnow: a.howWeWillKnow,
      dueDate: fromDbDate(a.dueOn),
      status: a.status,
      notDoneReason: a.notDoneReason,
    })),
  };
}

/**
 * Writes the report while it is unsent (one per review; drafting again
 * replaces the text). A HELD review moves to REPORT_DRAFTED when the
 * lifecycle allows it; otherwise the draft is kept and the review stays put
 * (sending will then say why).
 */
export async function draftReport(ctx: Context, input: DraftReportInput): Promise<ReportResult> {
  const access = await ReviewGuard.loadWritable(ctx, input.reviewId, "draftReport", "REPORT_DRAFT");
  if (!access.row) return { report: null, errors: [idError("reviewId", access.code, "review")] };
  const review = access.row;
  const errors: FieldError[] = [];
  const authorId = authorOrError(ctx, errors, "reviewId");
  const existing = await ctx.db.prisma.report.findUnique({
    where: { reviewId: review.id },
    select: { sentAt: true },
  });
  if (existing?.sentAt)
    errors.push(
      fieldError(
        "reviewId",
        "ALREADY_EXISTS",
        "This review's report has been sent: it cannot change",
      ),
    );
  const body = text(errors, "body", input.body, {
    max: 200_000,
    requiredMessage: "Write the report",
  });
  const easyReadBody = text(errors, "easyReadBody", input.easyReadBody, {
    required: false,
    max: 200_000,
  });
  const progressContactId = input.progressContactId ?? null;
  if (progressContactId) {
    const user = isUuid(progressContactId)
      ? await ctx.db.prisma.user.findUnique({
          where: { id: progressContactId },
          select: { id: true },
        })
      : null;
    if (!user)
      errors.push(fieldError("progressContactId", "NOT_FOUND", "There is no user with this ID"));
  }
  if (errors.length || !authorId || !body) return { report: null, errors };
  const moveToDrafted =
    review.status === "HELD" &&
    checkTransition("HELD", "REPORT_DRAFTED", await lifecycleFacts(ctx, review)).allowed;
  const data = { body, easyReadBody, progressContactId, authorId, draftedAt: ctx.now };
  const report = await ctx.db.prisma.$transaction(async (tx) => {
    // Only an unsent report is replaced: a send racing this draft wins.
    const saved = existing
      ? await tx.report.update({
          where: { reviewId: review.id, sentAt: null },
          data,
          include: reportInclude,
        })
      : await tx.report.create({ data: { reviewId: review.id, ...data }, include: reportInclude });
    if (moveToDrafted)
      await tx.review.updateMany({
        where: { id: review.id, status: "HELD" },
        data: { status: "REPORT_DRAFTED" },
      });
    return saved;
  });
  return { report, errors: [] };
}

export interface RecipientInput {
  recipientId?: string | null;
  recipientName?: string | null;
  recipientRole: string;
  format: PreferredFormat;
}

export interface SendReportInput {
  reportId: string;
  recipients: readonly RecipientInput[];
  /** §7.2.18: the family gets the report "if appropriate"; say so when it is not. */
  familyNotAppropriate?: boolean | null;
}

/** Recipient roles (lower case) that count for the §7.2.18 circulation check. */
export const PERSON_ROLES = ["person", "young person", "the person"];
export const FAMILY_ROLES = ["parent carer", "parent", "carer", "family", "guardian"];
export const CARE_TEAM_ROLES = [
  "care team",
  "care coordinator",
  "responsible clinician",
  "named nurse",
  "community team",
  "social worker",
  "keyworker",
];

/**
 * Sends the report: records who got it, in which format, and moves the
 * review to REPORT_SENT — only when the domain lifecycle allows it (the
 * review is REPORT_DRAFTED, its actions are SMART, and the person, family
 * (if appropriate) and care team are among the recipients).
 */
export async function sendReport(ctx: Context, input: SendReportInput): Promise<ReportResult> {
  const access = await ReportGuard.loadWritable(ctx, input.reportId, "sendReport", "REPORT");
  if (!access.row) return { report: null, errors: [idError("reportId", access.code, "report")] };
  const report = access.row;
  const errors: FieldError[] = [];
  if (report.sentAt)
    errors.push(fieldError("reportId", "ALREADY_EXISTS", "This report has already been sent"));
  if (input.recipients.length === 0)
    errors.push(fieldError("recipients", "REQUIRED", "Say who the report goes to"));
  const review = await ctx.db.prisma.review.findUniqueOrThrow({ where: { id: report.reviewId } });
  const person = await ctx.db.prisma.person.findUniqueOrThrow({
    where: { id: review.personId },
    select: { accountUserId: true, relationships: { select: { userId: true, kind: true } } },
  });
  const familyIds = new Set(
    person.relationships
      .filter((r) => r.kind === "PARENT_CARER" || r.kind === "OTHER_FAMILY")
      .map((r) => r.userId),
  );
  const ids = input.recipients.map((r) => r.recipientId).filter((id): id is string => !!id);
  const users = new Set(
    (
      await ctx.db.prisma.user.findMany({
        where: { id: { in: ids.filter(isUuid) } },
        select: { id: true },
      })
    ).map((u) => u.id),
  );
  const rows: {
    recipientId: string | null;
    recipientName: string | null;
    recipientRole: string;
    format: PreferredFormat;
  }[] = [];
  const circulation = { person: false, family: false, careTeam: false };
  input.recipients.forEach((r, i) => {
    const at = `recipients.${i}`;
    const recipientId = r.recipientId ?? null;
    if (recipientId && !users.has(recipientId))
      errors.push(fieldError(`${at}.recipientId`, "NOT_FOUND", "There is no user with this ID"));
    const recipientName = text(errors, `${at}.recipientName`, r.recipientName, {
      required: !recipientId,
      max: 200,
      requiredMessage: "Give the recipient's account or their name",
    });
    const recipientRole = text(errors, `${at}.recipientRole`, r.recipientRole, {
      max: 100,
      requiredMessage: 'Say who they are, e.g. "person", "parent carer", "care team"',
    });
    const role = recipientRole?.toLowerCase() ?? "";
    if (PERSON_ROLES.includes(role) || (recipientId && recipientId === person.accountUserId))
      circulation.person = true;
    if (FAMILY_ROLES.includes(role) || (recipientId && familyIds.has(recipientId)))
      circulation.family = true;
    if (CARE_TEAM_ROLES.includes(role)) circulation.careTeam = true;
    if (recipientRole) rows.push({ recipientId, recipientName, recipientRole, format: r.format });
  });
  if (errors.length) return { report: null, errors };
  const check = checkTransition(review.status, "REPORT_SENT", {
    ...(await lifecycleFacts(ctx, review)),
    reportCirculation: {
      ...circulation,
      family: input.familyNotAppropriate ? "NOT_APPROPRIATE" : circulation.family,
    },
  });
  if (!check.allowed)
    return {
      report: null,
      errors: check.reasons.map((r) =>
        fieldError(r.field === "reportCirculation" ? "recipients" : "reportId", r.code, r.message),
      ),
    };
  const sentAt = ctx.now;
  try {
    const sent = await ctx.db.prisma.$transaction(async (tx) => {
      // Compare-and-set on both rows, so two sends (or a send and a status change) cannot both win;
      // throwing rolls back whichever half succeeded.
      const moved = await tx.review.updateMany({
        where: { id: review.id, status: review.status },
        data: { status: "REPORT_SENT" },
      });
      const marked = await tx.report.updateMany({
        where: { id: report.id, sentAt: null },
        data: { sentAt },
      });
      if (moved.count !== 1 || marked.count !== 1) throw new ChangedMeanwhile();
      await tx.reportDistribution.createMany({
        data: rows.map((r) => ({ ...r, reportId: report.id, sentAt })),
      });
      await notifyFamily(
        tx,
        { kind: "REPORT_SENT", personId: review.personId, subjectId: report.id },
        ctx.now,
      );
      return tx.report.findUniqueOrThrow({ where: { id: report.id }, include: reportInclude });
    });
    return { report: sent, errors: [] };
  } catch (error) {
    if (!(error instanceof ChangedMeanwhile)) throw error;
    return {
      report: null,
      errors: [
        fieldError(
          "reportId",
          "TRANSITION_NOT_ALLOWED",
          "The review or report changed meanwhile: reload and try again",
        ),
      ],
    };
  }
}

class ChangedMeanwhile extends Error {}
