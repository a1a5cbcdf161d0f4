import { graphql } from "@cetr/graphql";
import { data } from "react-router";
import { requireApi } from "./api.server";

/** One register entry, as its pages show it; a 404 when there is none the viewer may see. */
const RegisterEntryPage = graphql(`
  query RegisterEntryPage($id: ID!) {
    node(id: $id) {
      ... on RegisterEntry {
        id rating addedOn nextReviewOn removedOn removedReason consentBasis
        minimumDataset minimumDatasetPercentComplete
        organisation { name }
        person { id name }
        ratingHistory { rating ratedOn reason ratedBy { displayName } }
        riskFactors { factor notes recordedOn }
        missingData { field label }
        suggestedRating { suggested reasons disclaimer }
      }
    }
  }
`);

export async function loadRegisterEntry(request: Request, id: string) {
  const api = await requireApi(request);
  const { node } = await api.request(RegisterEntryPage, { id });
  if (!node || !("ratingHistory" in node))
    throw data("There is no register entry with this ID that you can reach", { status: 404 });
  return { api, entry: node };
}
