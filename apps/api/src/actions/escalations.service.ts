import type { Escalation, Prisma } from "@cetr/db";
import { compareCalendarDates, type FieldError } from "@cetr/domain";
import type { Context } from "../context.js";
import { PersonGuard } from "../people/people.guard.js";
import { isUuid } from "../schema/guard.js";
import { EscalationGuard } from "./escalation.node.js";
import {
  authorOrError,
  calendarDate,
  dbDate,
  fieldError,
  fromDbDate,
  idError,
  text,
} from "./inputs.js";

/** Use cases for escalated concerns (§20.3, §41.2). */

export type EscalationResult =
  | { escalation: Escalation; errors: [] }
  | { escalation: null; errors: FieldError[] };

export interface RaiseEscalationInput {
  personId: string;
  reviewId?: string | null;
  findingId?: string | null;
  route: Escalation["route"];
  concern: string;
  raisedOn: string;
}

export async function raiseEscalation(
  ctx: Context,
  input: RaiseEscalationInput,
): Promise<EscalationResult> {
  const access = await PersonGuard.loadWritable(
    ctx,
    input.personId,
    "raiseEscalation",
    "ESCALATION",
  );
  if (!access.row)
    return { escalation: null, errors: [idError("personId", access.code, "person")] };
  const personId = access.row.id;
  const errors: FieldError[] = [];
  const raisedById = authorOrError(ctx, errors, "personId");
  // The review and finding must be this person's: an ID from another record is simply not found.
  const reviewId = input.reviewId ?? null;
  if (reviewId) {
    const review = isUuid(reviewId)
      ? await ctx.db.prisma.review.findFirst({
          where: { id: reviewId, personId },
          select: { id: true },
        })
      : null;
    if (!review)
      errors.push(fieldError("reviewId", "NOT_FOUND", "This person has no review with this ID"));
  }
  const findingId = input.findingId ?? null;
  if (findingId) {
    const finding = isUuid(findingId)
      ? await ctx.db.prisma.enquiryFinding.findFirst({
          where: { id: findingId, review: { personId }, ...(reviewId ? { reviewId } : {}) },
          select: { id: true },
        })
      : null;
    if (!finding)
      errors.push(fieldError("findingId", "NOT_FOUND", "That review has no finding with this ID"));
  }
  const concern = text(errors, "concern", input.concern, {
    requiredMessage: "Describe the concern",
  });
  const raisedOn = calendarDate(errors, ctx, "raisedOn", input.raisedOn, { notInFuture: true });
  if (!raisedOn && !errors.some((e) => e.field === "raisedOn"))
    errors.push(fieldError("raisedOn", "REQUIRED", "Give the date the concern was raised"));
  if (errors.length || !raisedById || !concern || !raisedOn) return { escalation: null, errors };
  const escalation = await ctx.db.prisma.escalation.create({
    data: {
      personId,
      reviewId,
      findingId,
      route: input.route,
      concern,
      raisedOn: dbDate(raisedOn),
      raisedById,
    },
  });
  return { escalation, errors: [] };
}

export interface UpdateEscalationInput {
  escalationId: string;
  /** Omitted: unchanged; null: cleared. */
  reference?: string | null;
  personInformedOn?: string | null;
  outcome?: string | null;
  closedOn?: string | null;
}

export async function updateEscalation(
  ctx: Context,
  input: UpdateEscalationInput,
): Promise<EscalationResult> {
  const access = await EscalationGuard.loadWritable(ctx, input.escalationId, "updateEscalation");
  if (!access.row)
    return { escalation: null, errors: [idError("escalationId", access.code, "escalation")] };
  const current = access.row;
  const raisedOn = fromDbDate(current.raisedOn);
  const errors: FieldError[] = [];
  const data: Prisma.EscalationUpdateInput = {};
  if (input.reference !== undefined)
    data.reference = text(errors, "reference", input.reference, { required: false, max: 200 });
  if (input.outcome !== undefined)
    data.outcome = text(errors, "outcome", input.outcome, { required: false });
  for (const field of ["personInformedOn", "closedOn"] as const) {
    const raw = input[field];
    if (raw === undefined) continue;
    const date = calendarDate(errors, ctx, field, raw, { notInFuture: true });
    if (date && compareCalendarDates(date, raisedOn) < 0) {
      errors.push(
        fieldError(
          field,
          "DATE_INVALID",
          `This cannot be before the concern was raised (${raisedOn})`,
        ),
      );
      continue;
    }
    data[field] = date ? dbDate(date) : null;
  }
  if (errors.length) return { escalation: null, errors };
  const escalation = await ctx.db.prisma.escalation.update({ where: { id: current.id }, data });
  return { escalation, errors: [] };
}
