import type { Review } from "@cetr/db";
import { BUILT_IN_PROFILES, type PolicyProfile } from "@cetr/domain";
import { OrganisationRef, UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { ConsentBasisEnum } from "../schema/enums.js";
import { UserErrorRef } from "../schema/errors.js";
import { connectionArgs, pageComplexity } from "../schema/pagination.js";
import {
  AttendanceEnum,
  CapacityOutcomeEnum,
  ChairKindEnum,
  ConsentAnswerEnum,
  ConsentPurposeEnum,
  InvitationResponseEnum,
  PanelRoleEnum,
} from "./enums.js";
import type { InvitationRow } from "./guards.js";
import { ConsentRecordRef, InvitationRef, PanelMemberRef } from "./nodes.js";
import {
  EnquirySettingEnum,
  ReviewFormatEnum,
  ReviewKindEnum,
  ReviewRef,
  ReviewStateEnum,
} from "./review.node.js";
import {
  addPanelMember,
  type ConsentResult,
  changePanelMember,
  countReviews,
  declarePanelConflict,
  type GenerateInvitationsResult,
  generateInvitations,
  type InvitationResult,
  listReviews,
  type PanelMemberResult,
  type RemovePanelMemberResult,
  type ReviewFilter,
  type ReviewResult,
  recordConsent,
  recordInvitationResponse,
  recordPanelTraining,
  removePanelMember,
  scheduleReview,
  transitionReview,
  withdrawConsent,
} from "./reviews.service.js";

// ─────────────────────────────── The list ───────────────────────────────

const ReviewConnection = builder.connectionObject({
  type: ReviewRef,
  name: "ReviewConnection",
  fields: (t) => ({
    totalCount: t.int({
      description:
        "How many reviews match, across every page, among the people whose reviews you can see. " +
        "(A panel member's count includes reviews of the same person they do not sit on.)",
      complexity: 5,
      resolve: (parent, _args, ctx) =>
        countReviews(ctx, (parent as unknown as { filter: ReviewFilter }).filter),
    }),
  }),
});

const PolicyProfileRef = builder.objectRef<PolicyProfile>("PolicyProfile").implement({
  description:
    "A built-in policy profile: the national timescales, or a local variation with its source (ADR 0005).",
  authScopes: { signedIn: true },
  fields: (t) => ({
    key: t.exposeString("key", { description: "Pass it to scheduleReview as policyProfileKey." }),
    name: t.exposeString("name"),
    description: t.exposeString("description"),
  }),
});

builder.queryFields((t) => ({
  policyProfiles: t.field({
    type: [PolicyProfileRef],
    description: "The built-in policy profiles a review can follow; the national one first.",
    authScopes: { signedIn: true },
    resolve: () => [...BUILT_IN_PROFILES],
  }),
  reviews: t.field({
    type: ReviewConnection,
    description:
      "Reviews you can see, soonest due first (undated last), for staff and partners' work lists. " +
      "`first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      status: t.arg({ type: [ReviewStateEnum], required: false }),
      dueBefore: t.arg({
        type: "Date",
        required: false,
        description: "Due strictly before this date.",
      }),
      overdue: t.arg.boolean({
        required: false,
        description: "Due before today and not yet held (true), or the rest (false).",
      }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description: "The commissioning organisation.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const filter: ReviewFilter = {
        status: args.status ?? null,
        dueBefore: args.dueBefore ?? null,
        overdue: args.overdue ?? null,
        organisationId: args.organisationId?.id ?? null,
      };
      // totalCount reads the filter from the connection object.
      return Object.assign(await listReviews(ctx, args, filter), { filter });
    },
  }),
}));

// ─────────────────────────────── Payloads ───────────────────────────────

const ERRORS_DESCRIPTION =
  "Empty when it worked; otherwise every problem, each tied to an input field.";

const reviewPayload = (name: string) =>
  builder.objectRef<ReviewResult>(name).implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      review: t.field({ type: ReviewRef, nullable: true, resolve: (p) => p.review }),
      errors: t.field({
        type: [UserErrorRef],
        description: ERRORS_DESCRIPTION,
        resolve: (p) => p.errors,
      }),
    }),
  });
const ScheduleReviewPayload = reviewPayload("ScheduleReviewPayload");
const TransitionReviewPayload = reviewPayload("TransitionReviewPayload");

export const panelPayload = (name: string) =>
  builder.objectRef<PanelMemberResult>(name).implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      panelMember: t.field({ type: PanelMemberRef, nullable: true, resolve: (p) => p.panelMember }),
      errors: t.field({
        type: [UserErrorRef],
        description: ERRORS_DESCRIPTION,
        resolve: (p) => p.errors,
      }),
    }),
  });
