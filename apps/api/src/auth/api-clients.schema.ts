import type { ApiClient } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import { isPartnerScope, PARTNER_SCOPES } from "../access/areas.js";
import type { Context } from "../context.js";
import { loadOrganisations, OrganisationRef } from "../organisations/organisations.schema.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { isUuid } from "../schema/guard.js";
import { createApiClient, revokeApiClient, rotateApiClientSecret } from "./api-clients.js";

/** Who may manage partner clients: a commissioner or administrator of every organisation bound to it. */
async function managesAll(ctx: Context, organisationIds: readonly string[]): Promise<boolean> {
  const mine = new Set(
    (await ctx.access.memberships())
      .filter((m) => m.role === "COMMISSIONER" || m.role === "ADMINISTRATOR")
      .map((m) => m.organisationId),
  );
  return organisationIds.length > 0 && organisationIds.every((id) => mine.has(id));
}

const ApiClientRef = builder.objectRef<ApiClient>("ApiClient").implement({
  description: "A partner system allowed to call this API (OAuth 2.0 client credentials).",
  authScopes: { viaParent: true },
  fields: (t) => ({
    clientId: t.exposeString("id", {
      description: "Send as the client id (HTTP Basic user name).",
    }),
    name: t.exposeString("name"),
    scopes: t.exposeStringList("scopes"),
    organisations: t.field({
      type: [OrganisationRef],
      resolve: async (client, _args, ctx) =>
        (await loadOrganisations(ctx, client.organisationIds)).filter((o) => o !== null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

type SecretPayload = { client: ApiClient | null; secret: string | null; errors: FieldError[] };
const ApiClientSecretPayload = builder
  .objectRef<SecretPayload>("ApiClientSecretPayload")
  .implement({
    description: "The client and its secret. The secret is shown this once: store it now.",
    authScopes: { viaParent: true },
    fields: (t) => ({
      client: t.field({ type: ApiClientRef, nullable: true, resolve: (p) => p.client }),
      secret: t.exposeString("secret", { nullable: true }),
      errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    }),
  });

type ClientPayload = { client: ApiClient | null; errors: FieldError[] };
const ApiClientPayload = builder.objectRef<ClientPayload>("ApiClientPayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({
    client: t.field({ type: ApiClientRef, nullable: true, resolve: (p) => p.client }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const CreateApiClientInput = builder.inputType("CreateApiClientInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Who the partner is, e.g. the system's name." }),
    scopes: t.stringList({
      required: true,
      description: `What it may do: any of ${Object.keys(PARTNER_SCOPES).join(", ")}.`,
    }),
    organisationIds: t.globalIDList({
      for: OrganisationRef,
      required: true,
      description:
        "Whose caseloads it may reach: organisations you are a commissioner or administrator of.",
    }),
    expiresAt: t.field({ type: "DateTime", required: false }),
  }),
});

const ApiClientIdInput = builder.inputType("ApiClientIdInput", {
  fields: (t) => ({ clientId: t.string({ required: true }) }),
});

const notFound = (): FieldError => ({
  field: "clientId",
  code: "NOT_FOUND",
  message: "There is no partner client with this id that you manage",
});

async function managedClient(ctx: Context, clientId: string): Promise<ApiClient | null> {
  const client = isUuid(clientId)
    ? await ctx.db.prisma.apiClient.findUnique({ where: { id: clientId } })
    : null;
  return client && (await managesAll(ctx, client.organisationIds)) ? client : null;
}

builder.queryField("apiClients", (t) =>
  t.field({
    type: [ApiClientRef],
    description:
      "Partner clients bound to organisations you are a commissioner or administrator of.",
    authScopes: { user: true },
    resolve: async (_root, _args, ctx) => {
      const clients = await ctx.db.prisma.apiClient.findMany({ orderBy: { createdAt: "asc" } });
      const managed = await Promise.all(clients.map((c) => managesAll(ctx, c.organisationIds)));
      return clients.filter((_, i) => managed[i]);
    },
  }),
);

builder.mutationFields((t) => ({
  createApiClient: t.field({
    type: ApiClientSecretPayload,
    description: "Registers a partner system. Returns its secret once; only a hash is kept.",
    authScopes: { user: true },
    args: { input: t.arg({ type: CreateApiClientInput, required: true }) },
    resolve: async (_root, { input }, ctx): Promise<SecretPayload> => {
      const errors: FieldError[] = [];
      if (!input.name.trim())
        errors.push({ field: "name", code: "REQUIRED", message: "Enter the partner's name" });
      const unknown = input.scopes.filter((s) => !isPartnerScope(s));
      if (unknown.length || input.scopes.length === 0) {
        errors.push({
          field: "scopes",
          code: "INVALID_CHOICE",
          message: unknown.length
            ? `Unknown scopes: ${unknown.join(", ")}`
            : "Choose at least one scope",
        });
      }
      const organisationIds = [...new Set(input.organisationIds.map((o) => o.id))];
      if (!(await managesAll(ctx, organisationIds))) {
        errors.push({
          field: "organisationIds",
          code: "FORBIDDEN",
          message:
            "Bind the client only to organisations you are a commissioner or administrator of",
        });
      }
      if (errors.length) return { client: null, secret: null, errors };
      const { client, secret } = await createApiClient(ctx.db, {
        name: input.name.trim(),
        scopes: input.scopes.filter(isPartnerScope),
        organisationIds,
        expiresAt: input.expiresAt ?? null,
        createdById: ctx.access.userId,
      });
      return { client, secret, errors: [] };
    },
  }),
  rotateApiClientSecret: t.field({
    type: ApiClientSecretPayload,
    description:
      "Replaces the secret; the old secret and tokens issued with it stop working at once.",
    authScopes: { user: true },
    args: { input: t.arg({ type: ApiClientIdInput, required: true }) },
    resolve: async (_root, { input }, ctx): Promise<SecretPayload> => {
      if (!(await managedClient(ctx, input.clientId)))
        return { client: null, secret: null, errors: [notFound()] };
      return { ...(await rotateApiClientSecret(ctx.db, input.clientId, ctx.now)), errors: [] };
    },
  }),
  revokeApiClient: t.field({
    type: ApiClientPayload,
    description: "Stops the client at once: its tokens are refused from the next request.",
    authScopes: { user: true },
    args: { input: t.arg({ type: ApiClientIdInput, required: true }) },
    resolve: async (_root, { input }, ctx): Promise<ClientPayload> => {
      if (!(await managedClient(ctx, input.clientId)))
        return { client: null, errors: [notFound()] };
      return { client: await revokeApiClient(ctx.db, input.clientId, ctx.now), errors: [] };
    },
  }),
}));
