import { Link, PrintButton } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { DocumentView } from "../lib/document-view";
import { pageTitle } from "../lib/format";
import { loadReportDocument } from "../lib/report-document.server";
import reviewStyles from "../lib/review-conduct.css?url";
import type { Route } from "./+types/review-report-document";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { review, document } = await loadReportDocument(api, params.id);
  return { reviewId: review.id, personName: review.person.name, document };
}

/** The review's report as a page to read, print or save as a tagged PDF (§7.2.18, standard 6.1). */
export default function ReviewReportDocument({ loaderData }: Route.ComponentProps) {
  const { reviewId, personName, document } = loaderData;
  const base = `/reviews/${encodeURIComponent(reviewId)}`;
  return (
    <>
      <title>{pageTitle(document.title)}</title>
      <p className="cetr-no-print">
        <Link href={`${base}/report`} variant="back">
          Back to the report for {personName}
        </Link>
      </p>
      <DocumentView document={document} />
      <div className="cetr-no-print cetr-readable">
        <h2 className="cetr-heading-m">Other ways to get this report</h2>
        <p>
          <a className="cetr-link" href={`${base}/report.pdf`} download>
            Download the report as a PDF
          </a>{" "}
          (tagged, so screen readers can read it).
        </p>
        <PrintButton>Print this report</PrintButton>
      </div>
    </>
  );
}
