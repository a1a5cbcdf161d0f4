import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { data } from "react-router";
import { requireApi } from "./api.server";
import { londonDate } from "./dates";
import {
  type AnswerChanges,
  type AuthorRole,
  feedbackFor,
  latestHeldReview,
  type PlannerAnswer,
  type PlannerDocument,
  type PlannerState,
  plannerState,
  type ReviewSummary,
  roleFromInvitee,
  roleFromYourRoles,
  upcomingReview,
} from "./planner";

/** Everything the planner pages show about one person, in one request. */
const PlannerPerson = graphql(`
  query PortalPlannerPerson($id: ID!) {
    viewer { user { id } }
    person(id: $id) {
      id
      name
      preferredName
      yourRoles
      reviews {
        id
        status
        scheduledOn
        heldOn
        invitations { invitee user { id } }
        panel { role user { displayName } }
      }
      plannerDocuments(kind: CETR_PLANNER) {
        id
        status
        version
        submittedAt
        review { id }
        answers { questionKey answer writtenAt author { id displayName } }
      }
    }
  }
`);

/** The upcoming review's panel photos (ADR 0023): asked for only by the "meet the panel" page. */
const PanelPhotos = graphql(`
  query PortalPanelPhotos($id: ID!) {
    node(id: $id) { ... on Review { panel { role photo { altText dataUrl } } } }
  }
`);

export interface PanelPhoto {
  altText: string;
  dataUrl: string;
}

/**
 * Photos of the review's panel by seat, when staff have added them. Kept out
 * of the planner's shared query so no other page carries the images.
 */
export async function panelPhotos(
  request: Request,
  reviewId: string,
): Promise<Partial<Record<PanelSeat["role"], PanelPhoto>>> {
  const api = await requireApi(request);
  const { node } = await api.request(PanelPhotos, { id: reviewId });
  if (!node || !("panel" in node)) return {};
  return Object.fromEntries(
    node.panel.flatMap((seat) => (seat.photo ? [[seat.role, seat.photo]] : [])),
  );
}

export const SavePlannerAnswer = graphql(`
  mutation PortalSavePlannerAnswer($input: SavePlannerAnswerInput!) {
    savePlannerAnswer(input: $input) {
      plannerDocument { id answers { questionKey } }
      errors { field code message }
    }
  }
`);

export const ClearPlannerAnswer = graphql(`
  mutation PortalClearPlannerAnswer($input: ClearPlannerAnswerInput!) {
    clearPlannerAnswer(input: $input) { errors { field code message } }
  }
`);

export const SubmitPlanner = graphql(`
  mutation PortalSubmitPlanner($input: SubmitPlannerInput!) {
    submitPlanner(input: $input) {
      plannerDocument { id submittedAt }
      errors { field code message }
    }
  }
`);

export interface PanelSeat {
  role: "CHAIR" | "EXPERT_BY_EXPERIENCE" | "CLINICAL_EXPERT";
  name: string;
}

export interface PlannerPage extends PlannerState {
  personId: string;
  name: string;
  /** The review the planner prepares for; the planner works without one. */
  review: { id: string; scheduledOn: string | null; panel: PanelSeat[] } | null;
  /** A review that has happened and nothing newer is planned: time for "what happens next". */
  heldReview: ReviewSummary | null;
  documents: PlannerDocument[];
  /** Who wrote answers, as words the page can show beside each one. */
  roles: Record<string, AuthorRole>;
}

function notFound(): never {
  throw data(null, { status: 404 });
}

/** A planner or profile version as the API sends it, in the shape the pages use. */
export function toPlannerDocument(d: {
  id: string;
  status: "DRAFT" | "SUBMITTED";
  version: number;
  submittedAt: unknown;
  review?: { id: string } | null;
  answers: readonly {
    questionKey: string;
    answer: string;
    writtenAt: unknown;
    author: { id: string; displayName: string };
  }[];
}): PlannerDocument {
  return {
    id: d.id,
    status: d.status,
    version: d.version,
    submittedAt: (d.submittedAt as string | null) ?? null,
    reviewId: d.review?.id ?? null,
    answers: d.answers.map((a) => ({
      questionKey: a.questionKey,
      answer: a.answer,
      authorId: a.author.id,
      authorName: a.author.displayName,
      writtenAt: a.writtenAt as string,
    })),
  };
}

/**
 * Reads a person's page data. A mistyped address (an ID the API cannot read)
 * is, to the family, a page that is not there: 404, like a person they
 * cannot see.
 */
export async function personPageData<T extends { person: unknown }>(
  read: () => Promise<T>,
): Promise<T & { person: NonNullable<T["person"]> }> {
  let result: T;
  try {
    result = await read();
  } catch (error) {
    if (
      error instanceof GraphQLRequestError &&
      (error.code === "BAD_USER_INPUT" || error.code === "NOT_FOUND")
    )
      notFound();
    throw error;
  }
  if (!result.person) notFound();
  return result as T & { person: NonNullable<T["person"]> };
}

