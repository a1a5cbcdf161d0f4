import { type ConsentRecord, isUniqueViolation, type Prisma, type Review } from "@cetr/db";
import {
  ageOn,
  applyDuration,
  type CalendarDate,
  type Invitation as DomainInvitation,
  type DueKind,
  decideReviewConsent,
  decideSharing,
  transitionReview as domainTransition,
  type EnquirySetting,
  type FieldError,
  type InvitationContext,
  invitationsFor,
  isSecureSetting,
  londonCalendarDate,
  NATIONAL_PROFILE_KEY,
  type PathwayEvent,
  panelMayChange,
  parseCalendarDate,
  type ResolvedProfile,
  type ReviewState,
  type RuleReason,
  resolveProfile,
  schedulePathway,
} from "@cetr/domain";
import type { Context } from "../context.js";
import { notifyFamily } from "../notifications/notify.js";
import { PersonGuard } from "../people/people.guard.js";
import { convenedRequestEvent } from "../register/schedule.service.js";
import { isUuid } from "../schema/guard.js";
import {
  type ConnectionArgs,
  cursorPart,
  fetchReadablePage,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import {
  ConsentRecordGuard,
  InvitationGuard,
  type InvitationRow,
  PanelMemberGuard,
  type PanelMemberRow,
  WITH_PERSON,
} from "./guards.js";
import { ReviewGuard } from "./review.node.js";
import { clearReviewFacts, consentFactsFor, isoDate, reviewFacts } from "./review-facts.js";

/** Use cases for reviews. Resolvers call these; these call @cetr/domain, Prisma and access. */

const err = (field: string, code: FieldError["code"], message: string): FieldError => ({
  field,
  code,
  message,
});
const day = (date: string): Date => new Date(`${date}T00:00:00Z`);
const today = (ctx: Context): CalendarDate => londonCalendarDate(ctx.now);

/** A guard's NOT_FOUND / FORBIDDEN as a field error on the ID argument. */
const idError = (field: string, code: "NOT_FOUND" | "FORBIDDEN", what: string): FieldError =>
  code === "NOT_FOUND"
    ? err(field, "NOT_FOUND", `There is no ${what} with this ID that you can reach`)
    : err(field, "FORBIDDEN", `You can see this ${what} but not change it`);

/** A calendar date input: a real date, and (when `notFuture`) not after today. */
function dateInput(
  ctx: Context,
  field: string,
  value: string | null | undefined,
  { required = true, notFuture = false } = {},
): { date: CalendarDate | null; error: FieldError | null } {
  if (value == null || value.trim() === "")
    return { date: null, error: required ? err(field, "REQUIRED", "Give a date") : null };
  const date = parseCalendarDate(value.trim());
  if (!date)
    return { date: null, error: err(field, "DATE_INVALID", 'Give a real date, "YYYY-MM-DD"') };
  if (notFuture && date > today(ctx))
    return { date: null, error: err(field, "DATE_IN_FUTURE", "The date cannot be after today") };
  return { date, error: null };
}

type ConsentAnswer = ConsentRecord["answer"];
type ConsentBasis = NonNullable<ConsentRecord["basis"]>;
type ConsentPurpose = ConsentRecord["purpose"];

// ───────────────────────────── The reviews list ─────────────────────────────

export interface ReviewFilter {
  status?: ReviewState[] | null;
  dueBefore?: string | null;
  overdue?: boolean | null;
  organisationId?: string | null;
}

/** Not yet held, and not ended: a review in one of these states can be overdue. */
const AWAITING: ReviewState[] = ["REQUESTED", "PLANNED", "CONSENT_PENDING", "SCHEDULED"];

async function reviewWhere(ctx: Context, filter: ReviewFilter): Promise<Prisma.ReviewWhereInput> {
  const and: Prisma.ReviewWhereInput[] = [{ person: await ctx.access.peopleWhere("REVIEW") }];
  if (filter.status) and.push({ status: { in: filter.status } });
  if (filter.dueBefore) and.push({ dueOn: { lt: day(filter.dueBefore) } });
  if (filter.organisationId != null)
    and.push({
      commissioningOrganisationId: isUuid(filter.organisationId)
        ? filter.organisationId
        : "00000000-0000-0000-0000-000000000000",
    });
  if (filter.overdue === true)
    and.push({ dueOn: { lt: day(today(ctx)) }, status: { in: AWAITING } });
  // Spelled out rather than NOT(...): an undated review must count as not overdue (SQL NULLs).
  if (filter.overdue === false)
    and.push({
      OR: [{ dueOn: null }, { dueOn: { gte: day(today(ctx)) } }, { status: { notIn: AWAITING } }],
    });
  return { AND: and };
}

type ReviewKey = [dueOn: string | null, id: string];

const decodeReviewKey = keyDecoder<ReviewKey>(cursorPart.orNull(cursorPart.date), cursorPart.uuid);

/** Rows strictly after (or, backwards, before) the cursor in (dueOn nulls last, id) order. */
function beyondCursor(key: ReviewKey, backwards: boolean): Prisma.ReviewWhereInput {
  const [due, id] = key;
  if (!backwards) {
    if (due === null) return { dueOn: null, id: { gt: id } };
    return {
      OR: [{ dueOn: { gt: day(due) } }, { dueOn: day(due), id: { gt: id } }, { dueOn: null }],
    };
  }
  if (due === null) return { OR: [{ dueOn: { not: null } }, { dueOn: null, id: { lt: id } }] };
  return { OR: [{ dueOn: { lt: day(due) } }, { dueOn: day(due), id: { lt: id } }] };
}

/**
 * Reviews the viewer may see, soonest due first (undated last), then by id.
 * The person filter only narrows; each row is still checked (a panel member
 * sees only the reviews they sit on), so pages are topped up until full.
 */
export async function listReviews(ctx: Context, args: ConnectionArgs, filter: ReviewFilter) {
  const page = pageFromArgs(args, decodeReviewKey);
  const direction = page.backwards ? "desc" : "asc";
  const where = await reviewWhere(ctx, filter);
  const keyOf = (row: Review): ReviewKey => [row.dueOn ? isoDate(row.dueOn) : null, row.id];
  const rows = await fetchReadablePage(
    page,
    (cursor) =>
      ctx.db.prisma.review.findMany({
        where: cursor ? { AND: [where, beyondCursor(cursor, page.backwards)] } : where,
        orderBy: [
          { dueOn: { sort: direction, nulls: page.backwards ? "first" : "last" } },
          { id: direction },
        ],
        take: page.take,
      }),
    (fetched) => ReviewGuard.readable(ctx, fetched),
    keyOf,
  );
  return toConnection(rows, page, keyOf);
}

export async function countReviews(ctx: Context, filter: ReviewFilter): Promise<number> {
  return ctx.db.prisma.review.count({ where: await reviewWhere(ctx, filter) });
}

// ─────────────────────────────── Scheduling ───────────────────────────────

/**
 * The person's history as the scheduler reads it: setting events, requests
 * convened, reviews held, reports sent.
 */
async function pathwayFor(ctx: Context, personId: string) {
  const person = await ctx.db.prisma.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      dateOfBirth: true,
      legalStatus: true,
      settingEvents: { orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] },
      reviews: {
        where: { heldOn: { not: null } },
        select: { kind: true, heldOn: true, report: { select: { sentAt: true } } },
      },
      reviewRequests: { where: { stage: "CONVENED" } },
    },
  });
  const events: PathwayEvent[] = [];
  for (const e of person.settingEvents) {
    const base = { id: e.id, date: isoDate(e.occurredOn) };
    switch (e.kind) {
      case "ADMISSION":
        events.push({
          ...base,
          kind: "ADMISSION",
          route: e.route ?? "CIVIL",
          // An admission without a setting cannot be scheduled: the scheduler names the event.
          setting: e.setting ?? ("" as never),
          restricted: e.restricted ?? false,
        });
        break;
      case "TRANSFER":
        events.push({ ...base, kind: "TRANSFER", setting: e.setting ?? ("" as never) });
        break;
      case "ADMISSION_CONSIDERED":
        events.push({ ...base, kind: "ADMISSION_CONSIDERED", route: e.route ?? undefined });
        break;
      case "RESETTLEMENT_PATHWAY":
        events.push({
          ...base,
          kind: "RESETTLEMENT_PATHWAY",
          housingInPlace: e.housingInPlace ?? false,
          careProviderInPlace: e.careProviderInPlace ?? false,
          clearDischargePlan: e.clearDischargePlan ?? false,
          dischargeDateIdentified: e.dischargeDateIdentified ?? false,
          anyPartyDissatisfied: e.anyPartyDissatisfied ?? true,
        });
        break;
      default:
        events.push({ ...base, kind: e.kind });
    }
  }
  for (const r of person.reviewRequests) {
    const event = convenedRequestEvent(r);
    if (event) events.push(event);
  }
  for (const r of person.reviews) {
    if (!r.heldOn) continue;
    events.push({ date: isoDate(r.heldOn), kind: "REVIEW_HELD", reviewKind: r.kind });
    if (r.report?.sentAt)
      events.push({ date: londonCalendarDate(r.report.sentAt), kind: "REPORT_SENT" });
  }
  return { person, events };
}

