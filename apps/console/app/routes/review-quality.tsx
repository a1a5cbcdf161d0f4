import { graphql } from "@cetr/graphql";
import { Link, Table, Tag, VisuallyHidden } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { pageTitle } from "../lib/format";
import {
  evidenceLinks,
  PRINCIPLE_NAMES,
  reasonInWords,
  STANDARD_STATUS_COLOURS,
  STANDARD_STATUS_LABELS,
} from "../lib/quality-labels";
import { ReviewPageNav, reviewDescription, reviewNotFound } from "../lib/review-conduct";
import reviewStyles from "../lib/review-conduct.css?url";
import type { Route } from "./+types/review-quality";

/**
 * The review against the Appendix 1 standards (§42, issue 8 item 8): each
 * standard met, not met or not known, why, and where in the console the
 * evidence is. The API works the results out from what is recorded; a
 * standard nothing records is "not known", never "met".
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const QualityPage = graphql(`
  query ConsoleReviewQuality($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id kind heldOn scheduledOn
        person { id name }
        qualityStandards { id principle title status reason section }
      }
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { node } = await api.request(QualityPage, { id: params.id });
  if (node?.__typename !== "Review") return reviewNotFound();
  return { review: node };
}

export default function ReviewQualityPage({ loaderData }: Route.ComponentProps) {
  const { review } = loaderData;
  const standards = review.qualityStandards;
  const count = (status: keyof typeof STANDARD_STATUS_LABELS) =>
    standards.filter((s) => s.status === status).length;
  const principles = [...new Set(standards.map((s) => s.principle))].sort((a, b) => a - b);
  const heading = "Quality standards";
  return (
    <>
      <title>{pageTitle(`${heading}: ${reviewDescription(review)}`)}</title>
      <ReviewPageNav review={review} current={null} />
      <h1 className="cetr-heading-xl">{heading}</h1>
      <div className="cetr-readable">
        <p>
          How this review measures up to the {standards.length} standards in Appendix 1 of the
          policy (§42). The results come from what has been recorded about the review. A standard is
          “not known” until something recorded shows whether it was met.
        </p>
        <p>
          <strong>
            {count("MET")} met, {count("UNMET")} not met, {count("UNKNOWN")} not known.
          </strong>
        </p>
      </div>
      {principles.map((principle) => (
        <section key={principle} aria-labelledby={`principle-${principle}`}>
          <h2 className="cetr-heading-l" id={`principle-${principle}`}>
            {principle}. {PRINCIPLE_NAMES[principle] ?? `Principle ${principle}`}
          </h2>
          <Table
            caption={`Standards under principle ${principle}: ${PRINCIPLE_NAMES[principle] ?? ""}`}
            firstCellIsHeader
            head={["Standard", "What it asks", "Result", "Why", "Evidence"]}
            rows={standards
              .filter((s) => s.principle === principle)
              .map((s) => ({
                key: s.id,
                cells: [
                  <span key="id" className="cetr-nowrap">
                    {s.id}
                  </span>,
                  s.title,
                  <Tag key="status" colour={STANDARD_STATUS_COLOURS[s.status]}>
                    {STANDARD_STATUS_LABELS[s.status]}
                  </Tag>,
                  reasonInWords(s.reason),
                  <ul key="evidence" className="cetr-list-plain">
                    {evidenceLinks(s.id, review).map((link) => (
                      <li key={link.href}>
                        <Link href={link.href}>
                          {link.label}
                          <VisuallyHidden> for standard {s.id}</VisuallyHidden>
                        </Link>
                      </li>
                    ))}
                  </ul>,
                ],
              }))}
          />
        </section>
      ))}
    </>
  );
}
