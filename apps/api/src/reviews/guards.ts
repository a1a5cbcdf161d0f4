import type { ConsentRecord, Invitation, PanelMember } from "@cetr/db";
import { defineGuard } from "../schema/guard.js";

/**
 * Panel seats and invitations carry no personId of their own: they are loaded
 * with their review's person, so the guard can decide without a second query.
 */
export type PanelMemberRow = PanelMember & { review: { personId: string } };
export type InvitationRow = Invitation & { review: { personId: string } };

/** The `include` every panel or invitation query uses, so rows always fit the guard. */
export const WITH_PERSON = { review: { select: { personId: true } } } as const;

/** A panel seat is part of its review (REVIEW area): panel access is per review (§7.2.1). */
export const PanelMemberGuard = defineGuard<PanelMemberRow>("PanelMember", {
  area: "REVIEW",
  personId: (row) => row.review.personId,
  reviewId: (row) => row.reviewId,
  load: (db, ids) =>
    db.prisma.panelMember.findMany({ where: { id: { in: ids } }, include: WITH_PERSON }),
});

/** An invitation is part of its review (REVIEW area). */
export const InvitationGuard = defineGuard<InvitationRow>("Invitation", {
  area: "REVIEW",
  personId: (row) => row.review.personId,
  reviewId: (row) => row.reviewId,
  load: (db, ids) =>
    db.prisma.invitation.findMany({ where: { id: { in: ids } }, include: WITH_PERSON }),
});

/** A consent decision is the CONSENT area of the person's record; the panel sees its own review's. */
export const ConsentRecordGuard = defineGuard<ConsentRecord>("ConsentRecord", {
  area: "CONSENT",
  personId: (row) => row.personId,
  reviewId: (row) => row.reviewId,
  load: (db, ids) => db.prisma.consentRecord.findMany({ where: { id: { in: ids } } }),
});
