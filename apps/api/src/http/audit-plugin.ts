import type { ApolloServerPlugin } from "@apollo/server";
import type { Database } from "@cetr/db";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import type { Context } from "../context.js";

/**
 * Writes the request's audit trail (reads, denials, changes) in one INSERT
 * before the response leaves. If it cannot be written the data is withheld:
 * nobody reads a person's record without the read being recorded.
 */
export function auditPlugin(db: Database, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, request }) {
          try {
            await contextValue.audit.flush(db, request.operationName ?? undefined);
          } catch (error) {
            logger.error({ err: error }, "could not write the audit trail; response withheld");
            if (response.body.kind === "single") {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                new GraphQLError("The request could not be completed. Please try again.", {
                  extensions: { code: "INTERNAL_SERVER_ERROR" },
                }),
              ];
            }
            response.http.status = 500;
          }
        },
      };
    },
  };
}
