/** How the console words the request form's answers (the portal asked them in family words). */

export const ASKER_LABELS = {
  SELF: "The young person",
  PARENT_CARER: "Parent or carer",
  ADVOCATE: "Advocate",
  PROFESSIONAL: "Professional",
} as const;

export const WORRY_LABELS = {
  CARE_NOT_WORKING: "Care or support not working",
  HOME_OR_PLACEMENT_AT_RISK: "Home or placement at risk of breaking down",
  SAFETY: "Safety",
  BEHAVIOUR_OR_DISTRESS: "Distress or change in behaviour",
  MEDICATION: "Medication",
  NOT_LISTENED_TO: "Not being listened to",
  LEAVING_HOSPITAL: "Discharge delayed",
  SCHOOL_OR_COLLEGE: "School or college",
  OTHER: "Something else",
} as const;

export const HOSPITAL_LABELS = {
  IN_HOSPITAL: "In hospital",
  AT_RISK: "At risk of admission",
  NO: "No",
  NOT_SURE: "Not sure",
} as const;

export const CONTACT_LABELS = { EMAIL: "Email", PHONE: "Phone" } as const;

const received = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

/** "23 November 2026, 09:14" in London time. */
export function formatReceived(instant: string): string {
  return received.format(new Date(instant));
}

/** Who asked, in one line: "Sam Fictional (parent or carer)"; "School nurse, Example Academy" for professionals. */
export function askerLine(request: {
  asker: keyof typeof ASKER_LABELS;
  askerName: string | null;
  askerRole: string | null;
  askerOrganisation: string | null;
}): string {
  if (request.asker === "SELF") return ASKER_LABELS.SELF;
  const role =
    request.asker === "PROFESSIONAL"
      ? [request.askerRole, request.askerOrganisation].filter(Boolean).join(", ")
      : ASKER_LABELS[request.asker].toLowerCase();
  return request.askerName ? `${request.askerName} (${role})` : ASKER_LABELS[request.asker];
}
