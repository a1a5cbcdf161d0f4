import type { RequestReply } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import { loadUsers, UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { RequesterEnum } from "../register/enums.js";
import { ReviewRequestRef } from "../register/request.node.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { ContactMethodEnum, IncomingReviewRequestRef } from "./request-form.schema.js";
import {
  listReplies,
  type PossibleMatch,
  possibleMatches,
  type ReplyResult,
  replyToRequester,
  type TriageResult,
  triageIncomingRequest,
} from "./triage.service.js";

/** Triage of request forms (§14, Figure 9): matching to a person, and replying to the requester. */

const IncomingRequestMatchRef = builder.objectRef<PossibleMatch>("IncomingRequestMatch").implement({
  description: "Someone on your caseloads who may be the person a request form is about, and why.",
  // Reached only through a form its area's triage staff may see; the person is checked on its own.
  authScopes: { viaParent: true },
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (m) => m.person }),
    sameNhsNumber: t.exposeBoolean("sameNhsNumber"),
    sameDateOfBirth: t.exposeBoolean("sameDateOfBirth"),
    sameName: t.exposeBoolean("sameName", {
      description: "The same name, ignoring case, spaces and punctuation.",
    }),
  }),
});

const RequestReplyRef = builder.objectRef<RequestReply>("RequestReply").implement({
  description: "A reply to the requester: an email the service sent, or a note of a phone call.",
  authScopes: { viaParent: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    channel: t.expose("channel", { type: ContactMethodEnum }),
    body: t.exposeString("body", { description: "The email's text, or what was said." }),
    sentAt: t.expose("sentAt", { type: "DateTime" }),
    sentBy: t.loadable({
      type: UserRef,
      nullable: true,
      load: (ids: string[], ctx) => loadUsers(ctx, ids),
      resolve: (reply) => reply.sentById,
    }),
  }),
});

builder.objectFields(IncomingReviewRequestRef, (t) => ({
  possibleMatches: t.field({
    type: [IncomingRequestMatchRef],
    description:
      "People you may see with the form's NHS number or date of birth (at most 20): NHS number first, then the same name.",
    complexity: 10,
    resolve: (form, _args, ctx) => possibleMatches(ctx, form),
  }),
  replies: t.field({
    type: [RequestReplyRef],
    description: "What staff told the requester, oldest first.",
    resolve: (form, _args, ctx) => listReplies(ctx, form.id),
  }),
}));

const TriageIncomingRequestInput = builder.inputType("TriageIncomingRequestInput", {
  fields: (t) => ({
    reference: t.string({ required: true }),
    personId: t.globalID({ for: PersonRef, required: true }),
    requester: t.field({
      type: RequesterEnum,
      required: false,
      description:
        "For a professional's form: COMMUNITY_TEAM, INPATIENT_TEAM, LOCAL_AUTHORITY or COMMISSIONER. Taken from the form otherwise.",
    }),
    safeguardingConcern: t.boolean({
      required: false,
      description: "Route it SAFEGUARDING: acted on at once (Figure 9).",
    }),
    confirmDifferentDateOfBirth: t.boolean({
      required: false,
      description: "The person's date of birth differs from the form's and you checked it is them.",
    }),
  }),
});

const TriageIncomingRequestPayload = builder
  .objectRef<TriageResult>("TriageIncomingRequestPayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      incomingReviewRequest: t.field({
        type: IncomingReviewRequestRef,
        nullable: true,
        resolve: (p) => p.incoming,
      }),
      reviewRequest: t.field({
        type: ReviewRequestRef,
        nullable: true,
        resolve: (p) => p.reviewRequest,
      }),
      errors: t.field({ type: [UserErrorRef], resolve: (p): FieldError[] => p.errors }),
    }),
  });

const ReplyToRequesterInput = builder.inputType("ReplyToRequesterInput", {
  fields: (t) => ({
    reference: t.string({ required: true }),
    channel: t.field({
      type: ContactMethodEnum,
      required: true,
      description: "EMAIL sends it now; PHONE records a call you made.",
    }),
    body: t.string({ required: true, description: "At most 5000 characters." }),
  }),
});

const ReplyToRequesterPayload = builder
  .objectRef<ReplyResult>("ReplyToRequesterPayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      incomingReviewRequest: t.field({
        type: IncomingReviewRequestRef,
        nullable: true,
        resolve: (p) => p.incoming,
      }),
      errors: t.field({ type: [UserErrorRef], resolve: (p): FieldError[] => p.errors }),
    }),
  });

builder.mutationFields((t) => ({
  triageIncomingRequest: t.field({
    type: TriageIncomingRequestPayload,
    description:
      "Matches a request form to a person you may record requests for, making it a request for a review " +
      "on their record (stage RECEIVED; then advanceReviewRequest). Refuses a different NHS number " +
      "(NHS_NUMBER_DIFFERS) and, unless confirmed, a different date of birth (DATE_OF_BIRTH_DIFFERS); " +
      "ALREADY_TRIAGED once matched.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: TriageIncomingRequestInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      triageIncomingRequest(ctx, { ...input, personId: input.personId.id }),
  }),
  replyToRequester: t.field({
    type: ReplyToRequesterPayload,
    description:
      "Emails the requester (EMAIL) or records a phone call (PHONE) about a request form sent to your area; " +
      "NO_CONTACT_DETAILS when they gave no address for that way.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ReplyToRequesterInput, required: true }) },
    resolve: (_root, { input }, ctx) => replyToRequester(ctx, input),
  }),
}));
