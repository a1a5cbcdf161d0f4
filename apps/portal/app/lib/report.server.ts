import { graphql } from "@cetr/graphql";
import { data } from "react-router";
import { requireApi } from "./api.server";
import { personPageData } from "./planner.server";

/** The person's reviews with their reports: the family sees only sent ones (the API decides). */
const ReviewReport = graphql(`
  query PortalReviewReport($id: ID!) {
    person(id: $id) {
      id
      name
      preferredName
      reviews {
        id
        heldOn
        scheduledOn
        report { id body easyReadBody dueOn sentAt isSent }
      }
    }
  }
`);

/** One review's sent report, or a 404: not this person's, not sent, or not someone you can see. */
export async function loadReport(request: Request, personId: string, reviewId: string) {
  const api = await requireApi(request);
  const { person } = await personPageData(() => api.request(ReviewReport, { id: personId }));
  const review = person.reviews.find((r) => r.id === reviewId);
  const report = review?.report;
  if (!review || !report?.isSent) throw data(null, { status: 404 });
  return {
    personId: person.id,
    name: person.preferredName || person.name,
    reviewOn: ((review.heldOn ?? review.scheduledOn) as string | null)?.slice(0, 10) ?? null,
    report: {
      body: report.body,
      easyReadBody: report.easyReadBody ?? null,
      dueOn: (report.dueOn as string | null) ?? null,
      sentAt: (report.sentAt as string | null) ?? null,
    },
  };
}
