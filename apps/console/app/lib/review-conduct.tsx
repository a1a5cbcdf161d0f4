import { data } from "react-router";
import type { requireApi } from "./api.server";
import { formatCalendarDate } from "./format";
import { REVIEW_KIND_LABELS } from "./person-labels";
import { BackToReview, reviewPath } from "./review-ui";

/**
 * What the console's pages for running a review share (issue 8 item 4):
 * during the meeting (lines of enquiry, the four-question summary, actions)
 * and after it (concerns escalated, the report, the Appendix 1 standards). Each page is its own URL so
 * it works without JavaScript and can be bookmarked; all lead back to the
 * review's overview at /reviews/:id.
 */

export const REVIEW_PAGES = [
  { page: "enquiry", label: "Lines of enquiry" },
  { page: "summary", label: "Four-question summary" },
  { page: "actions", label: "Actions" },
  { page: "escalations", label: "Concerns escalated" },
  { page: "report", label: "Report" },
  { page: "quality", label: "Quality standards" },
] as const;
export type ReviewPage = (typeof REVIEW_PAGES)[number]["page"];

/** One address scheme for every review page (the setup pages' helpers define it). */
export { reviewPath };

export type Api = Awaited<ReturnType<typeof requireApi>>;

/** A review you cannot reach looks the same as no review at all. */
export function reviewNotFound(): never {
  throw data("There is no review with this ID that you can reach", { status: 404 });
}

/** What names a review: its kind, its person and its date. */
interface ReviewNaming {
  kind: string;
  heldOn?: unknown;
  scheduledOn?: unknown;
  person: { name: string };
}

/** "Community review for Alex Morgan, held on 2 December 2026". */
export function reviewDescription(r: ReviewNaming): string {
  const kind = REVIEW_KIND_LABELS[r.kind] ?? "Review";
  const when = r.heldOn
    ? `, held on ${formatCalendarDate(r.heldOn as string)}`
    : r.scheduledOn
      ? `, planned for ${formatCalendarDate(r.scheduledOn as string)}`
      : "";
  return `${kind} for ${r.person.name}${when}`;
}

/** The way back to the review, and the way between its pages (the current one marked). */
export function ReviewPageNav({
  review,
  current,
}: {
  review: ReviewNaming & { id: string };
  current: ReviewPage | null;
}) {
  return (
    <>
      <BackToReview id={review.id} />
      <p className="cetr-hint">{reviewDescription(review)}</p>
      <nav aria-label="Running the review" className="cetr-review-nav">
        <ul className="cetr-review-nav__list">
          {REVIEW_PAGES.map(({ page, label }) => (
            <li key={page}>
              <a
                className="cetr-link"
                href={reviewPath(review.id, page)}
                aria-current={page === current ? "page" : undefined}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