/**
 * Who wrote answers, as words a page can show beside each one: from the
 * review invitations that name them, and the viewer's own role.
 */
export function authorRoles(
  person: {
    yourRoles: readonly string[];
    reviews: readonly {
      invitations: readonly { invitee: string; user: { id: string } | null }[];
    }[];
  },
  viewerId: string | undefined,
): Record<string, AuthorRole> {
  const roles: Record<string, AuthorRole> = {};
  for (const review of person.reviews)
    for (const invitation of review.invitations)
      if (invitation.user) roles[invitation.user.id] = roleFromInvitee(invitation.invitee);
  const viewerRole = roleFromYourRoles(person.yourRoles);
  if (viewerId && viewerRole) roles[viewerId] = viewerRole;
  return roles;
}

/** The person and their planner, or a 404 when they are not someone this account can see. */
export async function loadPlanner(request: Request, personId: string) {
  const api = await requireApi(request);
  const { person, viewer } = await personPageData(() =>
    api.request(PlannerPerson, { id: personId }),
  );
  const reviews: ReviewSummary[] = person.reviews.map((r) => ({
    id: r.id,
    status: r.status,
    scheduledOn: (r.scheduledOn as string | null) ?? null,
    heldOn: (r.heldOn as string | null) ?? null,
  }));
  const upcoming = upcomingReview(reviews, londonDate());
  const held = upcoming ? null : latestHeldReview(reviews);
  const documents = person.plannerDocuments.map(toPlannerDocument);
  const roles = authorRoles(person, viewer.user?.id);
  const upcomingRow = upcoming ? person.reviews.find((r) => r.id === upcoming.id) : undefined;
  const page: PlannerPage = {
    personId: person.id,
    name: person.preferredName || person.name,
    review: upcoming
      ? {
          id: upcoming.id,
          scheduledOn: upcoming.scheduledOn,
          panel: (upcomingRow?.panel ?? []).map((seat) => ({
            role: seat.role,
            name: seat.user.displayName,
          })),
        }
      : null,
    heldReview: held,
    documents,
    roles,
    ...plannerState(documents, upcoming?.id ?? null),
  };
  return { api, page };
}

export type PlannerApi = Awaited<ReturnType<typeof requireApi>>;

/** The draft a form's changes go into: whose, which kind, for which review. */
export interface DraftTarget {
  personId: string;
  kind: "ONE_PAGE_PROFILE" | "CETR_PLANNER";
  reviewId: string | null;
  draft: PlannerDocument | null;
}

/**
 * Writes a form's changes into the open draft. Stops at the first refusal:
 * the form is shown again with everything typed.
 */
export async function saveDraftAnswers(
  api: PlannerApi,
  target: DraftTarget,
  changes: AnswerChanges,
): Promise<{ ok: true; documentId: string | null; keys: string[] } | { ok: false }> {
  let documentId = target.draft?.id ?? null;
  // The draft's question keys after the last save, so the caller knows what it now holds.
  let keys = target.draft?.answers.map((a) => a.questionKey) ?? [];
  for (const { questionKey, answer } of changes.save) {
    const { savePlannerAnswer } = await api.request(SavePlannerAnswer, {
      input: {
        personId: target.personId,
        kind: target.kind,
        reviewId: target.reviewId,
        questionKey,
        answer,
      },
    });
    if (savePlannerAnswer.errors.length || !savePlannerAnswer.plannerDocument) return { ok: false };
    documentId = savePlannerAnswer.plannerDocument.id;
    keys = savePlannerAnswer.plannerDocument.answers.map((a) => a.questionKey);
  }
  for (const questionKey of changes.clear) {
    if (!documentId) break;
    const { clearPlannerAnswer } = await api.request(ClearPlannerAnswer, {
      input: { documentId, questionKey },
    });
    if (clearPlannerAnswer.errors.length) return { ok: false };
    keys = keys.filter((k) => k !== questionKey);
  }
  return { ok: true, documentId, keys };
}

/**
 * Writes one planner section's changes into the draft. Planner answers belong
 * to the review ahead (none is fine); feedback to the review that was held.
 */
export function saveChanges(
  api: PlannerApi,
  page: PlannerPage,
  changes: AnswerChanges,
  reviewId: string | null = page.review?.id ?? null,
) {
  return saveDraftAnswers(
    api,
    { personId: page.personId, kind: "CETR_PLANNER", reviewId, draft: page.draft },
    changes,
  );
}

/** What the pages render: plain data (no Map), safe to send to the browser. */
export function plannerView(page: PlannerPage) {
  return {
    personId: page.personId,
    name: page.name,
    mode: page.mode,
    review: page.review,
    heldReview: page.heldReview,
    roles: page.roles,
    answers: [...page.answers.values()] as PlannerAnswer[],
    sentAt: page.mode === "sent" ? (page.sent?.submittedAt ?? null) : null,
    feedback: page.heldReview ? feedbackFor(page.documents, page.heldReview.id) : [],
  };
}
export type PlannerView = ReturnType<typeof plannerView>;
