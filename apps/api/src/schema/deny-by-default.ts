import type { GraphQLObjectType, GraphQLSchema } from "graphql";

// By tag, not instanceof: Vitest may load graphql twice (ESM and CJS builds).
const isObjectType = (type: unknown): type is GraphQLObjectType =>
  Object.prototype.toString.call(type) === "[object GraphQLObjectType]";

/**
 * Deny by default, checked when the schema is built: every object type must
 * say who may see it (`authScopes`, at least `viaParent` for values that only
 * exist inside a checked object), and every root field must say who may call
 * it. A type or field added without a decision stops the API from starting,
 * and the schema test fails, rather than being readable by anyone.
 */
export function assertDenyByDefault(schema: GraphQLSchema): void {
  const missing: string[] = [];
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const options = type.extensions?.pothosOptions as { authScopes?: unknown } | undefined;
    if (roots.has(type)) {
      for (const field of Object.values(type.getFields())) {
        const fieldOptions = field.extensions?.pothosOptions as
          | { authScopes?: unknown }
          | undefined;
        if (!fieldOptions?.authScopes) missing.push(`${type.name}.${field.name}`);
      }
    } else if (!options?.authScopes) {
      missing.push(type.name);
    }
  }
  if (missing.length) {
    throw new Error(`These declare no authScopes (deny by default): ${missing.join(", ")}`);
  }
}
