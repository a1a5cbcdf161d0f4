import { graphql } from "@cetr/graphql";
import { Button, DateInput, Notice, RadioGroup, TextArea, TextField } from "@cetr/ui";
import { Form, redirect } from "react-router";
import { SummaryList } from "../lib/fields";
import { formatCalendarDate } from "../lib/format";
import { CONSENT_BASES, CONSENT_BASIS_HINTS, CONSENT_BASIS_LABELS } from "../lib/register-labels";
import reviewStyles from "../lib/review.css?url";
import { type LoadedReview, loadReview } from "../lib/review.server";
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
import {
  CAPACITY_LABELS,
  CONSENT_ANSWER_LABELS,
  CONSENT_PURPOSE_LABELS,
} from "../lib/review-labels";
import { BlockerList, ReviewPageTop, refusalFor, reviewPath } from "../lib/review-ui";
import { todayInEngland } from "../lib/worklist";
import type { Route } from "./+types/review-consent";

/**
 * Consent (§6, §26): one decision per purpose — the review itself, sharing
 * with the panel and others — or, when the person cannot decide, a
 * best-interests decision with who made it, when and why. The API checks
 * each against the policy's consent rules; the page says whether the review
 * has a valid basis to go ahead, and why not.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const RecordConsent = graphql(`
  mutation ConsoleRecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) { consent { id } errors { field code message } }
  }
`);
const WithdrawConsent = graphql(`
  mutation ConsoleWithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) { consent { id } errors { field code message } }
  }
`);

/** The decisions that belong to one review; being on the register is recorded with the register entry. */
const PURPOSES = ["REVIEW", "SHARE_WITH_PANEL"] as const;
const ANSWERS = ["GIVEN", "REFUSED", "NOT_ASKED"] as const;
const FIELDS: Record<string, readonly string[]> = {
  record: [
    "purpose",
    "answer",
    "basis",
    "capacity",
    "decidedByName",
    "decidedOn",
    "rationale",
    "refusalReasons",
  ],
  withdraw: ["reason"],
};
const API_FIELDS: Record<string, string> = {
  purpose: "purpose",
  answer: "answer",
  basis: "basis",
  capacity: "capacity",
  decidedByName: "decidedByName",
  decidedOn: "decidedOn",
  rationale: "rationale",
  refusalReasons: "refusalReasons",
  reason: "reason",
};

export async function loader({ request, params }: Route.LoaderArgs) {
  const { review } = await loadReview(request, params.id);
  const done = new URL(request.url).searchParams.get("done");
  const notice =
    done === "record" ? "Decision recorded." : done === "withdraw" ? "Decision withdrawn." : null;
  return { review, notice, today: todayInEngland() };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { api, review } = await loadReview(request, params.id);
  const values = readPosted(await request.formData());
  const intent = values.intent ?? "";
  const refusal = newRefusal(intent, values.consentId ?? "", values);
  if (intent === "record") {
    if (!values.purpose) refusal.errors.purpose = "Choose what the decision is about";
    if (!values.answer) refusal.errors.answer = "Choose what was decided";
    const decidedOn = readPostedDate(values, "decidedOn", "The date of the decision", refusal);
    if (!decidedOn && !refusal.errors.decidedOn)
      refusal.errors.decidedOn = "Enter the date the decision was made";
    if (hasErrors(refusal) || !decidedOn) return refuse(refusal);
    const result = await callApi(refusal, () =>
      api.request(RecordConsent, {
        input: {
          personId: review.person.id,
          reviewId: review.id,
          purpose: values.purpose as never,
          answer: values.answer as never,
          basis: (values.basis || null) as never,
          capacity: (values.capacity || null) as never,
          decidedByName: values.decidedByName?.trim() || null,
          decidedOn,
          rationale: values.rationale?.trim() || null,
          refusalReasons: values.refusalReasons?.trim() || null,
        },
      }),
    );
    if (result) placeApiErrors(refusal, result.recordConsent.errors, API_FIELDS, ["decidedOn"]);
  } else if (intent === "withdraw") {
    if (!values.reason?.trim()) refusal.errors.reason = "Say why the decision is withdrawn";
    if (hasErrors(refusal)) return refuse(refusal);
    const result = await callApi(refusal, () =>
      api.request(WithdrawConsent, {
        input: { consentId: refusal.target, reason: values.reason ?? "" },
      }),
    );
    if (result) placeApiErrors(refusal, result.withdrawConsent.errors, API_FIELDS);
  } else refusal.formErrors.push("This page changed meanwhile: look again and try once more.");
  if (refusal.unavailable || hasErrors(refusal)) return refuse(refusal);
  throw redirect(`${reviewPath(review.id, "consent")}?done=${intent}`, { status: 303 });
}