const DUE_KIND_FOR: Record<Review["kind"], DueKind> = {
  COMMUNITY: "COMMUNITY_REVIEW",
  POST_ADMISSION: "POST_ADMISSION_REVIEW",
  INPATIENT: "INPATIENT_REVIEW",
  HIGHER_SECURITY: "HIGHER_SECURITY_REVIEW",
  ON_REQUEST: "REVIEW_ON_REQUEST",
};

export interface ScheduleReviewInput {
  personId: string;
  kind: Review["kind"] | null;
  date: string;
  venue: string | null;
  format: Review["format"];
  policyProfileKey: string | null;
  enquirySetting: EnquirySetting | null;
  commissioningOrganisationId: string;
}

export type ReviewResult = { review: Review | null; errors: FieldError[] };

/**
 * Plans a review for a date (status PLANNED). When it is due comes from the
 * scheduler (the person's history and the policy profile); the report is due
 * the profile's circulation time after the date (§7.2.18).
 */
export async function scheduleReview(
  ctx: Context,
  input: ScheduleReviewInput,
): Promise<ReviewResult> {
  const errors: FieldError[] = [];
  const person = await PersonGuard.loadWritable(ctx, input.personId, "scheduleReview", "REVIEW");
  if (!person.row) errors.push(idError("personId", person.code, "person"));
  if (!input.kind) errors.push(err("kind", "REQUIRED", "Choose which kind of review"));
  const { date, error } = dateInput(ctx, "date", input.date);
  if (error) errors.push(error);
  const key = input.policyProfileKey?.trim() || NATIONAL_PROFILE_KEY;
  const resolved = resolveProfile(key);
  if (!resolved.ok)
    errors.push(err("policyProfileKey", resolved.error.code, resolved.error.message));
  const venue = input.venue?.trim() || null;
  if (venue && venue.length > 500) errors.push(err("venue", "TOO_LONG", "At most 500 characters"));
  if (person.row) {
    const onCaseload = await ctx.db.prisma.caseloadAssignment.findFirst({
      where: {
        personId: person.row.id,
        organisationId: isUuid(input.commissioningOrganisationId)
          ? input.commissioningOrganisationId
          : "00000000-0000-0000-0000-000000000000",
        startedOn: { lte: day(today(ctx)) },
        OR: [{ endedOn: null }, { endedOn: { gt: day(today(ctx)) } }],
      },
    });
    if (!onCaseload)
      errors.push(
        err(
          "commissioningOrganisationId",
          "NOT_FOUND",
          "Choose an organisation that has this person on its caseload",
        ),
      );
  }
  if (errors.length || !person.row || !input.kind || !date || !resolved.ok)
    return { review: null, errors };
  const kind = input.kind;

  const profile: ResolvedProfile = resolved.value;
  const { person: history, events } = await pathwayFor(ctx, person.row.id);
  const schedule = schedulePathway({
    dateOfBirth: isoDate(history.dateOfBirth),
    events,
    now: ctx.now,
    profile,
  });
  // A history the scheduler cannot read leaves the due date unknown rather than guessed.
  const due = schedule.ok
    ? (schedule.value.reviews.find((r) => r.kind === DUE_KIND_FOR[input.kind as Review["kind"]]) ??
      null)
    : null;
  const settingEventIds = new Set(events.map((e) => e.id).filter(Boolean));
  const inHospital = schedule.ok && schedule.value.inHospital;
  const current = schedule.ok ? schedule.value.currentSetting : null;
  // §4: the review before a move to higher security uses the community lines of enquiry.
  const enquirySetting: EnquirySetting =
    input.enquirySetting ??
    (input.kind === "COMMUNITY" || input.kind === "HIGHER_SECURITY" || !inHospital
      ? "COMMUNITY"
      : current && isSecureSetting(current)
        ? "SECURE"
        : "INPATIENT");
  const review = await ctx.db.prisma.$transaction(async (tx) => {
    const created = await tx.review.create({
      data: {
        personId: person.row.id,
        kind,
        status: "PLANNED",
        policyProfileKey: profile.key,
        enquirySetting,
        commissioningOrganisationId: input.commissioningOrganisationId,
        triggerEventId:
          due?.triggerEventId && settingEventIds.has(due.triggerEventId)
            ? due.triggerEventId
            : null,
        venue,
        format: input.format,
        scheduledOn: day(date),
        dueOn: due?.dueDate ? day(due.dueDate) : null,
        reportDueOn: day(applyDuration(date, profile.rules.REPORT_CIRCULATION.duration)),
      },
    });
    await notifyFamily(
      tx,
      { kind: "REVIEW_SCHEDULED", personId: created.personId, subjectId: created.id },
      ctx.now,
    );
    return created;
  });
  return { review, errors: [] };
}

