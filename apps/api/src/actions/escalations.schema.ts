import { PersonRef } from "../people/people.schema.js";
import { ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { EscalationRef, EscalationRouteEnum } from "./escalation.node.js";
import { type EscalationResult, raiseEscalation, updateEscalation } from "./escalations.service.js";
import { EnquiryFindingRef } from "./finding.node.js";

const EscalationPayload = (name: string) =>
  builder.objectRef<EscalationResult>(name).implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      escalation: t.field({ type: EscalationRef, nullable: true, resolve: (p) => p.escalation }),
      errors: t.field({
        type: [UserErrorRef],
        description: "Empty when it worked; otherwise every problem, by field.",
        resolve: (p) => p.errors,
      }),
    }),
  });

const RaiseEscalationInput = builder.inputType("RaiseEscalationInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    reviewId: t.globalID({ for: ReviewRef, description: "The review that raised it, if any." }),
    findingId: t.globalID({ for: EnquiryFindingRef, description: "The line of enquiry, if any." }),
    route: t.field({ type: EscalationRouteEnum, required: true }),
    concern: t.string({ required: true }),
    raisedOn: t.string({ required: true, description: '"YYYY-MM-DD", not after today.' }),
  }),
});

const UpdateEscalationInput = builder.inputType("UpdateEscalationInput", {
  description: "Omit a field to leave it unchanged; send null to clear it.",
  fields: (t) => ({
    escalationId: t.globalID({ for: EscalationRef, required: true }),
    reference: t.string({ description: "The receiving body's reference." }),
    personInformedOn: t.string({ description: '"YYYY-MM-DD": when the person/family were told.' }),
    outcome: t.string(),
    closedOn: t.string({ description: '"YYYY-MM-DD".' }),
  }),
});

builder.mutationFields((t) => ({
  raiseEscalation: t.field({
    type: EscalationPayload("RaiseEscalationPayload"),
    description: "Records a safety or quality concern escalated for a person (§20.3).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RaiseEscalationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      raiseEscalation(ctx, {
        personId: input.personId.id,
        reviewId: input.reviewId?.id ?? null,
        findingId: input.findingId?.id ?? null,
        route: input.route,
        concern: input.concern,
        raisedOn: input.raisedOn,
      }),
  }),
  updateEscalation: t.field({
    type: EscalationPayload("UpdateEscalationPayload"),
    description: "Records the reference, when the person was told, the outcome, or closure.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateEscalationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateEscalation(ctx, {
        escalationId: input.escalationId.id,
        reference: input.reference,
        personInformedOn: input.personInformedOn,
        outcome: input.outcome,
        closedOn: input.closedOn,
      }),
  }),
}));