const AddPanelMemberPayload = panelPayload("AddPanelMemberPayload");
const ChangePanelMemberPayload = panelPayload("ChangePanelMemberPayload");
const DeclarePanelConflictPayload = panelPayload("DeclarePanelConflictPayload");

const RemovePanelMemberPayload = builder
  .objectRef<RemovePanelMemberResult>("RemovePanelMemberPayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      removedPanelMemberId: t.globalID({
        nullable: true,
        description: "The seat that was removed, so a client can drop it from its cache.",
        resolve: (p) =>
          p.removedPanelMemberId ? { type: "PanelMember", id: p.removedPanelMemberId } : null,
      }),
      review: t.field({
        type: ReviewRef,
        nullable: true,
        description: "The review, whose panelBreaches say what the panel now lacks.",
        resolve: (p) => p.review,
      }),
      errors: t.field({
        type: [UserErrorRef],
        description: ERRORS_DESCRIPTION,
        resolve: (p) => p.errors,
      }),
    }),
  });
const RecordPanelTrainingPayload = panelPayload("RecordPanelTrainingPayload");

const GenerateInvitationsPayload = builder
  .objectRef<GenerateInvitationsResult>("GenerateInvitationsPayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      review: t.field({
        type: ReviewRef,
        nullable: true,
        resolve: (p) => p.review as Review | null,
      }),
      created: t.field({
        type: [InvitationRef],
        description: "The invitations this call added (none when everyone was already invited).",
        resolve: (p) => p.created as InvitationRow[],
      }),
      errors: t.field({
        type: [UserErrorRef],
        description: ERRORS_DESCRIPTION,
        resolve: (p) => p.errors,
      }),
    }),
  });

const RecordInvitationResponsePayload = builder
  .objectRef<InvitationResult>("RecordInvitationResponsePayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      invitation: t.field({ type: InvitationRef, nullable: true, resolve: (p) => p.invitation }),
      errors: t.field({
        type: [UserErrorRef],
        description: ERRORS_DESCRIPTION,
        resolve: (p) => p.errors,
      }),
    }),
  });

const consentPayload = (name: string) =>
  builder.objectRef<ConsentResult>(name).implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      consent: t.field({ type: ConsentRecordRef, nullable: true, resolve: (p) => p.consent }),
      errors: t.field({
        type: [UserErrorRef],
        description: ERRORS_DESCRIPTION,
        resolve: (p) => p.errors,
      }),
    }),
  });
const RecordConsentPayload = consentPayload("RecordConsentPayload");
const WithdrawConsentPayload = consentPayload("WithdrawConsentPayload");

// ─────────────────────────────── Inputs ───────────────────────────────

const ScheduleReviewInput = builder.inputType("ScheduleReviewInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    kind: t.field({
      type: ReviewKindEnum,
      required: false,
      description: "Required; nullable so that a missing choice is a field error.",
    }),
    date: t.string({ required: true, description: 'The date it will be held, "YYYY-MM-DD".' }),
    venue: t.string({ required: false }),
    format: t.field({ type: ReviewFormatEnum, required: false }),
    policyProfileKey: t.string({
      required: false,
      description: 'A built-in policy profile; "national-2017" when left out.',
    }),
    enquirySetting: t.field({
      type: EnquirySettingEnum,
      required: false,
      description:
        "Which lines of enquiry; when left out, from the kind and where the person is (§4, §8, §37).",
    }),
    commissioningOrganisationId: t.globalID({
      for: OrganisationRef,
      required: true,
      description: "The responsible commissioner: an organisation with the person on its caseload.",
    }),
  }),
});

const TransitionReviewInput = builder.inputType("TransitionReviewInput", {
  fields: (t) => ({
    reviewId: t.globalID({ for: ReviewRef, required: true }),
    to: t.field({ type: ReviewStateEnum, required: false, description: "Required." }),
    reason: t.string({
      required: false,
      description: "Why: recorded for CLOSED, DECLINED, WITHDRAWN; the §4 exception for EXEMPT.",
    }),
    heldOn: t.string({
      required: false,
      description: 'For HELD: the date it was held, "YYYY-MM-DD"; today when left out.',
    }),
  }),
});

