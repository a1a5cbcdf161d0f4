import { ERROR_CODES, type ErrorCode, type FieldError } from "@cetr/domain";
import { GraphQLError } from "graphql";
import { builder } from "./builder.js";

/**
 * Stable error codes, straight from @cetr/domain. Partners match on these;
 * messages are for people and may be reworded.
 */
export const ErrorCodeEnum = builder.enumType("ErrorCode", {
  description: "Why an input was refused. Stable: codes are added, never renamed.",
  values: Object.fromEntries(
    Object.entries(ERROR_CODES).map(([code, description]) => [code, { value: code, description }]),
  ) as Record<ErrorCode, { value: ErrorCode; description: string }>,
});

export const UserErrorRef = builder.objectRef<FieldError>("UserError").implement({
  authScopes: { viaParent: true },
  description: "A problem with one input field, in words a person can act on.",
  fields: (t) => ({
    field: t.exposeString("field", {
      description: 'The input field it is about, as a dotted path ("nhsNumber").',
    }),
    code: t.field({ type: ErrorCodeEnum, resolve: (e) => e.code }),
    message: t.exposeString("message"),
  }),
});

/** A request the client can fix (bad page size, forged cursor): surfaced even when errors are masked. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT" } });
  }
}
