/**
 * The relationships a console invitation can grant, as one choice on the form
 * (a parent carer with and without parental responsibility are different
 * grants), and how each maps onto the API's `inviteToPortal` input.
 */
export const RELATIONSHIPS = [
  "SELF",
  "PARENT_CARER_WITH_PR",
  "PARENT_CARER",
  "OTHER_FAMILY",
  "ADVOCATE",
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const ADVOCATE_KINDS = ["IMHA", "IMCA", "INDEPENDENT"] as const;
export type AdvocateKind = (typeof ADVOCATE_KINDS)[number];

export const ADVOCATE_KIND_LABELS: Record<AdvocateKind, string> = {
  IMHA: "Independent Mental Health Advocate (IMHA)",
  IMCA: "Independent Mental Capacity Advocate (IMCA)",
  INDEPENDENT: "Another independent advocate",
};

export const EMAIL_FORMATS = ["PLAIN", "EASY_READ"] as const;
export type EmailFormat = (typeof EMAIL_FORMATS)[number];

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** The labels for a person called `name`: what the invitation will let them do. */
export function relationshipLabel(relationship: Relationship, name: string): string {
  switch (relationship) {
    case "SELF":
      return `${name} themselves`;
    case "PARENT_CARER_WITH_PR":
      return "A parent carer with parental responsibility";
    case "PARENT_CARER":
      return "A parent carer without parental responsibility";
    case "OTHER_FAMILY":
      return "Another family member";
    case "ADVOCATE":
      return "An advocate";
  }
}

export function relationshipHint(relationship: Relationship, name: string): string {
  switch (relationship) {
    case "SELF":
      return `They will see their own record and who has looked at it.`;
    case "PARENT_CARER_WITH_PR":
      return `They will see ${name}'s record and who has looked at it.`;
    case "PARENT_CARER":
    case "OTHER_FAMILY":
      return `They will see ${name}'s record only if ${name} consents to sharing it with family.`;
    case "ADVOCATE":
      return `They will see ${name}'s record only if ${name} consents to sharing it with their advocate.`;
  }
}

/** The API's input fields for one relationship choice. */
export function relationshipInput(relationship: Relationship, advocateKind: AdvocateKind | null) {
  switch (relationship) {
    case "SELF":
      return { kind: "SELF", hasParentalResponsibility: false, advocateKind: null } as const;
    case "PARENT_CARER_WITH_PR":
      return { kind: "PARENT_CARER", hasParentalResponsibility: true, advocateKind: null } as const;
    case "PARENT_CARER":
      return {
        kind: "PARENT_CARER",
        hasParentalResponsibility: false,
        advocateKind: null,
      } as const;
    case "OTHER_FAMILY":
      return {
        kind: "OTHER_FAMILY",
        hasParentalResponsibility: false,
        advocateKind: null,
      } as const;
    case "ADVOCATE":
      return { kind: "ADVOCATE", hasParentalResponsibility: false, advocateKind } as const;
  }
}

const londonDay = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** When an invitation stops working, as a day in England: "Monday 7 December 2026". */
export function expiryInWords(instant: string): string {
  return londonDay.format(new Date(instant));
}
