import { graphql } from "@cetr/graphql";
import { Button, Notice, RadioGroup, Select } from "@cetr/ui";
import { Form, redirect } from "react-router";
import { SummaryList } from "../lib/fields";
import { formatCalendarDate } from "../lib/format";
import reviewStyles from "../lib/review.css?url";
import { type LoadedReview, loadReview } from "../lib/review.server";
import {
  callApi,
  hasErrors,
  newRefusal,
  placeApiErrors,
  type Refusal,
  readPosted,
  refuse,
} from "../lib/review-forms.server";
import {
  ATTENDANCE_LABELS,
  INVITE_PRIORITY_LABELS,
  INVITEE_LABELS,
  RESPONSE_LABELS,
} from "../lib/review-labels";
import { ReviewPageTop, refusalFor, reviewPath } from "../lib/review-ui";
import type { Route } from "./+types/review-invitations";

/**
 * Invitations (§7.2.2, Annex A §29): who the policy says to invite, worked
 * out by the API from what is recorded about the person, each with the
 * reason and its §; then each answer and, after the review, who came.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const Generate = graphql(`
  mutation ConsoleGenerateInvitations($input: GenerateInvitationsInput!) {
    generateInvitations(input: $input) { created { id } errors { field code message } }
  }
`);
const RecordResponse = graphql(`
  mutation ConsoleRecordInvitationResponse($input: RecordInvitationResponseInput!) {
    recordInvitationResponse(input: $input) { invitation { id } errors { field code message } }
  }
`);

const RESPONSES = ["ACCEPTED", "DECLINED", "WILL_SEND_VIEWS", "PENDING"] as const;
const ATTENDANCE = ["NOT_RECORDED", "IN_PERSON", "REMOTE", "PART", "SENT_VIEWS", "DID_NOT_ATTEND"];
const FIELDS: Record<string, readonly string[]> = { respond: ["response", "attendance"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { review } = await loadReview(request, params.id);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  const added = Number(url.searchParams.get("added") ?? "0");
  const notice =
    done === "generated"
      ? added > 0
        ? `${added} ${added === 1 ? "invitation" : "invitations"} added.`
        : "Everyone the policy asks for is already invited."
      : done === "respond"
        ? "Answer saved."
        : null;
  return { review, notice };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, review } = await loadReview(request, params.id);
  const values = readPosted(await request.formData());
  const intent = values.intent ?? "";
  const refusal = newRefusal(intent, values.invitationId ?? "", values);
  if (intent === "generate") {
    const result = await callApi(refusal, () =>
      api.request(Generate, { input: { reviewId: review.id } }),
    );
    if (result) placeApiErrors(refusal, result.generateInvitations.errors, {});
    if (refusal.unavailable || hasErrors(refusal) || !result) return refuse(refusal);
    throw redirect(
      `${reviewPath(review.id, "invitations")}?done=generated&added=${result.generateInvitations.created.length}`,
      { status: 303 },
    );
  }
  if (intent !== "respond") {
    refusal.formErrors.push("This page changed meanwhile: look again and try once more.");
    return refuse(refusal);
  }
  if (!values.response) refusal.errors.response = "Choose their answer";
  if (hasErrors(refusal)) return refuse(refusal);
  const result = await callApi(refusal, () =>
    api.request(RecordResponse, {
      input: {
        invitationId: refusal.target,
        response: values.response as never,
        attendance:
          values.attendance && values.attendance !== "NOT_RECORDED"
            ? (values.attendance as never)
            : null,
      },
    }),
  );
  if (result)
    placeApiErrors(refusal, result.recordInvitationResponse.errors, {
      response: "response",
      attendance: "attendance",
    });
  if (refusal.unavailable || hasErrors(refusal)) return refuse(refusal);
  throw redirect(`${reviewPath(review.id, "invitations")}?done=respond`, { status: 303 });
}

type Invitation = LoadedReview["invitations"][number];

/** "Parent carers: Sarah Morgan", or just the kind of invitee when nobody is named. */
function who(inv: Invitation): string {
  const kind = INVITEE_LABELS[inv.invitee] ?? inv.invitee;
  const named = inv.user?.displayName ?? inv.name;
  return named ? `${kind}: ${named}` : kind;
}