type Consent = LoadedReview["consents"][number];

export default function ReviewConsent({ loaderData, actionData }: Route.ComponentProps) {
  const { review, notice, today } = loaderData;
  const refusal = actionData as Refusal | undefined;
  const failedIndex = review.consents.findIndex((c) => c.id === refusal?.target);
  const record = refusalFor(refusal, "record");
  const [year, month, day] = today.split("-");
  const active = review.consents.filter((c) => !c.withdrawnAt && c.purpose === "REVIEW");
  return (
    <>
      <ReviewPageTop
        review={review}
        heading="Consent"
        refusal={refusal}
        fields={refusal ? (FIELDS[refusal.intent] ?? []) : []}
        idOf={(field) => (refusal?.intent === "withdraw" ? `${field}-${failedIndex}` : field)}
      >
        {notice && !refusal ? (
          <Notice title="Saved" variant="success" role="status">
            <p>{notice}</p>
          </Notice>
        ) : null}
      </ReviewPageTop>
      {review.consentProblems.length > 0 ? (
        <Notice title="There is no valid basis for the review yet" variant="warning">
          <BlockerList blockers={review.consentProblems} />
        </Notice>
      ) : (
        <Notice title="The review has a valid basis" variant="success">
          <p>
            {active[0]?.basis
              ? `${CONSENT_BASIS_LABELS[active[0].basis as keyof typeof CONSENT_BASIS_LABELS] ?? active[0].basis} (§6, §26).`
              : "Consent or a best-interests decision is recorded (§6, §26)."}
          </p>
        </Notice>
      )}

      <h2 className="cetr-heading-l">Decisions recorded</h2>
      {review.consents.length === 0 ? <p>None yet.</p> : null}
      {review.consents.map((consent, index) => (
        <ConsentItem
          key={consent.id}
          consent={consent}
          index={index}
          refusal={refusalFor(refusal, "withdraw", consent.id)}
        />
      ))}

      <h2 className="cetr-heading-l">Record a decision</h2>
      <p>
        Ask {review.person.name} first, in the way that works for them. If they cannot make this
        decision, record a best-interests decision: who made it, when and why.
      </p>
      <Form key={review.consents.length} method="post" noValidate>
        <input type="hidden" name="intent" value="record" />
        <RadioGroup
          id="purpose"
          name="purpose"
          legend="What is the decision about?"
          options={PURPOSES.map((p) => ({ value: p, label: CONSENT_PURPOSE_LABELS[p] ?? p }))}
          defaultValue={record?.values.purpose ?? "REVIEW"}
          isInvalid={Boolean(record?.errors.purpose)}
          errorMessage={record?.errors.purpose}
        />
        <RadioGroup
          id="answer"
          name="answer"
          legend="What was decided?"
          options={ANSWERS.map((a) => ({ value: a, label: CONSENT_ANSWER_LABELS[a] ?? a }))}
          defaultValue={record?.values.answer}
          isInvalid={Boolean(record?.errors.answer)}
          errorMessage={record?.errors.answer}
        />
        <RadioGroup
          id="basis"
          name="basis"
          legend="On what basis? (optional)"
          hint="Leave it to be worked out from the answers below, or choose one: it is checked against the policy."
          options={[
            { value: "", label: "Work it out from the answers" },
            ...CONSENT_BASES.map((b) => ({
              value: b,
              label: CONSENT_BASIS_LABELS[b],
              hint: CONSENT_BASIS_HINTS[b],
            })),
          ]}
          defaultValue={record?.values.basis ?? ""}
          isInvalid={Boolean(record?.errors.basis)}
          errorMessage={record?.errors.basis}
        />
        <RadioGroup
          id="capacity"
          name="capacity"
          legend="Was their capacity to make this decision assessed? (optional)"
          options={[
            { value: "", label: "Not assessed" },
            ...Object.entries(CAPACITY_LABELS).map(([value, label]) => ({ value, label })),
          ]}
          defaultValue={record?.values.capacity ?? ""}
          isInvalid={Boolean(record?.errors.capacity)}
          errorMessage={record?.errors.capacity}
        />
        <TextField
          id="decidedByName"
          name="decidedByName"
          label="Who made the decision?"
          hint="The person themselves, or for a best-interests decision the decision maker and their role"
          defaultValue={record?.values.decidedByName ?? ""}
          isInvalid={Boolean(record?.errors.decidedByName)}
          errorMessage={record?.errors.decidedByName}
        />
        <DateInput
          id="decidedOn"
          name="decidedOn"
          legend="When was it decided?"
          hint={`For example, ${Number(day)} ${Number(month)} ${year}`}
          defaultValue={{
            day: record?.values["decidedOn-day"] ?? "",
            month: record?.values["decidedOn-month"] ?? "",
            year: record?.values["decidedOn-year"] ?? "",
          }}
          errorMessage={record?.errors.decidedOn}
          invalidParts={record?.invalidParts.decidedOn ?? []}
        />
        <TextArea
          id="rationale"
          label="Why? (needed for a best-interests decision)"
          hint="Who was consulted, what the person's wishes are, and why this is in their best interests"
          defaultValue={record?.values.rationale ?? ""}
          errorMessage={record?.errors.rationale}
          rows={4}
        />
        <TextArea
          id="refusalReasons"
          label="If they said no: their reasons, and how they were explored"
          defaultValue={record?.values.refusalReasons ?? ""}
          errorMessage={record?.errors.refusalReasons}
          rows={3}
        />
        <Button type="submit">Record the decision</Button>
      </Form>
    </>
  );
}