// ─────────────────────────────── Lifecycle ───────────────────────────────

export interface TransitionInput {
  reviewId: string;
  to: ReviewState | null;
  reason: string | null;
  heldOn: string | null;
}

/** A domain reason as a field error on the input: the § goes with the words. */
const reasonError = (r: RuleReason, field: string): FieldError =>
  err(field, r.code, `${r.message} (${r.section})`);

const ENDS_WITH_REASON: ReviewState[] = ["CLOSED", "DECLINED", "WITHDRAWN", "EXEMPT"];

/**
 * Moves a review on, exactly as the domain lifecycle decides: every reason it
 * refuses (consent basis, panel, actions, circulation) comes back as an error.
 * Being held records the date and the report deadline (§7.2.18).
 */
export async function transitionReview(
  ctx: Context,
  input: TransitionInput,
): Promise<ReviewResult> {
  const found = await ReviewGuard.loadWritable(ctx, input.reviewId, "transitionReview");
  if (!found.row) return { review: null, errors: [idError("reviewId", found.code, "review")] };
  if (!input.to) return { review: null, errors: [err("to", "REQUIRED", "Choose the new state")] };
  const review = found.row;
  const reason = input.reason?.trim() || null;
  const held = dateInput(ctx, "heldOn", input.heldOn, { required: false, notFuture: true });
  if (held.error) return { review: null, errors: [held.error] };
  const facts = await reviewFacts(ctx, review.id);
  const from = review.status as ReviewState;
  const to = input.to;
  const heldOn = to === "HELD" ? (held.date ?? today(ctx)) : null;
  const result = domainTransition(from, to, {
    ...facts.guard,
    reviewDate: facts.guard.reviewDate ?? heldOn,
    exemptionReason: reason,
  });
  if (!result.ok)
    return {
      review: null,
      errors: result.reasons.map((r) =>
        reasonError(r, r.rule === "EXEMPTION_REASON" ? "reason" : "to"),
      ),
    };
  const data: Prisma.ReviewUpdateManyMutationInput = { status: result.state };
  if (heldOn) {
    const profile = resolveProfile(review.policyProfileKey);
    data.heldOn = day(heldOn);
    if (profile.ok)
      data.reportDueOn = day(
        applyDuration(heldOn, profile.value.rules.REPORT_CIRCULATION.duration),
      );
  }
  if (ENDS_WITH_REASON.includes(to) && reason) data.closedReason = reason;
  // Only from the state the check saw: a concurrent move makes this one fail, not overwrite.
  const { count } = await ctx.db.prisma.review.updateMany({
    where: { id: review.id, status: review.status },
    data,
  });
  clearReviewFacts(ctx, review.id);
  if (count === 0)
    return {
      review: null,
      errors: [
        err("to", "TRANSITION_NOT_ALLOWED", "The review changed meanwhile: reload and try again"),
      ],
    };
  return {
    review: await ctx.db.prisma.review.findUniqueOrThrow({ where: { id: review.id } }),
    errors: [],
  };
}

// ───────────────────────────────── Panel ─────────────────────────────────

export interface AddPanelMemberInput {
  reviewId: string;
  userId: string;
  role: PanelMemberRow["role"] | null;
  chairKind: PanelMemberRow["chairKind"];
  delegatedAuthority: string | null;
}

