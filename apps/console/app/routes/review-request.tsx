import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Link, Notice, Tag } from "@cetr/ui";
import { data, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { SummaryList } from "../lib/fields";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { formatCalendarDate, pageTitle } from "../lib/format";
import {
  ADVANCE_FIELDS,
  type AdvanceValues,
  decisionHref,
  RequestDecision,
  RequestTimeline,
} from "../lib/request-decision";
import { advanceRequest, placeErrors, readAdvance } from "../lib/request-decision.server";
import timelineStyles from "../lib/timeline.css?url";
import {
  REQUESTER_LABELS,
  ROUTE_LABELS,
  STAGE_COLOURS,
  STAGE_LABELS,
  stageTimeline,
} from "../lib/triage";
import type { Route } from "./+types/review-request";

/**
 * A request for a review made without the portal's form (§14, Figure 9):
 * through the API by a partner system, say, or recorded for a phone call.
 * It has no form page, so this is where staff see it and record the care
 * coordinator's look and the commissioner's decision, with the same form as
 * a request form's page. Requests that came from a form are decided on that
 * page (which also holds the replies), so they are sent there.
 */

const ReviewRequestPage = graphql(`
  query ConsoleReviewRequest($id: ID!) {
    node(id: $id) {
      ... on ReviewRequest {
        id stage nextStages route requester requesterName requestedBy { displayName }
        reason receivedOn decidedOn decisionReason formReference
        review { id kind }
        timeline { stage at note by { displayName } }
        person { id name reviews { id kind status scheduledOn dueOn } }
      }
    }
  }
`);

const DONE: Record<string, string> = {
  advance: "The request has moved on. Its timeline below shows the change.",
  planned: "The review is planned. Choose it below to record that it answers this request.",
};

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: timelineStyles }];

async function loadRequest(request: Request, id: string) {
  const api = await requireApi(request);
  const { node } = await api.request(ReviewRequestPage, { id });
  // Not yours to see and not there at all look the same.
  if (!node || !("nextStages" in node))
    throw data("There is no request for a review with this ID that you can reach", {
      status: 404,
    });
  if (node.formReference)
    throw redirect(`/requests/${encodeURIComponent(node.formReference)}`, { status: 303 });
  return { api, reviewRequest: node };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { reviewRequest } = await loadRequest(request, params.id);
  const done = new URL(request.url).searchParams.get("done");
  return { reviewRequest, done: (done && DONE[done]) || null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, reviewRequest } = await loadRequest(request, params.id);
  const posted = await request.formData();
  const values = readAdvance(posted);
  const errors: Record<string, string> = {};
  const formErrors: string[] = [];
  try {
    if (posted.get("intent") === "advance") {
      const advanced = await advanceRequest(api, reviewRequest.id, values);
      Object.assign(errors, advanced.errors);
      placeErrors(advanced.apiErrors, ADVANCE_FIELDS, errors, formErrors);
    } else formErrors.push("This page changed meanwhile: look again and try once more.");
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return data({ values, errors, formErrors, unavailable: true }, { status: 503 });
  }
  if (Object.keys(errors).length || formErrors.length)
    return data({ values, errors, formErrors, unavailable: false }, { status: 400 });
  throw redirect(`${decisionHref({ id: reviewRequest.id, formReference: null })}?done=advance`, {
    status: 303,
  });
}

type ReviewRequest = Route.ComponentProps["loaderData"]["reviewRequest"];

/** "Joy Okafor (family member or carer)"; the relationship alone when nobody is named. */
function askedBy(r: ReviewRequest): string {
  const relationship = REQUESTER_LABELS[r.requester] ?? r.requester;
  const name = r.requesterName ?? r.requestedBy?.displayName;
  return name ? `${name} (${relationship.toLowerCase()})` : relationship;
}

export default function ReviewRequestDetail({ loaderData, actionData }: Route.ComponentProps) {
  const { reviewRequest: r, done } = loaderData;
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(ADVANCE_FIELDS, actionData?.errors ?? {}),
  };
  const heading = `Request for a review of ${r.person.name}`;
  const none = <span className="cetr-hint">Not given</span>;
  return (
    <>
      <title>{pageTitle(heading, hasProblems(problems))}</title>
      <p>
        <Link href="/requests" variant="back">
          All requests
        </Link>
      </p>
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save that"
        unavailableText="Nothing has changed."
        formErrorsTitle="Sorry, that could not be done"
      />
      {done && !actionData ? (
        <Notice title="Done" variant="success" role="status">
          <p>{done}</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">
        {heading} <Tag colour={STAGE_COLOURS[r.stage]}>{STAGE_LABELS[r.stage] ?? r.stage}</Tag>
      </h1>
      <p>
        Asked on {formatCalendarDate(r.receivedOn as string)}, without the portal's request form:
        recorded by a partner system or a member of staff.
      </p>
      <RequestDecision
        request={r}
        values={actionData?.values ?? ({} as Partial<AdvanceValues>)}
        errors={actionData?.errors ?? {}}
        planReviewHref={`/people/${encodeURIComponent(r.person.id)}/reviews/new?${new URLSearchParams({ reviewRequest: r.id, kind: "ON_REQUEST" })}`}
        askedBy={askedBy(r)}
      />
      <section aria-labelledby="request-heading">
        <h2 id="request-heading" className="cetr-heading-m">
          The request
        </h2>
        <SummaryList
          rows={[
            { key: "Who asked", value: r.requesterName ?? r.requestedBy?.displayName ?? none },
            { key: "Relationship", value: REQUESTER_LABELS[r.requester] ?? r.requester },
            { key: "What they said", value: r.reason },
            { key: "Route", value: ROUTE_LABELS[r.route] ?? r.route },
            { key: "Asked on", value: formatCalendarDate(r.receivedOn as string) },
            ...(r.decidedOn
              ? [
                  { key: "Decided on", value: formatCalendarDate(r.decidedOn as string) },
                  { key: "Why", value: r.decisionReason ?? none },
                ]
              : []),
          ]}
        />
      </section>
      <RequestTimeline
        entries={stageTimeline(
          r.timeline.map((change) => ({
            stage: change.stage,
            at: change.at as string,
            by: change.by?.displayName ?? null,
            note: change.note ?? null,
          })),
        )}
      />
    </>
  );
}