function ConsentItem({
  consent,
  index,
  refusal,
}: {
  consent: Consent;
  index: number;
  refusal: Refusal | undefined;
}) {
  const purpose = CONSENT_PURPOSE_LABELS[consent.purpose] ?? consent.purpose;
  const basis = consent.basis
    ? (CONSENT_BASIS_LABELS[consent.basis as keyof typeof CONSENT_BASIS_LABELS] ?? consent.basis)
    : "Not stated";
  return (
    <section className="cetr-review-item" aria-labelledby={`consent-${index}`}>
      <h3 className="cetr-heading-m" id={`consent-${index}`}>
        {purpose}: {(CONSENT_ANSWER_LABELS[consent.answer] ?? consent.answer).toLowerCase()}
        {consent.withdrawnAt ? " (withdrawn)" : ""}
      </h3>
      <SummaryList
        rows={[
          { key: "Basis", value: basis },
          ...(consent.capacity
            ? [{ key: "Capacity", value: CAPACITY_LABELS[consent.capacity] ?? consent.capacity }]
            : []),
          { key: "Decided by", value: consent.decidedByName ?? "Not recorded" },
          { key: "Decided on", value: formatCalendarDate(consent.decidedOn) },
          ...(consent.rationale ? [{ key: "Why", value: consent.rationale }] : []),
          ...(consent.refusalReasons
            ? [{ key: "Reasons for saying no", value: consent.refusalReasons }]
            : []),
          ...(consent.withdrawnAt
            ? [
                {
                  key: "Withdrawn",
                  value: `${formatCalendarDate(consent.withdrawnAt.slice(0, 10))}: ${consent.withdrawnReason ?? ""}`,
                },
              ]
            : []),
        ]}
      />
      {consent.withdrawnAt ? null : (
        <details className="cetr-review-details" open={Boolean(refusal)}>
          <summary>Withdraw this decision</summary>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="consentId" value={consent.id} />
            <TextArea
              id={`reason-${index}`}
              name="reason"
              label="Why is it withdrawn?"
              hint="For example, they changed their mind, or it was recorded by mistake"
              defaultValue={refusal?.values.reason ?? ""}
              errorMessage={refusal?.errors.reason}
              rows={3}
            />
            <Button type="submit" variant="warning">
              Withdraw the decision
            </Button>
          </Form>
        </details>
      )}
    </section>
  );
}
