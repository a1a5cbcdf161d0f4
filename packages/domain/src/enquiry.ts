import type { ActionInput } from "./actions.js";

/**
 * Key lines of enquiry (§8, Figure 2, §37). Each has one key question, probe
 * questions and suggested sources of evidence, and a record for quotes,
 * findings, concerns, differing opinions (standard 5.4) and actions. The full
 * national KLOE documents sit outside the policy; these sets use only what
 * the policy text itself says, each cited.
 */
export const FOUR_QUESTIONS = [
  { id: "SAFE", text: "Am I safe?" },
  { id: "CURRENT_CARE", text: "What is my current care like?" },
  { id: "FUTURE_PLAN", text: "Is there a plan in place for my future?" },
  { id: "NEED_HOSPITAL", text: "Do I need to be in hospital for my care and treatment?" },
] as const;
export type FourQuestionId = (typeof FOUR_QUESTIONS)[number]["id"];

export type EnquirySetting = "COMMUNITY" | "INPATIENT" | "SECURE";

export interface LineOfEnquiry {
  id: string;
  question: FourQuestionId;
  settings: readonly EnquirySetting[];
  /** Children's sets add education (Annex A §22, §29). */
  childrenOnly: boolean;
  keyQuestion: string;
  probes: readonly string[];
  evidenceSources: readonly string[];
  section: string;
}

export interface Quote {
  from: "PERSON" | "FAMILY";
  text: string;
}

/** What a panel records against one line of enquiry. */
export interface LineOfEnquiryRecord {
  kloeId: string;
  quotes: Quote[];
  findings: string[];
  evidence: string[];
  concerns: string[];
  /** Standard 5.4: where the panel does not agree, each view is noted. */
  differingOpinions: { member: string; view: string }[];
  actions: ActionInput[];
}

const RECORDS = [
  "Care plans",
  "Person centred plans",
  "Positive behaviour support plans",
  "Medication cards",
  "Communication passports",
  "CPA review notes",
  "Health action plan",
  "First Tier Tribunal reports",
];

