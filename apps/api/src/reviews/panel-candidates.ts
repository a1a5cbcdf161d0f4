import type { Membership, Organisation, User } from "@cetr/db";
import { londonCalendarDate } from "@cetr/domain";
import type { Context } from "../context.js";
import { OrganisationRef, StaffRoleEnum, UserRef } from "../organisations/organisations.schema.js";
import { builder } from "../schema/builder.js";
import { ReviewRef } from "./review.node.js";

/**
 * Who could take a seat on a review's panel (§7.2.1): current staff of the
 * commissioning organisation in a role that sits on panels. addPanelMember
 * takes a user ID; without this list the console would have nothing to offer
 * but a blank box for an ID.
 */

type StaffRole = Membership["role"];

const PANEL_ROLES: StaffRole[] = ["COMMISSIONER", "EXPERT_BY_EXPERIENCE", "CLINICAL_EXPERT"];

interface PanelCandidate {
  user: User;
  role: StaffRole;
  organisation: Organisation;
}

const PanelCandidateRef = builder.objectRef<PanelCandidate>("PanelCandidate").implement({
  description: "Someone who could sit on the panel, with the staff role that qualifies them.",
  // Only ever reached through Review.panelCandidates, which lists no one unless you may change the review.
  authScopes: { signedIn: true },
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (c) => c.user }),
    role: t.field({ type: StaffRoleEnum, resolve: (c) => c.role }),
    organisation: t.field({ type: OrganisationRef, resolve: (c) => c.organisation }),
  }),
});

/** Only staff who may change the review are offered candidates; anyone else gets none. */
export async function panelCandidates(
  ctx: Context,
  review: { personId: string; commissioningOrganisationId: string },
): Promise<PanelCandidate[]> {
  const grant = await ctx.access.grant(review.personId);
  if (!grant.write.has("REVIEW")) return [];
  const today = new Date(`${londonCalendarDate(ctx.now)}T00:00:00Z`);
  const rows = await ctx.db.prisma.membership.findMany({
    where: {
      organisationId: review.commissioningOrganisationId,
      role: { in: PANEL_ROLES },
      startedOn: { lte: today },
      OR: [{ endedOn: null }, { endedOn: { gt: today } }],
    },
    include: { user: true, organisation: true },
    orderBy: [{ role: "asc" }, { user: { displayName: "asc" } }, { id: "asc" }],
  });
  return rows.map((m) => ({ user: m.user, role: m.role, organisation: m.organisation }));
}

builder.objectField(ReviewRef, "panelCandidates", (t) =>
  t.field({
    type: [PanelCandidateRef],
    description:
      "Who could be added to the panel (addPanelMember's userId): current commissioners, experts " +
      "by experience and clinical experts of the commissioning organisation. Empty unless you may " +
      "change the review.",
    resolve: (review, _args, ctx) => panelCandidates(ctx, review),
  }),
);
