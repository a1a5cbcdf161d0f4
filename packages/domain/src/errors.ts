/**
 * Stable, documented error codes. The API surfaces these unchanged, so
 * partner systems can rely on them; add codes, never rename them.
 */
export const ERROR_CODES = {
  REQUIRED: "A value is required",
  TOO_LONG: "The value is longer than allowed",
  NHS_NUMBER_FORMAT: "An NHS number has 10 digits",
  NHS_NUMBER_CHECK_DIGIT: "The NHS number's check digit does not match (modulus 11)",
  NHS_NUMBER_TAKEN: "Another person already has this NHS number",
  // Access (the API): unknown and forbidden look the same unless the viewer may read the record
  NOT_FOUND: "There is nothing with this ID that you can reach",
  FORBIDDEN: "You can see this record but not change this part of it",
  ALREADY_EXISTS: "This has already been recorded",
  // Sign-in and invitations (the API)
  EMAIL_FORMAT: "Not an email address",
  SIGN_IN_CODE_INVALID: "The sign-in code or link is not right, or has expired",
  SIGN_IN_USED: "The sign-in code or link has already been used",
  SIGN_IN_WRONG_BROWSER: "The sign-in was asked for in a different browser",
  INVITATION_NOT_VALID: "The invitation has expired, been used or been withdrawn",
  INVITATION_WRONG_ACCOUNT: "The invitation was sent to a different email address",
  DATE_INVALID: "Not a real calendar date",
  DATE_IN_FUTURE: "The date is in the future",
  DATE_TOO_EARLY: "The date is implausibly far in the past",
  INVALID_CHOICE: "Not one of the allowed values",
  // Pathway history (scheduler)
  EVENT_BEFORE_BIRTH: "The event is dated before the person's date of birth",
  EVENT_AFTER_NOW: "The event is dated after today",
  DISCHARGE_WITHOUT_ADMISSION: "A discharge was recorded without an admission",
  TRANSFER_WITHOUT_ADMISSION: "A transfer was recorded without an admission",
  EVENT_REQUIRES_HOSPITAL_STAY: "The event only makes sense while the person is in hospital",
  OVERLAPPING_STAYS: "An admission was recorded while a hospital stay was still open",
  // Policy profiles
  PROFILE_UNKNOWN: "No policy profile has this key",
  PROFILE_INVALID: "The policy profile is not valid",
  PROFILE_RULE_UNKNOWN: "The profile names a timescale rule that does not exist",
  PROFILE_DURATION_INVALID:
    "A timescale must be a whole number of days, weeks, months or working days",
  // Review lifecycle and request pathway
  TRANSITION_NOT_ALLOWED: "The review cannot move to that state from its current state",
  NO_CONSENT_BASIS: "There is no valid basis for the review to proceed (consent or best interests)",
  PANEL_INCOMPLETE: "The panel is not complete",
  PANEL_CONFLICTED: "A panel member has a conflict of interest or has not declared one",
  PANEL_UNTRAINED: "A panel member has not completed review training",
  PANEL_LOCKED:
    "The panel cannot change once the review has been held: it is the panel that held the review",
  REPORT_NOT_CIRCULATED: "The report has not been sent to everyone who should get it",
  ACTION_WITHOUT_OWNER: "An action has no named person responsible",
  ACTION_WITHOUT_DUE_DATE: "An action has no due date",
  ACTIONS_NOT_FOLLOWED_UP: "Some actions are neither done nor explained",
  REQUESTER_NOT_ENTITLED: "This person or team cannot request a review",
  // SMART actions
  ACTION_OWNER_NOT_ONE_PERSON: "An action needs one named person responsible, not a team or a list",
  ACTION_DUE_BEFORE_REVIEW: "The due date is before the review date",
  // Consent
  CONSENT_MISSING: "Consent has not been given",
  CONSENT_REFUSED: "Consent was refused",
  CONSENT_NOT_INFORMED: "Consent is only valid if it is informed",
  CAPACITY_NOT_ASSESSED: "Capacity for this decision has not been assessed",
  BEST_INTERESTS_NOT_DOCUMENTED: "A best-interests decision must be formally documented",
  REFUSAL_REASONS_NOT_EXPLORED: "The reasons for refusing have not been explored",
  // Register
  RATING_HISTORY_OUT_OF_ORDER: "A rating is dated before the previous rating",
  // Passkeys (the API)
  PASSKEY_CHALLENGE_INVALID:
    "The passkey request has expired, was already used or began elsewhere: start again",
  PASSKEY_NOT_VERIFIED: "The passkey's answer could not be verified",
  PASSKEY_NOT_RECOGNISED: "This passkey is not registered here, or has been removed",
  PASSKEY_LIMIT: "The account already has as many passkeys as it may hold",
  // The public request form
  CONTACT_REQUIRED: "Give an email address or a phone number so someone can contact you",
  PHONE_FORMAT: "Not a UK phone number",
  AUTOMATED_SUBMISSION: "The form was filled in by a program, not a person",
  // Triage of request forms
  ALREADY_TRIAGED: "The request has already been matched to a person",
  NHS_NUMBER_DIFFERS: "The NHS number is not the one the request gives",
  DATE_OF_BIRTH_DIFFERS:
    "The date of birth is not the one the request gives: confirm it is the same person",
  NO_CONTACT_DETAILS: "The requester gave no contact details for that way of replying",
  // The one-page profile's photo
  PHOTO_NOT_JPEG_OR_PNG: "The file is not a JPEG or PNG picture (checked from its contents)",
  PHOTO_TOO_LARGE: "The photo is larger than 1 MB",
  // Quality standards (Appendix 1)
  STANDARD_ANSWERED_BY_RECORD:
    "This standard is answered from what is recorded about the review: change the record instead",
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  /** The input field the error is about, as a path ("nhsNumber", "actions.0.owner"). */
  field: string;
  code: ErrorCode;
  message: string;
}

/**
 * One reason a rule gives: stable code, the rule that produced it, the policy
 * section that rule comes from, and words a person can act on. Every check in
 * this package reports with this shape so the API can expose one type.
 */
export interface RuleReason {
  code: ErrorCode;
  rule: string;
  section: string;
  message: string;
  /** The input field the reason is about, when there is one. */
  field: string | null;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
