import type { Escalation } from "@cetr/db";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { PersonRef } from "../people/people.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { defineGuard } from "../schema/guard.js";
import { EnquiryFindingGuard, EnquiryFindingRef } from "./finding.node.js";

/** A concern escalated (§20.3): the ESCALATION area; tied to a review when one raised it. */
export const EscalationGuard = defineGuard<Escalation>("Escalation", {
  area: "ESCALATION",
  personId: (escalation) => escalation.personId,
  reviewId: (escalation) => escalation.reviewId,
  load: (db, ids) => db.prisma.escalation.findMany({ where: { id: { in: ids } } }),
});

export const EscalationRouteEnum = builder.enumType("EscalationRoute", {
  description: "Where a safety or quality concern goes (§20.3, §41.2).",
  values: [
    "CQC",
    "LOCAL_AUTHORITY_SAFEGUARDING",
    "OFSTED",
    "CONTRACTING",
    "QUALITY_SURVEILLANCE_GROUP",
    "NHS_ENGLAND",
    "OTHER",
  ] as const,
});

export const EscalationRef = builder.node(builder.objectRef<Escalation>("Escalation"), {
  description:
    "A safety or quality concern escalated, with its route, the receiving body's reference and " +
    "the outcome; the person and family are told (§20.3). Staff only.",
  ...EscalationGuard.nodeOptions,
  fields: (t) => ({
    route: t.expose("route", { type: EscalationRouteEnum }),
    concern: t.exposeString("concern"),
    reference: t.exposeString("reference", {
      nullable: true,
      description: "The receiving body's reference, once given.",
    }),
    raisedOn: t.expose("raisedOn", { type: "Date" }),
    raisedBy: t.loadable({
      type: UserRef,
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (e) => e.raisedById,
    }),
    personInformedOn: t.expose("personInformedOn", {
      type: "Date",
      nullable: true,
      description: "When the person and family were told (§20.3).",
    }),
    outcome: t.exposeString("outcome", { nullable: true }),
    closedOn: t.expose("closedOn", { type: "Date", nullable: true }),
    isOpen: t.boolean({ resolve: (e) => e.closedOn === null }),
    person: t.loadable({
      type: PersonRef,
      nullable: true,
      description: "Who the concern is about; null if you may not see their profile.",
      load: (ids: string[], ctx) => PersonGuard.inOrder(ctx, ids),
      resolve: (e) => e.personId,
    }),
    review: t.loadable({
      type: ReviewRef,
      nullable: true,
      description: "The review that raised it, if one did.",
      load: (ids: string[], ctx) => ReviewGuard.inOrder(ctx, ids),
      resolve: (e) => e.reviewId,
    }),
    finding: t.loadable({
      type: EnquiryFindingRef,
      nullable: true,
      description: "The line of enquiry it came from, if any.",
      load: (ids: string[], ctx) => EnquiryFindingGuard.inOrder(ctx, ids),
      resolve: (e) => e.findingId,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.objectField(ReviewRef, "escalations", (t) =>
  t.loadableGroup({
    type: EscalationRef,
    description: "Concerns this review escalated, most recently raised first (staff only).",
    load: async (reviewIds: string[], ctx) =>
      EscalationGuard.readable(
        ctx,
        await ctx.db.prisma.escalation.findMany({
          where: { reviewId: { in: reviewIds } },
          orderBy: [{ raisedOn: "desc" }, { id: "desc" }],
        }),
      ),
    group: (e) => e.reviewId ?? "",
    resolve: (review) => review.id,
  }),
);

builder.objectField(PersonRef, "escalations", (t) =>
  t.loadableGroup({
    type: EscalationRef,
    description: "Every concern escalated about this person, most recently raised first.",
    load: async (personIds: string[], ctx) =>
      EscalationGuard.readable(
        ctx,
        await ctx.db.prisma.escalation.findMany({
          where: { personId: { in: personIds } },
          orderBy: [{ raisedOn: "desc" }, { id: "desc" }],
        }),
      ),
    group: (e) => e.personId,
    resolve: (person) => person.id,
  }),
);
