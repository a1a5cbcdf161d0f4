import type { FieldError } from "@cetr/domain";
import { checkSignInLimits } from "../limits/policy.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { composeInvitationEmail, composeSignInEmail } from "./emails.js";
import {
  acceptInvitation,
  findInvitation,
  type InvitationKind,
  type InvitationStatus,
  invite,
  statusOf,
} from "./invitations.js";
import { completeSignIn, requestSignIn } from "./sign-in.js";
import {
  consumeSignInByIp,
  type SessionPayload,
  sessionPayload,
  sessionPayloadRef,
  throwIfLimited,
} from "./sign-in-shared.js";

/** What families use to sign in (issue 5); the portal calls these from its server. */

type RequestPayload = { sent: boolean; expiresAt: Date | null; errors: FieldError[] };
const RequestSignInPayload = builder.objectRef<RequestPayload>("RequestSignInPayload").implement({
  description:
    "The same answer whether or not the address has an account: if it has, an email with a code and a link is on its way.",
  authScopes: { viaParent: true },
  fields: (t) => ({
    sent: t.exposeBoolean("sent"),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const SessionPayloadRef = sessionPayloadRef("SessionPayload");

const RequestSignInInput = builder.inputType("RequestSignInInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    browserSecret: t.string({
      required: true,
      description:
        "A random value (at least 32 characters) the portal keeps in this browser's httpOnly cookie: the code and link only work with it.",
    }),
    format: t.field({
      type: "String",
      required: false,
      description: 'The email\'s format: "PLAIN" or "EASY_READ".',
    }),
    language: t.string({ required: false, description: 'BCP 47, e.g. "en-GB", "pl", "ur".' }),
  }),
});

const CompleteSignInInput = builder.inputType("CompleteSignInInput", {
  fields: (t) => ({
    browserSecret: t.string({ required: true }),
    email: t.string({
      required: false,
      description: "With `code`: the address the code was sent to.",
    }),
    code: t.string({ required: false, description: "The 6-digit code; spaces are ignored." }),
    linkToken: t.string({ required: false, description: "Or: the token from the email's link." }),
  }),
});

const InvitationStatusEnum = builder.enumType("InvitationStatus", {
  values: ["VALID", "EXPIRED", "USED", "WITHDRAWN", "UNKNOWN"] as const,
});
const InvitationKindEnum = builder.enumType("InvitationKind", {
  description: "Who is being invited, in relation to the person.",
  values: ["SELF", "PARENT_CARER", "OTHER_FAMILY", "ADVOCATE"] as const,
});

