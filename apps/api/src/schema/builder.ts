import SchemaBuilder, { PothosValidationError } from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError } from "graphql";
import type { Target } from "../access/access.js";
import type { Area } from "../access/areas.js";
import type { Context } from "../context.js";
import { GUARDS, OPEN_NODE_TYPES } from "./guard.js";

/**
 * The one Pothos builder. It defines no types: each capability folder adds
 * its own (`*.schema.ts`), and schema/index.ts imports them all.
 *
 * Authorisation (plugin-scope-auth) is checked on every object before any of
 * its fields resolve (`runScopesOnType`), and schema/guards.ts refuses to
 * build a schema with an object type or root field that declares no scopes:
 * deny by default.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    /** A calendar date, "YYYY-MM-DD". */
    Date: { Input: string; Output: Date | string };
    /** An instant, ISO 8601 with time zone. */
    DateTime: { Input: Date; Output: Date };
    /** Free-form JSON (the register's minimum dataset). */
    JSON: { Input: unknown; Output: unknown };
  };
  AuthScopes: {
    /** Anyone signed in: a person, a member of staff or a partner client. */
    signedIn: boolean;
    /** A person's own sign-in (not a partner client). */
    user: boolean;
    /** Reading one part of one person's record (access/access.ts decides, and audits). */
    read: { area: Area; target: Target };
    /** Values that belong to an object already checked (a date and its reason, a page of results). */
    viaParent: boolean;
    /** Deliberately open to everyone, signed in or not (who am I; sign in). Use rarely. */
    anyone: boolean;
  };
}>({
  defaultFieldNullability: false,
  // Scope-auth first, so no other plugin's wrapper runs before the check; relay before it so
  // ID arguments arrive decoded.
  plugins: [RelayPlugin, ScopeAuthPlugin, DataloaderPlugin, ComplexityPlugin],
  scopeAuth: {
    runScopesOnType: true,
    treatErrorsAsUnauthorized: true,
    // One decision per distinct parameter and request. The `read` parameter (one per object
    // on a page of hundreds) gets a plain string key: JSON.stringify per object costs more.
    cacheKey: (value) => {
      const read = value as { area?: Area; target?: Target } | null;
      return read?.area && read.target
        ? `${read.area}|${read.target.type}|${read.target.id}|${read.target.personId}|${read.target.reviewId ?? ""}`
        : JSON.stringify(value);
    },
    // One message for "not yours" and "not signed in": neither says whether the record exists.
    unauthorizedError: (_parent, context) =>
      new GraphQLError(
        context.access.signedIn
          ? "You do not have access to this"
          : "Sign in to see this: send a bearer token (docs/api.md, Authentication)",
        { extensions: { code: context.access.signedIn ? "FORBIDDEN" : "UNAUTHENTICATED" } },
      ),
    authScopes: (ctx) => ({
      signedIn: ctx.access.signedIn,
      user: ctx.viewer.kind === "user",
      read: ({ area, target }) => ctx.access.canRead(area, target),
      viaParent: true,
      anyone: true,
    }),
  },
  // Field costs only; limits are enforced before execution by http/query-limits.ts.
  // Lists multiply nothing by default: connections charge their page size themselves.
  complexity: { defaultComplexity: 1, defaultListMultiplier: 1 },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeTypeOptions: { description: "An object with a global ID (Relay)." },
    // A global ID naming a type this API does not have is the caller's mistake, not a crash.
    decodeGlobalID: (globalID) => {
      const decoded = Buffer.from(globalID, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      const typename = decoded.slice(0, colon);
      if (colon < 1 || !(GUARDS.has(typename) || OPEN_NODE_TYPES.has(typename))) {
        throw new PothosValidationError(`"${globalID}" is not an ID this API issued`);
      }
      return { typename, id: decoded.slice(colon + 1) };
    },
    pageInfoTypeOptions: { authScopes: { viaParent: true } },
    defaultConnectionTypeOptions: { authScopes: { viaParent: true } },
    defaultEdgeTypeOptions: { authScopes: { viaParent: true } },
    // Open at the root so that every lookup by ID, signed in or not, reaches the type's guard,
    // which answers null for anything not yours and records the denial in the audit trail.
    nodeQueryOptions: { authScopes: { anyone: true } },
    nodesQueryOptions: { authScopes: { anyone: true } },
  },
});
