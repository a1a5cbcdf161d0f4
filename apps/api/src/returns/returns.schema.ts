import { OrganisationRef } from "../organisations/organisations.schema.js";
import { LegalStatusEnum, NeurodevelopmentalEnum } from "../people/people.schema.js";
import { RegisterRatingEnum } from "../register/enums.js";
import {
  EnquirySettingEnum,
  ReviewKindEnum,
  ReviewOutcomeEnum,
  ReviewStateEnum,
} from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { type ReturnRow, reviewReturns } from "./returns.service.js";

const OnTimeEnum = builder.enumType("ReturnOnTime", {
  description: "Whether something happened by its due date.",
  values: {
    YES: { description: "Done by the due date." },
    NO: { description: "Done late, or not done and the due date has passed." },
    NOT_YET_DUE: { description: "Not done yet, and the due date has not passed." },
    NOT_APPLICABLE: { description: "There is no due date." },
  },
});

const ReviewReturnRef = builder.objectRef<ReturnRow>("ReviewReturn").implement({
  authScopes: { viaParent: true },
  description:
    "One review, anonymised for NHS England returns (Appendix 5): categories and counts only, no identifiers.",
  fields: (t) => ({
    rowNumber: t.exposeInt("rowNumber", {
      description: "1, 2, 3… in a random order chosen afresh for each request: not an ID.",
    }),
    organisationName: t.exposeString("organisationName", {
      description: "The commissioning organisation.",
    }),
    kind: t.expose("kind", { type: ReviewKindEnum }),
    enquirySetting: t.expose("enquirySetting", { type: EnquirySettingEnum }),
    status: t.expose("status", { type: ReviewStateEnum }),
    reviewMonth: t.exposeString("reviewMonth", {
      description: "YYYY-MM of the day it was held, else booked, else due.",
    }),
    ageBand: t.exposeString("ageBand", { description: "Age in years on that day, as a band." }),
    diagnosis: t.expose("diagnosis", { type: NeurodevelopmentalEnum }),
    legalStatus: t.expose("legalStatus", { type: LegalStatusEnum }),
    mojRestricted: t.exposeBoolean("mojRestricted", {
      description: "Subject to Ministry of Justice restrictions (Appendix 6).",
    }),
    outcome: t.expose("outcome", { type: ReviewOutcomeEnum, nullable: true }),
    daysFromTriggerToReview: t.exposeInt("daysFromTriggerToReview", {
      nullable: true,
      description:
        "Days from the event that made it due (admission, request received) to the day it was held.",
    }),
    heldOnTime: t.expose("heldOnTime", { type: OnTimeEnum }),
    reportOnTime: t.expose("reportOnTime", {
      type: OnTimeEnum,
      description: "Report sent within 2 weeks (§7.2.18).",
    }),
    actionsAgreed: t.exposeInt("actionsAgreed"),
    actionsDoneOnTime: t.exposeInt("actionsDoneOnTime"),
    consentRecorded: t.exposeBoolean("consentRecorded", {
      description: "Consent given, or a best-interests decision, recorded and not withdrawn.",
    }),
    registerRating: t.expose("registerRating", {
      type: RegisterRatingEnum,
      nullable: true,
      description:
        "The person's current rating on this organisation's register; null if not on it.",
    }),
  }),
});

builder.queryFields((t) => ({
  reviewReturns: t.field({
    type: [ReviewReturnRef],
    description:
      "The anonymised review dataset for NHS England returns (Appendix 5): one row per review of your organisations " +
      "held, booked or due between `from` and `to` (at most 366 days). Staff who run reviews only (commissioners, " +
      "care coordinators, administrators); each review read is audited.",
    authScopes: { user: true },
    complexity: 200,
    args: {
      from: t.arg({ type: "Date", required: true }),
      to: t.arg({ type: "Date", required: true }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description: "Only this organisation's reviews.",
      }),
    },
    resolve: (_root, args, ctx) =>
      reviewReturns(ctx, {
        from: args.from,
        to: args.to,
        organisationId: args.organisationId?.id ?? null,
      }),
  }),
}));
