import { graphql } from "@cetr/graphql";
import { Button, DateInput, RadioGroup, TextArea } from "@cetr/ui";
import { Form, redirect } from "react-router";
import { REVIEW_STATUS_LABELS } from "../lib/person-labels";
import { loadReview } from "../lib/review.server";
import {
  callApi,
  hasErrors,
  newRefusal,
  placeApiErrors,
  type Refusal,
  readPosted,
  readPostedDate,
  refuse,
} from "../lib/review-forms.server";
import { MOVE_LABELS, MOVES_NEEDING_REASON, withSection } from "../lib/review-labels";
import { ReviewPageTop, reviewPath } from "../lib/review-ui";
import { todayInEngland } from "../lib/worklist";
import type { Route } from "./+types/review-status";

/**
 * Moving the review on (§7.1–§7.3): every move its lifecycle allows from
 * here is offered, with what stops each one. The API decides; a refused move
 * — most importantly "held" without a valid consent or best-interests basis
 * (§6, §26) — comes back as the error summary listing each reason and its §,
 * with what was entered still in the form.
 */

const Transition = graphql(`
  mutation ConsoleTransitionReview($input: TransitionReviewInput!) {
    transitionReview(input: $input) { review { id status } errors { field code message } }
  }
`);

const FIELDS = ["to", "heldOn", "reason"] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { review } = await loadReview(request, params.id);
  return { review, today: todayInEngland() };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, review } = await loadReview(request, params.id);
  const values = readPosted(await request.formData());
  const refusal = newRefusal("move", "", values);
  const to = values.to ?? "";
  if (!to) refusal.errors.to = "Choose what has happened";
  const heldOn =
    to === "HELD" ? readPostedDate(values, "heldOn", "The date it was held", refusal) : null;
  if (MOVES_NEEDING_REASON.has(to) && !values.reason?.trim())
    refusal.errors.reason = "Say why: it is kept with the review";
  if (hasErrors(refusal)) return refuse(refusal);
  const result = await callApi(refusal, () =>
    api.request(Transition, {
      input: {
        reviewId: review.id,
        to: to as never,
        heldOn,
        reason: MOVES_NEEDING_REASON.has(to) ? (values.reason ?? null) : null,
      },
    }),
  );
  if (result) {
    const errors = result.transitionReview.errors;
    // Each reason the lifecycle gives is its own line in the summary, all pointing at the choice.
    const onChoice = errors.filter((e) => e.field === "to");
    if (onChoice.length > 0) refusal.errors.to = onChoice.map((e) => e.message).join("\n");
    placeApiErrors(
      refusal,
      errors.filter((e) => e.field !== "to"),
      { heldOn: "heldOn", reason: "reason", reviewId: "" },
      ["heldOn"],
    );
  }
  if (refusal.unavailable || hasErrors(refusal)) return refuse(refusal);
  throw redirect(`${reviewPath(review.id)}?done=moved`, { status: 303 });
}

export default function ReviewStatus({ loaderData, actionData }: Route.ComponentProps) {
  const { review, today } = loaderData;
  const refusal = actionData as Refusal | undefined;
  const values = refusal?.values ?? {};
  const [year, month, day] = today.split("-");
  const reasons = refusal?.errors.to?.split("\n") ?? [];
  const heading = review.transitions.some((t) => t.to === "HELD")
    ? "Mark the review as held"
    : "Move the review on";
  return (
    <>
      <ReviewPageTop review={review} heading={heading} refusal={refusal} fields={FIELDS} />
      <p>It is now: {REVIEW_STATUS_LABELS[review.status] ?? review.status}.</p>
      {review.transitions.length === 0 ? (
        <p>The review has ended: nothing more moves it on.</p>
      ) : (
        <Form method="post" noValidate>
          <RadioGroup
            id="to"
            name="to"
            legend="What has happened?"
            options={review.transitions.map((t) => ({
              value: t.to,
              label: MOVE_LABELS[t.to] ?? t.to,
              hint:
                t.blockers.length > 0
                  ? `Not yet: ${t.blockers.map(withSection).join("; ")}`
                  : undefined,
            }))}
            defaultValue={values.to}
            isInvalid={Boolean(refusal?.errors.to)}
            errorMessage={
              reasons.length > 0 ? (
                <>
                  The review cannot move on yet:
                  <ul>
                    {reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </>
              ) : undefined
            }
          />
          {review.transitions.some((t) => t.to === "HELD") ? (
            <DateInput
              id="heldOn"
              name="heldOn"
              legend="If held: on what date? (optional)"
              hint={`Leave it empty for today. For example, ${Number(day)} ${Number(month)} ${year}`}
              defaultValue={{
                day: values["heldOn-day"] ?? "",
                month: values["heldOn-month"] ?? "",
                year: values["heldOn-year"] ?? "",
              }}
              errorMessage={refusal?.errors.heldOn}
              invalidParts={refusal?.invalidParts.heldOn ?? []}
            />
          ) : null}
          {review.transitions.some((t) => MOVES_NEEDING_REASON.has(t.to)) ? (
            <TextArea
              id="reason"
              label="If it is declined, withdrawn or exempt: why?"
              defaultValue={values.reason ?? ""}
              errorMessage={refusal?.errors.reason}
              rows={3}
            />
          ) : null}
          <Button type="submit">Move the review on</Button>
        </Form>
      )}
    </>
  );
}