export type PanelMemberResult = { panelMember: PanelMemberRow | null; errors: FieldError[] };

/** The seat's own rules, adding or changing it: only a chair has a kind; delegated authority only for a DELEGATE chair. */
function seatChoiceErrors(
  role: PanelMemberRow["role"] | null,
  chairKind: PanelMemberRow["chairKind"],
  delegated: string | null,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!role) errors.push(err("role", "REQUIRED", "Choose the seat"));
  if (role && role !== "CHAIR" && chairKind)
    errors.push(err("chairKind", "INVALID_CHOICE", "Only the chair has a chair kind"));
  if (delegated && (role !== "CHAIR" || chairKind !== "DELEGATE"))
    errors.push(
      err(
        "delegatedAuthority",
        "INVALID_CHOICE",
        "Delegated authority is recorded for a chair acting as the commissioner's representative",
      ),
    );
  return errors;
}

/**
 * Once the review is held its panel is the one that held it: the report
 * names them and standards 5.1, 5.6 and 5.7 are judged on them, so no seat
 * is added, changed or removed after (domain `panelMayChange`).
 */
const panelLocked = (field: "reviewId" | "panelMemberId"): FieldError =>
  err(
    field,
    "PANEL_LOCKED",
    "The review has been held, so its panel can no longer change: it is the panel that held it",
  );

/** Adds a seat. The panel's make-up rules (§7.2.1) are reported by Review.blockers, not refused here. */
export async function addPanelMember(
  ctx: Context,
  input: AddPanelMemberInput,
): Promise<PanelMemberResult> {
  const errors: FieldError[] = [];
  const found = await ReviewGuard.loadWritable(ctx, input.reviewId, "addPanelMember");
  if (!found.row) errors.push(idError("reviewId", found.code, "review"));
  else if (!panelMayChange(found.row.status))
    return { panelMember: null, errors: [panelLocked("reviewId")] };
  const user = isUuid(input.userId)
    ? await ctx.db.prisma.user.findUnique({ where: { id: input.userId }, select: { id: true } })
    : null;
  if (!user) errors.push(err("userId", "NOT_FOUND", "There is no user with this ID"));
  const delegated = input.delegatedAuthority?.trim() || null;
  errors.push(...seatChoiceErrors(input.role, input.chairKind, delegated));
  if (errors.length || !found.row || !user || !input.role) return { panelMember: null, errors };
  const existing = await ctx.db.prisma.panelMember.findMany({
    where: { reviewId: found.row.id, OR: [{ role: input.role }, { userId: user.id }] },
    select: { role: true, userId: true },
  });
  if (existing.some((m) => m.role === input.role))
    errors.push(err("role", "ALREADY_EXISTS", "The panel already has someone in this seat"));
  if (existing.some((m) => m.userId === user.id))
    errors.push(err("userId", "ALREADY_EXISTS", "This person is already on the panel"));
  if (errors.length) return { panelMember: null, errors };
  try {
    const panelMember = await ctx.db.prisma.panelMember.create({
      data: {
        reviewId: found.row.id,
        userId: user.id,
        role: input.role,
        chairKind: input.role === "CHAIR" ? (input.chairKind ?? "COMMISSIONER") : null,
        delegatedAuthority: delegated,
      },
      include: WITH_PERSON,
    });
    clearReviewFacts(ctx, found.row.id);
    return { panelMember, errors: [] };
  } catch (error) {
    // The unique indexes decide when two requests race.
    if (isUniqueViolation(error))
      return {
        panelMember: null,
        errors: [err("role", "ALREADY_EXISTS", "The panel already has this seat or this person")],
      };
    throw error;
  }
}

/**
 * A seat staff may remove or change: they may change the review, and the
 * review has not been held yet (domain `panelMayChange`).
 */
async function changeableSeat(
  ctx: Context,
  id: string,
  operation: string,
): Promise<{ row: PanelMemberRow; error: null } | { row: null; error: FieldError }> {
  const seat = await PanelMemberGuard.loadWritable(ctx, id, operation);
  if (!seat.row) return { row: null, error: idError("panelMemberId", seat.code, "panel seat") };
  const review = await ctx.db.prisma.review.findUniqueOrThrow({
    where: { id: seat.row.reviewId },
    select: { status: true },
  });
  if (!panelMayChange(review.status)) return { row: null, error: panelLocked("panelMemberId") };
  return { row: seat.row, error: null };
}

export interface ChangePanelMemberInput {
  panelMemberId: string;
  role: PanelMemberRow["role"] | null;
  chairKind: PanelMemberRow["chairKind"];
  delegatedAuthority: string | null;
}

/**
 * Changes a seat's role, or the chair's kind and delegated authority, with
 * the same rules as adding one. Like adding, what the panel then lacks is
 * reported by Review.panelBreaches (§7.2.1), not refused.
 */
export async function changePanelMember(
  ctx: Context,
  input: ChangePanelMemberInput,
): Promise<PanelMemberResult> {
  const seat = await changeableSeat(ctx, input.panelMemberId, "changePanelMember");
  const delegated = input.delegatedAuthority?.trim() || null;
  const errors = [
    ...(seat.error ? [seat.error] : []),
    ...seatChoiceErrors(input.role, input.chairKind, delegated),
  ];
  if (errors.length || !seat.row || !input.role) return { panelMember: null, errors };
  if (input.role !== seat.row.role) {
    const taken = await ctx.db.prisma.panelMember.count({
      where: { reviewId: seat.row.reviewId, role: input.role },
    });
    if (taken > 0)
      return {
        panelMember: null,
        errors: [
          err(
            "role",
            "ALREADY_EXISTS",
            "The panel already has someone in this seat: remove them or change their seat first",
          ),
        ],
      };
  }
  try {
    const panelMember = await ctx.db.prisma.panelMember.update({
      where: { id: seat.row.id },
      data: {
        role: input.role,
        chairKind: input.role === "CHAIR" ? (input.chairKind ?? "COMMISSIONER") : null,
        delegatedAuthority: delegated,
      },
      include: WITH_PERSON,
    });
    clearReviewFacts(ctx, seat.row.reviewId);
    return { panelMember, errors: [] };
  } catch (error) {
    if (isUniqueViolation(error))
      return {
        panelMember: null,
        errors: [err("role", "ALREADY_EXISTS", "The panel already has someone in this seat")],
      };
    throw error;
  }
}