export default function ReviewInvitations({ loaderData, actionData }: Route.ComponentProps) {
  const { review, notice } = loaderData;
  const refusal = actionData as Refusal | undefined;
  const failedIndex = review.invitations.findIndex((i) => i.id === refusal?.target);
  const none = review.invitations.length === 0;
  return (
    <>
      <ReviewPageTop
        review={review}
        heading="Invitations"
        refusal={refusal}
        fields={refusal ? (FIELDS[refusal.intent] ?? []) : []}
        idOf={(field) => `${field}-${failedIndex}`}
      >
        {notice && !refusal ? (
          <Notice title="Saved" variant="success" role="status">
            <p>{notice}</p>
          </Notice>
        ) : null}
      </ReviewPageTop>
      <p>
        The policy says who to invite (§7.2.2; Annex A §29). The list is worked out from what is
        recorded about {review.person.name}: their age on the day, any EHC plan, hospital stay,
        school, social care and youth offending involvement, and the people around them.
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="generate" />
        <Button type="submit" variant={none ? undefined : "secondary"}>
          {none ? "Work out who to invite" : "Check again for anyone new"}
        </Button>
      </Form>
      {none ? (
        <p>Nobody has been invited yet.</p>
      ) : (
        <>
          <h2 className="cetr-heading-l">Who is invited</h2>
          {review.invitations.map((invitation, index) => (
            <InvitationItem
              key={invitation.id}
              invitation={invitation}
              index={index}
              refusal={refusalFor(refusal, "respond", invitation.id)}
            />
          ))}
        </>
      )}
    </>
  );
}

function InvitationItem({
  invitation,
  index,
  refusal,
}: {
  invitation: Invitation;
  index: number;
  refusal: Refusal | undefined;
}) {
  const name = who(invitation);
  return (
    <section className="cetr-review-item" aria-labelledby={`invitation-${index}`}>
      <h3 className="cetr-heading-m" id={`invitation-${index}`}>
        {name}
      </h3>
      <SummaryList
        rows={[
          { key: "Why", value: invitation.reason },
          {
            key: "How important",
            value: INVITE_PRIORITY_LABELS[invitation.priority] ?? invitation.priority,
          },
          {
            key: "Answer",
            value: `${RESPONSE_LABELS[invitation.response] ?? invitation.response}${
              invitation.respondedAt
                ? ` (${formatCalendarDate(invitation.respondedAt.slice(0, 10))})`
                : ""
            }`,
          },
          {
            key: "Came to the review",
            value: ATTENDANCE_LABELS[invitation.attendance] ?? invitation.attendance,
          },
        ]}
      />
      {/* Keyed by what it records: after a save it closes again, with or without JavaScript. */}
      <details
        key={`${invitation.response}-${invitation.attendance}-${invitation.respondedAt ?? ""}`}
        className="cetr-review-details"
        open={Boolean(refusal)}
      >
        <summary>Record the answer or who came</summary>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="respond" />
          <input type="hidden" name="invitationId" value={invitation.id} />
          <RadioGroup
            id={`response-${index}`}
            name="response"
            legend="Their answer"
            options={RESPONSES.map((r) => ({ value: r, label: RESPONSE_LABELS[r] ?? r }))}
            defaultValue={refusal?.values.response ?? invitation.response}
            isInvalid={Boolean(refusal?.errors.response)}
            errorMessage={refusal?.errors.response}
          />
          <Select
            id={`attendance-${index}`}
            name="attendance"
            label="Did they come? (after the review)"
            options={ATTENDANCE.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] ?? a }))}
            defaultValue={refusal?.values.attendance ?? invitation.attendance}
            isInvalid={Boolean(refusal?.errors.attendance)}
            errorMessage={refusal?.errors.attendance}
          />
          <Button type="submit">Save</Button>
        </Form>
      </details>
    </section>
  );
}
