import { INVITEE_LABELS } from "./review-people";

/**
 * Who a review's report can go to (§7.2.18): everyone invited, named by their
 * account or as invited, each with the role the API counts for circulation
 * ("person", "parent carer", "family", the care team's roles).
 */
const ROLE_FOR_INVITEE: Record<string, string> = {
  PERSON: "person",
  PARENT_CARERS: "parent carer",
  FAMILY: "family",
  SIBLINGS: "family",
  CPA_CARE_COORDINATOR: "care coordinator",
  RESPONSIBLE_CLINICIAN: "responsible clinician",
  NAMED_NURSE: "named nurse",
  NAMED_SOCIAL_WORKER: "social worker",
  ADULT_SOCIAL_CARE: "social worker",
  DIRECT_CARE_STAFF: "care team",
  AFTERCARE_TEAM: "care team",
  KEY_HEALTH_PROVIDERS: "care team",
  CAMHS: "care team",
  SENIOR_NURSE: "care team",
};

/** Roles for someone not invited (a GP practice, say): the care team's, which circulation counts. */
export const OTHER_RECIPIENT_ROLES = [
  "care coordinator",
  "responsible clinician",
  "named nurse",
  "social worker",
  "care team",
  "GP",
] as const;

export interface Recipient {
  /** The invitation's position: the form posts this. */
  key: string;
  name: string;
  role: string;
  recipientId: string | null;
  /** The person and family get it in the format they chose; easy read unless they said otherwise. */
  isFamily: boolean;
}

export function reportRecipients(
  personName: string,
  invitations: readonly {
    invitee: string;
    name?: string | null;
    user?: { id: string; displayName: string } | null;
  }[],
): Recipient[] {
  const seen = new Set<string>();
  return invitations.flatMap((inv, index) => {
    const name =
      inv.user?.displayName ?? inv.name ?? (inv.invitee === "PERSON" ? personName : null);
    const role = ROLE_FOR_INVITEE[inv.invitee] ?? INVITEE_LABELS[inv.invitee] ?? "invited";
    const dedupe = inv.user?.id ?? `${name}|${role}`;
    if (!name || seen.has(dedupe)) return [];
    seen.add(dedupe);
    return [
      {
        key: String(index),
        name,
        role,
        recipientId: inv.user?.id ?? null,
        isFamily: ["person", "parent carer", "family"].includes(role),
      },
    ];
  });
}