const AddPanelMemberInput = builder.inputType("AddPanelMemberInput", {
  fields: (t) => ({
    reviewId: t.globalID({ for: ReviewRef, required: true }),
    userId: t.globalID({ for: UserRef, required: true }),
    role: t.field({ type: PanelRoleEnum, required: false, description: "Required." }),
    chairKind: t.field({
      type: ChairKindEnum,
      required: false,
      description: "For the chair; COMMISSIONER when left out.",
    }),
    delegatedAuthority: t.string({
      required: false,
      description: "For a DELEGATE chair: who delegated and how (§7.2.1).",
    }),
  }),
});

const ChangePanelMemberInput = builder.inputType("ChangePanelMemberInput", {
  fields: (t) => ({
    panelMemberId: t.globalID({ for: PanelMemberRef, required: true }),
    role: t.field({ type: PanelRoleEnum, required: false, description: "Required." }),
    chairKind: t.field({
      type: ChairKindEnum,
      required: false,
      description: "For the chair; COMMISSIONER when left out.",
    }),
    delegatedAuthority: t.string({
      required: false,
      description: "For a DELEGATE chair: who delegated and how (§7.2.1). Cleared when left out.",
    }),
  }),
});

const RemovePanelMemberInput = builder.inputType("RemovePanelMemberInput", {
  fields: (t) => ({
    panelMemberId: t.globalID({ for: PanelMemberRef, required: true }),
  }),
});

const DeclarePanelConflictInput = builder.inputType("DeclarePanelConflictInput", {
  fields: (t) => ({
    panelMemberId: t.globalID({ for: PanelMemberRef, required: true }),
    hasConflict: t.boolean({ required: true, description: "False declares none (standard 5.7)." }),
    details: t.string({ required: false, description: "Required when there is a conflict." }),
  }),
});

const RecordPanelTrainingInput = builder.inputType("RecordPanelTrainingInput", {
  fields: (t) => ({
    panelMemberId: t.globalID({ for: PanelMemberRef, required: true }),
    completedOn: t.string({
      required: true,
      description: 'Review training completed, "YYYY-MM-DD".',
    }),
  }),
});

const GenerateInvitationsInput = builder.inputType("GenerateInvitationsInput", {
  fields: (t) => ({
    reviewId: t.globalID({ for: ReviewRef, required: true }),
  }),
});

const RecordInvitationResponseInput = builder.inputType("RecordInvitationResponseInput", {
  fields: (t) => ({
    invitationId: t.globalID({ for: InvitationRef, required: true }),
    response: t.field({ type: InvitationResponseEnum, required: false }),
    attendance: t.field({
      type: AttendanceEnum,
      required: false,
      description: "Recorded by staff after the review.",
    }),
  }),
});

const RecordConsentInput = builder.inputType("RecordConsentInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    reviewId: t.globalID({
      for: ReviewRef,
      required: false,
      description: "Required for REVIEW and SHARE_WITH_PANEL.",
    }),
    purpose: t.field({ type: ConsentPurposeEnum, required: false, description: "Required." }),
    answer: t.field({ type: ConsentAnswerEnum, required: false, description: "Required." }),
    basis: t.field({
      type: ConsentBasisEnum,
      required: false,
      description:
        "Whose decision and on what footing; worked out by the policy rules when left out.",
    }),
    capacity: t.field({
      type: CapacityOutcomeEnum,
      required: false,
      description: "A capacity assessment for this decision, if one was made.",
    }),
    decidedByName: t.string({ required: false }),
    decidedOn: t.string({ required: true, description: '"YYYY-MM-DD", not after today.' }),
    rationale: t.string({
      required: false,
      description: "The best-interests rationale, Gillick assessment, or the harm being prevented.",
    }),
    refusalReasons: t.string({
      required: false,
      description: "Required when refusing a review (§6).",
    }),
    sharedWithUserId: t.globalID({
      for: UserRef,
      required: false,
      description: "For SHARE_WITH_FAMILY and SHARE_WITH_ADVOCATE: whom to share with.",
    }),
  }),
});

const WithdrawConsentInput = builder.inputType("WithdrawConsentInput", {
  fields: (t) => ({
    consentId: t.globalID({ for: ConsentRecordRef, required: true }),
    reason: t.string({ required: true }),
  }),
});

// ─────────────────────────────── Mutations ───────────────────────────────

