import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.js";

/**
 * The typed `graphql()` every app and test writes operations with. Types come
 * from schema.graphql (printed by the API), so renaming a field there breaks
 * `typecheck` wherever an operation uses it. No hand-written response types.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string; ID: string };
}>();

export type { FragmentOf, ResultOf, TadaDocumentNode, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
export * from "./client.js";
export * from "./session-api.js";
