import { graphql } from "@cetr/graphql";
import { data } from "react-router";
import { requireApi } from "./api.server";

/**
 * One review as every page of running it shows it: what it is, where it is
 * in its life and what stops it moving on, the panel, the invitations and
 * the consent decisions. One query for all of them, so each page reads the
 * same facts the API checks when a form is sent.
 */
const ReviewPage = graphql(`
  query ConsoleReviewPage($id: ID!) {
    node(id: $id) {
      ... on Review {
        id kind status policyProfileKey enquirySetting
        scheduledOn dueOn heldOn reportDueOn venue format closedReason
        person { id name preferredName dateOfBirth isFictional dueReviews { kind dueOn dueCondition overdue rule section } }
        commissioningOrganisation { id name }
        request { id stage }
        nextState
        blockers { code field message rule section }
        transitions { to allowed blockers { code field message rule section } }
        panelBreaches { code field message rule section }
        consentProblems { code field message rule section }
        panel {
          id role chairKind delegatedAuthority
          conflictDeclaredAt hasConflict conflictDetails trainingCompletedOn
          user { id displayName }
        }
        panelCandidates { role user { id displayName } }
        invitations {
          id invitee priority reason name response respondedAt attendance sentAt
          user { id displayName }
        }
        consents {
          id purpose answer basis capacity decidedByName decidedOn rationale refusalReasons
          recordedAt withdrawnAt withdrawnReason
        }
      }
    }
    policyProfiles { key name }
  }
`);

export async function loadReview(request: Request, id: string) {
  const api = await requireApi(request);
  const { node, policyProfiles } = await api.request(ReviewPage, { id });
  if (!node || !("transitions" in node))
    throw data("There is no review with this ID that you can reach", { status: 404 });
  const profile = policyProfiles.find((p) => p.key === node.policyProfileKey);
  return { api, review: node, profileName: profile?.name ?? node.policyProfileKey };
}

export type LoadedReview = Awaited<ReturnType<typeof loadReview>>["review"];
export type Blocker = LoadedReview["blockers"][number];