type InvitationView = {
  status: InvitationStatus;
  personName: string | null;
  invitedByName: string | null;
  kind: InvitationKind | null;
  hasParentalResponsibility: boolean;
  email: string | null;
  expiresAt: Date | null;
};
const InvitationViewRef = builder.objectRef<InvitationView>("PortalInvitation").implement({
  description:
    "What an invitation link is for. Only a VALID invitation says whom it is about; anything else says only why it cannot be used.",
  authScopes: { viaParent: true },
  fields: (t) => ({
    status: t.field({ type: InvitationStatusEnum, resolve: (i) => i.status }),
    personName: t.exposeString("personName", { nullable: true }),
    invitedByName: t.exposeString("invitedByName", { nullable: true }),
    kind: t.field({ type: InvitationKindEnum, nullable: true, resolve: (i) => i.kind }),
    hasParentalResponsibility: t.exposeBoolean("hasParentalResponsibility"),
    email: t.exposeString("email", { nullable: true, description: "The address it was sent to." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
  }),
});

type InvitePayload = { sent: boolean; expiresAt: Date | null; errors: FieldError[] };
const InvitePayloadRef = builder.objectRef<InvitePayload>("InviteToPortalPayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({
    sent: t.exposeBoolean("sent"),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

type AcceptPayload = SessionPayload & { personId: string | null };
const AcceptPayloadRef = builder.objectRef<AcceptPayload>("AcceptInvitationPayload").implement({
  description: "The relationship is recorded and the session replaced (new privileges, new token).",
  authScopes: { viaParent: true },
  fields: (t) => ({
    token: t.exposeString("token", { nullable: true }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      resolve: (p, _args, ctx) =>
        p.personId ? ctx.db.prisma.person.findUnique({ where: { id: p.personId } }) : null,
    }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const format = (raw: string | null | undefined) => (raw === "EASY_READ" ? "EASY_READ" : "PLAIN");

builder.queryField("portalInvitation", (t) =>
  t.field({
    type: InvitationViewRef,
    description: "What the invitation link with this token is, for the portal's invitation page.",
    authScopes: { anyone: true },
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx): Promise<InvitationView> => {
      const invitation = await findInvitation(ctx.db, token);
      const status = statusOf(invitation, ctx.now);
      const valid = status === "VALID" && invitation;
      return {
        status,
        personName: valid ? (invitation.person.preferredName ?? invitation.person.name) : null,
        invitedByName: valid ? invitation.invitedBy.displayName : null,
        kind: valid ? ((invitation.relationshipKind ?? "SELF") as InvitationKind) : null,
        hasParentalResponsibility: valid ? invitation.hasParentalResponsibility : false,
        email: valid ? invitation.email : null,
        expiresAt: valid ? invitation.expiresAt : null,
      };
    },
  }),
);

builder.mutationFields((t) => ({
  requestSignIn: t.field({
    type: RequestSignInPayload,
    description:
      "Emails a 6-digit code and a one-time link (15 minutes, this browser only) if the address has an account. Same answer either way.",
    authScopes: { anyone: true },
    args: { input: t.arg({ type: RequestSignInInput, required: true }) },
    resolve: async (_root, { input }, ctx): Promise<RequestPayload> => {
      const limit = await checkSignInLimits(ctx.db, { email: input.email, ip: ctx.ip }, ctx.now);
      throwIfLimited(limit);
      const result = await requestSignIn(
        ctx.db,
        ctx.mailer,
        (email) => composeSignInEmail(ctx.db, email, format(input.format), input.language ?? null),
        {
          email: input.email,
          browserSecret: input.browserSecret,
          linkBase: `${ctx.portalUrl}/sign-in/link`,
        },
        ctx.now,
      );
      if (!result.ok) return { sent: false, expiresAt: null, errors: result.errors };
      // After the answer: how long SMTP takes must not tell anyone the address has an account.
      if (result.deliver) ctx.afterResponse(result.deliver);
      return { sent: true, expiresAt: result.expiresAt, errors: [] };
    },
  }),
  completeSignIn: t.field({
    type: SessionPayloadRef,
    description:
      "Signs in with the code (and the address) or the link's token, in the browser that asked.",
    authScopes: { anyone: true },
    args: { input: t.arg({ type: CompleteSignInInput, required: true }) },
    resolve: async (_root, { input }, ctx): Promise<SessionPayload> => {
      // A link names no address: it counts against the IP only.
      throwIfLimited(
        input.email
          ? await checkSignInLimits(ctx.db, { email: input.email, ip: ctx.ip }, ctx.now)
          : await consumeSignInByIp(ctx),
      );
      return sessionPayload(await completeSignIn(ctx.db, input, ctx.now));
    },
  }),
  inviteToPortal: t.field({
    type: InvitePayloadRef,
    description:
      "Invites a young person, a parent carer or an advocate to the portal by email; accepting records the relationship it names.",
    authScopes: { user: true },
    args: {
      input: t.arg({
        type: builder.inputType("InviteToPortalInput", {
          fields: (f) => ({
            personId: f.globalID({ for: PersonRef, required: true }),
            email: f.string({ required: true }),
            kind: f.field({ type: InvitationKindEnum, required: false }),
            hasParentalResponsibility: f.boolean({ required: false }),
            advocateKind: f.string({
              required: false,
              description: "IMHA, IMCA or INDEPENDENT, for an advocate.",
            }),
            description: f.string({ required: false, description: 'e.g. "Mum", "older brother".' }),
            format: f.string({ required: false }),
            language: f.string({ required: false }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx): Promise<InvitePayload> => {
      const advocateKind = ["IMHA", "IMCA", "INDEPENDENT"].includes(input.advocateKind ?? "")
        ? (input.advocateKind as "IMHA" | "IMCA" | "INDEPENDENT")
        : null;
      const result = await invite(ctx, {
        personId: input.personId.id,
        email: input.email,
        kind: input.kind ?? null,
        hasParentalResponsibility: input.hasParentalResponsibility ?? false,
        advocateKind,
        description: input.description ?? null,
      });
      if (!result.ok) return { sent: false, expiresAt: null, errors: result.errors };
      const message = await composeInvitationEmail(ctx.db, {
        invitation: result.invitation,
        link: `${ctx.portalUrl}/invitation/${encodeURIComponent(result.token)}`,
        format: format(input.format),
        language: input.language ?? null,
      });
      await ctx.mailer.send(message);
      return { sent: true, expiresAt: result.invitation.expiresAt, errors: [] };
    },
  }),
  acceptInvitation: t.field({
    type: AcceptPayloadRef,
    description:
      "Accepts an invitation for the signed-in account (the invited address), once they confirm it is them.",
    authScopes: { user: true },
    args: {
      input: t.arg({
        type: builder.inputType("AcceptInvitationInput", {
          fields: (f) => ({
            token: f.string({ required: true }),
            confirmed: f.boolean({
              required: true,
              description: "They confirm this is them and the relationship is right.",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx): Promise<AcceptPayload> => {
      const result = await acceptInvitation(ctx, input);
      return result.ok
        ? {
            token: result.token,
            expiresAt: result.expiresAt,
            personId: result.personId,
            errors: [],
          }
        : { token: null, expiresAt: null, personId: null, errors: result.errors };
    },
  }),
}));
