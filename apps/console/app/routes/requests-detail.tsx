import { graphql } from "@cetr/graphql";
import { Link, Tag } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { formatCalendarDate, formatNhsNumber, pageTitle } from "../lib/format";
import type { Route } from "./+types/requests-detail";
import {
  ASKER_LABELS,
  CONTACT_LABELS,
  formatReceived,
  HOSPITAL_LABELS,
  WORRY_LABELS,
} from "./requests.labels";

/**
 * One request form, every answer as the requester gave it. Opening it is
 * recorded in the audit trail. Viewing only: matching it to a person and
 * triage come in a later issue.
 */

const RequestDetail = graphql(`
  query ConsoleIncomingRequest($reference: String!) {
    incomingReviewRequest(reference: $reference) {
      reference receivedAt waiting organisation { name }
      asker askerName askerRole askerOrganisation requestedBy { displayName }
      aboutName aboutDateOfBirth aboutNhsNumber aboutWhereTheyLive
      worries worryDetail hospitalStatus consentToShare
      contactEmail contactPhone preferredContact communicationNeeds
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { incomingReviewRequest } = await api.request(RequestDetail, {
    reference: params.reference,
  });
  // Not sent to your organisations and not there at all look the same.
  if (!incomingReviewRequest) throw new Response("Not found", { status: 404 });
  return incomingReviewRequest;
}

export default function RequestDetailPage({ loaderData: r }: Route.ComponentProps) {
  const none = <span className="cetr-hint">Not given</span>;
  const section = (heading: string, rows: [string, React.ReactNode][]) => (
    <section>
      <h2 className="cetr-heading-m">{heading}</h2>
      <dl className="cetr-summary-list">
        {rows.map(([question, answer]) => (
          <div key={question} className="cetr-summary-list__row">
            <dt className="cetr-summary-list__key">{question}</dt>
            <dd className="cetr-summary-list__value">{answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
  return (
    <>
      <title>{pageTitle(`Request ${r.reference}`)}</title>
      <p>
        <Link href="/requests" variant="back">
          All requests
        </Link>
      </p>
      <h1 className="cetr-heading-xl">
        Request {r.reference}{" "}
        {r.waiting ? <Tag colour="yellow">Waiting</Tag> : <Tag colour="green">Triaged</Tag>}
      </h1>
      <p>
        Received {formatReceived(r.receivedAt as string)} by {r.organisation.name}.
        {r.requestedBy ? ` Sent by ${r.requestedBy.displayName}, signed in to the portal.` : null}
      </p>
      {section("Who asked", [
        ["Asking as", ASKER_LABELS[r.asker]],
        ...(r.asker === "SELF" ? [] : [["Name", r.askerName ?? none] as [string, React.ReactNode]]),
        ...(r.asker === "PROFESSIONAL"
          ? ([
              ["Role", r.askerRole ?? none],
              ["Organisation", r.askerOrganisation ?? none],
            ] as [string, React.ReactNode][])
          : []),
      ])}
      {section("Who the review is for", [
        ["Name", r.aboutName],
        ["Date of birth", formatCalendarDate(r.aboutDateOfBirth as string)],
        ["NHS number", r.aboutNhsNumber ? formatNhsNumber(r.aboutNhsNumber) : none],
        ["Where they live", r.aboutWhereTheyLive ?? none],
      ])}
      {section("The worry", [
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
      ])}
      {section("Contacting the requester", [
        [
          "Email",
          r.contactEmail ? <a href={`mailto:${r.contactEmail}`}>{r.contactEmail}</a> : none,
        ],
        ["Phone", r.contactPhone ? <a href={`tel:${r.contactPhone}`}>{r.contactPhone}</a> : none],
        ["Prefers", CONTACT_LABELS[r.preferredContact]],
        ["Communication needs", r.communicationNeeds ?? none],
      ])}
    </>
  );
}
