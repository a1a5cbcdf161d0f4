import { graphql, type ResultOf } from "@cetr/graphql";
import { data } from "react-router";
import type { requireApi } from "./api.server";
import { type DocumentBlock, type DocumentModel, paragraphsOf } from "./document";
import { formatCalendarDate } from "./format";
import { PREFERRED_FORMAT_LABELS } from "./person-labels";
import { sentOn } from "./profile";
import { reviewDescription } from "./review-conduct";

const ReportDocument = graphql(`
  query ConsoleReportDocument($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id kind heldOn scheduledOn
        person { id name }
        commissioningOrganisation { name }
        report {
          body easyReadBody isSent sentAt draftedAt
          author { displayName }
          progressContact { displayName }
          distribution { recipientRole recipientName format sentAt recipient { displayName } }
        }
      }
    }
  }
`);

type Review = Extract<
  NonNullable<ResultOf<typeof ReportDocument>["node"]>,
  { __typename: "Review" }
>;

/** The review with its report, or a 404 page: no review, or no report yet to show. */
export async function loadReportDocument(
  api: Awaited<ReturnType<typeof requireApi>>,
  id: string,
): Promise<{ review: Review; document: DocumentModel }> {
  const { node } = await api.request(ReportDocument, { id });
  if (node?.__typename !== "Review" || !node.report)
    throw data("There is no report for this review that you can reach", { status: 404 });
  return { review: node, document: reportDocument(node) };
}

/** The report as a document: the words as written, then who it went to and who to ask. */
export function reportDocument(review: Review): DocumentModel {
  const report = review.report as NonNullable<Review["report"]>;
  const status = report.isSent
    ? `Sent on ${sentOn(report.sentAt as string)}`
    : `Draft, not sent yet (written on ${sentOn(report.draftedAt as string)})`;
  const blocks: DocumentBlock[] = [
    {
      kind: "paragraph",
      text: `${reviewDescription(review)}. Commissioned by ${review.commissioningOrganisation.name}. Written by ${report.author.displayName}.`,
    },
    { kind: "heading", text: "The report" },
    ...paragraphsOf(report.body),
  ];
  if (report.easyReadBody) {
    blocks.push({ kind: "heading", text: "Easy read" }, ...paragraphsOf(report.easyReadBody));
  }
  if (report.progressContact) {
    blocks.push(
      { kind: "heading", text: "Who to ask about progress" },
      {
        kind: "paragraph",
        text: `${report.progressContact.displayName} will tell the person and their family how the actions are going.`,
      },
    );
  }
  if (report.distribution.length > 0) {
    blocks.push(
      { kind: "heading", text: "Who received this report" },
      {
        kind: "list",
        items: report.distribution.map(
          (d) =>
            `${d.recipient?.displayName ?? d.recipientName ?? "Someone"} (${d.recipientRole}): ${PREFERRED_FORMAT_LABELS[d.format] ?? d.format}, sent on ${sentOn(d.sentAt as string)}`,
        ),
      },
    );
  }
  return {
    title: `Care and treatment review report: ${review.person.name}`,
    subtitle: status,
    lang: "en-GB",
    author: report.author.displayName,
    subject: review.heldOn
      ? `The report of the review held on ${formatCalendarDate(review.heldOn as string)}`
      : "The report of a care and treatment review",
    blocks,
  };
}
