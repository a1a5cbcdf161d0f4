import type { FieldError } from "./errors.js";

/**
 * The Local Area Emergency Protocol (Appendix 4, §45): a meeting the lead
 * commissioner convenes when someone may be admitted and there is neither
 * prior knowledge of the risk nor time for a community C(E)TR. It is not a
 * C(E)TR and must never be called one (§45.2). If admission follows, a full
 * C(E)TR is due within two weeks for a child and four weeks for an adult
 * (§45.2.3) — the scheduler's post-admission rule, fed by the meeting.
 */

/** Figure 12: the steps the chair follows, in order. */
export const EMERGENCY_PROTOCOL_STEPS = [
  "The chair is made known to people and the current situation is shared.",
  "Understanding the person: their needs and wishes, hearing from them and, where appropriate, their family, carers or clinicians.",
  "The current risks are identified.",
  "Care and treatment needs: the options are considered, in the preference list's order.",
  "The resources there are, and could be, are identified.",
  "A decision is made and a support plan agreed, with the people responsible for following it up.",
] as const;

/** §45.2.1: the questions that focus the discussion, in the person's voice as the policy words them. */
export const EMERGENCY_PROTOCOL_QUESTIONS = [
  { id: "PEN_PICTURE", text: "Gather a pen picture. “Understanding me”" },
  { id: "VIEWS", text: "What are my and my family’s or carers’ views of the current situation?" },
  {
    id: "HEALTH",
    text: "What are my symptoms? How is my physical health? Does any of this mean I need to be in hospital? Have I had an annual health check and do I have a health action plan?",
  },
  {
    id: "RISKS",
    text: "What are the current issues and risks, and how can I stay safe and keep others around me safe?",
  },
  {
    id: "WORKING_WELL",
    text: "What’s working well and what doesn’t work? (Everyone’s views, including what has helped me before.)",
  },
  {
    id: "COMMUNITY_SUPPORT",
    text: "What support has been, or can be, put in place so that I can stay in the community?",
  },
  {
    id: "TREATMENT",
    text: "What treatment am I receiving now, including medication, therapy, diet and care? Does it need reviewing? Is it helping?",
  },
  {
    id: "COMMUNITY_SETTING",
    text: "Can the care and treatment I need be given in a community setting?",
  },
  {
    id: "EXTRA_SUPPORT",
    text: "What additional support is needed to keep me and others safe in the community?",
  },
  {
    id: "RESOURCES",
    text: "What resources are available, or can be created or used differently, to support me?",
  },
  {
    id: "FAMILY_SUPPORT",
    text: "What additional support is needed for my family or carers? Has there been a carer’s assessment?",
  },
  {
    id: "ADVOCACY",
    text: "Do I have advocacy to support me to understand my care and treatment?",
  },
  { id: "ADMISSION_REASON", text: "What is the reason for considering admission to hospital?" },
  { id: "ADMISSION_OUTCOMES", text: "What would the outcomes be for me from an admission?" },
  {
    id: "ADMISSION_IMPACT",
    text: "What would the impact of admission be on me and others around me? (For example, moving away from home and the people I know, to a new place.)",
  },
] as const;

export type EmergencyQuestionId = (typeof EMERGENCY_PROTOCOL_QUESTIONS)[number]["id"];

/**
 * §45.2.2: the support arrangements in the order they must be considered.
 * Out of area is not a preference: it is avoided at all costs, needs the
 * commissioner's approval and a reason grounded in clinical need or risk.
 */
export const SUPPORT_PREFERENCES = [
  {
    id: "AT_HOME",
    rank: 1,
    text: "Supported at home, with the help they need there",
  },
  {
    id: "LOCAL_NON_INPATIENT",
    rank: 2,
    text: "A local service that is not a hospital ward: residential nursing or a short breaks service",
  },
  {
    id: "LOCAL_INPATIENT",
    rank: 3,
    text: "A local hospital (mental health needs in acute mental health services, physical health needs in acute hospitals)",
  },
  {
    id: "OUT_OF_AREA",
    rank: null,
    text: "Out of area: only with the commissioner's approval, when clinical need or risk justifies it and every other option has been tried; time limited",
  },
] as const;

export type SupportPreference = (typeof SUPPORT_PREFERENCES)[number]["id"];

export const MAX_EMERGENCY_ANSWER = 4000;

export interface EmergencyMeetingPlan {
  /** Answers to §45.2.1's questions, by id; any may be left unanswered. */
  answers: Readonly<Record<string, string>>;
  supportAgreed: SupportPreference | null;
  /** Why the options higher on the list were not possible (required below preference 1). */
  supportReason: string | null;
  admissionAvoided: boolean;
}

const isQuestion = (id: string): id is EmergencyQuestionId =>
  EMERGENCY_PROTOCOL_QUESTIONS.some((q) => q.id === id);

/**
 * What Appendix 4 requires of the record: known questions, answers of a
 * sensible length, the support agreed, a reason whenever the agreed support
 * is not the first preference (and always for out of area, §45.2.2), and no
 * "admission avoided" with a hospital admission agreed.
 */
export function checkEmergencyMeetingPlan(plan: EmergencyMeetingPlan): FieldError[] {
  const errors: FieldError[] = [];
  for (const [id, text] of Object.entries(plan.answers)) {
    if (!isQuestion(id))
      errors.push({
        field: `answers.${id}`,
        code: "INVALID_CHOICE",
        message: "Not one of the Appendix 4 questions (§45.2.1)",
      });
    else if (text.length > MAX_EMERGENCY_ANSWER)
      errors.push({
        field: `answers.${id}`,
        code: "TOO_LONG",
        message: `Keep each answer to ${MAX_EMERGENCY_ANSWER} characters or fewer`,
      });
  }
  if (plan.supportAgreed === null) {
    errors.push({
      field: "supportAgreed",
      code: "REQUIRED",
      message: "Say which support was agreed (§45.2.2 preference list)",
    });
    return errors;
  }
  if (plan.supportAgreed !== "AT_HOME" && !plan.supportReason?.trim())
    errors.push({
      field: "supportReason",
      code: "REQUIRED",
      message:
        plan.supportAgreed === "OUT_OF_AREA"
          ? "Out of area needs the commissioner's approval and the clinical need or risk that justifies it (§45.2.2)"
          : "Say why support at home, or nearer the top of the preference list, was not possible (§45.2.2)",
    });
  const hospital = plan.supportAgreed === "LOCAL_INPATIENT" || plan.supportAgreed === "OUT_OF_AREA";
  if (hospital && plan.admissionAvoided)
    errors.push({
      field: "admissionAvoided",
      code: "INVALID_CHOICE",
      message: "A hospital admission was agreed, so admission was not avoided",
    });
  return errors;
}