export type RemovePanelMemberResult = {
  removedPanelMemberId: string | null;
  review: Review | null;
  errors: FieldError[];
};

/**
 * Takes a seat off the panel before the review is held (its photo goes with
 * it). The review comes back so its panelBreaches show what the panel now lacks.
 */
export async function removePanelMember(
  ctx: Context,
  input: { panelMemberId: string },
): Promise<RemovePanelMemberResult> {
  const seat = await changeableSeat(ctx, input.panelMemberId, "removePanelMember");
  if (!seat.row) return { removedPanelMemberId: null, review: null, errors: [seat.error] };
  const { count } = await ctx.db.prisma.panelMember.deleteMany({ where: { id: seat.row.id } });
  clearReviewFacts(ctx, seat.row.reviewId);
  if (count === 0)
    return {
      removedPanelMemberId: null,
      review: null,
      errors: [err("panelMemberId", "NOT_FOUND", "This seat has already been removed")],
    };
  return {
    removedPanelMemberId: seat.row.id,
    review: await ctx.db.prisma.review.findUniqueOrThrow({ where: { id: seat.row.reviewId } }),
    errors: [],
  };
}

/**
 * A seat the viewer may change: staff who may change the review, or — for
 * their own declaration — the member themselves (standard 5.7), even before
 * they can see the review.
 */
async function writableSeat(
  ctx: Context,
  id: string,
  operation: string,
  { selfAllowed }: { selfAllowed: boolean },
): Promise<{ row: PanelMemberRow } | { row: null; code: "NOT_FOUND" | "FORBIDDEN" }> {
  if (selfAllowed && isUuid(id) && ctx.access.userId) {
    const own = await ctx.db.prisma.panelMember.findFirst({
      where: { id, userId: ctx.access.userId },
      include: WITH_PERSON,
    });
    if (own) {
      ctx.audit.changed(
        { ...PanelMemberGuard.describe(own).target },
        operation,
        `PANEL:${own.role}`,
      );
      return { row: own };
    }
  }
  return PanelMemberGuard.loadWritable(ctx, id, operation);
}

export async function declarePanelConflict(
  ctx: Context,
  input: { panelMemberId: string; hasConflict: boolean; details: string | null },
): Promise<PanelMemberResult> {
  const seat = await writableSeat(ctx, input.panelMemberId, "declarePanelConflict", {
    selfAllowed: true,
  });
  if (!seat.row)
    return { panelMember: null, errors: [idError("panelMemberId", seat.code, "panel seat")] };
  const details = input.details?.trim() || null;
  if (input.hasConflict && !details)
    return {
      panelMember: null,
      errors: [err("details", "REQUIRED", "Describe the conflict of interest (standard 5.7)")],
    };
  const updated = await ctx.db.prisma.panelMember.update({
    where: { id: seat.row.id },
    data: {
      conflictDeclaredAt: ctx.now,
      hasConflict: input.hasConflict,
      conflictDetails: input.hasConflict ? details : null,
    },
    include: WITH_PERSON,
  });
  clearReviewFacts(ctx, seat.row.reviewId);
  // A member declaring before they may see the review gets no seat back: declaring opens nothing.
  const [panelMember] = await PanelMemberGuard.readable(ctx, [updated]);
  return { panelMember: panelMember ?? null, errors: [] };
}

export async function recordPanelTraining(
  ctx: Context,
  input: { panelMemberId: string; completedOn: string },
): Promise<PanelMemberResult> {
  const seat = await writableSeat(ctx, input.panelMemberId, "recordPanelTraining", {
    selfAllowed: false,
  });
  const errors: FieldError[] = [];
  if (!seat.row) errors.push(idError("panelMemberId", seat.code, "panel seat"));
  const { date, error } = dateInput(ctx, "completedOn", input.completedOn, { notFuture: true });
  if (error) errors.push(error);
  if (!seat.row || !date) return { panelMember: null, errors };
  const panelMember = await ctx.db.prisma.panelMember.update({
    where: { id: seat.row.id },
    data: { trainingCompletedOn: day(date) },
    include: WITH_PERSON,
  });
  clearReviewFacts(ctx, seat.row.reviewId);
  return { panelMember, errors: [] };
}

// ─────────────────────────────── Invitations ───────────────────────────────

export type GenerateInvitationsResult = {
  review: Review | null;
  created: InvitationRow[];
  errors: FieldError[];
};

/**
 * Creates the invitations the policy asks for (@cetr/domain invitationsFor),
 * from what is recorded about the person: age on the review date, EHC plan,
 * hospital stay or detention, school, social care, youth offending, and the
 * people around them. Named people get one invitation each. Idempotent: an
 * invitee (and account) already invited is not invited again.
 */
