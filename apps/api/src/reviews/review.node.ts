import type { Review } from "@cetr/db";
import { HELD_REVIEW_KINDS, REVIEW_STATES } from "@cetr/domain";
import {
  loadOrganisations,
  OrganisationRef,
  orMissing,
} from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { defineGuard } from "../schema/guard.js";
import { rowsWhereIn } from "../schema/rows.js";

/** A review is the REVIEW area of its person's record; panel members reach it through their seat. */
export const ReviewGuard = defineGuard<Review>("Review", {
  area: "REVIEW",
  personId: (review) => review.personId,
  reviewId: (review) => review.id,
  load: (db, ids) => rowsWhereIn<Review>(db, "Review", "id", ids),
});

export const ReviewKindEnum = builder.enumType("ReviewKind", {
  description: "Which review (§9–§12, §14).",
  values: HELD_REVIEW_KINDS,
});
export const ReviewStateEnum = builder.enumType("ReviewState", {
  description: "Where the review is in its lifecycle (§7.1–§7.3, §30).",
  values: REVIEW_STATES,
});
export const ReviewFormatEnum = builder.enumType("ReviewFormat", {
  values: ["IN_PERSON", "VIDEO", "PHONE", "HYBRID"] as const,
});
export const ReviewOutcomeEnum = builder.enumType("ReviewOutcome", {
  values: [
    "READY_FOR_DISCHARGE",
    "CONTINUE_CURRENT_CARE",
    "ADMISSION_RECOMMENDED",
    "ADMISSION_NOT_NEEDED",
  ] as const,
});
export const EnquirySettingEnum = builder.enumType("EnquirySetting", {
  description: "Which key lines of enquiry apply (§8, §37).",
  values: ["COMMUNITY", "INPATIENT", "SECURE"] as const,
});

export const ReviewRef = builder.node(builder.objectRef<Review>("Review"), {
  description:
    "A Care (Education) and Treatment Review: CETR under 18, CTR for adults (Annex A). Timescales " +
    "come from the policy profile named by `policyProfileKey`.",
  ...ReviewGuard.nodeOptions,
  fields: (t) => ({
    person: t.loadable({
      type: PersonRef,
      description: "Who the review is about.",
      load: (ids: string[], ctx) => PersonGuard.inOrderOrError(ctx, ids),
      resolve: (review) => review.personId,
    }),
    kind: t.expose("kind", { type: ReviewKindEnum }),
    status: t.expose("status", { type: ReviewStateEnum }),
    policyProfileKey: t.exposeString("policyProfileKey"),
    enquirySetting: t.expose("enquirySetting", { type: EnquirySettingEnum }),
    commissioningOrganisation: t.loadable({
      type: OrganisationRef,
      description: "The responsible commissioner (§7), which convenes the review.",
      load: async (ids: string[], ctx) => orMissing(await loadOrganisations(ctx, ids)),
      resolve: (review) => review.commissioningOrganisationId,
    }),
    venue: t.exposeString("venue", { nullable: true }),
    format: t.expose("format", { type: ReviewFormatEnum, nullable: true }),
    dueOn: t.expose("dueOn", {
      type: "Date",
      nullable: true,
      description: "When policy says it is due.",
    }),
    scheduledOn: t.expose("scheduledOn", { type: "Date", nullable: true }),
    heldOn: t.expose("heldOn", { type: "Date", nullable: true }),
    reportDueOn: t.expose("reportDueOn", {
      type: "Date",
      nullable: true,
      description: "The report must reach everyone by then (§7.2.18: within 2 weeks).",
    }),
    outcome: t.expose("outcome", { type: ReviewOutcomeEnum, nullable: true }),
    closedReason: t.exposeString("closedReason", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

/** Person.reviews: every review of the person the viewer may see, newest first. */
builder.objectField(PersonRef, "reviews", (t) =>
  t.loadableGroup({
    type: ReviewRef,
    description: "Reviews of this person you may see, newest first.",
    load: async (personIds: string[], ctx) =>
      ReviewGuard.readable(
        ctx,
        await rowsWhereIn<Review>(
          ctx.db,
          "Review",
          "personId",
          personIds,
          '"createdAt" DESC, id DESC',
        ),
      ),
    group: (review) => review.personId,
    resolve: (person) => person.id,
  }),
);
