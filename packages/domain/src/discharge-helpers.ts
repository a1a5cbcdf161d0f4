/**
 * "Who will help me" (Appendix 3, every step): the policy names roles; a
 * family needs names. Staff already record the people who fill the named
 * roles of the discharge standards — the hospital discharge facilitator on
 * the plan (standard 1), and relationships for the care coordinator
 * (standard 2), social worker (standard 3) and responsible clinician
 * (standard 9) — so the names come from those records, with no second place
 * to type them. A role nobody is recorded for stays a role.
 */

/**
 * One role each for the policy's 29 phrasings, several of them the same
 * people in other words ("Team in hospital", "Inpatient team"), so a family
 * reads one name for one person. The keys are the portal's words for them.
 */
export const HELPER_ROLES = [
  "socialWorkerOrNurse",
  "hospitalTeam",
  "namedNurse",
  "advocate",
  "socialWorker",
  "careCoordinator",
  "landlord",
  "housingOfficer",
  "family",
  "everyone",
  "facilitator",
  "commissioner",
  "budgetAgencies",
  "supportProvider",
  "gpAndLocalTeam",
  "communityTeam",
  "amhp",
  "doctor",
  "council",
] as const;

export type HelperRole = (typeof HELPER_ROLES)[number];

/** The policy's words (DISCHARGE_STEPS whoWillHelp) to one role. */
export const HELPER_ROLE_OF: Readonly<Record<string, HelperRole>> = {
  "Social worker or community nurse": "socialWorkerOrNurse",
  "Hospital team": "hospitalTeam",
  "Team in hospital": "hospitalTeam",
  "Inpatient team": "hospitalTeam",
  "Named hospital nurse": "namedNurse",
  "Named nurse": "namedNurse",
  Advocate: "advocate",
  "Social worker": "socialWorker",
  "My CPA care coordinator": "careCoordinator",
  "Community care coordinator": "careCoordinator",
  "Community CPA care coordinator": "careCoordinator",
  Landlord: "landlord",
  "Housing officer": "housingOfficer",
  "Family and/or those closest to me": "family",
  "Family if I wish": "family",
  "All the people who provide my care or treatment": "everyone",
  "Hospital discharge facilitator": "facilitator",
  Commissioner: "commissioner",
  "Responsible commissioner": "commissioner",
  "Personal budget agencies": "budgetAgencies",
  "Support provider": "supportProvider",
  "Local specialist team/GP": "gpAndLocalTeam",
  "Community or inpatient team member": "communityTeam",
  "Future community team": "communityTeam",
  "Approved mental health professional": "amhp",
  // Appendix 3 step 6 says "Responsible clinician (RC)", step 7 "responsible doctor" and
  // "Doctor" beside "my community care coordinator and responsible doctor" (item 7.6).
  "Responsible clinician (RC)": "doctor",
  "Responsible doctor": "doctor",
  Doctor: "doctor",
  "Local authority": "council",
};

/** The relationship kinds (Prisma RelationshipKind) that name a helper role. */
export const HELPER_ROLE_OF_RELATIONSHIP = {
  CARE_COORDINATOR: "careCoordinator",
  SOCIAL_WORKER: "socialWorker",
  RESPONSIBLE_CLINICIAN: "doctor",
} as const satisfies Record<string, HelperRole>;

export type HelperRelationshipKind = keyof typeof HELPER_ROLE_OF_RELATIONSHIP;

/** Names staff have recorded, by role: from the plan's facilitator and the person's relationships. */
export type RecordedHelpers = Partial<Record<HelperRole, readonly string[]>>;

export interface DischargeHelper {
  role: HelperRole;
  /** Empty when nobody is recorded for the role: show the role's words. */
  names: string[];
}

/**
 * Builds the names by role from what the record holds: the plan's facilitator
 * and the person's current relationships (name and kind). Other kinds (family,
 * advocates) are not helpers' names here: who the family are is theirs to say.
 */
export function recordedHelpers(
  facilitator: string | null,
  relationships: readonly { kind: string; name: string }[],
): RecordedHelpers {
  const out: Partial<Record<HelperRole, string[]>> = {};
  const add = (role: HelperRole, name: string) => {
    const names = out[role] ?? [];
    if (!names.includes(name)) names.push(name);
    out[role] = names;
  };
  if (facilitator) add("facilitator", facilitator);
  for (const r of relationships) {
    const role = HELPER_ROLE_OF_RELATIONSHIP[r.kind as HelperRelationshipKind];
    if (role) add(role, r.name);
  }
  return out;
}

/**
 * An item's helpers, each role once in the policy's order, with the names the
 * record holds. "A social worker or community nurse" (item 1.1) becomes the
 * named social worker when there is one: standard 3 asks for a named social
 * worker, and the choice between the two is then made.
 */
export function dischargeHelpers(
  policyWhoWillHelp: readonly string[],
  recorded: RecordedHelpers,
): DischargeHelper[] {
  const out: DischargeHelper[] = [];
  for (const words of policyWhoWillHelp) {
    let role = HELPER_ROLE_OF[words];
    if (!role) continue;
    if (role === "socialWorkerOrNurse" && recorded.socialWorker?.length) role = "socialWorker";
    if (out.some((h) => h.role === role)) continue;
    out.push({ role, names: [...(recorded[role] ?? [])] });
  }
  return out;
}
