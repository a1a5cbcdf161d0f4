import { isUniqueViolation, type Prisma, type ReviewRequest } from "@cetr/db";
import {
  advanceRequest,
  ageOn,
  type CalendarDate,
  compareCalendarDates,
  type FieldError,
  type Requester,
  type RequestStage,
  routeReviewRequest,
} from "@cetr/domain";
import { onCaseloadOf } from "../actions/actions.service.js";
import type { Context } from "../context.js";
import { PersonGuard } from "../people/people.guard.js";
import { ReviewGuard } from "../reviews/review.node.js";
import {
  type ConnectionArgs,
  cursorPart,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { accessError, asDate, readDate, readText, today, ymd } from "./common.js";
import { ReviewRequestGuard } from "./guards.js";

/** Use cases for requests for a review (§14, §25, Figure 9). */

export type RequestResult = { reviewRequest: ReviewRequest | null; errors: FieldError[] };

/**
 * Triaged (on a person's record) and waiting for someone to decide: the care
 * coordinator or the commissioner (Figure 9). Requests waiting for triage are
 * the request forms not yet matched to a person (`incomingReviewRequests`).
 */
export const WAITING_FOR_DECISION: readonly RequestStage[] = [
  "RECEIVED",
  "WITH_CARE_COORDINATOR",
  "WITH_COMMISSIONER",
];

/** A decision ends a stage with a date and, for a refusal or a resolution, the reason given. */
const DECISIONS = new Set<RequestStage>([
  "RESOLVED_WITHOUT_REVIEW",
  "CONVENED",
  "DECLINED_BY_COMMISSIONER",
]);
const NEEDS_REASON = new Set<RequestStage>(["RESOLVED_WITHOUT_REVIEW", "DECLINED_BY_COMMISSIONER"]);

/**
 * The moves a requester's side (the person, family, advocate) makes
 * themselves (§14): still wanting a review after the coordinator's answer,
 * and escalating a refusal. Every other move is a professional's.
 */
const REQUESTER_MOVES: readonly [RequestStage, RequestStage][] = [
  ["RESOLVED_WITHOUT_REVIEW", "WITH_COMMISSIONER"],
  ["DECLINED_BY_COMMISSIONER", "ESCALATED"],
];

/** Staff of a caseload organisation or a partner system, rather than the person's own side. */
async function actsProfessionally(ctx: Context, personId: string): Promise<boolean> {
  const grant = await ctx.access.grant(personId);
  return grant.actingAs.some((a) => a.startsWith("STAFF:") || a === "PARTNER");
}

/** Who the person's own side may ask as: themselves, family, or their advocate. */
async function requestersFor(ctx: Context, personId: string): Promise<Set<Requester>> {
  const grant = await ctx.access.grant(personId);
  const out = new Set<Requester>();
  for (const as of grant.actingAs) {
    if (as === "SELF") out.add("PERSON");
    if (as === "PARENT_CARER" || as === "OTHER_FAMILY") out.add("FAMILY_OR_CARER");
    if (as === "ADVOCATE") out.add("ADVOCATE");
  }
  return out;
}

export interface SubmitReviewRequestInput {
  personId: string;
  requester: Requester;
  requesterName?: string | null;
  reason: string;
  receivedOn: string;
  consentBasisForRequest?: boolean | null;
  safeguardingConcern?: boolean | null;
}

export async function submitReviewRequest(
  ctx: Context,
  input: SubmitReviewRequestInput,
): Promise<RequestResult> {
  const person = await PersonGuard.loadWritable(
    ctx,
    input.personId,
    "submitReviewRequest",
    "REQUEST",
  );
  if (!person.row) return { reviewRequest: null, errors: [accessError("personId", person.code)] };
  const errors: FieldError[] = [];
  if (!(await actsProfessionally(ctx, person.row.id))) {
    const mine = await requestersFor(ctx, person.row.id);
    if (!mine.has(input.requester))
      errors.push({
        field: "requester",
        code: "REQUESTER_NOT_ENTITLED",
        message: `You can ask as: ${[...mine].join(", ").toLowerCase().replaceAll("_", " ") || "nobody"}`,
      });
  }
  const receivedOn = readDate(errors, "receivedOn", input.receivedOn, ctx);
  const reason = readText(errors, "reason", input.reason);
  const requesterName = readText(errors, "requesterName", input.requesterName, {
    required: false,
    max: 200,
  });
  const dob = ymd(person.row.dateOfBirth);
  if (receivedOn && compareCalendarDates(receivedOn, dob) < 0)
    errors.push({
      field: "receivedOn",
      code: "EVENT_BEFORE_BIRTH",
      message: "The date is before the person's date of birth",
    });
  const routing = routeReviewRequest({
    requester: input.requester,
    personAge: ageOn(dob, receivedOn ?? today(ctx)),
    consentBasisForRequest: input.consentBasisForRequest === true,
    safeguardingConcern: input.safeguardingConcern === true,
  });
  for (const r of routing.reasons)
    errors.push({ field: r.field ?? "requester", code: r.code, message: r.message });
  if (errors.length || !receivedOn || !reason) return { reviewRequest: null, errors };
  const userId = ctx.access.userId;
  const reviewRequest = await ctx.db.prisma.$transaction(async (tx) => {
    const created = await tx.reviewRequest.create({
      data: {
        personId: person.row.id,
        requester: input.requester,
        requestedById: userId,
        requesterName,
        // Always to the care coordinator first (§14); a safeguarding concern is flagged to act on at once.
        route: routing.actImmediatelyOnSafeguarding ? "SAFEGUARDING" : "VIA_CARE_COORDINATOR",
        stage: "RECEIVED",
        reason,
        receivedOn: asDate(receivedOn),
      },
    });
    await tx.reviewRequestStageChange.create({
      data: { requestId: created.id, stage: "RECEIVED", at: ctx.now, byId: userId },
    });
    return created;
  });
  ctx.audit.changed(
    { personId: reviewRequest.personId, type: "ReviewRequest", id: reviewRequest.id },
    "submitReviewRequest",
    ctx.viewer.kind === "partner" ? "PARTNER" : "USER",
  );
  return { reviewRequest, errors: [] };
}

export interface AdvanceReviewRequestInput {
  requestId: string;
  to: RequestStage;
  note?: string | null;
  reviewId?: string | null;
}

export async function advanceReviewRequest(
  ctx: Context,
  input: AdvanceReviewRequestInput,
): Promise<RequestResult> {
  const found = await ReviewRequestGuard.loadWritable(ctx, input.requestId, "advanceReviewRequest");
  if (!found.row) return { reviewRequest: null, errors: [accessError("requestId", found.code)] };
  const request = found.row;
  const errors: FieldError[] = [];
  const moved = advanceRequest(request.stage, input.to);
  if (!moved.ok) {
    for (const r of moved.reasons) errors.push({ field: "to", code: r.code, message: r.message });
    return { reviewRequest: null, errors };
  }
  if (
    !(await actsProfessionally(ctx, request.personId)) &&
    !REQUESTER_MOVES.some(([from, to]) => from === request.stage && to === input.to)
  )
    errors.push({
      field: "to",
      code: "FORBIDDEN",
      message:
        "The care coordinator or commissioner makes this decision; you can ask for a review again or escalate a refusal",
    });
  const note = readText(errors, "note", input.note, { required: NEEDS_REASON.has(input.to) });
  let reviewId: string | null = null;
  if (input.reviewId != null) {
    if (input.to !== "CONVENED")
      errors.push({
        field: "reviewId",
        code: "INVALID_CHOICE",
        message: "Link a review only when the request is convened",
      });
    else {
      const review = await ReviewGuard.loadReadable(ctx, input.reviewId);
      if (!review || review.personId !== request.personId)
        errors.push(accessError("reviewId", "NOT_FOUND"));
      else reviewId = review.id;
    }
  }
  if (errors.length) return { reviewRequest: null, errors };
  const decided = DECISIONS.has(input.to);
  try {
    const updated = await ctx.db.prisma.$transaction(async (tx) => {
      // Only from the stage we checked: a concurrent move makes this one a refusal, not a skipped stage.
      const { count } = await tx.reviewRequest.updateMany({
        where: { id: request.id, stage: request.stage },
        data: {
          stage: input.to,
          ...(decided ? { decidedOn: asDate(today(ctx)), decisionReason: note } : {}),
          ...(reviewId ? { reviewId } : {}),
        },
      });
      if (count === 0) return null;
      await tx.reviewRequestStageChange.create({
        data: {
          requestId: request.id,
          stage: input.to,
          at: ctx.now,
          byId: ctx.access.userId,
          note,
        },
      });
      return tx.reviewRequest.findUniqueOrThrow({ where: { id: request.id } });
    });
    if (!updated)
      return {
        reviewRequest: null,
        errors: [
          {
            field: "to",
            code: "TRANSITION_NOT_ALLOWED",
            message: "The request moved on meanwhile: reload it and try again",
          },
        ],
      };
    return { reviewRequest: updated, errors: [] };
  } catch (error) {
    if (isUniqueViolation(error))
      return {
        reviewRequest: null,
        errors: [
          {
            field: "reviewId",
            code: "ALREADY_EXISTS",
            message: "That review already answers another request",
          },
        ],
      };
    throw error;
  }
}

// ─────────────────────────────── The list ───────────────────────────────

export interface RequestFilter {
  stage?: readonly RequestStage[] | null;
  /** true: only those waiting for a decision (WAITING_FOR_DECISION); false: only decided ones. */
  waitingForDecision?: boolean | null;
  /** Deprecated name for waitingForDecision, kept for older clients. */
  waitingForTriage?: boolean | null;
  /** Only people on this organisation's caseload: one of the viewer's, any other gives none. */
  organisationId?: string | null;
}

/** The viewer's own organisations: staff memberships, or a partner client's organisations. */
async function viewerOrganisationIds(ctx: Context): Promise<string[]> {
  if (ctx.viewer.kind === "partner") return [...ctx.viewer.organisationIds];
  return (await ctx.access.memberships()).map((m) => m.organisationId);
}

type RequestKey = [receivedOn: string, id: string];

const decodeRequestKey = keyDecoder<RequestKey>(cursorPart.date, cursorPart.uuid);

async function requestWhere(ctx: Context, filter: RequestFilter) {
  const where: Prisma.ReviewRequestWhereInput[] = [
    { person: await ctx.access.peopleWhere("REQUEST") },
  ];
  if (filter.stage?.length) where.push({ stage: { in: [...filter.stage] } });
  const waiting = filter.waitingForDecision ?? filter.waitingForTriage;
  if (waiting != null)
    where.push({
      stage: waiting ? { in: [...WAITING_FOR_DECISION] } : { notIn: [...WAITING_FOR_DECISION] },
    });
  if (filter.organisationId != null) {
    // As incomingReviewRequests: only one of the viewer's organisations narrows the list; any other empties it.
    const mine = (await viewerOrganisationIds(ctx)).includes(filter.organisationId);
    where.push({
      person: mine ? onCaseloadOf(filter.organisationId, asDate(today(ctx))) : { id: { in: [] } },
    });
  }
  return where;
}

/** Requests the viewer may see, oldest received first: the order they should be answered in. */
export async function listReviewRequests(ctx: Context, args: ConnectionArgs & RequestFilter) {
  const page = pageFromArgs(args, decodeRequestKey);
  const direction = page.backwards ? "desc" : "asc";
  const beyond = page.backwards ? "lt" : "gt";
  const base = await requestWhere(ctx, args);
  const rows = await ctx.db.prisma.reviewRequest.findMany({
    where: {
      AND: [
        ...base,
        page.cursor
          ? {
              OR: [
                { receivedOn: { [beyond]: asDate(page.cursor[0] as CalendarDate) } },
                {
                  receivedOn: asDate(page.cursor[0] as CalendarDate),
                  id: { [beyond]: page.cursor[1] },
                },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ receivedOn: direction }, { id: direction }],
    take: page.take,
  });
  const readable = await ReviewRequestGuard.readable(ctx, rows);
  return {
    ...toConnection(readable, page, (r): RequestKey => [ymd(r.receivedOn), r.id]),
    totalCount: async () => ctx.db.prisma.reviewRequest.count({ where: { AND: base } }),
  };
}
