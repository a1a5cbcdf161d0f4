import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, Checkboxes, Link, Notice, RadioGroup, Select, Tag, TextArea } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { SummaryList } from "../lib/fields";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { formatCalendarDate, formatNhsNumber, pageTitle } from "../lib/format";
import { REVIEW_KIND_LABELS } from "../lib/person-labels";
import timelineStyles from "../lib/timeline.css?url";
import {
  PROFESSIONAL_REQUESTERS,
  requestTimeline,
  STAGE_COLOURS,
  STAGE_LABELS,
  STAGE_MOVE_HINTS,
} from "../lib/triage";
import type { Route } from "./+types/requests-detail";
import {
  ASKER_LABELS,
  askerLine,
  CONTACT_LABELS,
  formatReceived,
  HOSPITAL_LABELS,
  WORRY_LABELS,
} from "./requests.labels";

/**
 * One request form (§14, Figure 9), and everything staff do with it: match
 * it to a person on their caseload (which makes it a request for a review on
 * that record), move it along the pathway — care coordinator first, then the
 * commissioner — and reply to the requester. Every step is a plain form post,
 * so it all works without JavaScript; opening the page is audited.
 */

const RequestDetail = graphql(`
  query ConsoleIncomingRequest($reference: String!) {
    incomingReviewRequest(reference: $reference) {
      reference receivedAt waiting organisation { name }
      asker askerName askerRole askerOrganisation requestedBy { displayName }
      aboutName aboutDateOfBirth aboutNhsNumber aboutWhereTheyLive
      worries worryDetail hospitalStatus consentToShare
      contactEmail contactPhone preferredContact communicationNeeds
      possibleMatches {
        sameNhsNumber sameDateOfBirth sameName
        person { id name dateOfBirth nhsNumber }
      }
      replies { channel body sentAt sentBy { displayName } }
      reviewRequest {
        id stage nextStages route requester
        review { id kind }
        timeline { stage at note by { displayName } }
        person { id name reviews { id kind status scheduledOn dueOn } }
      }
    }
  }
`);

const Triage = graphql(`
  mutation ConsoleTriageRequest($input: TriageIncomingRequestInput!) {
    triageIncomingRequest(input: $input) { errors { field code message } }
  }
`);

const Advance = graphql(`
  mutation ConsoleAdvanceRequest($input: AdvanceReviewRequestInput!) {
    advanceReviewRequest(input: $input) { errors { field code message } }
  }
`);

const Reply = graphql(`
  mutation ConsoleReplyToRequester($input: ReplyToRequesterInput!) {
    replyToRequester(input: $input) { errors { field code message } }
  }
`);

type Intent = "triage" | "advance" | "reply";
type Done = Intent | "planned";
/** Each form's fields, in page order, as the error summary lists them. */
const FIELDS = {
  triage: ["personId", "requester", "confirmDifferentDateOfBirth"],
  advance: ["to", "note", "reviewId"],
  reply: ["channel", "body"],
} as const satisfies Record<Intent, readonly string[]>;
const DONE: Record<Done, string> = {
  triage: "The request is now on the person's record. Pass it to the care coordinator next.",
  advance: "The request has moved on. Its timeline below shows the change.",
  reply: "Your reply is recorded in the request's timeline.",
  planned: "The review is planned. Choose it below to record that it answers this request.",
};

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: timelineStyles }];

const requestPath = (reference: string) => `/requests/${encodeURIComponent(reference)}`;

