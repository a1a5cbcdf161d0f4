import type { ConsentRecord } from "@cetr/db";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { ConsentBasisEnum } from "../schema/enums.js";
import {
  AttendanceEnum,
  CapacityOutcomeEnum,
  ChairKindEnum,
  ConsentAnswerEnum,
  ConsentPurposeEnum,
  InvitationResponseEnum,
  InviteeEnum,
  InvitePriorityEnum,
  PanelRoleEnum,
} from "./enums.js";
import {
  ConsentRecordGuard,
  InvitationGuard,
  type InvitationRow,
  PanelMemberGuard,
  type PanelMemberRow,
  WITH_PERSON,
} from "./guards.js";
import { ReviewGuard, ReviewRef } from "./review.node.js";

/** Non-null edge to the review a row belongs to, through the review's guard. */
const reviewEdge = <T extends { reviewId: string }>(description: string) =>
  ({
    type: ReviewRef,
    description,
    load: (ids: string[], ctx: Parameters<typeof ReviewGuard.readable>[0]) =>
      ReviewGuard.inOrderOrError(ctx, ids),
    resolve: (row: T) => row.reviewId,
  }) as const;

export const PanelMemberRef = builder.node(builder.objectRef<PanelMemberRow>("PanelMember"), {
  description:
    "A seat on a review's panel (§7.2.1, standard 5.1): a chair, an expert by experience or a " +
    "clinical expert, with their conflict declaration (5.7) and training (5.6).",
  ...PanelMemberGuard.nodeOptions,
  fields: (t) => ({
    review: t.loadable(reviewEdge<PanelMemberRow>("The review this seat is on.")),
    user: t.loadable({
      type: UserRef,
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (row) => row.userId,
    }),
    role: t.expose("role", { type: PanelRoleEnum }),
    chairKind: t.expose("chairKind", {
      type: ChairKindEnum,
      nullable: true,
      description: "Only for the chair.",
    }),
    delegatedAuthority: t.exposeString("delegatedAuthority", {
      nullable: true,
      description: "For a DELEGATE chair: who delegated, and how (§7.2.1).",
    }),
    conflictDeclaredAt: t.expose("conflictDeclaredAt", {
      type: "DateTime",
      nullable: true,
      description: "Null until the member has declared (standard 5.7), even to say none.",
    }),
    hasConflict: t.exposeBoolean("hasConflict", { nullable: true }),
    conflictDetails: t.exposeString("conflictDetails", { nullable: true }),
    trainingCompletedOn: t.expose("trainingCompletedOn", { type: "Date", nullable: true }),
  }),
});

export const InvitationRef = builder.node(builder.objectRef<InvitationRow>("Invitation"), {
  description:
    "Someone invited to a review and why (§7.2.2, §29): the policy's reason with its §, their " +
    "answer and whether they came.",
  ...InvitationGuard.nodeOptions,
  fields: (t) => ({
    review: t.loadable(reviewEdge<InvitationRow>("The review the invitation is to.")),
    invitee: t.expose("invitee", { type: InviteeEnum }),
    priority: t.expose("priority", { type: InvitePriorityEnum }),
    reason: t.exposeString("reason", { description: "The policy's reason, with its §." }),
    user: t.loadable({
      type: UserRef,
      nullable: true,
      description: "The invitee's account, when they have one.",
      load: (ids: string[], ctx) => loadUsers(ctx, ids),
      resolve: (row) => row.userId,
    }),
    name: t.exposeString("name", { nullable: true, description: "For people without an account." }),
    sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
    response: t.expose("response", { type: InvitationResponseEnum }),
    respondedAt: t.expose("respondedAt", { type: "DateTime", nullable: true }),
    attendance: t.expose("attendance", { type: AttendanceEnum }),
  }),
});

