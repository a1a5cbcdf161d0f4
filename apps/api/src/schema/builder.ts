import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "../context.js";

/**
 * The one Pothos builder. It defines no types: each capability folder adds
 * its own (`*.schema.ts`), and schema/index.ts imports them all.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    /** A calendar date, "YYYY-MM-DD". */
    Date: { Input: string; Output: Date | string };
    /** An instant, ISO 8601 with time zone. */
    DateTime: { Input: Date; Output: Date };
  };
}>({
  defaultFieldNullability: false,
  plugins: [ComplexityPlugin, RelayPlugin],
  // Field costs only; limits are enforced before execution by http/query-limits.ts.
  // Lists multiply nothing by default: connections charge their page size themselves.
  complexity: { defaultComplexity: 1, defaultListMultiplier: 1 },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeTypeOptions: { description: "An object with a global ID (Relay)." },
    pageInfoTypeOptions: {},
    nodeQueryOptions: {},
    nodesQueryOptions: {},
  },
});