export async function generateInvitations(
  ctx: Context,
  input: { reviewId: string },
): Promise<GenerateInvitationsResult> {
  const found = await ReviewGuard.loadWritable(ctx, input.reviewId, "generateInvitations");
  if (!found.row)
    return { review: null, created: [], errors: [idError("reviewId", found.code, "review")] };
  const review = found.row;
  const on = review.scheduledOn ? isoDate(review.scheduledOn) : today(ctx);
  const active = {
    startedOn: { lte: day(today(ctx)) },
    OR: [{ endedOn: null }, { endedOn: { gt: day(today(ctx)) } }],
  };
  const [person, { events }] = await Promise.all([
    ctx.db.prisma.person.findUniqueOrThrow({
      where: { id: review.personId },
      select: {
        dateOfBirth: true,
        ehcPlan: true,
        legalStatus: true,
        accountUserId: true,
        relationships: { where: active, select: { userId: true, kind: true, description: true } },
        caseload: { where: active, select: { organisation: { select: { kind: true } } } },
        registerEntries: {
          where: { removedOn: null },
          select: { riskFactors: { select: { factor: true } } },
        },
        consents: {
          where: { purpose: "SHARE_WITH_FAMILY", withdrawnAt: null },
          orderBy: [{ decidedOn: "desc" }, { recordedAt: "desc" }],
          take: 1,
          select: { answer: true },
        },
      },
    }),
    pathwayFor(ctx, review.personId),
  ]);
  const schedule = schedulePathway({
    dateOfBirth: isoDate(person.dateOfBirth),
    events,
    now: ctx.now,
    profile: review.policyProfileKey,
  });
  const kinds = (k: string) => person.relationships.filter((r) => r.kind === k);
  const orgKinds = new Set(person.caseload.map((c) => c.organisation.kind));
  const factors = new Set(
    person.registerEntries.flatMap((e) => e.riskFactors.map((f) => f.factor)),
  );
  const context: InvitationContext = {
    age: ageOn(isoDate(person.dateOfBirth), on),
    inpatient:
      (schedule.ok &&
        schedule.value.inHospital &&
        schedule.value.currentSetting !== "GENERAL_HOSPITAL_PHYSICAL") ||
      person.legalStatus === "DETAINED_MHA",
    ehcPlanOrAssessment: person.ehcPlan !== "NONE",
    educationSetting: orgKinds.has("SCHOOL") ? "SCHOOL" : "NONE",
    childrensSocialCareInvolved:
      orgKinds.has("LOCAL_AUTHORITY") || kinds("SOCIAL_WORKER").length > 0,
    namedSocialWorker: kinds("SOCIAL_WORKER").length > 0,
    knownToYouthOffendingTeam: factors.has("YOUTH_OFFENDING_SERVICES"),
    advocateInvolved: kinds("ADVOCATE").length > 0,
    camhsInvolved: false,
    hasSiblings: kinds("OTHER_FAMILY").some((r) =>
      /brother|sister|sibling/i.test(r.description ?? ""),
    ),
    familyInvolvementConsented: person.consents[0]?.answer === "REFUSED" ? false : undefined,
  };
  /** The accounts an invitee stands for, where the record names them; otherwise one open invitation. */
  const accountsFor = (invitee: DomainInvitation["invitee"]): (string | null)[] => {
    const users = (...k: string[]) =>
      person.relationships.filter((r) => k.includes(r.kind)).map((r) => r.userId);
    const named: Partial<Record<DomainInvitation["invitee"], string[]>> = {
      PERSON: person.accountUserId ? [person.accountUserId] : [],
      PARENT_CARERS: users("PARENT_CARER"),
      FAMILY: users("PARENT_CARER", "OTHER_FAMILY"),
      ADVOCATE: users("ADVOCATE"),
      RESPONSIBLE_CLINICIAN: users("RESPONSIBLE_CLINICIAN"),
      CPA_CARE_COORDINATOR: users("CARE_COORDINATOR"),
      NAMED_SOCIAL_WORKER: users("SOCIAL_WORKER"),
    };
    const ids = [...new Set(named[invitee] ?? [])];
    return ids.length ? ids : [null];
  };
  const existing = await ctx.db.prisma.invitation.findMany({
    where: { reviewId: review.id },
    select: { invitee: true, userId: true },
  });
  const seen = new Set(existing.map((i) => `${i.invitee}:${i.userId ?? ""}`));
  const rows: Prisma.InvitationCreateManyInput[] = [];
  for (const inv of invitationsFor(context)) {
    for (const userId of accountsFor(inv.invitee)) {
      const keyed = `${inv.invitee}:${userId ?? ""}`;
      if (seen.has(keyed)) continue;
      seen.add(keyed);
      rows.push({
        reviewId: review.id,
        invitee: inv.invitee,
        priority: inv.priority,
        reason: `${inv.reason} (${inv.section})`,
        userId,
      });
    }
  }
  const created = await ctx.db.prisma.$transaction(async (tx) => {
    const out: InvitationRow[] = [];
    for (const data of rows) out.push(await tx.invitation.create({ data, include: WITH_PERSON }));
    return out;
  });
  return { review, created, errors: [] };
}

export type InvitationResult = { invitation: InvitationRow | null; errors: FieldError[] };

/**
 * Records an invitee's answer and, after the review, whether they came.
 * Staff who may change the review record both; invitees their own answer.
 */
