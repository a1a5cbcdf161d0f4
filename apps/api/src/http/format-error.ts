import { PothosValidationError } from "@pothos/core";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";

/**
 * Errors a client can act on keep their message; anything else (a bug, a
 * database failure) is logged in full and answered with a generic message,
 * so no SQL, stack trace or internal detail ever reaches a caller.
 */
const CLIENT_ERROR_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "QUERY_TOO_COMPLEX",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "RATE_LIMITED",
]);

export function maskErrors(logger: Logger, showStackTraces: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) return formatted;
    // Pothos rejects malformed arguments (e.g. a string that is not a global ID) this way.
    if ((error as { originalError?: unknown }).originalError instanceof PothosValidationError) {
      return { ...formatted, extensions: { code: "BAD_USER_INPUT" } };
    }
    logger.error(
      { err: (error as { originalError?: unknown }).originalError ?? error, path: formatted.path },
      "unexpected error",
    );
    return {
      message:
        "Something went wrong on our side. Please try again; if it keeps happening, contact support.",
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: "INTERNAL_SERVER_ERROR",
        ...(showStackTraces && formatted.extensions?.stacktrace
          ? { stacktrace: formatted.extensions.stacktrace }
          : {}),
      },
    };
  };
}