builder.mutationFields((t) => ({
  scheduleReview: t.field({
    type: ScheduleReviewPayload,
    description:
      "Plans a review (PLANNED) for a date; works out when it is due and when the report is due " +
      "from the policy profile. Staff who may change reviews, or partners with `reviews:write`.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ScheduleReviewInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      scheduleReview(ctx, {
        personId: input.personId.id,
        kind: input.kind ?? null,
        date: input.date,
        venue: input.venue ?? null,
        format: input.format ?? null,
        policyProfileKey: input.policyProfileKey ?? null,
        enquirySetting: input.enquirySetting ?? null,
        commissioningOrganisationId: input.commissioningOrganisationId.id,
      }),
  }),
  transitionReview: t.field({
    type: TransitionReviewPayload,
    description:
      "Moves a review to another state, as the lifecycle and its rules allow (§7); refused with " +
      "every reason otherwise (TRANSITION_NOT_ALLOWED, NO_CONSENT_BASIS, PANEL_INCOMPLETE, …).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: TransitionReviewInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      transitionReview(ctx, {
        reviewId: input.reviewId.id,
        to: input.to ?? null,
        reason: input.reason ?? null,
        heldOn: input.heldOn ?? null,
      }),
  }),
  addPanelMember: t.field({
    type: AddPanelMemberPayload,
    description:
      "Adds a panel seat (§7.2.1) until the review is held (PANEL_LOCKED after). What the panel still lacks shows in Review.blockers.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: AddPanelMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      addPanelMember(ctx, {
        reviewId: input.reviewId.id,
        userId: input.userId.id,
        role: input.role ?? null,
        chairKind: input.chairKind ?? null,
        delegatedAuthority: input.delegatedAuthority ?? null,
      }),
  }),
  changePanelMember: t.field({
    type: ChangePanelMemberPayload,
    description:
      "Changes a seat's role, or the chair's kind and delegated authority (§7.2.1), until the review is held (PANEL_LOCKED after). What the panel then lacks shows in Review.panelBreaches.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ChangePanelMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      changePanelMember(ctx, {
        panelMemberId: input.panelMemberId.id,
        role: input.role ?? null,
        chairKind: input.chairKind ?? null,
        delegatedAuthority: input.delegatedAuthority ?? null,
      }),
  }),
  removePanelMember: t.field({
    type: RemovePanelMemberPayload,
    description:
      "Takes a seat off the panel until the review is held (PANEL_LOCKED after). What the panel then lacks shows in Review.panelBreaches.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RemovePanelMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      removePanelMember(ctx, { panelMemberId: input.panelMemberId.id }),
  }),
  declarePanelConflict: t.field({
    type: DeclarePanelConflictPayload,
    description:
      "Records a panel member's conflict declaration (standard 5.7): by the member, or staff.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: DeclarePanelConflictInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      declarePanelConflict(ctx, {
        panelMemberId: input.panelMemberId.id,
        hasConflict: input.hasConflict,
        details: input.details ?? null,
      }),
  }),
  recordPanelTraining: t.field({
    type: RecordPanelTrainingPayload,
    description: "Records that a panel member completed review training (standard 5.6).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordPanelTrainingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordPanelTraining(ctx, {
        panelMemberId: input.panelMemberId.id,
        completedOn: input.completedOn,
      }),
  }),
  generateInvitations: t.field({
    type: GenerateInvitationsPayload,
    description:
      "Invites everyone the policy asks for (§7.2.2, §29), with the reason for each. Safe to repeat.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: GenerateInvitationsInput, required: true }) },
    resolve: (_root, { input }, ctx) => generateInvitations(ctx, { reviewId: input.reviewId.id }),
  }),
  recordInvitationResponse: t.field({
    type: RecordInvitationResponsePayload,
    description: "Records an invitee's answer (by them or staff) and attendance (staff).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordInvitationResponseInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordInvitationResponse(ctx, {
        invitationId: input.invitationId.id,
        response: input.response ?? null,
        attendance: input.attendance ?? null,
      }),
  }),
  recordConsent: t.field({
    type: RecordConsentPayload,
    description:
      "Records one consent decision for one purpose (§6, §26), checked by the consent rules " +
      "(e.g. a best-interests decision needs its rationale).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordConsentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordConsent(ctx, {
        personId: input.personId.id,
        reviewId: input.reviewId?.id ?? null,
        purpose: input.purpose ?? null,
        answer: input.answer ?? null,
        basis: input.basis ?? null,
        capacity: input.capacity ?? null,
        decidedByName: input.decidedByName ?? null,
        decidedOn: input.decidedOn,
        rationale: input.rationale ?? null,
        refusalReasons: input.refusalReasons ?? null,
        sharedWithUserId: input.sharedWithUserId?.id ?? null,
      }),
  }),
  withdrawConsent: t.field({
    type: WithdrawConsentPayload,
    description:
      "Withdraws a consent decision: whatever it opened closes at once. Staff, or the person themselves.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: WithdrawConsentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      withdrawConsent(ctx, { consentId: input.consentId.id, reason: input.reason }),
  }),
}));