async function loadRequest(request: Request, reference: string) {
  const api = await requireApi(request);
  const { incomingReviewRequest } = await api.request(RequestDetail, { reference });
  // Not sent to your organisations and not there at all look the same.
  if (!incomingReviewRequest) throw new Response("Not found", { status: 404 });
  return { api, form: incomingReviewRequest };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { form } = await loadRequest(request, params.reference);
  const done = new URL(request.url).searchParams.get("done");
  return { form, done: done && done in DONE ? DONE[done as Done] : null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, form } = await loadRequest(request, params.reference);
  const posted = await request.formData();
  const text = (key: string) => {
    const value = posted.get(key);
    return typeof value === "string" ? value : "";
  };
  const intent = text("intent") as Intent;
  const values = {
    personId: text("personId"),
    requester: text("requester"),
    to: text("to"),
    note: text("note"),
    reviewId: text("reviewId"),
    channel: text("channel"),
    body: text("body"),
  };
  const ticked = posted.getAll("flags").map(String);
  const flags = {
    safeguardingConcern: ticked.includes("safeguarding"),
    confirmDifferentDateOfBirth: ticked.includes("confirmDateOfBirth"),
  };
  const errors: Record<string, string> = {};
  const formErrors: string[] = [];
  let apiErrors: { field: string; code: string; message: string }[] = [];
  try {
    if (intent === "triage") {
      if (!values.personId) errors.personId = "Choose who the request is about";
      else
        apiErrors = (
          await api.request(Triage, {
            input: {
              reference: form.reference,
              personId: values.personId,
              requester: (values.requester || null) as never,
              ...flags,
            },
          })
        ).triageIncomingRequest.errors;
    } else if (intent === "advance" && form.reviewRequest) {
      if (!values.to) errors.to = "Choose where the request goes next";
      else
        apiErrors = (
          await api.request(Advance, {
            input: {
              requestId: form.reviewRequest.id,
              to: values.to as never,
              note: values.note.trim() || null,
              reviewId: values.to === "CONVENED" ? values.reviewId || null : null,
            },
          })
        ).advanceReviewRequest.errors;
    } else if (intent === "reply") {
      if (!values.channel) errors.channel = "Choose how you replied";
      else
        apiErrors = (
          await api.request(Reply, {
            input: {
              reference: form.reference,
              channel: values.channel as never,
              body: values.body,
            },
          })
        ).replyToRequester.errors;
    } else formErrors.push("This page changed meanwhile: look again and try once more.");
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return data({ intent, values, ticked, errors, formErrors, unavailable: true }, { status: 503 });
  }
  const fields: readonly string[] = FIELDS[intent] ?? [];
  for (const error of apiErrors) {
    if (fields.includes(error.field)) errors[error.field] ??= messageFor(error);
    else formErrors.push(messageFor(error));
  }
  if (Object.keys(errors).length || formErrors.length)
    return data(
      { intent, values, ticked, errors, formErrors, unavailable: false },
      { status: 400 },
    );
  throw redirect(`${requestPath(form.reference)}?done=${intent}`, { status: 303 });
}

/** The API's messages are written for partners; a few read better here in the console's words. */
function messageFor(error: { field: string; code: string; message: string }): string {
  switch (error.code) {
    case "NOT_FOUND":
      return error.field === "personId"
        ? "You cannot record requests for that person: choose someone on your caseload"
        : "This request is not one you can act on";
    case "REQUIRED":
      if (error.field === "note") return "Say why: the requester will be told";
      if (error.field === "body") return "Write what you told the requester";
      return error.message;
    default:
      return error.message;
  }
}

type RequestForm = Route.ComponentProps["loaderData"]["form"];
type ActionData = NonNullable<Route.ComponentProps["actionData"]>;

