import type { FieldError } from "@cetr/domain";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { NO_ROW_ID, uuidOrNoRow } from "../schema/guard.js";
import { ViewerRef } from "./auth.schema.js";
import {
  finishPasskeyRegistration,
  finishPasskeySignIn,
  type Passkey,
  relyingPartyFor,
  removePasskey,
  renamePasskey,
  startPasskeyRegistration,
  startPasskeySignIn,
} from "./passkeys.js";
import {
  consumeSignInByIp,
  type SessionPayload,
  sessionPayload,
  sessionPayloadRef,
  throwIfLimited,
} from "./sign-in-shared.js";

/**
 * Optional passkeys (issue 5, docs/decisions/0011-passkeys.md). The portal's
 * server calls these: the browser runs the WebAuthn ceremony with the options
 * JSON and sends back the authenticator's answer, as JSON, through the portal.
 */

export const PasskeyRef = builder.objectRef<Passkey>("Passkey").implement({
  description: "A passkey on the viewer's own account. The key itself never leaves the API.",
  authScopes: { viaParent: true },
  fields: (t) => ({
    id: t.globalID({ resolve: (p) => ({ type: "Passkey", id: p.id }) }),
    name: t.exposeString("name", { description: 'What the person called it, e.g. "My phone".' }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    backedUp: t.exposeBoolean("backedUp", {
      description: "Synced to the person's other devices (e.g. by their phone's password manager).",
    }),
  }),
});

builder.objectField(ViewerRef, "passkeys", (t) =>
  t.field({
    type: [PasskeyRef],
    description: "Your own passkeys, oldest first (none unless you are signed in).",
    resolve: (_v, _args, ctx) =>
      ctx.viewer.kind === "user"
        ? ctx.db.prisma.passkey.findMany({
            where: { userId: ctx.viewer.userId },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          })
        : [],
  }),
);

type OptionsPayload = { optionsJSON: string | null; errors: FieldError[] };
const PasskeyOptionsPayload = builder.objectRef<OptionsPayload>("PasskeyOptionsPayload").implement({
  description:
    "Options for the browser's WebAuthn call (navigator.credentials.create or .get), as JSON; valid for 5 minutes, once.",
  authScopes: { viaParent: true },
  fields: (t) => ({
    optionsJSON: t.exposeString("optionsJSON", { nullable: true }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

type PasskeyPayload = { passkey: Passkey | null; errors: FieldError[] };
const PasskeyPayloadRef = builder.objectRef<PasskeyPayload>("PasskeyPayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({
    passkey: t.field({ type: PasskeyRef, nullable: true, resolve: (p) => p.passkey }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const PasskeySignInPayload = sessionPayloadRef("PasskeySignInPayload");

const nameField = 'What to call it, e.g. "My phone" (up to 60 characters).';
const responseField =
  "The browser's answer (RegistrationResponseJSON or AuthenticationResponseJSON, e.g. from @simplewebauthn/browser), as a JSON string.";

/**
 * A Passkey's global ID, decoded here: passkeys are not Relay nodes (nobody
 * fetches one by ID; you list your own). Anything else reads as "not yours".
 */
function passkeyId(globalId: string | number): string {
  const decoded = Buffer.from(String(globalId), "base64").toString("utf8");
  const [typename, id] = decoded.split(":");
  return typename === "Passkey" && id ? uuidOrNoRow(id) : NO_ROW_ID;
}

const signedIn = (ctx: { viewer: { kind: string } }) => {
  if (ctx.viewer.kind !== "user") throw new Error("unreachable: authScopes require a user");
  return ctx.viewer as { kind: "user"; userId: string; sessionId: string };
};

builder.mutationFields((t) => ({
  startPasskeyRegistration: t.field({
    type: PasskeyOptionsPayload,
    description:
      "Begins adding a passkey to your account. Pass `optionsJSON` to the browser; finish with `finishPasskeyRegistration`.",
    authScopes: { user: true },
    args: {
      input: t.arg({
        type: builder.inputType("StartPasskeyRegistrationInput", {
          fields: (f) => ({ name: f.string({ required: true, description: nameField }) }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx): Promise<OptionsPayload> => {
      const viewer = signedIn(ctx);
      const result = await startPasskeyRegistration(
        ctx.db,
        relyingPartyFor(ctx.portalUrl),
        { userId: viewer.userId, sessionId: viewer.sessionId, name: input.name },
        ctx.now,
      );
      return result.ok
        ? { optionsJSON: JSON.stringify(result.options), errors: [] }
        : { optionsJSON: null, errors: result.errors };
    },
  }),
  finishPasskeyRegistration: t.field({
    type: PasskeyPayloadRef,
    description:
      "Checks the browser's answer and keeps the passkey. Only in the session that started it, within 5 minutes, once.",
    authScopes: { user: true },
    args: {
      input: t.arg({
        type: builder.inputType("FinishPasskeyRegistrationInput", {
          fields: (f) => ({
            name: f.string({ required: true, description: nameField }),
            response: f.string({ required: true, description: responseField }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx): Promise<PasskeyPayload> => {
      const viewer = signedIn(ctx);
      const result = await finishPasskeyRegistration(
        ctx.db,
        relyingPartyFor(ctx.portalUrl),
        {
          userId: viewer.userId,
          sessionId: viewer.sessionId,
          name: input.name,
          response: input.response,
        },
        ctx.now,
      );
      return result.ok
        ? { passkey: result.passkey, errors: [] }
        : { passkey: null, errors: result.errors };
    },
  }),
  renamePasskey: t.field({
    type: PasskeyPayloadRef,
    description: "Renames one of your own passkeys.",
    authScopes: { user: true },
    args: {
      input: t.arg({
        type: builder.inputType("RenamePasskeyInput", {
          fields: (f) => ({
            id: f.id({ required: true, description: "The passkey's `id`." }),
            name: f.string({ required: true, description: nameField }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx): Promise<PasskeyPayload> => {
      const viewer = signedIn(ctx);
      const result = await renamePasskey(ctx.db, {
        userId: viewer.userId,
        passkeyId: passkeyId(input.id),
        name: input.name,
      });
      return result.ok
        ? { passkey: result.passkey, errors: [] }
        : { passkey: null, errors: result.errors };
    },
  }),
  removePasskey: t.field({
    type: PasskeyPayloadRef,
    description:
      "Removes one of your own passkeys: it can no longer sign in. Sessions already open stay open (use signOutEverywhere for those).",
    authScopes: { user: true },
    args: {
      input: t.arg({
        type: builder.inputType("RemovePasskeyInput", {
          fields: (f) => ({
            id: f.id({ required: true, description: "The passkey's `id`." }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx): Promise<PasskeyPayload> => {
      const viewer = signedIn(ctx);
      const result = await removePasskey(ctx.db, {
        userId: viewer.userId,
        passkeyId: passkeyId(input.id),
      });
      return result.ok
        ? { passkey: result.passkey, errors: [] }
        : { passkey: null, errors: result.errors };
    },
  }),
  startPasskeySignIn: t.field({
    type: PasskeyOptionsPayload,
    description:
      "Begins signing in with a passkey. Asks for no email address: the device offers its own passkeys for this site.",
    authScopes: { anyone: true },
    args: {
      input: t.arg({
        type: builder.inputType("StartPasskeySignInInput", {
          fields: (f) => ({
            browserSecret: f.string({
              required: true,
              description:
                "The portal's per-browser secret (as for requestSignIn): the sign-in only finishes in this browser.",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx): Promise<OptionsPayload> => {
      // Passkey sign-in names no address: it counts against the IP, like a link sign-in.
      throwIfLimited(await consumeSignInByIp(ctx));
      const result = await startPasskeySignIn(
        ctx.db,
        relyingPartyFor(ctx.portalUrl),
        { browserSecret: input.browserSecret },
        ctx.now,
      );
      return result.ok
        ? { optionsJSON: JSON.stringify(result.options), errors: [] }
        : { optionsJSON: null, errors: result.errors };
    },
  }),
  finishPasskeySignIn: t.field({
    type: PasskeySignInPayload,
    description:
      "Checks the passkey's answer and opens a session, as completeSignIn does. Each start works once, for 5 minutes.",
    authScopes: { anyone: true },
    args: {
      input: t.arg({
        type: builder.inputType("FinishPasskeySignInInput", {
          fields: (f) => ({
            browserSecret: f.string({ required: true }),
            response: f.string({ required: true, description: responseField }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx): Promise<SessionPayload> => {
      // Passkey sign-in names no address: it counts against the IP, like a link sign-in.
      throwIfLimited(await consumeSignInByIp(ctx));
      const result = await finishPasskeySignIn(
        ctx.db,
        relyingPartyFor(ctx.portalUrl),
        input,
        ctx.now,
      );
      return sessionPayload(result);
    },
  }),
}));
