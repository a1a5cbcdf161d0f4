import { data } from "react-router";
import { requireApi } from "../lib/api.server";
import { fileSlug } from "../lib/csv";
import { loadSentProfile, profileDocument } from "../lib/profile-document.server";
import { pdfResponse, renderTaggedPdf } from "../lib/tagged-pdf.server";
import type { Route } from "./+types/person-profile-pdf";

/** The one-page profile the family last sent, as a tagged PDF made on the server (ADR 0032). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { name, sent } = await loadSentProfile(api, params.id);
  if (!sent) throw data("No profile has been shared yet", { status: 404 });
  const pdf = await renderTaggedPdf(profileDocument(name, sent));
  return pdfResponse(pdf, `one-page-profile-${fileSlug(name, "person")}-v${sent.version}.pdf`);
}