export const ConsentRecordRef = builder.node(builder.objectRef<ConsentRecord>("ConsentRecord"), {
  description:
    "One consent decision for one purpose (§6, §26): the basis, who decided, when and why; " +
    "refusal reasons; withdrawal. A withdrawn decision no longer opens anything.",
  ...ConsentRecordGuard.nodeOptions,
  fields: (t) => ({
    person: t.loadable({
      type: PersonRef,
      load: (ids: string[], ctx) => PersonGuard.inOrderOrError(ctx, ids),
      resolve: (row) => row.personId,
    }),
    review: t.loadable({
      type: ReviewRef,
      nullable: true,
      description: "The review the decision is about, for REVIEW and SHARE_WITH_PANEL.",
      load: (ids: string[], ctx) => ReviewGuard.inOrder(ctx, ids),
      resolve: (row) => row.reviewId,
    }),
    purpose: t.expose("purpose", { type: ConsentPurposeEnum }),
    answer: t.expose("answer", { type: ConsentAnswerEnum }),
    basis: t.expose("basis", { type: ConsentBasisEnum, nullable: true }),
    capacity: t.expose("capacity", { type: CapacityOutcomeEnum, nullable: true }),
    decidedByName: t.exposeString("decidedByName", { nullable: true }),
    decidedOn: t.expose("decidedOn", { type: "Date" }),
    rationale: t.exposeString("rationale", { nullable: true }),
    refusalReasons: t.exposeString("refusalReasons", { nullable: true }),
    sharedWith: t.loadable({
      type: UserRef,
      nullable: true,
      description: "For SHARE_WITH_* purposes: whom the person agreed to share with.",
      load: (ids: string[], ctx) => loadUsers(ctx, ids),
      resolve: (row) => row.sharedWithId,
    }),
    recordedAt: t.expose("recordedAt", { type: "DateTime" }),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    withdrawnReason: t.exposeString("withdrawnReason", { nullable: true }),
  }),
});

/** Review.panel: the seats, chair first. */
builder.objectField(ReviewRef, "panel", (t) =>
  t.loadableGroup({
    type: PanelMemberRef,
    description: "The panel (§7.2.1): chair, expert by experience, clinical expert.",
    load: async (reviewIds: string[], ctx) =>
      PanelMemberGuard.readable(
        ctx,
        await ctx.db.prisma.panelMember.findMany({
          where: { reviewId: { in: reviewIds } },
          include: WITH_PERSON,
          orderBy: [{ role: "asc" }, { id: "asc" }],
        }),
      ),
    group: (row) => row.reviewId,
    resolve: (review) => review.id,
  }),
);

/** Review.invitations: who was invited, MUST before SHOULD before CONSIDER. */
builder.objectField(ReviewRef, "invitations", (t) =>
  t.loadableGroup({
    type: InvitationRef,
    description: "Everyone invited, with the policy's reason for each.",
    load: async (reviewIds: string[], ctx) =>
      InvitationGuard.readable(
        ctx,
        await ctx.db.prisma.invitation.findMany({
          where: { reviewId: { in: reviewIds } },
          include: WITH_PERSON,
          orderBy: [{ priority: "asc" }, { invitee: "asc" }, { id: "asc" }],
        }),
      ),
    group: (row) => row.reviewId,
    resolve: (review) => review.id,
  }),
);

/** Review.consents: the decisions recorded for this review, newest first (withdrawn ones included). */
builder.objectField(ReviewRef, "consents", (t) =>
  t.loadableGroup({
    type: ConsentRecordRef,
    description: "Consent decisions recorded for this review, newest first, withdrawn ones too.",
    load: async (reviewIds: string[], ctx) =>
      ConsentRecordGuard.readable(
        ctx,
        await ctx.db.prisma.consentRecord.findMany({
          where: { reviewId: { in: reviewIds } },
          orderBy: [{ decidedOn: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
        }),
      ),
    group: (row) => row.reviewId ?? "",
    resolve: (review) => review.id,
  }),
);

/** Person.consents: every consent decision about the person you may see. */
builder.objectField(PersonRef, "consents", (t) =>
  t.loadableGroup({
    type: ConsentRecordRef,
    description: "Consent decisions about this person, newest first, withdrawn ones too.",
    load: async (personIds: string[], ctx) =>
      ConsentRecordGuard.readable(
        ctx,
        await ctx.db.prisma.consentRecord.findMany({
          where: { personId: { in: personIds } },
          orderBy: [{ decidedOn: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
        }),
      ),
    group: (row) => row.personId,
    resolve: (person) => person.id,
  }),
);