export async function recordInvitationResponse(
  ctx: Context,
  input: {
    invitationId: string;
    response: InvitationRow["response"] | null;
    attendance: InvitationRow["attendance"] | null;
  },
): Promise<InvitationResult> {
  let row: InvitationRow | null = null;
  let asInvitee = false;
  if (isUuid(input.invitationId) && ctx.access.userId) {
    const own = await ctx.db.prisma.invitation.findFirst({
      where: { id: input.invitationId, userId: ctx.access.userId },
      include: WITH_PERSON,
    });
    if (
      own &&
      input.attendance &&
      !(await ctx.access.canWrite(
        "REVIEW",
        InvitationGuard.describe(own).target,
        "recordInvitationResponse",
      ))
    )
      return {
        invitation: null,
        errors: [err("attendance", "FORBIDDEN", "Attendance is recorded by the organisers")],
      };
    if (own && !input.attendance) {
      ctx.audit.changed(
        InvitationGuard.describe(own).target,
        "recordInvitationResponse",
        "INVITEE",
      );
      row = own;
      asInvitee = true;
    }
  }
  if (!row) {
    const found = await InvitationGuard.loadWritable(
      ctx,
      input.invitationId,
      "recordInvitationResponse",
    );
    if (!found.row)
      return { invitation: null, errors: [idError("invitationId", found.code, "invitation")] };
    row = found.row;
  }
  if (!input.response && !input.attendance)
    return {
      invitation: null,
      errors: [err("response", "REQUIRED", "Give the answer, the attendance, or both")],
    };
  const updated = await ctx.db.prisma.invitation.update({
    where: { id: row.id },
    data: {
      ...(input.response ? { response: input.response, respondedAt: ctx.now } : {}),
      ...(input.attendance && !asInvitee ? { attendance: input.attendance } : {}),
    },
    include: WITH_PERSON,
  });
  // An invitee who may not see the review (a professional) answers without reading it back.
  const [invitation] = await InvitationGuard.readable(ctx, [updated]);
  return { invitation: invitation ?? null, errors: [] };
}

// ───────────────────────────────── Consent ─────────────────────────────────

export interface RecordConsentInput {
  personId: string;
  reviewId: string | null;
  purpose: ConsentPurpose | null;
  answer: ConsentAnswer | null;
  basis: ConsentBasis | null;
  capacity: "HAS_CAPACITY" | "LACKS_CAPACITY" | null;
  decidedByName: string | null;
  decidedOn: string;
  rationale: string | null;
  refusalReasons: string | null;
  sharedWithUserId: string | null;
}

export type ConsentResult = { consent: ConsentRecord | null; errors: FieldError[] };

const NEEDS_REVIEW: ConsentPurpose[] = ["REVIEW", "SHARE_WITH_PANEL"];
const NEEDS_RECIPIENT: ConsentPurpose[] = ["SHARE_WITH_FAMILY", "SHARE_WITH_ADVOCATE"];

/** Where a domain consent reason points in this mutation's input. */
function consentField(domainField: string | null, basis: ConsentBasis | null): string {
  if (!domainField) return "basis";
  if (domainField.endsWith("bestInterestsDecision.documented")) return "rationale";
  if (domainField.endsWith("protectFromHarm.basisRecorded")) return "rationale";
  if (domainField.endsWith("bestInterests")) return "rationale";
  if (domainField.startsWith("capacityAssessments")) return "capacity";
  // Someone deciding for the person needs the person found to lack capacity first (§6, §26).
  if (domainField === "personConsent" && basis && basis !== "PERSON_WITH_CAPACITY")
    return basis === "GILLICK_COMPETENT_CHILD" ? "basis" : "capacity";
  if (domainField === "personConsent" || domainField.endsWith(".consent")) return "answer";
  return "basis";
}

/**
 * Checks one decision against the domain's consent rules (§6, §26) as if it
 * stood alone: a decision that says "given" must be one the domain accepts
 * as a basis, on the basis stated. Refusals and "not asked" are facts, and
 * always recorded.
 */
function checkDecision(
  age: number,
  input: RecordConsentInput,
): {
  basis: ConsentBasis | null;
  errors: FieldError[];
} {
  const { purpose, answer, basis } = input;
  if (!purpose || !answer) return { basis, errors: [] };
  const record = {
    answer,
    basis,
    capacity: input.capacity,
    rationale: input.rationale,
    refusalReasons: input.refusalReasons,
  };
  if (purpose === "REVIEW") {
    if (basis === "PROTECT_FROM_HARM")
      return {
        basis,
        errors: [
          err(
            "basis",
            "INVALID_CHOICE",
            "Protecting someone from harm is a basis for sharing information, not for a review",
          ),
        ],
      };
    const decision = decideReviewConsent(consentFactsFor(age, [record]));
    if (answer === "REFUSED")
      // §6: a refusal is recorded with its reasons explored (the domain's first refusal follow-up).
      return {
        basis,
        errors: decision.followUp
          .filter((r) => r.rule === "REFUSAL_REASONS")
          .map((r) => reasonError(r, "refusalReasons")),
      };
    if (answer !== "GIVEN") return { basis, errors: [] };
    if (!decision.mayProceed)
      return {
        basis,
        errors: decision.missing.map((r) => reasonError(r, consentField(r.field, basis))),
      };
    if (basis && decision.basis !== basis)
      return {
        basis,
        errors: [
          err(
            "basis",
            "INVALID_CHOICE",
            `On these facts the basis is ${decision.basis}, not ${basis} (§6, §26)`,
          ),
        ],
      };
    return { basis: decision.basis, errors: [] };
  }
  if (answer !== "GIVEN" && basis !== "PROTECT_FROM_HARM" && basis !== "BEST_INTERESTS")
    return { basis, errors: [] };
  const [decision] = decideSharing(
    {
      age,
      personConsent: "NOT_ASKED",
      capacityAssessments: input.capacity
        ? [{ decision: "INFORMATION_SHARING", outcome: input.capacity }]
        : undefined,
      lastingPowerOfAttorney:
        basis === "LASTING_POWER_OF_ATTORNEY" ? { registered: true, consent: answer } : null,
    },
    [
      {
        purpose,
        consent: answer,
        bestInterests: basis === "BEST_INTERESTS" && Boolean(input.rationale?.trim()),
        // Recording a harm-based decision asserts it is proportionate; the rationale is its recorded basis.
        protectFromHarm:
          basis === "PROTECT_FROM_HARM"
            ? { proportionate: true, basisRecorded: Boolean(input.rationale?.trim()) }
            : null,
      },
    ],
  );
  if (!decision?.mayShare)
    return {
      basis,
      errors: (decision?.missing ?? []).map((r) => reasonError(r, consentField(r.field, basis))),
    };
  if (basis && decision.basis !== basis)
    return {
      basis,
      errors: [
        err(
          "basis",
          "INVALID_CHOICE",
          `On these facts the basis is ${decision.basis}, not ${basis} (§6)`,
        ),
      ],
    };
  return { basis: decision.basis, errors: [] };
}

