import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { Button, Checkboxes, Link, Notice, RadioGroup, Select, Tag, TextArea } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { SummaryList } from "../lib/fields";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { formatCalendarDate, formatNhsNumber, pageTitle } from "../lib/format";
import { ADVANCE_FIELDS, RequestDecision, RequestTimeline } from "../lib/request-decision";
import { advanceRequest, placeErrors, readAdvance } from "../lib/request-decision.server";
import timelineStyles from "../lib/timeline.css?url";
import {
  PROFESSIONAL_REQUESTERS,
  requestTimeline,
  STAGE_COLOURS,
  STAGE_LABELS,
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
  advance: ADVANCE_FIELDS,
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
    ...readAdvance(posted),
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
      const advanced = await advanceRequest(api, form.reviewRequest.id, values);
      Object.assign(errors, advanced.errors);
      apiErrors = advanced.apiErrors;
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
  placeErrors(apiErrors, FIELDS[intent] ?? [], errors, formErrors);
  if (Object.keys(errors).length || formErrors.length)
    return data(
      { intent, values, ticked, errors, formErrors, unavailable: false },
      { status: 400 },
    );
  throw redirect(`${requestPath(form.reference)}?done=${intent}`, { status: 303 });
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
        <RequestDecision
          request={r.reviewRequest}
          values={posted(actionData, "advance").values}
          errors={posted(actionData, "advance").errors}
          planReviewHref={`/people/${encodeURIComponent(r.reviewRequest.person.id)}/reviews/new?${new URLSearchParams({ request: r.reference, kind: "ON_REQUEST" })}`}
          askedBy={askerLine(r)}
        />
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
  return <RequestTimeline entries={entries} />;
}
