import type { AccountInvitation, Database } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import type { Context } from "../context.js";
import { PersonGuard } from "../people/people.guard.js";
import { endSession, openSession } from "./sessions.js";
import { emailError, normaliseEmail } from "./sign-in.js";
import { hashToken, newToken } from "./tokens.js";

/**
 * Portal invitations (issue 5). A coordinator invites a young person, a
 * parent carer or an advocate; the invitation names the relationship it will
 * grant. The person signs in with the invited address (which proves the
 * mailbox), confirms who they are, and only then is the relationship
 * recorded — and their session is replaced, as for any change of privilege.
 */

export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export type InvitationKind = "SELF" | "PARENT_CARER" | "OTHER_FAMILY" | "ADVOCATE";

export interface InviteInput {
  personId: string;
  email: string;
  kind: InvitationKind | null;
  hasParentalResponsibility: boolean;
  advocateKind: "IMHA" | "IMCA" | "INDEPENDENT" | null;
  description: string | null;
}

export type InviteResult =
  | { ok: true; invitation: AccountInvitation; token: string }
  | { ok: false; errors: FieldError[] };

export async function invite(ctx: Context, input: InviteInput): Promise<InviteResult> {
  const errors: FieldError[] = [];
  const found = await PersonGuard.loadWritable(ctx, input.personId, "inviteToPortal");
  if (!found.row) {
    errors.push({
      field: "personId",
      code: found.code,
      message:
        found.code === "FORBIDDEN"
          ? "You cannot invite people to this person's record"
          : "There is no person with this ID that you can reach",
    });
  }
  const problem = emailError("email", input.email);
  // The sign-in wording ("Enter your email address") would be wrong here: it is someone else's.
  if (problem?.code === "REQUIRED") {
    errors.push({ ...problem, message: "Enter the email address of the person you are inviting" });
  } else if (problem) errors.push(problem);
  if (!input.kind) {
    errors.push({ field: "kind", code: "REQUIRED", message: "Choose who you are inviting" });
  }
  if (input.kind === "ADVOCATE" && !input.advocateKind) {
    errors.push({
      field: "advocateKind",
      code: "REQUIRED",
      message: "Choose the kind of advocate",
    });
  }
  if (input.hasParentalResponsibility && input.kind !== "PARENT_CARER") {
    errors.push({
      field: "hasParentalResponsibility",
      code: "INVALID_CHOICE",
      message: "Only a parent carer can have parental responsibility",
    });
  }
  if (found.row && input.kind === "SELF" && found.row.accountUserId) {
    errors.push({
      field: "kind",
      code: "ALREADY_EXISTS",
      message: "This person already has their own account",
    });
  }
  if (errors.length || !found.row || !input.kind) return { ok: false, errors };
  const inviter = ctx.access.userId;
  if (!inviter) {
    return {
      ok: false,
      errors: [
        { field: "personId", code: "FORBIDDEN", message: "Only staff can send invitations" },
      ],
    };
  }
  const token = newToken("session").replace("cetr_s_", "");
  const invitation = await ctx.db.prisma.accountInvitation.create({
    data: {
      email: normaliseEmail(input.email),
      personId: found.row.id,
      relationshipKind: input.kind === "SELF" ? null : input.kind,
      hasParentalResponsibility: input.hasParentalResponsibility,
      advocateKind: input.kind === "ADVOCATE" ? input.advocateKind : null,
      description: input.description?.trim() || null,
      invitedById: inviter,
      tokenHash: hashToken(token),
      expiresAt: new Date(ctx.now.getTime() + INVITATION_TTL_MS),
    },
  });
  return { ok: true, invitation, token };
}

export type InvitationStatus = "VALID" | "EXPIRED" | "USED" | "WITHDRAWN" | "UNKNOWN";

export async function findInvitation(db: Database, token: string) {
  return db.prisma.accountInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { person: true, invitedBy: true },
  });
}

export function statusOf(invitation: AccountInvitation | null, now: Date): InvitationStatus {
  if (!invitation) return "UNKNOWN";
  if (invitation.acceptedAt) return "USED";
  if (invitation.revokedAt) return "WITHDRAWN";
  if (invitation.expiresAt <= now) return "EXPIRED";
  return "VALID";
}

export type AcceptResult =
  | { ok: true; token: string; expiresAt: Date; personId: string }
  | { ok: false; errors: FieldError[] };

/**
 * Accepts an invitation for the signed-in user: only the account with the
 * invited address, and only once they confirm the relationship it states.
 */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; confirmed: boolean },
): Promise<AcceptResult> {
  const viewer = ctx.viewer;
  if (viewer.kind !== "user") {
    return { ok: false, errors: [{ field: "token", code: "FORBIDDEN", message: "Sign in first" }] };
  }
  const invitation = await findInvitation(ctx.db, input.token);
  const status = statusOf(invitation, ctx.now);
  if (!invitation || status !== "VALID") {
    return {
      ok: false,
      errors: [
        {
          field: "token",
          code: "INVITATION_NOT_VALID",
          message: "This invitation cannot be used: it has expired, been used or been withdrawn",
        },
      ],
    };
  }
  const user = await ctx.db.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId } });
  if (user.email !== invitation.email) {
    return {
      ok: false,
      errors: [
        {
          field: "token",
          code: "INVITATION_WRONG_ACCOUNT",
          message: `This invitation was sent to a different email address. Sign out, then sign in with the address it was sent to`,
        },
      ],
    };
  }
  if (!input.confirmed) {
    return {
      ok: false,
      errors: [
        {
          field: "confirmed",
          code: "REQUIRED",
          message: "Confirm that this is you, and that the relationship is right",
        },
      ],
    };
  }
  const today = new Date(`${ctx.now.toISOString().slice(0, 10)}T00:00:00Z`);
  const accepted = await ctx.db.prisma.$transaction(async (tx) => {
    const { count } = await tx.accountInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: ctx.now, acceptedById: user.id },
    });
    if (count === 0) return false;
    if (invitation.relationshipKind === null) {
      await tx.person.update({
        where: { id: invitation.personId },
        data: { accountUserId: user.id },
      });
    } else {
      await tx.relationship.upsert({
        where: {
          personId_userId_kind: {
            personId: invitation.personId,
            userId: user.id,
            kind: invitation.relationshipKind,
          },
        },
        update: {
          hasParentalResponsibility: invitation.hasParentalResponsibility,
          endedOn: null,
        },
        create: {
          personId: invitation.personId,
          userId: user.id,
          kind: invitation.relationshipKind,
          hasParentalResponsibility: invitation.hasParentalResponsibility,
          advocateKind: invitation.advocateKind,
          description: invitation.description,
          startedOn: today,
        },
      });
    }
    return true;
  });
  if (!accepted) {
    return {
      ok: false,
      errors: [
        {
          field: "token",
          code: "INVITATION_NOT_VALID",
          message: "This invitation has already been used",
        },
      ],
    };
  }
  ctx.audit.changed(
    { personId: invitation.personId, type: "AccountInvitation", id: invitation.id },
    "acceptInvitation",
    invitation.relationshipKind ?? "SELF",
  );
  // A new privilege: the old session token stops, a new one carries on.
  await endSession(ctx.db, viewer.sessionId, ctx.now);
  const session = await openSession(ctx.db, user.id, "invitation", ctx.now);
  return { ok: true, ...session, personId: invitation.personId };
}
