import { formatCalendarDate } from "./format";
import { DUE_KIND_OF } from "./review-labels";
import { DUE_CONDITION_LABELS, RULE_LABELS } from "./worklist-labels";

/**
 * The scheduler's due reviews (Person.dueReviews, Query.dueReviews) in the
 * words the dashboard, the person page, the review page and the planning
 * form share: when one is due, and which booked review answers it — by kind,
 * or, for a review someone asked for, the review convened in answer (§14).
 */

/** Not yet held: a review in one of these states is the one booked to meet the due date. */
export const BOOKED_STATES: ReadonlySet<string> = new Set([
  "REQUESTED",
  "PLANNED",
  "CONSENT_PENDING",
  "SCHEDULED",
]);

export interface BookableReview {
  id: string;
  kind: string;
  status: string;
}

export interface DueLike {
  kind: string;
  dueOn?: string | null;
  dueCondition?: string;
  overdue?: boolean;
  rule: string;
  section: string;
  /** For a review due on request: the request convened, with the review booked in answer. */
  request?: { review: { id: string; status: string } | null } | null;
}

const ruleWords = (due: DueLike) => RULE_LABELS[due.rule] ?? due.rule;

/** When an undated review is due, in plain words: before an event, or as the local policy says. */
export function undatedDueWords(dueCondition: string | undefined): string {
  return (dueCondition && DUE_CONDITION_LABELS[dueCondition]) ?? dueCondition ?? "";
}

/**
 * The review booked to meet a due item: the one convened in answer to the
 * request it is due from, whatever its kind; otherwise one of the same kind
 * not yet held.
 */
export function bookedReviewFor<R extends BookableReview>(
  due: DueLike,
  reviews: readonly R[],
): Pick<R, "id"> | null {
  const answer = due.request?.review;
  if (answer && BOOKED_STATES.has(answer.status)) return answer;
  return (
    reviews.find((r) => DUE_KIND_OF[r.kind] === due.kind && BOOKED_STATES.has(r.status)) ?? null
  );
}

/** The kind of review to plan for a due item (the planning form's `kind`). */
export function planKindFor(dueKind: string): string {
  return Object.keys(DUE_KIND_OF).find((k) => DUE_KIND_OF[k] === dueKind) ?? "";
}

/**
 * The due item a review meets: one of its own kind, or, when it was convened
 * in answer to a request, the review due on request.
 */
export function dueForReview<D extends DueLike>(
  review: { kind: string; request?: { id: string } | null },
  dueReviews: readonly D[] | null | undefined,
): D | undefined {
  const all = dueReviews ?? [];
  return (
    all.find((d) => d.kind === DUE_KIND_OF[review.kind]) ??
    (review.request ? all.find((d) => d.rule === "REQUEST") : undefined)
  );
}

/**
 * An undated item as a sentence: due now by the local policy's date (a
 * request convened, §14), or before the event it depends on.
 */
function undatedSentence(due: DueLike): string {
  if (due.dueCondition === "AS_AGREED_LOCALLY")
    return `Due now ${ruleWords(due)}, by the date the local policy sets (${due.section})`;
  // The rule says which event: "before anyone goes into hospital", "before a move to higher security".
  return `Due ${ruleWords(due)} (${due.section})`;
}

/** The review page's "Due" line: the date (or when, if undated) and which rule, with its §. */
export function reviewDueLine(
  review: { kind: string; dueOn: string | null; request?: { id: string } | null },
  dueReviews: readonly DueLike[] | null | undefined,
): string {
  const due = dueForReview(review, dueReviews);
  if (review.dueOn) {
    const rule = due ? `: ${ruleWords(due)} (${due.section})` : "";
    return `${formatCalendarDate(review.dueOn)}${rule}`;
  }
  if (!due) return "No due date worked out";
  if (due.dueOn) return `${formatCalendarDate(due.dueOn)}: ${ruleWords(due)} (${due.section})`;
  return undatedSentence(due);
}

/** The planning form's hint under a kind of review: when it is due and why. */
export function planningHint(due: DueLike): string {
  if (!due.dueOn) return `${undatedSentence(due)}.`;
  return `${due.overdue ? "Overdue: was due" : "Due by"} ${formatCalendarDate(due.dueOn)}: ${ruleWords(due)} (${due.section}).`;
}
