import type { ErrorCode, RuleReason } from "./errors.js";

/**
 * The panel (§7.2.1, §28, Appendix 1 standards 5.1–5.7): exactly a chair and
 * two independent experts, every conflict declared, everyone trained.
 */
export const PANEL_ROLES = ["CHAIR", "EXPERT_BY_EXPERIENCE", "CLINICAL_EXPERT"] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

/**
 * Who chairs: the commissioner, a representative carrying delegated authority
 * (§7.2.1), or — for a CETR, with everyone's agreement — a senior local
 * authority manager while the commissioner still organises and records (§28).
 */
export type ChairKind = "COMMISSIONER" | "DELEGATE" | "LOCAL_AUTHORITY_SENIOR_MANAGER";

export interface PanelMember {
  name: string;
  role: PanelRole;
  chairKind?: ChairKind;
  delegatedAuthorityRecorded?: boolean;
  allParticipantsAgreedChair?: boolean;
  /** Standard 5.7: has made a declaration (even "none"). */
  conflictsDeclared: boolean;
  /** Conflicts declared; any entry not resolved makes the panel conflicted. */
  conflicts?: { description: string; resolved: boolean }[];
  /** Standard 5.6 / §7.1.7: review training completed and current (the policy sets no expiry; callers decide "current"). */
  trainingCurrent: boolean;
  /** Standard 5.3: name (and where possible photo) given to the person beforehand. */
  introducedToPerson?: boolean;
}

export interface PanelContext {
  /** Under-18s have a CETR, where §28 allows a local authority chair. */
  personAge: number;
}

export interface PanelCheck {
  complete: boolean;
  conflicted: boolean;
  breaches: RuleReason[];
}

const r = (
  code: ErrorCode,
  rule: string,
  section: string,
  message: string,
  field: string | null,
): RuleReason => ({
  code,
  rule,
  section,
  message,
  field,
});

/** Lists every breach, so the commissioner can fix the panel in one pass. */
export function checkPanel(members: readonly PanelMember[], context: PanelContext): PanelCheck {
  const breaches: RuleReason[] = [];
  const names: Record<PanelRole, string> = {
    CHAIR: "chair",
    EXPERT_BY_EXPERIENCE: "expert by experience",
    CLINICAL_EXPERT: "clinical expert",
  };
  for (const role of PANEL_ROLES) {
    const count = members.filter((m) => m.role === role).length;
    if (count === 0)
      breaches.push(
        r(
          "PANEL_INCOMPLETE",
          `PANEL_${role}_MISSING`,
          "§7.2.1; standard 5.1",
          `The panel has no ${names[role]}`,
          "members",
        ),
      );
    if (count > 1)
      breaches.push(
        r(
          "PANEL_INCOMPLETE",
          `PANEL_${role}_MULTIPLE`,
          "§7.2.1; standard 5.1",
          `The panel has ${count} members as ${names[role]}; it needs exactly one`,
          "members",
        ),
      );
  }
  members.forEach((m, i) => {
    const field = `members.${i}`;
    if (m.role === "CHAIR") {
      const kind = m.chairKind ?? "COMMISSIONER";
      if (kind === "DELEGATE" && !m.delegatedAuthorityRecorded)
        breaches.push(
          r(
            "PANEL_INCOMPLETE",
            "CHAIR_DELEGATED_AUTHORITY",
            "§7.2.1",
            `${m.name} chairs as the commissioner's representative but their delegated authority is not recorded`,
            `${field}.delegatedAuthorityRecorded`,
          ),
        );
      if (kind === "LOCAL_AUTHORITY_SENIOR_MANAGER") {
        if (context.personAge >= 18)
          breaches.push(
            r(
              "PANEL_INCOMPLETE",
              "CHAIR_LOCAL_AUTHORITY_ADULT",
              "§28; §7.2.3",
              "Only a CETR (under 18) may be chaired by a local authority senior manager; an adult's CTR is chaired by the commissioner",
              `${field}.chairKind`,
            ),
          );
        else if (!m.allParticipantsAgreedChair)
          breaches.push(
            r(
              "PANEL_INCOMPLETE",
              "CHAIR_LOCAL_AUTHORITY_AGREEMENT",
              "§28",
              "A local authority chair needs the agreement of all participants",
              `${field}.allParticipantsAgreedChair`,
            ),
          );
      }
    }
    if (!m.conflictsDeclared)
      breaches.push(
        r(
          "PANEL_CONFLICTED",
          "CONFLICTS_DECLARED",
          "standard 5.7",
          `${m.name} has not declared whether they have any conflicts of interest`,
          `${field}.conflictsDeclared`,
        ),
      );
    for (const [j, c] of (m.conflicts ?? []).entries())
      if (!c.resolved)
        breaches.push(
          r(
            "PANEL_CONFLICTED",
            "CONFLICT_UNRESOLVED",
            "standard 5.7",
            `${m.name} has an unresolved conflict of interest: ${c.description}`,
            `${field}.conflicts.${j}`,
          ),
        );
    if (!m.trainingCurrent)
      breaches.push(
        r(
          "PANEL_UNTRAINED",
          "TRAINING_CURRENT",
          "standard 5.6; §7.1.7",
          `${m.name} has not completed review training`,
          `${field}.trainingCurrent`,
        ),
      );
    if (m.introducedToPerson === false)
      breaches.push(
        r(
          "PANEL_INCOMPLETE",
          "INTRODUCED_TO_PERSON",
          "standard 5.3",
          `${m.name}'s name (and photo where possible) has not been given to the person`,
          `${field}.introducedToPerson`,
        ),
      );
  });
  return {
    complete: !breaches.some((b) => b.code === "PANEL_INCOMPLETE"),
    conflicted: breaches.some((b) => b.code === "PANEL_CONFLICTED"),
    breaches,
  };
}
