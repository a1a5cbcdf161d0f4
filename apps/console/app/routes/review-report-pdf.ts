import { requireApi } from "../lib/api.server";
import { fileSlug } from "../lib/csv";
import { loadReportDocument } from "../lib/report-document.server";
import { pdfResponse, renderTaggedPdf } from "../lib/tagged-pdf.server";
import type { Route } from "./+types/review-report-pdf";

/** The review's report as a tagged PDF, made here on the server (ADR 0032). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { review, document } = await loadReportDocument(api, params.id);
  const pdf = await renderTaggedPdf(document);
  const day = review.heldOn ? `-${String(review.heldOn)}` : "";
  return pdfResponse(pdf, `review-report-${fileSlug(review.person.name, "person")}${day}.pdf`);
}
