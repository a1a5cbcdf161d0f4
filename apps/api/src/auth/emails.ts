import type { AccountInvitation, Database } from "@cetr/db";
import type { EmailFormat, OutgoingEmail } from "../email/mailer.js";
import { invitationEmail, signInEmail } from "../email/templates.js";
import { CHALLENGE_TTL_MS, type SignInEmail } from "./sign-in.js";

/** The sign-in email for an account, in the format and language the portal is showing. */
export async function composeSignInEmail(
  db: Database,
  email: SignInEmail,
  format: EmailFormat,
  language: string | null,
): Promise<OutgoingEmail> {
  const user = await db.prisma.user.findUnique({ where: { id: email.userId } });
  return signInEmail({
    to: email.to,
    recipientName: user?.displayName,
    format,
    language,
    code: email.code,
    link: email.link,
    expiresInMinutes: CHALLENGE_TTL_MS / 60_000,
  });
}

/** The invitation email: who invited them, from which organisation, and for whom. */
export async function composeInvitationEmail(
  db: Database,
  options: {
    invitation: AccountInvitation;
    link: string;
    format: EmailFormat;
    language: string | null;
  },
): Promise<OutgoingEmail> {
  const { invitation } = options;
  const [inviter, person] = await Promise.all([
    db.prisma.user.findUniqueOrThrow({
      where: { id: invitation.invitedById },
      include: { memberships: { include: { organisation: true }, orderBy: { createdAt: "asc" } } },
    }),
    db.prisma.person.findUniqueOrThrow({ where: { id: invitation.personId } }),
  ]);
  return invitationEmail({
    to: invitation.email,
    format: options.format,
    language: options.language,
    invitedBy: {
      name: inviter.displayName,
      organisation: inviter.memberships[0]?.organisation.name ?? "the care team",
    },
    // For the young person themselves the email speaks to them, not about them.
    forPersonName: invitation.relationshipKind ? (person.preferredName ?? person.name) : undefined,
    link: options.link,
    expiresAt: invitation.expiresAt,
  });
}