export const LINES_OF_ENQUIRY: readonly LineOfEnquiry[] = [
  {
    id: "NEED_HOSPITAL",
    question: "NEED_HOSPITAL",
    settings: ["INPATIENT", "SECURE"],
    childrenOnly: false,
    keyQuestion: "Is it necessary for the person to be in hospital?",
    probes: [
      "Is the reason for the hospital admission clearly established?",
      "Was the admission due to a clinical reason or a breakdown in care or education support?",
      "Is it clearly stated why the current assessment / care / treatment has to be carried out in hospital at the present time?",
      "Could the treatment plan be safely delivered in the community / non-hospital setting? If not, why not? What would have to be in place to make this happen?",
    ],
    evidenceSources: [
      "Clinical records",
      "Admission documents",
      "MDT minutes",
      "Community CTR records",
      "Discussions with the individual, family members, care coordinator, responsible clinician / consultant, inpatient and community clinical teams",
    ],
    section: "§8 Figure 2",
  },
  {
    id: "ALTERNATIVES_TO_ADMISSION",
    question: "NEED_HOSPITAL",
    settings: ["COMMUNITY"],
    childrenOnly: false,
    keyQuestion:
      "Could the person's needs be met effectively and safely in the community with additional or alternative support?",
    probes: [
      "What is the reason for which hospital admission is being sought?",
      "What will the inpatient setting provide that cannot be provided with enhanced support in the community?",
      "Have all alternatives been explored: specialist health teams, respite, voluntary agencies, short breaks, peer support?",
      "Has a personal budget, personal health budget or integrated budget been offered?",
      "What disadvantages might there be to a hospital admission?",
      "Where costs are a factor, are quality of life and human rights given high priority?",
    ],
    evidenceSources: [
      ...RECORDS,
      "Discussions with the person, family and the professional with lead responsibility",
    ],
    section: "§10; §5",
  },
  {
    id: "ADMISSION_PLAN",
    question: "FUTURE_PLAN",
    settings: ["COMMUNITY", "INPATIENT", "SECURE"],
    childrenOnly: false,
    keyQuestion:
      "Is there a clear, outcome-focused plan with expected outcomes, timescales and discharge planning?",
    probes: [
      "What is the intended outcome of admission and what timescale is envisaged?",
      "What issues need further assessment, what would this add, and why can it only take place in hospital?",
      "Is planning for discharge underway, with preliminary timescales and firm commitments to community support?",
      "What are the barriers to discharge, and what actions, responsibilities and timelines will overcome them?",
      "Is long-term planning (housing, bespoke care packages, competent providers) considered at the earliest opportunity?",
    ],
    evidenceSources: [...RECORDS, "Discharge plan", "Care and treatment plan"],
    section: "§10; §11; §12; standard 7.5",
  },
  {
    id: "SAFETY",
    question: "SAFE",
    settings: ["COMMUNITY", "INPATIENT", "SECURE"],
    childrenOnly: false,
    keyQuestion:
      "Is the person safe, and are risks to them and others positively and proactively managed?",
    probes: [
      "What risks are presented by or to the person and others, and could they be managed in non-hospital settings?",
      "Is there an up-to-date, positive and proactive risk assessment and risk management plan?",
      "What restrictive practices are used?",
      "Are there safeguarding or quality concerns to raise with the relevant authority?",
    ],
    evidenceSources: [
      ...RECORDS,
      "Risk assessment and risk management plan",
      "Records of restrictive practices",
    ],
    section: "§5; §7.2.7; standards 7.1, 8.2",
  },
  {
    id: "CURRENT_CARE",
    question: "CURRENT_CARE",
    settings: ["COMMUNITY", "INPATIENT", "SECURE"],
    childrenOnly: false,
    keyQuestion:
      "Is the person getting the right, evidence-based care and treatment for their physical health, mental health and wellbeing?",
    probes: [
      "What are the diagnoses and formulations, including physical health problems?",
      "How is medication used, and is it reviewed?",
      "Is care consistent with good practice and evidence-based guidelines?",
      "Does the person have independent advocacy and legal representation (e.g. at tribunals)?",
      "Are the person's human rights upheld?",
      "What is the person's circle of support and how are they part of their local community?",
    ],
    evidenceSources: RECORDS,
    section: "§7.2.7; standards 2.3, 3.1–3.3, 4.4, 5.9, 8.3",
  },
  {
    id: "SECURE_LEAST_RESTRICTIVE",
    question: "CURRENT_CARE",
    settings: ["SECURE"],
    childrenOnly: false,
    keyQuestion:
      "Is the person getting appropriate, effective care in the least restrictive setting, with planning for discharge however far ahead?",
    probes: [
      "Is care based on the reason for admission to hospital (rather than prison)?",
      "Could care and treatment be provided in a less restrictive environment?",
      "For a restricted patient ready for discharge or transfer, has the responsible clinician contacted the Ministry of Justice within one week?",
      "Is planning for discharge taking place, however far ahead it may be?",
    ],
    evidenceSources: [
      "Ministry of Justice correspondence",
      "Restricted patient monitoring record",
      ...RECORDS,
    ],
    section: "§4; Appendix 6",
  },
  {
    id: "EDUCATION",
    question: "CURRENT_CARE",
    settings: ["COMMUNITY", "INPATIENT", "SECURE"],
    childrenOnly: true,
    keyQuestion: "Is the child or young person's education understood, supported and planned for?",
    probes: [
      "Has a change in education or care provision led to this review, or will the review lead to significant changes in it?",
      "Is there an EHC plan or assessment, and is the local authority SEN team involved?",
      "Is the current or most recent school, college or education provider contributing?",
      "Is the child receiving education (under 16), or supported to stay in education, training or volunteering (16–18)?",
      "Will the review's recommendations be embedded in the EHC plan or other plans with clear timescales?",
    ],
    evidenceSources: [
      "EHC plan",
      "SEN support plan",
      "Contribution from the school, college or most recent education provider",
      "Child in Need plan",
    ],
    section: "§22; §29; §31; standard 7.4",
  },
];

/** The lines of enquiry for a setting; children's reviews add education. */
export function linesOfEnquiryFor(setting: EnquirySetting, age: number): LineOfEnquiry[] {
  return LINES_OF_ENQUIRY.filter(
    (k) => k.settings.includes(setting) && (!k.childrenOnly || age < 18),
  );
}

/** An empty record per line of enquiry, ready for the panel to fill in. */
export function emptyEnquiryRecords(lines: readonly LineOfEnquiry[]): LineOfEnquiryRecord[] {
  return lines.map((k) => ({
    kloeId: k.id,
    quotes: [],
    findings: [],
    evidence: [],
    concerns: [],
    differingOpinions: [],
    actions: [],
  }));
}
