import { Link } from "@cetr/ui";
import type { ReactNode } from "react";
import { errorSummaryItems, FormProblems, hasProblems } from "./form-problems";
import { pageTitle } from "./format";
import { REVIEW_KIND_LABELS } from "./person-labels";
import type { LoadedReview } from "./review.server";
import type { Refusal } from "./review-forms.server";
import { withSection } from "./review-labels";

export const reviewPath = (id: string, page = "") =>
  `/reviews/${encodeURIComponent(id)}${page ? `/${page}` : ""}`;

/** "Community review for Alex Morgan". */
export const reviewName = (review: Pick<LoadedReview, "kind" | "person">) =>
  `${REVIEW_KIND_LABELS[review.kind] ?? review.kind} for ${review.person.name}`;

/** The way back to the review's overview, at the top of each of its pages. */
export function BackToReview({ id }: { id: string }) {
  return (
    <p>
      <Link href={reviewPath(id)} variant="back">
        Back to the review
      </Link>
    </p>
  );
}

/** The top of each page of a review: back to the review, the page's problems, its heading. */
export function ReviewPageTop({
  review,
  heading,
  refusal,
  fields,
  idOf,
  children,
}: {
  review: LoadedReview;
  heading: string;
  refusal: Refusal | undefined;
  /** The failed form's fields, in its order, for the error summary. */
  fields: readonly string[];
  idOf?: (field: string) => string;
  children?: ReactNode;
}) {
  const problems = {
    unavailable: Boolean(refusal?.unavailable),
    formErrors: refusal?.formErrors ?? [],
    // A field refused for several reasons (a move the lifecycle refuses) lists each on its own line.
    summary: errorSummaryItems(fields, refusal?.errors ?? {}, idOf).flatMap((item) =>
      String(item.message)
        .split("\n")
        .map((message) => ({ ...item, message })),
    ),
  };
  return (
    <>
      <title>{pageTitle(`${heading}: ${reviewName(review)}`, hasProblems(problems))}</title>
      <BackToReview id={review.id} />
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save that"
        unavailableText="Nothing has changed."
        formErrorsTitle="Sorry, that could not be done"
      />
      {children}
      <p className="cetr-secondary-text">{reviewName(review)}</p>
      <h1 className="cetr-heading-xl">{heading}</h1>
    </>
  );
}

/** A rule's reasons, each with the § it comes from. */
export function BlockerList({
  blockers,
}: {
  blockers: readonly { message: string; section: string }[];
}) {
  return (
    <ul>
      {blockers.map((b) => (
        <li key={withSection(b)}>{withSection(b)}</li>
      ))}
    </ul>
  );
}

/** The refusal, if it was this form's (same intent and the same row). */
export const refusalFor = (refusal: Refusal | undefined, intent: string, target = "") =>
  refusal && refusal.intent === intent && refusal.target === target ? refusal : undefined;