export default function RequestDetailPage({ loaderData, actionData }: Route.ComponentProps) {
  const { form: r, done } = loaderData;
  const failed = actionData?.intent;
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(
      failed && failed in FIELDS ? FIELDS[failed] : [],
      actionData?.errors ?? {},
    ),
  };
  const none = <span className="cetr-hint">Not given</span>;
  return (
    <>
      <title>{pageTitle(`Request ${r.reference}`, hasProblems(problems))}</title>
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
        Request {r.reference}{" "}
        {r.reviewRequest ? (
          <Tag colour={STAGE_COLOURS[r.reviewRequest.stage]}>
            {STAGE_LABELS[r.reviewRequest.stage]}
          </Tag>
        ) : (
          <Tag colour="yellow">Waiting for triage</Tag>
        )}
      </h1>
      <p>
        Received {formatReceived(r.receivedAt as string)} by {r.organisation.name}.
        {r.requestedBy ? ` Sent by ${r.requestedBy.displayName}, signed in to the portal.` : null}
      </p>
      {r.reviewRequest ? (
        <RequestOnRecord r={r} request={r.reviewRequest} actionData={actionData} />
      ) : (
        <MatchToPerson r={r} actionData={actionData} />
      )}
      <SummarySection
        heading="Who asked"
        rows={[
          ["Asking as", ASKER_LABELS[r.asker]],
          ...(r.asker === "SELF" ? [] : [["Name", r.askerName ?? none] as Row]),
          ...(r.asker === "PROFESSIONAL"
            ? ([
                ["Role", r.askerRole ?? none],
                ["Organisation", r.askerOrganisation ?? none],
              ] as Row[])
            : []),
        ]}
      />
      <SummarySection
        heading="Who the review is for"
        rows={[
          ["Name", r.aboutName],
          ["Date of birth", formatCalendarDate(r.aboutDateOfBirth as string)],
          ["NHS number", r.aboutNhsNumber ? formatNhsNumber(r.aboutNhsNumber) : none],
          ["Where they live", r.aboutWhereTheyLive ?? none],
        ]}
      />
      <SummarySection
        heading="The worry"
        rows={[
          [
            "Worried about",
            <ul key="w" className="cetr-list-plain">
              {r.worries.map((w) => (
                <li key={w}>{WORRY_LABELS[w]}</li>
              ))}
            </ul>,
          ],
          ["In their words", r.worryDetail ?? none],
          ["In hospital", HOSPITAL_LABELS[r.hospitalStatus]],
          ["Agreed to sharing", r.consentToShare ? "Yes" : "No"],
        ]}
      />
      <SummarySection
        heading="Contacting the requester"
        rows={[
          [
            "Email",
            r.contactEmail ? <a href={`mailto:${r.contactEmail}`}>{r.contactEmail}</a> : none,
          ],
          ["Phone", r.contactPhone ? <a href={`tel:${r.contactPhone}`}>{r.contactPhone}</a> : none],
          ["Prefers", CONTACT_LABELS[r.preferredContact]],
          ["Communication needs", r.communicationNeeds ?? none],
        ]}
      />
      <ReplyForm r={r} actionData={actionData} />
      <Timeline r={r} />
    </>
  );
}

type Row = [string, React.ReactNode];

function SummarySection({ heading, rows }: { heading: string; rows: Row[] }) {
  return (
    <section>
      <h2 className="cetr-heading-m">{heading}</h2>
      <SummaryList rows={rows.map(([key, value]) => ({ key, value }))} />
    </section>
  );
}

/** What a refused post of this form sent back: its answers and errors, or nothing. */
function posted(actionData: ActionData | undefined, intent: Intent) {
  const mine = actionData?.intent === intent ? actionData : undefined;
  return {
    values: mine?.values ?? ({} as Partial<ActionData["values"]>),
    ticked: mine?.ticked ?? [],
    errors: mine?.errors ?? ({} as Record<string, string>),
  };
}

function MatchToPerson({ r, actionData }: { r: RequestForm; actionData: ActionData | undefined }) {
  const { values, ticked, errors } = posted(actionData, "triage");
  const matched = (m: RequestForm["possibleMatches"][number]) =>
    [
      m.sameNhsNumber && "same NHS number",
      m.sameDateOfBirth && "same date of birth",
      m.sameName && "same name",
    ]
      .filter(Boolean)
      .join(", ");
  return (
    <section aria-labelledby="match-heading">
      <h2 id="match-heading" className="cetr-heading-l">
        Who is this request about?
      </h2>
      <p>
        The care coordinator looks first (§14). Match the request to the person on your caseload: it
        then joins their record as a request for a review.
      </p>
      {r.possibleMatches.length === 0 ? (
        <Notice title="Nobody on your caseloads matches" variant="warning" role="region">
          <p>
            Nobody you can see has this NHS number or date of birth. If they are new to your
            service, <Link href="/people/new">add them as a new person</Link>, then come back to
            this request.
          </p>
        </Notice>
      ) : (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="triage" />
          <RadioGroup
            id="personId"
            name="personId"
            legend="People on your caseloads who may be them"
            hint="Check the details against the request before you choose."
            options={r.possibleMatches.map((m) => ({
              value: m.person.id,
              label: m.person.name,
              hint: `Born ${formatCalendarDate(m.person.dateOfBirth as string)}${
                m.person.nhsNumber ? `, NHS number ${formatNhsNumber(m.person.nhsNumber)}` : ""
              }. Matches: ${matched(m)}.`,
            }))}
            defaultValue={values.personId}
            isInvalid={Boolean(errors.personId)}
            errorMessage={errors.personId}
          />
          {r.asker === "PROFESSIONAL" ? (
            <Select
              id="requester"
              name="requester"
              label="Which team or service did the professional ask from?"
              hint={[r.askerRole, r.askerOrganisation].filter(Boolean).join(", ") || undefined}
              options={PROFESSIONAL_REQUESTERS}
              emptyOptionLabel="Choose one"
              defaultValue={values.requester}
              isInvalid={Boolean(errors.requester)}
              errorMessage={errors.requester}
            />
          ) : null}
          <Checkboxes
            id="confirmDifferentDateOfBirth"
            name="flags"
            legend="Before you match"
            // The confirmation appears once the API has pointed out the different date; it comes
            // first so the error summary's link lands on it.
            options={[
              ...(errors.confirmDifferentDateOfBirth
                ? [{ value: "confirmDateOfBirth", label: "I have checked: it is the same person" }]
                : []),
              {
                value: "safeguarding",
                label: "This is a safeguarding concern",
                hint: "It will be marked to act on at once (Figure 9).",
              },
            ]}
            checked={ticked}
            errorMessage={errors.confirmDifferentDateOfBirth}
          />
          <Button type="submit">Match to this person</Button>
        </Form>
      )}
    </section>
  );
}

