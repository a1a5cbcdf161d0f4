import { builder } from "../../schema/builder.js";
import { UserErrorRef } from "../../schema/errors.js";
import {
  type CompleteResult,
  completeOidcSignIn,
  readOidcConfig,
  type StartResult,
  startOidcSignIn,
} from "./oidc.js";

const SignInMethodsRef = builder
  .objectRef<{ demo: boolean; oidc: boolean; oidcProviderName: string | null }>("SignInMethods")
  .implement({
    description: "Which ways of signing in this server offers, for the sign-in page.",
    authScopes: { anyone: true },
    fields: (t) => ({
      demo: t.exposeBoolean("demo", {
        description: "The labelled demo sign-in for fictional accounts (never in production).",
      }),
      oidc: t.exposeBoolean("oidc", { description: "Staff sign-in through OpenID Connect." }),
      oidcProviderName: t.exposeString("oidcProviderName", {
        nullable: true,
        description: 'For the button: "Sign in with <name>". Null when OIDC is off.',
      }),
    }),
  });

const StartOidcSignInPayload = builder.objectRef<StartResult>("StartOidcSignInPayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({
    authorizationUrl: t.exposeString("authorizationUrl", {
      nullable: true,
      description: "Send the browser here (HTTP 303); it comes back to the redirect URI.",
    }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const CompleteOidcSignInPayload = builder
  .objectRef<CompleteResult>("CompleteOidcSignInPayload")
  .implement({
    description:
      "A new session, as for demoSignIn. Keep the token server-side (an httpOnly cookie).",
    authScopes: { viaParent: true },
    fields: (t) => ({
      token: t.exposeString("token", { nullable: true }),
      expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
      returnTo: t.exposeString("returnTo", {
        nullable: true,
        description: "The path given to startOidcSignIn (always a local path).",
      }),
      errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    }),
  });

builder.queryField("signInMethods", (t) =>
  t.field({
    type: SignInMethodsRef,
    authScopes: { anyone: true },
    description: "Which ways of signing in this server offers.",
    resolve: (_root, _args, ctx) => {
      const oidc = readOidcConfig();
      return {
        demo: ctx.demoSignIn,
        oidc: oidc !== null,
        oidcProviderName: oidc?.providerName ?? null,
      };
    },
  }),
);

builder.mutationFields((t) => ({
  startOidcSignIn: t.field({
    type: StartOidcSignInPayload,
    authScopes: { anyone: true },
    description:
      "Starts staff sign-in through OpenID Connect (PKCE, state and nonce; valid for 10 minutes). " +
      "The redirect URI must be one the server allows (OIDC_REDIRECT_URIS).",
    args: {
      input: t.arg({
        type: builder.inputType("StartOidcSignInInput", {
          fields: (f) => ({
            redirectUri: f.string({
              required: true,
              description:
                "The console's callback, e.g. https://console.example/sign-in/oidc/callback.",
            }),
            returnTo: f.string({
              required: false,
              description: "A local path to return to after signing in; anything else becomes /.",
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => startOidcSignIn(ctx.db, input, ctx.now),
  }),
  completeOidcSignIn: t.field({
    type: CompleteOidcSignInPayload,
    authScopes: { anyone: true },
    description:
      "Finishes an OpenID Connect sign-in: send the full callback URL the browser arrived at. " +
      "Each started sign-in completes at most once.",
    args: {
      input: t.arg({
        type: builder.inputType("CompleteOidcSignInInput", {
          fields: (f) => ({ callbackUrl: f.string({ required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => completeOidcSignIn(ctx.db, input, ctx.now),
  }),
}));
