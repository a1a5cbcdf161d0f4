import { DateInput, type DatePart, InsetText, RadioGroup, TextArea } from "@cetr/ui";
import { readDateParts } from "./date-of-birth";
import { isRating, RATINGS, type Rating } from "./register-labels";
import { RATING_MEANINGS, RATING_NAMES } from "./worklist-labels";

/**
 * The rating questions, shared by "add to the register" and "record a new
 * rating": the rating, why, the date of the decision and the next register
 * review. Read on the server from a plain form post; everything typed comes
 * back with the errors.
 */

export type RatingField = "rating" | "reason" | "ratedOn" | "nextReviewOn";

export interface RatingValues {
  rating: string;
  reason: string;
  "ratedOn-day": string;
  "ratedOn-month": string;
  "ratedOn-year": string;
  "nextReviewOn-day": string;
  "nextReviewOn-month": string;
  "nextReviewOn-year": string;
}

export interface ReadRating {
  values: RatingValues;
  rating: Rating | null;
  ratedOn: string;
  nextReviewOn: string | null;
  /** Problems the console finds before asking the API (a missing choice, a half-typed date). */
  errors: Partial<Record<RatingField, string>>;
  invalidParts: Partial<Record<"ratedOn" | "nextReviewOn", DatePart[]>>;
}

export function readRatingForm(form: FormData, dateLabel: string): ReadRating {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const values: RatingValues = {
    rating: text("rating"),
    reason: text("reason"),
    "ratedOn-day": text("ratedOn-day"),
    "ratedOn-month": text("ratedOn-month"),
    "ratedOn-year": text("ratedOn-year"),
    "nextReviewOn-day": text("nextReviewOn-day"),
    "nextReviewOn-month": text("nextReviewOn-month"),
    "nextReviewOn-year": text("nextReviewOn-year"),
  };
  const errors: ReadRating["errors"] = {};
  const invalidParts: ReadRating["invalidParts"] = {};
  const rating = isRating(values.rating) ? values.rating : null;
  if (!rating) errors.rating = "Select a rating";
  const date = (field: "ratedOn" | "nextReviewOn", label: string) => {
    const read = readDateParts(
      {
        day: values[`${field}-day`],
        month: values[`${field}-month`],
        year: values[`${field}-year`],
      },
      label,
    );
    if (read.kind === "incomplete") {
      errors[field] = read.message;
      invalidParts[field] = read.parts;
    }
    return read.kind === "date" ? read.value : null;
  };
  const ratedOn = date("ratedOn", dateLabel);
  const nextReviewOn = date("nextReviewOn", "The next register review");
  return { values, rating, ratedOn: ratedOn ?? "", nextReviewOn, errors, invalidParts };
}

export interface Suggestion {
  suggested: string;
  reasons: readonly string[];
  disclaimer: string;
}

/**
 * Blank answers the console can see for itself, for when the API cannot be
 * asked yet (no rating chosen, so it would check nothing else).
 */
export function blankRatingAnswers(
  read: ReadRating,
): Partial<Record<"reason" | "ratedOn", string>> {
  const errors: Partial<Record<"reason" | "ratedOn", string>> = {};
  if (!read.values.reason.trim()) errors.reason = "Enter why you have given this rating";
  if (!read.ratedOn && !read.errors.ratedOn) errors.ratedOn = "Enter the date of the rating";
  return errors;
}

export function RatingQuestions({
  values,
  errors,
  invalidParts,
  dateLegend,
  suggestion,
}: {
  values?: RatingValues;
  errors: Partial<Record<RatingField, string>>;
  invalidParts?: ReadRating["invalidParts"];
  dateLegend: string;
  suggestion?: Suggestion | null;
}) {
  return (
    <>
      {suggestion ? (
        // Beside the question, as advice: the team decides (the domain never sets a rating).
        <InsetText>
          <h3 className="cetr-heading-m">{`Suggested rating: ${RATING_NAMES[suggestion.suggested] ?? suggestion.suggested}`}</h3>
          <p>Because:</p>
          <ul>
            {suggestion.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p>{suggestion.disclaimer}</p>
        </InsetText>
      ) : null}
      <RadioGroup
        id="rating"
        name="rating"
        legend="Rating"
        hint="Decide with the person and their family"
        options={RATINGS.map((value) => ({
          value,
          label: RATING_NAMES[value] ?? value,
          hint: RATING_MEANINGS[value],
        }))}
        defaultValue={values?.rating}
        isInvalid={Boolean(errors.rating)}
        errorMessage={errors.rating}
      />
      <TextArea
        id="reason"
        label="Why this rating?"
        hint="What has changed or stayed the same, so others can follow the decision later"
        defaultValue={values?.reason ?? ""}
        errorMessage={errors.reason}
      />
      <DateInput
        id="ratedOn"
        name="ratedOn"
        legend={dateLegend}
        hint="For example, 23 11 2026"
        defaultValue={{
          day: values?.["ratedOn-day"] ?? "",
          month: values?.["ratedOn-month"] ?? "",
          year: values?.["ratedOn-year"] ?? "",
        }}
        errorMessage={errors.ratedOn}
        invalidParts={invalidParts?.ratedOn ?? []}
      />
      <DateInput
        id="nextReviewOn"
        name="nextReviewOn"
        legend="Next register review (optional)"
        hint="When the team will look at this rating again"
        defaultValue={{
          day: values?.["nextReviewOn-day"] ?? "",
          month: values?.["nextReviewOn-month"] ?? "",
          year: values?.["nextReviewOn-year"] ?? "",
        }}
        errorMessage={errors.nextReviewOn}
        invalidParts={invalidParts?.nextReviewOn ?? []}
      />
    </>
  );
}

/** Today's date as the date fields' starting answer (most ratings are recorded on the day). */
export function todayParts(
  today: string,
): Pick<RatingValues, "ratedOn-day" | "ratedOn-month" | "ratedOn-year"> {
  const [year = "", month = "", day = ""] = today.split("-");
  return {
    "ratedOn-day": String(Number(day)),
    "ratedOn-month": String(Number(month)),
    "ratedOn-year": year,
  };
}

/** A form nobody has answered yet. */
export const EMPTY_RATING_VALUES: RatingValues = {
  rating: "",
  reason: "",
  "ratedOn-day": "",
  "ratedOn-month": "",
  "ratedOn-year": "",
  "nextReviewOn-day": "",
  "nextReviewOn-month": "",
  "nextReviewOn-year": "",
};
