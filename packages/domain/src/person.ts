import {
  type CalendarDate,
  compareCalendarDates,
  londonCalendarDate,
  parseCalendarDate,
} from "./calendar-date.js";
import { ERROR_CODES, type ErrorCode, type FieldError } from "./errors.js";
import { nhsNumberProblem, normaliseNhsNumber } from "./nhs-number.js";

/** Who the policy is for (§1): people with a learning disability, autistic people, or both. */
export const NEURODEVELOPMENTAL = ["LEARNING_DISABILITY", "AUTISM", "BOTH"] as const;
export type Neurodevelopmental = (typeof NEURODEVELOPMENTAL)[number];

export { ERROR_CODES, type ErrorCode, type FieldError } from "./errors.js";

export interface NewPersonInput {
  name: string;
  preferredName?: string | null;
  dateOfBirth: string;
  nhsNumber: string;
  diagnosis: string;
}

export interface ValidNewPerson {
  name: string;
  preferredName: string | null;
  dateOfBirth: CalendarDate;
  nhsNumber: string;
  diagnosis: Neurodevelopmental;
}

export const NAME_MAX_LENGTH = 200;
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Validates a new person's details, returning every problem at once so a
 * form can show them all together (GOV.UK error summary pattern).
 */
export function validateNewPerson(
  input: NewPersonInput,
  now: Date,
): { ok: true; value: ValidNewPerson } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, code: ErrorCode, message?: string) =>
    errors.push({ field, code, message: message ?? ERROR_CODES[code] });

  const name = input.name.trim();
  if (name === "") fail("name", "REQUIRED", "Enter the person's full name");
  else if (name.length > NAME_MAX_LENGTH)
    fail("name", "TOO_LONG", `Full name must be ${NAME_MAX_LENGTH} characters or fewer`);

  const preferredName = input.preferredName?.trim() || null;
  if (preferredName && preferredName.length > NAME_MAX_LENGTH)
    fail(
      "preferredName",
      "TOO_LONG",
      `Preferred name must be ${NAME_MAX_LENGTH} characters or fewer`,
    );

  const dateOfBirth = parseCalendarDate(input.dateOfBirth.trim());
  if (input.dateOfBirth.trim() === "") fail("dateOfBirth", "REQUIRED", "Enter the date of birth");
  else if (!dateOfBirth) fail("dateOfBirth", "DATE_INVALID", "Date of birth must be a real date");
  else if (compareCalendarDates(dateOfBirth, londonCalendarDate(now)) > 0)
    fail("dateOfBirth", "DATE_IN_FUTURE", "Date of birth must be today or in the past");
  else if (Number(dateOfBirth.slice(0, 4)) < EARLIEST_BIRTH_YEAR)
    fail("dateOfBirth", "DATE_TOO_EARLY", `Date of birth must be after ${EARLIEST_BIRTH_YEAR}`);

  const nhsNumber = normaliseNhsNumber(input.nhsNumber);
  if (nhsNumber === "") fail("nhsNumber", "REQUIRED", "Enter the NHS number");
  else {
    const problem = nhsNumberProblem(nhsNumber);
    if (problem === "FORMAT")
      fail("nhsNumber", "NHS_NUMBER_FORMAT", "NHS number must be 10 digits");
    else if (problem === "CHECK_DIGIT")
      fail(
        "nhsNumber",
        "NHS_NUMBER_CHECK_DIGIT",
        "Enter a valid NHS number: check the digits and try again",
      );
  }

  const diagnosis = (NEURODEVELOPMENTAL as readonly string[]).includes(input.diagnosis)
    ? (input.diagnosis as Neurodevelopmental)
    : null;
  if (input.diagnosis === "")
    fail("diagnosis", "REQUIRED", "Select learning disability, autism or both");
  else if (!diagnosis)
    fail("diagnosis", "INVALID_CHOICE", "Select learning disability, autism or both");

  if (errors.length > 0 || !dateOfBirth || !diagnosis) return { ok: false, errors };
  return { ok: true, value: { name, preferredName, dateOfBirth, nhsNumber, diagnosis } };
}
