import type { ApolloServerPlugin } from "@apollo/server";
import { complexityFromQuery } from "@pothos/plugin-complexity";
import { GraphQLError, type GraphQLSchema, Kind, visit } from "graphql";
import type { Context } from "../context.js";

/**
 * Limits on what one request may ask for, checked after parsing and before
 * anything runs, so an expensive query costs nothing. Every response carries
 * its cost in `extensions.cost` so partners can see how close they are.
 */
export const QUERY_LIMITS = {
  /** Sum of field costs; a page of N items counts N times (see `complexity` on connection fields). */
  complexity: 2000,
  /** Nesting of selections. */
  depth: 12,
  /** Fields selected in total. */
  breadth: 300,
  /** Aliased fields: aliases are the usual way to multiply one field's cost. */
  aliases: 20,
} as const;

function countAliases(document: Parameters<typeof visit>[0]): number {
  let aliases = 0;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.alias) aliases += 1;
    },
  });
  return aliases;
}

function tooMuch(what: string, actual: number, limit: number): GraphQLError {
  return new GraphQLError(
    `This request's ${what} is ${actual}; the limit is ${limit}. Ask for less, or page through it.`,
    {
      // The client must change the request: 400, not 500. Apollo strips `http` from the response.
      extensions: { code: "QUERY_TOO_COMPLEX", [what]: actual, limit, http: { status: 400 } },
    },
  );
}

export function queryLimits(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: { complexity: number; depth: number; breadth: number } | undefined;
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const aliases = countAliases(document);
          if (aliases > QUERY_LIMITS.aliases)
            throw tooMuch("aliases", aliases, QUERY_LIMITS.aliases);
          let result: ReturnType<typeof complexityFromQuery>;
          try {
            result = complexityFromQuery(document, {
              schema,
              ctx: contextValue,
              variables: request.variables ?? {},
            });
          } catch {
            // Variables that do not fit the schema: execution reports that, precisely, as a 400.
            return;
          }
          cost = { complexity: result.complexity, depth: result.depth, breadth: result.breadth };
          if (result.depth > QUERY_LIMITS.depth)
            throw tooMuch("depth", result.depth, QUERY_LIMITS.depth);
          if (result.breadth > QUERY_LIMITS.breadth)
            throw tooMuch("breadth", result.breadth, QUERY_LIMITS.breadth);
          if (result.complexity > QUERY_LIMITS.complexity) {
            throw tooMuch("complexity", result.complexity, QUERY_LIMITS.complexity);
          }
        },
        async willSendResponse({ response }) {
          if (!cost || response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: { ...cost, limit: QUERY_LIMITS.complexity },
          };
        },
      };
    },
  };
}
