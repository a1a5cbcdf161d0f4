import { graphql } from "@cetr/graphql";
import type { requireApi } from "./api.server";
import type { AdvanceValues } from "./request-decision";

/**
 * Recording the care coordinator's or the commissioner's decision on a
 * request for a review (§14, Figure 9): the same post from a request form's
 * page (/requests/:reference) and from a request made any other way
 * (/review-requests/:id), so both check and word it alike.
 */

const Advance = graphql(`
  mutation ConsoleAdvanceRequest($input: AdvanceReviewRequestInput!) {
    advanceReviewRequest(input: $input) { errors { field code message } }
  }
`);

type Api = Awaited<ReturnType<typeof requireApi>>;

/** The decision form's answers as posted, every one kept to show again if refused. */
export function readAdvance(posted: FormData): AdvanceValues {
  const text = (key: string) => {
    const value = posted.get(key);
    return typeof value === "string" ? value : "";
  };
  return { to: text("to"), note: text("note"), reviewId: text("reviewId") };
}

export type ApiError = { field: string; code: string; message: string };

/**
 * Moves the request on, or says why not: the API's refusals come back as they
 * are, for the caller to place on the fields it shows. A GraphQLRequestError
 * (the API unreachable) is left to the caller, which keeps what was typed.
 */
export async function advanceRequest(
  api: Api,
  requestId: string,
  values: AdvanceValues,
): Promise<{ errors: Record<string, string>; apiErrors: ApiError[] }> {
  if (!values.to) return { errors: { to: "Choose where the request goes next" }, apiErrors: [] };
  const { advanceReviewRequest } = await api.request(Advance, {
    input: {
      requestId,
      to: values.to as never,
      note: values.note.trim() || null,
      // Only a convened request answers to a review; a stale choice is not sent with any other move.
      reviewId: values.to === "CONVENED" ? values.reviewId || null : null,
    },
  });
  return { errors: {}, apiErrors: advanceReviewRequest.errors };
}

/**
 * Sorts the API's refusals onto the form's fields (first message per field)
 * or, for anything else, the form as a whole.
 */
export function placeErrors(
  apiErrors: readonly ApiError[],
  fields: readonly string[],
  errors: Record<string, string>,
  formErrors: string[],
): void {
  for (const error of apiErrors) {
    if (fields.includes(error.field)) errors[error.field] ??= messageFor(error);
    else formErrors.push(messageFor(error));
  }
}

/** The API's messages are written for partners; a few read better here in the console's words. */
export function messageFor(error: ApiError): string {
  switch (error.code) {
    case "NOT_FOUND":
      return error.field === "personId"
        ? "You cannot record requests for that person: choose someone on your caseload"
        : "This request is not one you can act on";
    case "REQUIRED":
      if (error.field === "note") return "Say why: the requester will be told";
      if (error.field === "body") return "Write what you told the requester";
      return error.message;
    default:
      return error.message;
  }
}