/** Records one consent decision for one purpose (§6, §26), checked by the domain's consent rules. */
export async function recordConsent(
  ctx: Context,
  input: RecordConsentInput,
): Promise<ConsentResult> {
  const errors: FieldError[] = [];
  const person = await PersonGuard.loadWritable(ctx, input.personId, "recordConsent", "CONSENT");
  if (!person.row) errors.push(idError("personId", person.code, "person"));
  else if (!ctx.access.userId)
    errors.push(
      err("personId", "FORBIDDEN", "Consent decisions are recorded by a signed-in person"),
    );
  if (!input.purpose) errors.push(err("purpose", "REQUIRED", "Say what the consent is for"));
  if (!input.answer) errors.push(err("answer", "REQUIRED", "Record the answer"));
  const decided = dateInput(ctx, "decidedOn", input.decidedOn, { notFuture: true });
  if (decided.error) errors.push(decided.error);
  let reviewId: string | null = null;
  if (input.reviewId && person.row) {
    const review = await ReviewGuard.loadReadable(ctx, input.reviewId);
    if (!review || (person.row && review.personId !== person.row.id))
      errors.push(
        err(
          "reviewId",
          "NOT_FOUND",
          "There is no review of this person with this ID that you can reach",
        ),
      );
    else reviewId = review.id;
  } else if (!input.reviewId && input.purpose && NEEDS_REVIEW.includes(input.purpose))
    errors.push(err("reviewId", "REQUIRED", "Say which review the consent is for"));
  let sharedWithId: string | null = null;
  if (input.sharedWithUserId) {
    const user = isUuid(input.sharedWithUserId)
      ? await ctx.db.prisma.user.findUnique({
          where: { id: input.sharedWithUserId },
          select: { id: true },
        })
      : null;
    if (!user) errors.push(err("sharedWithUserId", "NOT_FOUND", "There is no user with this ID"));
    else sharedWithId = user.id;
  } else if (input.purpose && NEEDS_RECIPIENT.includes(input.purpose))
    errors.push(err("sharedWithUserId", "REQUIRED", "Say whom the person agreed to share with"));
  for (const [field, value] of [
    ["decidedByName", input.decidedByName],
    ["rationale", input.rationale],
    ["refusalReasons", input.refusalReasons],
  ] as const)
    if (value && value.length > 5000)
      errors.push(err(field, "TOO_LONG", "At most 5000 characters"));
  if (!person.row || errors.length) return { consent: null, errors };
  const age = ageOn(isoDate(person.row.dateOfBirth), decided.date ?? today(ctx));
  const checked = checkDecision(age, input);
  if (checked.errors.length) return { consent: null, errors: checked.errors };
  const consent = await ctx.db.prisma.consentRecord.create({
    data: {
      personId: person.row.id,
      reviewId,
      purpose: input.purpose as ConsentPurpose,
      answer: input.answer as ConsentAnswer,
      basis: checked.basis,
      capacity: input.capacity,
      decidedByName: input.decidedByName?.trim() || null,
      decidedOn: day(decided.date as string),
      rationale: input.rationale?.trim() || null,
      refusalReasons: input.refusalReasons?.trim() || null,
      sharedWithId,
      recordedById: ctx.access.userId as string,
    },
  });
  if (reviewId) clearReviewFacts(ctx, reviewId);
  return { consent, errors: [] };
}

/**
 * Withdraws a decision. Access reads only decisions not withdrawn, on every
 * request, so whatever it opened closes at once. Staff who may change
 * consent can withdraw it, and so can the person themselves.
 */
export async function withdrawConsent(
  ctx: Context,
  input: { consentId: string; reason: string },
): Promise<ConsentResult> {
  const readable = await ConsentRecordGuard.loadReadable(ctx, input.consentId);
  if (!readable)
    return { consent: null, errors: [idError("consentId", "NOT_FOUND", "consent decision")] };
  const grant = await ctx.access.grant(readable.personId);
  if (grant.actingAs.includes("SELF")) {
    ctx.audit.changed(ConsentRecordGuard.describe(readable).target, "withdrawConsent", "SELF");
  } else {
    const found = await ConsentRecordGuard.loadWritable(ctx, input.consentId, "withdrawConsent");
    if (!found.row)
      return { consent: null, errors: [idError("consentId", found.code, "consent decision")] };
  }
  const reason = input.reason.trim();
  if (!reason)
    return { consent: null, errors: [err("reason", "REQUIRED", "Say why it is withdrawn")] };
  if (readable.withdrawnAt)
    return {
      consent: null,
      errors: [err("consentId", "ALREADY_EXISTS", "This decision has already been withdrawn")],
    };
  const { count } = await ctx.db.prisma.consentRecord.updateMany({
    where: { id: readable.id, withdrawnAt: null },
    data: { withdrawnAt: ctx.now, withdrawnReason: reason },
  });
  if (count === 0)
    return {
      consent: null,
      errors: [err("consentId", "ALREADY_EXISTS", "This decision has already been withdrawn")],
    };
  if (readable.reviewId) clearReviewFacts(ctx, readable.reviewId);
  return {
    consent: await ctx.db.prisma.consentRecord.findUniqueOrThrow({ where: { id: readable.id } }),
    errors: [],
  };
}
