import { Button, Link, RadioGroup, Select, Tag, TextArea } from "@cetr/ui";
import { Form } from "react-router";
import { formatReceived } from "../routes/requests.labels";
import { formatCalendarDate } from "./format";
import { REVIEW_KIND_LABELS } from "./person-labels";
import { STAGE_LABELS, STAGE_MOVE_HINTS, type TimelineEntry } from "./triage";

/**
 * The decision on a request for a review once it is on a person's record
 * (§14, Figure 9) — care coordinator first, then the commissioner: resolve
 * it, convene a review, decline, escalate. One form for every request,
 * whether it came through the portal's form or another way (the API), so
 * staff always decide in the same place and words. A plain form post: works
 * without JavaScript.
 */

/** The decision form's fields, in page order, as the error summary lists them. */
export const ADVANCE_FIELDS = ["to", "note", "reviewId"] as const;
export type AdvanceValues = Record<(typeof ADVANCE_FIELDS)[number], string>;

/**
 * Where staff record the decision on a request: its form's page when it came
 * through the portal's form (which also holds the replies to the requester),
 * otherwise the request's own page.
 */
export function decisionHref(request: { id: string; formReference: string | null }): string {
  return request.formReference
    ? `/requests/${encodeURIComponent(request.formReference)}`
    : `/review-requests/${encodeURIComponent(request.id)}`;
}

/** What the form needs to know about the request, as both pages query it. */
export interface DecisionRequest {
  stage: string;
  nextStages: readonly string[];
  route: string;
  review: { id: string; kind: string } | null;
  person: {
    id: string;
    name: string;
    reviews: readonly {
      id: string;
      kind: string;
      status: string;
      scheduledOn?: unknown;
      dueOn?: unknown;
    }[];
  };
}

export function RequestDecision({
  request,
  values,
  errors,
  planReviewHref,
  askedBy,
}: {
  request: DecisionRequest;
  /** A refused post's answers, shown again so nothing typed is lost. */
  values: Partial<AdvanceValues>;
  errors: Record<string, string>;
  /** Where "Plan a review" leads: back to this request once planned, where the form can. */
  planReviewHref: string;
  askedBy: string;
}) {
  const reviews = request.person.reviews.filter((review) =>
    ["PLANNED", "CONSENT_PENDING"].includes(review.status),
  );
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading" className="cetr-heading-l">
        On {request.person.name}'s record
      </h2>
      <p>
        <Link href={`/people/${encodeURIComponent(request.person.id)}`}>
          Open {request.person.name}'s record
        </Link>
        {request.route === "SAFEGUARDING" ? (
          <>
            {" "}
            <Tag colour="red">Safeguarding: act at once</Tag>
          </>
        ) : null}
      </p>
      {request.nextStages.length === 0 ? (
        <p>
          A review has been convened in answer. Nothing more to decide here.
          {request.review ? (
            <>
              {" "}
              <Link href={`/reviews/${encodeURIComponent(request.review.id)}`}>
                Open the {(REVIEW_KIND_LABELS[request.review.kind] ?? "review").toLowerCase()}
              </Link>
            </>
          ) : null}
        </p>
      ) : (
        // Keyed by stage: after a move the form starts empty, even when JavaScript kept the page.
        <Form key={request.stage} method="post" noValidate>
          <input type="hidden" name="intent" value="advance" />
          <RadioGroup
            id="to"
            name="to"
            legend="What happens next?"
            options={request.nextStages.map((stage) => ({
              value: stage,
              label: STAGE_LABELS[stage] ?? stage,
              hint: STAGE_MOVE_HINTS[stage],
            }))}
            defaultValue={values.to}
            isInvalid={Boolean(errors.to)}
            errorMessage={errors.to}
          />
          <TextArea
            id="note"
            label="Note for the timeline"
            hint="Needed when the worry is resolved or a review is declined: say why. The requester may be told."
            defaultValue={values.note}
            errorMessage={errors.note}
            rows={4}
          />
          {request.nextStages.includes("CONVENED") ? (
            <Select
              id="reviewId"
              name="reviewId"
              label="If convening: which review answers it?"
              hint={
                <>
                  {reviews.length === 0
                    ? `${request.person.name} has no planned review yet. `
                    : "Planned reviews for this person. "}
                  <Link href={planReviewHref}>Plan a review for {request.person.name}</Link>
                </>
              }
              options={reviews.map((review) => ({
                value: review.id,
                label: `${REVIEW_KIND_LABELS[review.kind] ?? review.kind}${
                  review.scheduledOn
                    ? `, ${formatCalendarDate(review.scheduledOn as string)}`
                    : review.dueOn
                      ? `, due ${formatCalendarDate(review.dueOn as string)}`
                      : ""
                }`,
              }))}
              emptyOptionLabel="Choose a review"
              defaultValue={values.reviewId}
              isInvalid={Boolean(errors.reviewId)}
              errorMessage={errors.reviewId}
            />
          ) : null}
          <Button type="submit">Save and move on</Button>
        </Form>
      )}
      <p className="cetr-hint">Asked by {askedBy}.</p>
    </section>
  );
}

/** A request's timeline, oldest first (the page links timeline.css). */
export function RequestTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="cetr-heading-m">
        Timeline
      </h2>
      <ol className="cetr-timeline">
        {entries.map((entry) => (
          <li key={`${entry.at}-${entry.what}`} className="cetr-timeline__item">
            <h3 className="cetr-heading-s">{entry.what}</h3>
            <p className="cetr-hint">
              {formatReceived(entry.at)}
              {entry.who ? `, ${entry.who}` : ""}
            </p>
            {entry.detail ? <p className="cetr-timeline__detail">{entry.detail}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
