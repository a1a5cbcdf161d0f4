/**
 * The people around a review with an account: who can be named as an
 * action's owner, who can be told of progress, and who can be sent the report.
 * The panel, everyone invited who has an account, and you.
 */

export const PANEL_ROLE_LABELS: Record<string, string> = {
  CHAIR: "chair of the panel",
  EXPERT_BY_EXPERIENCE: "expert by experience",
  CLINICAL_EXPERT: "clinical expert",
};

export const INVITEE_LABELS: Record<string, string> = {
  ADULT_SOCIAL_CARE: "adult social care",
  ADVOCATE: "advocate",
  AFTERCARE_TEAM: "aftercare team",
  CAMHS: "children and young people's mental health services",
  CPA_CARE_COORDINATOR: "care coordinator",
  DIRECTOR_OF_CHILDRENS_SERVICES: "director of children's services",
  DIRECT_CARE_STAFF: "direct care staff",
  DISCHARGE_COMMISSIONER: "discharge commissioner",
  FAMILY: "family",
  HEAD_TEACHER: "head teacher",
  KEY_HEALTH_PROVIDERS: "health provider",
  NAMED_NURSE: "named nurse",
  NAMED_SOCIAL_WORKER: "social worker",
  PARENT_CARERS: "parent carer",
  PERSON: "the person",
  RECENT_EDUCATION_PROVIDER: "education provider",
  RESPONSIBLE_CLINICIAN: "responsible clinician",
  SENIOR_NURSE: "senior nurse",
  SEN_TEAM: "special educational needs team",
  SIBLINGS: "brother or sister",
  VOLUNTARY_SECTOR: "voluntary sector",
  YOUTH_OFFENDING_TEAM: "youth offending team",
};

export interface ReviewPerson {
  id: string;
  name: string;
  /** Why they are here, e.g. "parent carer", "chair of the panel". */
  role: string;
}

interface User {
  id: string;
  displayName: string;
}

/** Everyone once, in the order: you, the panel, the invited; the first role found is kept. */
export function reviewPeople(review: {
  panel: readonly { role: string; user: User }[];
  invitations: readonly { invitee: string; user?: User | null }[];
  viewer: User | null;
}): ReviewPerson[] {
  const people = new Map<string, ReviewPerson>();
  const add = (user: User | null | undefined, role: string) => {
    if (user && !people.has(user.id))
      people.set(user.id, { id: user.id, name: user.displayName, role });
  };
  for (const seat of review.panel) add(seat.user, PANEL_ROLE_LABELS[seat.role] ?? "panel member");
  for (const invitation of review.invitations)
    add(invitation.user, INVITEE_LABELS[invitation.invitee] ?? "invited");
  if (review.viewer && !people.has(review.viewer.id)) add(review.viewer, "you");
  return [...people.values()];
}

export const personLabel = (p: ReviewPerson) => `${p.name} (${p.role})`;
