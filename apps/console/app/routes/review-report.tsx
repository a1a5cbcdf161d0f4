import type { Register } from "@cetr/domain";
import { graphql } from "@cetr/graphql";
import {
  Button,
  Checkboxes,
  InsetText,
  Link,
  Notice,
  RadioGroup,
  Select,
  Table,
  Tag,
  TextArea,
  TextField,
} from "@cetr/ui";
import { useState } from "react";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { SummaryList } from "../lib/fields";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { formatCalendarDate, pageTitle } from "../lib/format";
import { sentOn } from "../lib/profile";
import { ReadabilityAdvice } from "../lib/readability-advice";
import { OTHER_RECIPIENT_ROLES, reportRecipients } from "../lib/report-recipients";
import { type Api, ReviewPageNav, reviewNotFound, reviewPath } from "../lib/review-conduct";
import reviewStyles from "../lib/review-conduct.css?url";
import { type ApiError, attempt, formText } from "../lib/review-forms.server";
import { personLabel, reviewPeople } from "../lib/review-people";
import type { Route } from "./+types/review-report";

/**
 * The review's report (§7.2.18, standards 6.1–6.3): written in plain English
 * and easy read with a readability check as advice, then sent to the person,
 * their family (if appropriate) and the care team within 2 weeks, recording
 * who received it and when.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const ReportPage = graphql(`
  query ConsoleReviewReport($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id kind status heldOn scheduledOn reportDueOn
        person { id name }
        panel { role user { id displayName } }
        invitations { invitee name user { id displayName } }
        report {
          id body easyReadBody isSent sentAt sentOnTime draftedAt
          author { displayName }
          progressContact { id displayName }
          distribution { recipientRole recipientName format sentAt recipient { displayName } }
        }
      }
    }
    viewer { user { id displayName } }
  }
`);

const Draft = graphql(`
  mutation ConsoleDraftReport($input: DraftReportInput!) {
    draftReport(input: $input) { errors { field code message } }
  }
`);
const Send = graphql(`
  mutation ConsoleSendReport($input: SendReportInput!) {
    sendReport(input: $input) { errors { field code message } }
  }
`);

type Intent = "draft" | "send";
const FIELDS: Record<Intent, readonly string[]> = {
  draft: ["body", "easyReadBody", "progressContactId"],
  send: ["recipients", "familyFormat", "otherName", "otherRole"],
};
const FORMAT_LABELS: Record<string, string> = {
  PLAIN: "Plain English",
  EASY_READ: "Easy read",
  OTHER_LANGUAGE: "Another language",
};

async function loadReview(api: Api, id: string) {
  const { node, viewer } = await api.request(ReportPage, { id });
  if (node?.__typename !== "Review") return reviewNotFound();
  return {
    review: node,
    people: reviewPeople({ ...node, viewer: viewer.user ?? null }),
    recipients: reportRecipients(node.person.name, node.invitations),
  };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const loaded = await loadReview(await requireApi(request), params.id);
  const done = new URL(request.url).searchParams.get("done");
  return { ...loaded, done: done === "draft" || done === "send" ? done : null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const api = await requireApi(request);
  const { review, recipients } = await loadReview(api, params.id);
  const posted = await request.formData();
  const text = formText(posted);
  const intent: Intent = text("intent") === "send" ? "send" : "draft";
  const values = {
    body: text("body"),
    easyReadBody: text("easyReadBody"),
    progressContactId: text("progressContactId"),
    familyFormat: text("familyFormat"),
    otherName: text("otherName"),
    otherRole: text("otherRole"),
  };
  const ticked = posted.getAll("recipients").map(String);
  const familyNotAppropriate = posted.get("familyNotAppropriate") === "yes";
  const errors: Record<string, string> = {};
  const refused = (formErrors: string[], unavailable = false) =>
    data(
      { intent, values, ticked, familyNotAppropriate, errors, formErrors, unavailable },
      { status: unavailable ? 503 : 400 },
    );
  let run: () => Promise<readonly ApiError[]>;
  if (intent === "draft") {
    if (!values.body.trim()) errors.body = "Write the report in plain English";
    run = async () =>
      (
        await api.request(Draft, {
          input: {
            reviewId: review.id,
            body: values.body,
            easyReadBody: values.easyReadBody.trim() || null,
            progressContactId: values.progressContactId || null,
          },
        })
      ).draftReport.errors;
  } else {
    const report = review.report;
    if (!report) return refused(["Save the report before sending it."]);
    const chosen = recipients.filter((r) => ticked.includes(r.key));
    const other = { name: values.otherName.trim(), role: values.otherRole };
    if (other.name && !other.role) errors.otherRole = "Choose who they are";
    if (other.role && !other.name) errors.otherName = "Give their name or their service's name";
    if (chosen.length === 0 && !other.name && !errors.otherName)
      errors.recipients = "Choose who the report goes to";
    if (chosen.some((r) => r.isFamily) && !values.familyFormat)
      errors.familyFormat = "Choose the format the person and their family get";
    run = async () =>
      (
        await api.request(Send, {
          input: {
            reportId: report.id,
            familyNotAppropriate,
            recipients: [
              ...chosen.map((r) => ({
                recipientId: r.recipientId,
                recipientName: r.recipientId ? null : r.name,
                recipientRole: r.role,
                format: (r.isFamily ? values.familyFormat : "PLAIN") as never,
              })),
              ...(other.name
                ? [
                    {
                      recipientName: other.name,
                      recipientRole: other.role,
                      format: "PLAIN" as never,
                    },
                  ]
                : []),
            ],
          },
        })
      ).sendReport.errors;
  }
  if (Object.keys(errors).length) return refused([]);
  const result = await attempt(run);
  if (result.unavailable) return refused([], true);
  const formErrors: string[] = [];
  for (const e of result.errors) {
    const field = e.field.startsWith("recipients") ? "recipients" : e.field;
    if (FIELDS[intent].includes(field)) errors[field] ??= e.message;
    else formErrors.push(e.message);
  }
  if (result.errors.length) return refused(formErrors);
  throw redirect(`${reviewPath(review.id, "report")}?done=${intent}`, { status: 303 });
}

type LoaderData = Route.ComponentProps["loaderData"];
type ActionData = Route.ComponentProps["actionData"];

export default function ReviewReportPage({ loaderData, actionData }: Route.ComponentProps) {
  const { review, done } = loaderData;
  const report = review.report;
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(
      actionData ? FIELDS[actionData.intent] : [],
      actionData?.errors ?? {},
    ),
  };
  const heading = "Report";
  return (
    <div className="cetr-readable cetr-review-wrap">
      <title>{pageTitle(`${heading}: ${review.person.name}`, hasProblems(problems))}</title>
      <ReviewPageNav review={review} current="report" />
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save that"
        unavailableText="Nothing has been saved."
        formErrorsTitle={
          actionData?.intent === "send"
            ? "Sorry, the report could not be sent"
            : "Sorry, the report could not be saved"
        }
      />
      {done && !actionData ? (
        <Notice
          title={done === "send" ? "Report sent" : "Report saved"}
          variant="success"
          role="status"
        >
          <p>
            {done === "send"
              ? "Who received it, and when, is recorded below."
              : "Check the readability advice, then send it when it is ready."}
          </p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">
        {heading}{" "}
        {report?.isSent ? <Tag colour="green">Sent</Tag> : <Tag colour="yellow">Not sent</Tag>}
      </h1>
      <Timeliness review={review} />
      {report ? (
        <p>
          <Link href={`/reviews/${encodeURIComponent(review.id)}/report/document`}>
            {report.isSent ? "Read or print the report" : "Read or print the draft report"}
          </Link>
          , or{" "}
          <a
            className="cetr-link"
            href={`/reviews/${encodeURIComponent(review.id)}/report.pdf`}
            download
          >
            download it as a PDF
          </a>
          .
        </p>
      ) : null}
      {report?.isSent ? (
        <SentReport report={report} />
      ) : (
        <>
          <DraftForm
            loaderData={loaderData}
            actionData={actionData?.intent === "draft" ? actionData : undefined}
          />
          {report ? (
            <SendForm
              loaderData={loaderData}
              actionData={actionData?.intent === "send" ? actionData : undefined}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

function Timeliness({ review }: { review: LoaderData["review"] }) {
  const due = review.reportDueOn ? formatCalendarDate(review.reportDueOn as string) : null;
  const report = review.report;
  if (!due) return <p>The report is due within 2 weeks of the review (§7.2.18).</p>;
  if (report?.isSent)
    return (
      <p>
        Due by {due}. Sent on {sentOn(report.sentAt as string)}:{" "}
        <strong>{report.sentOnTime ? "on time" : "late"}</strong>.
      </p>
    );
  return (
    <InsetText>
      <p>
        Due by <strong>{due}</strong>: 2 weeks after the review (§7.2.18).
      </p>
    </InsetText>
  );
}

function SentReport({ report }: { report: NonNullable<LoaderData["review"]["report"]> }) {
  return (
    <>
      <Table
        caption="Who received it"
        head={["Who", "Role", "Format", "When"]}
        rows={report.distribution.map((d, i) => ({
          key: `${i}`,
          cells: [
            d.recipient?.displayName ?? d.recipientName ?? "",
            d.recipientRole,
            FORMAT_LABELS[d.format] ?? d.format,
            sentOn(d.sentAt as string),
          ],
        }))}
      />
      <h2 className="cetr-heading-l">The report</h2>
      <SummaryList
        rows={[
          { key: "Written by", value: report.author.displayName },
          ...(report.progressContact
            ? [
                {
                  key: "Tells the family about progress",
                  value: report.progressContact.displayName,
                },
              ]
            : []),
        ]}
      />
      <h3 className="cetr-heading-m">Plain English</h3>
      <p className="cetr-pre-line">{report.body}</p>
      {report.easyReadBody ? (
        <>
          <h3 className="cetr-heading-m">Easy read</h3>
          <p className="cetr-pre-line">{report.easyReadBody}</p>
        </>
      ) : null}
    </>
  );
}

function DraftForm({ loaderData, actionData }: { loaderData: LoaderData; actionData: ActionData }) {
  const { review, people } = loaderData;
  const report = review.report;
  const values = actionData?.values;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const [texts, setTexts] = useState<Record<Register, string>>({
    PLAIN: values?.body ?? report?.body ?? "",
    EASY_READ: values?.easyReadBody ?? report?.easyReadBody ?? "",
  });
  return (
    <Form
      method="post"
      noValidate
      aria-labelledby="draft-heading"
      onInput={(event) => {
        const target = event.target as HTMLTextAreaElement;
        if (target.name === "body") setTexts((t) => ({ ...t, PLAIN: target.value }));
        if (target.name === "easyReadBody") setTexts((t) => ({ ...t, EASY_READ: target.value }));
      }}
    >
      <input type="hidden" name="intent" value="draft" />
      <h2 id="draft-heading" className="cetr-heading-l">
        {report ? "Change the report" : "Write the report"}
      </h2>
      {report ? (
        <p className="cetr-hint">
          Last saved on {sentOn(report.draftedAt as string)} by {report.author.displayName}.
        </p>
      ) : null}
      <TextArea
        id="body"
        label="The report in plain English"
        hint="Say what the panel found, its answers to the four questions, and who will do what by when. Short sentences and everyday words."
        defaultValue={texts.PLAIN}
        errorMessage={errors.body}
        rows={14}
      />
      <ReadabilityAdvice id="body-advice" text={texts.PLAIN} register="PLAIN" />
      <TextArea
        id="easyReadBody"
        label="The report in easy read (optional)"
        hint="For the person and anyone who prefers easy read: one idea in each sentence, 15 words or fewer."
        defaultValue={texts.EASY_READ}
        errorMessage={errors.easyReadBody}
        rows={10}
      />
      <ReadabilityAdvice id="easy-read-advice" text={texts.EASY_READ} register="EASY_READ" />
      <Select
        id="progressContactId"
        name="progressContactId"
        label="Who will tell the person and their family about progress? (optional)"
        hint="Standard 6.2."
        options={people.map((p) => ({ value: p.id, label: personLabel(p) }))}
        emptyOptionLabel="Not decided yet"
        defaultValue={values?.progressContactId ?? report?.progressContact?.id ?? ""}
        isInvalid={Boolean(errors.progressContactId)}
        errorMessage={errors.progressContactId}
      />
      <Button type="submit" variant={report ? "secondary" : "primary"}>
        Save the report
      </Button>
    </Form>
  );
}

function SendForm({ loaderData, actionData }: { loaderData: LoaderData; actionData: ActionData }) {
  const { recipients } = loaderData;
  const values = actionData?.values;
  const errors: Record<string, string> = actionData?.errors ?? {};
  return (
    <Form method="post" noValidate aria-labelledby="send-heading">
      <input type="hidden" name="intent" value="send" />
      <h2 id="send-heading" className="cetr-heading-l">
        Send the report
      </h2>
      <p>
        It must reach the person, their family (if that is right for them) and the people involved
        in their care. Sending is recorded with the date, and the report cannot change after.
      </p>
      <Checkboxes
        id="recipients"
        name="recipients"
        legend="Who gets it?"
        hint="Everyone invited to the review."
        options={recipients.map((r) => ({ value: r.key, label: `${r.name} (${r.role})` }))}
        checked={actionData?.ticked ?? []}
        errorMessage={errors.recipients}
      />
      <RadioGroup
        id="familyFormat"
        name="familyFormat"
        legend="Which version do the person and their family get?"
        options={[
          { value: "EASY_READ", label: "Easy read" },
          { value: "PLAIN", label: "Plain English" },
        ]}
        defaultValue={values?.familyFormat}
        isInvalid={Boolean(errors.familyFormat)}
        errorMessage={errors.familyFormat}
      />
      <h3 className="cetr-heading-m">Someone not invited (optional)</h3>
      <TextField
        id="otherName"
        name="otherName"
        label="Their name, or their service's"
        hint="For example, the GP practice."
        defaultValue={values?.otherName ?? ""}
        isInvalid={Boolean(errors.otherName)}
        errorMessage={errors.otherName}
      />
      <Select
        id="otherRole"
        name="otherRole"
        label="Who are they?"
        options={OTHER_RECIPIENT_ROLES.map((r) => ({ value: r, label: r }))}
        emptyOptionLabel="Choose"
        defaultValue={values?.otherRole ?? ""}
        isInvalid={Boolean(errors.otherRole)}
        errorMessage={errors.otherRole}
      />
      <Checkboxes
        id="familyNotAppropriate"
        name="familyNotAppropriate"
        legend="The family"
        options={[
          {
            value: "yes",
            label: "It is not right to send it to the family",
            hint: "For example, the person does not want them to have it (§7.2.18).",
          },
        ]}
        checked={actionData?.familyNotAppropriate ? ["yes"] : []}
      />
      <Button type="submit">Send the report</Button>
    </Form>
  );
}