function RequestOnRecord({
  r,
  request,
  actionData,
}: {
  r: RequestForm;
  request: NonNullable<RequestForm["reviewRequest"]>;
  actionData: ActionData | undefined;
}) {
  const { values, errors } = posted(actionData, "advance");
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
                  <Link
                    href={`/people/${encodeURIComponent(request.person.id)}/reviews/new?${new URLSearchParams({ request: r.reference, kind: "ON_REQUEST" })}`}
                  >
                    Plan a review for {request.person.name}
                  </Link>
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
      <p className="cetr-hint">Asked by {askerLine(r)}.</p>
    </section>
  );
}

function ReplyForm({ r, actionData }: { r: RequestForm; actionData: ActionData | undefined }) {
  const { values, errors } = posted(actionData, "reply");
  const ways = [
    ...(r.contactEmail
      ? [
          {
            value: "EMAIL",
            label: `Email ${r.contactEmail}`,
            hint: "Sent now, from this service, signed with your name.",
          },
        ]
      : []),
    ...(r.contactPhone
      ? [
          {
            value: "PHONE",
            label: `I phoned ${r.contactPhone}`,
            hint: "Records the call: nothing is sent.",
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading" className="cetr-heading-m">
        Reply to the requester
      </h2>
      {/* Keyed by the replies so far: a sent reply empties the form, even without a reload. */}
      <Form key={r.replies.length} method="post" noValidate>
        <input type="hidden" name="intent" value="reply" />
        <RadioGroup
          id="channel"
          name="channel"
          legend="How are you replying?"
          hint={`They prefer ${CONTACT_LABELS[r.preferredContact].toLowerCase()}.`}
          options={ways}
          defaultValue={values.channel || (ways.length === 1 ? ways[0]?.value : undefined)}
          isInvalid={Boolean(errors.channel)}
          errorMessage={errors.channel}
        />
        <TextArea
          id="body"
          label="What you are telling them"
          hint="Use plain words. Say what happens next and when."
          defaultValue={values.body}
          errorMessage={errors.body}
          rows={6}
        />
        <Button type="submit">Save reply</Button>
      </Form>
    </section>
  );
}

function Timeline({ r }: { r: RequestForm }) {
  const entries = requestTimeline({
    receivedAt: r.receivedAt as string,
    askedBy: askerLine(r),
    replies: r.replies.map((reply) => ({
      channel: reply.channel,
      body: reply.body,
      sentAt: reply.sentAt as string,
      sentBy: reply.sentBy?.displayName ?? null,
    })),
    stages: (r.reviewRequest?.timeline ?? []).map((change) => ({
      stage: change.stage,
      at: change.at as string,
      by: change.by?.displayName ?? null,
      note: change.note ?? null,
    })),
  });
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
