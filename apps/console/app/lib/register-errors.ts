/**
 * The API's register errors (field-addressed codes) in the console's words.
 * The API's own message is kept where it already says what to do (e.g. a
 * length limit); otherwise the words name the question on the form, as
 * GOV.UK error messages do.
 */

export interface ApiError {
  field: string;
  code: string;
  message: string;
}

type Messages = Record<string, Partial<Record<string, string>>>;

/** Per form field: a message per API code. */
export const REGISTER_MESSAGES: Messages = {
  organisationId: {
    REQUIRED: "Select whose register they are going on",
    NOT_FOUND: "Select whose register they are going on",
    FORBIDDEN: "Select an organisation whose register you keep",
  },
  consentBasis: { REQUIRED: "Select how they agreed to be on the register" },
  rating: {
    REQUIRED: "Select a rating",
    INVALID_CHOICE: "Select red, amber, green or blue",
  },
  reason: {
    REQUIRED: "Enter why you have given this rating",
    TOO_LONG: "",
  },
  ratedOn: {
    REQUIRED: "Enter the date of the rating",
    DATE_INVALID: "The date of the rating must be a real date",
    DATE_IN_FUTURE: "The date of the rating must be today or in the past",
    EVENT_BEFORE_BIRTH: "The date of the rating must be after their date of birth",
    RATING_HISTORY_OUT_OF_ORDER: "",
  },
  nextReviewOn: {
    DATE_INVALID: "The next register review must be a real date",
  },
  removedOn: {
    REQUIRED: "Enter the date they came off the register",
    DATE_INVALID:
      "The date they came off the register must be a real date, on or after the day they joined it",
    DATE_IN_FUTURE: "The date they came off the register must be today or in the past",
  },
  removedReason: { REQUIRED: "Enter why they are coming off the register", TOO_LONG: "" },
  personId: {
    ALREADY_EXISTS: "They are already on this organisation's register",
  },
};

/**
 * The console's message for one API error on `field`; the API's message when
 * the console has no better words (an empty string above means "the API's").
 */
export function registerMessage(field: string, error: ApiError): string {
  const words = REGISTER_MESSAGES[field]?.[error.code];
  return words ? words : error.message;
}

/**
 * Sorts the API's errors onto the form's fields (`fromApi` maps API input
 * names to form fields); anything else is a problem with the form as a whole.
 */
export function mapApiErrors<Field extends string>(
  errors: readonly ApiError[],
  fromApi: Record<string, Field>,
): { fieldErrors: Partial<Record<Field, string>>; formErrors: string[] } {
  const fieldErrors: Partial<Record<Field, string>> = {};
  const formErrors: string[] = [];
  for (const error of errors) {
    const field = fromApi[error.field] ?? fromApi[error.field.split(".")[0] ?? ""];
    if (field) fieldErrors[field] ??= registerMessage(field, error);
    else formErrors.push(registerMessage(error.field, error));
  }
  return { fieldErrors, formErrors };
}
