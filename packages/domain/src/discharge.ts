import { addDays, type CalendarDate, compareCalendarDates } from "./calendar-date.js";

/**
 * Leaving hospital (Appendix 3, §16): seven steps with items, "by when" and
 * "who will help me", and ten standards with how each is measured. The seed
 * text of the Appendix 3 table is a flattened PDF; items and helpers follow
 * its reading order. Where a "by when" box is blank the policy says dates are
 * added per person, so it is TO_BE_AGREED rather than invented.
 */
export type ByWhenKind =
  | "BEFORE_ADMISSION"
  | "ON_ADMISSION"
  | "WEEKS_AFTER_ADMISSION"
  | "WEEKS_AFTER_DISCHARGE"
  | "BEFORE_DISCHARGE_AND_THROUGHOUT"
  | "AS_EARLY_AS_POSSIBLE"
  | "AT_LAST_MDT_BEFORE_DISCHARGE"
  | "ALONGSIDE_STEP_4"
  | "TO_BE_AGREED";

export interface ByWhen {
  kind: ByWhenKind;
  weeks: number | null;
  /** The policy's own words. */
  text: string;
}

export interface DischargeItem {
  id: string;
  text: string;
  byWhen: ByWhen;
  whoWillHelp: string[];
}

export interface DischargeStep {
  number: number;
  title: string;
  items: DischargeItem[];
  section: string;
}

const when = (kind: ByWhenKind, text: string, weeks: number | null = null): ByWhen => ({
  kind,
  weeks,
  text,
});
const TBA = when("TO_BE_AGREED", "Date to be added for this person");

export const DISCHARGE_STEPS: readonly DischargeStep[] = [
  {
    number: 1,
    title: "Getting the basics right from the start for me and my family",
    section: "Appendix 3 step 1",
    items: [
      {
        id: "1.1",
        text: "Me, my family and support team are told who my community CPA care coordinator is and who my hospital discharge facilitator is",
        byWhen: when("BEFORE_ADMISSION", "Before I go into hospital"),
        whoWillHelp: ["Social worker or community nurse"],
      },
      {
        id: "1.2",
        text: "The inpatient team works with the community team, me and my family to learn more about me",
        byWhen: when("BEFORE_ADMISSION", "Before I go into hospital"),
        whoWillHelp: ["Hospital team"],
      },
      {
        id: "1.3",
        text: "I am helped to understand why I have been admitted and what needs to happen before I can be discharged home, when I am ready",
        byWhen: when("ON_ADMISSION", "When I go into hospital"),
        whoWillHelp: ["Named hospital nurse", "Team in hospital", "Advocate"],
      },
      {
        id: "1.4",
        text: "The hospital team produces a plan saying what treatment I will get before I can leave and what will change for me; it is shared with me and my commissioner",
        byWhen: when("WEEKS_AFTER_ADMISSION", "Within four weeks", 4),
        whoWillHelp: ["Hospital team", "Named nurse"],
      },
      {
        id: "1.5",
        text: "I am told who the lead link person in hospital is for support and communication with my family",
        byWhen: when("ON_ADMISSION", "When I go into hospital"),
        whoWillHelp: ["Named hospital nurse"],
      },
      {
        id: "1.6",
        text: "My family carers are offered a Carers Assessment and support",
        byWhen: when("ON_ADMISSION", "When I go into hospital"),
        whoWillHelp: ["Social worker"],
      },
      {
        id: "1.7",
        text: "Someone looks at my living arrangements so I don't lose my housing or right to benefits while in hospital",
        byWhen: when("ON_ADMISSION", "When I go into hospital"),
        whoWillHelp: ["Social worker", "My CPA care coordinator", "Landlord"],
      },
    ],
  },
  {
    number: 2,
    title: "Person centred planning to get my future care right",
    section: "Appendix 3 step 2",
    items: [
      {
        id: "2.1",
        text: "A good understanding of me — interests, likes and dislikes, who I would like to live with, what I want from life — through a person centred profile or life plan",
        byWhen: TBA,
        whoWillHelp: ["Advocate", "Family and/or those closest to me"],
      },
      {
        id: "2.2",
        text: "Planning what works for me and keeps me and others safe, for example a support planning meeting or my CPA meeting",
        byWhen: TBA,
        whoWillHelp: ["All the people who provide my care or treatment"],
      },
      {
        id: "2.3",
        text: "Other things that need to happen to plan for what I need",
        byWhen: TBA,
        whoWillHelp: ["Hospital discharge facilitator"],
      },
      {
        id: "2.4",
        text: "A Home Identification Form is filled in to say what housing I need, and I am involved in deciding my housing needs",
        byWhen: TBA,
        whoWillHelp: ["Family if I wish", "Advocate", "Community care coordinator"],
      },
      {
        id: "2.5",
        text: "All of this goes into a person-centred service specification to help the commissioner buy my future care",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator", "Social worker", "Commissioner"],
      },
    ],
  },
  {
    number: 3,
    title: "Who pays? Sorting out the money",
    section: "Appendix 3 step 3",
    items: [
      {
        id: "3.1",
        text: "All assessments needed for funding my future care are completed (continuing health care, social care; Section 117 aftercare if I am on Section 3)",
        byWhen: TBA,
        whoWillHelp: ["Commissioner", "Social worker"],
      },
      {
        id: "3.2",
        text: "If it is not clear who will pay, the steps are gone through early enough not to hold up my discharge; I am asked if I want a personal budget (a personal health budget if I get Continuing Healthcare)",
        byWhen: TBA,
        whoWillHelp: ["Commissioner", "Social worker", "Personal budget agencies"],
      },
    ],
  },
  {
    number: 4,
    title: "Finding the right support provider for me",
    section: "Appendix 3 step 4",
    items: [
      {
        id: "4.1",
        text: "The commissioner uses the person-centred specification to buy the support I need, or I use my personal budget with help",
        byWhen: TBA,
        whoWillHelp: ["Commissioner"],
      },
      {
        id: "4.2",
        text: "Me and my family are involved in choosing the right support provider, perhaps through a panel meeting",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator", "Inpatient team"],
      },
      {
        id: "4.3",
        text: "I know who will support me when I leave and I am involved in recruiting my staff",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator"],
      },
      {
        id: "4.4",
        text: "My staff, including personal assistants, are trained to support me",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator", "Support provider"],
      },
      {
        id: "4.5",
        text: "My staff are involved in person-centred support planning and risk assessments with me, my family, community and inpatient teams",
        byWhen: TBA,
        whoWillHelp: ["Inpatient team", "Support provider"],
      },
      {
        id: "4.6",
        text: "I have a plan for how my health, social care, education or employment needs will be met; the community team and primary care are in place",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator", "Local specialist team/GP"],
      },
    ],
  },
  {
    number: 5,
    title: "Housing and adaptations: making sure my housing meets my needs",
    section: "Appendix 3 step 5",
    items: [
      {
        id: "5.1",
        text: "The right housing is found using my person centred specification, which me and my family are happy with",
        byWhen: when("ALONGSIDE_STEP_4", "Step 5 happens alongside step 4"),
        whoWillHelp: ["Community care coordinator", "Housing officer"],
      },
      {
        id: "5.2",
        text: "Me, my family and someone from my team who knows me well visit the accommodation to advise on making it right for me",
        byWhen: when("ALONGSIDE_STEP_4", "Step 5 happens alongside step 4"),
        whoWillHelp: ["Community or inpatient team member"],
      },
      {
        id: "5.3",
        text: "If I am going to be a tenant, agreements are signed",
        byWhen: when("ALONGSIDE_STEP_4", "Step 5 happens alongside step 4"),
        whoWillHelp: ["Community care coordinator", "Support provider"],
      },
      {
        id: "5.4",
        text: "Any changes or adaptations to my housing are done so they do not hold up my discharge",
        byWhen: when("ALONGSIDE_STEP_4", "Step 5 happens alongside step 4"),
        whoWillHelp: ["Community care coordinator"],
      },
    ],
  },
  {
    number: 6,
    title: "Getting ready to leave hospital",
    section: "Appendix 3 step 6",
    items: [
      {
        id: "6.1",
        text: "My Leaving Hospital plan is underway; leave visits to my new home are funded and take place when I am ready",
        byWhen: TBA,
        whoWillHelp: ["Hospital discharge facilitator"],
      },
      {
        id: "6.2",
        text: "A discharge meeting (usually a CPA) is set up",
        byWhen: TBA,
        whoWillHelp: ["Hospital discharge facilitator", "Community CPA care coordinator"],
      },
      {
        id: "6.3",
        text: "My care coordinator helps me, my staff and family decide if and how to record my needs in case I am ever at risk of going into hospital again (the register)",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator", "Inpatient team"],
      },
      {
        id: "6.4",
        text: "I am safeguarded by the right legal framework for my discharge (Mental Capacity Act, best interests, Deprivation of Liberty, Ministry of Justice, Court of Protection, Mental Health Act, Children Act, Children and Families Act)",
        byWhen: when(
          "BEFORE_DISCHARGE_AND_THROUGHOUT",
          "Before discharge but also throughout being in hospital",
        ),
        whoWillHelp: [
          "Future community team",
          "Approved mental health professional",
          "Social worker",
          "Responsible clinician (RC)",
          "Advocate",
        ],
      },
      {
        id: "6.5",
        text: "Where I lack capacity, the responsible commissioner establishes in advance whether the care plan amounts to a Deprivation of Liberty and, if so, gets it authorised",
        byWhen: when("AS_EARLY_AS_POSSIBLE", "As early as possible in the process"),
        whoWillHelp: [
          "Responsible clinician (RC)",
          "Future community team",
          "Responsible commissioner",
          "Local authority",
        ],
      },
    ],
  },
  {
    number: 7,
    title: "Leaving hospital and support afterwards",
    section: "Appendix 3 step 7",
    items: [
      {
        id: "7.1",
        text: "I leave hospital",
        byWhen: TBA,
        whoWillHelp: ["Hospital discharge facilitator", "Community care coordinator"],
      },
      {
        id: "7.2",
        text: "There is a plan to follow up and keep in contact with me: the first visit is within one week of leaving hospital",
        byWhen: when("WEEKS_AFTER_DISCHARGE", "Within 1 week of discharge", 1),
        whoWillHelp: ["Community care coordinator", "Inpatient team", "Responsible doctor"],
      },
      {
        id: "7.3",
        text: "Review meeting dates are set which include me, my family, paid carers and professionals who support me",
        byWhen: when("AT_LAST_MDT_BEFORE_DISCHARGE", "Plan agreed at last MDT before leaving"),
        whoWillHelp: ["Community care coordinator"],
      },
      {
        id: "7.4",
        text: "I know how to get extra support if I need it and this is set up",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator"],
      },
      {
        id: "7.5",
        text: "I have all the support I need to enjoy living in the community",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator"],
      },
      {
        id: "7.6",
        text: "My community care coordinator and responsible doctor keep checking to make sure I am OK",
        byWhen: TBA,
        whoWillHelp: ["Community care coordinator", "Doctor"],
      },
    ],
  },
];

export interface DischargeStandard {
  number: number;
  standard: string;
  measuredBy: string;
}

/** Appendix 3 §44.2: the ten discharge standards and how each is measured. */
export const DISCHARGE_STANDARDS: readonly DischargeStandard[] = [
  {
    number: 1,
    standard:
      "I have a named discharge facilitator in hospital, a member of my MDT, who helps me plan my discharge with the people I choose",
    measuredBy: "This person is named on my admission document",
  },
  {
    number: 2,
    standard:
      "I have a named CPA community care coordinator who makes sure my health and social care needs are met after I leave and carries out actions from my CPA and CTR meetings",
    measuredBy: "Named on my admission and discharge documents",
  },
  {
    number: 3,
    standard:
      "I have a named social worker who will support my discharge into the community (who may also be my CPA care coordinator)",
    measuredBy: "Named on my discharge plan",
  },
  {
    number: 4,
    standard:
      "I am supported to be involved in my discharge planning and have an easy-to-understand discharge plan showing the stages, who is responsible for what, and by when",
    measuredBy:
      "Me and my family give feedback through a provider questionnaire; my discharge plan shows how involved I am",
  },
  {
    number: 5,
    standard:
      "While in hospital I have support to keep in touch with the family and friends I choose",
    measuredBy: "A provider questionnaire written in a way we can understand",
  },
  {
    number: 6,
    standard:
      "I have a named advocate, independent of the people who provide my care, who knows me well",
    measuredBy: "Named on my discharge plan and on my admission document",
  },
  {
    number: 7,
    standard: "I have full and regular reviews of my medication in hospital and before discharge",
    measuredBy:
      "Medication reviews shown on my discharge documents and letters to or from my GP, responsible clinician and community team",
  },
  {
    number: 8,
    standard:
      "Meetings about my future include my hopes and wishes and the people I want there, are easy to understand, and plans support needs caused by my experiences (e.g. trauma)",
    measuredBy: "I give feedback about how this goes",
  },
  {
    number: 9,
    standard:
      "The responsible clinician supports my discharge, deals with the Ministry of Justice if this applies, applies legal frameworks and makes sure CTR actions are carried out",
    measuredBy: "Me and my family can ask the RC how these things are going",
  },
  {
    number: 10,
    standard:
      "Plans in hospital support me to make a good move into the community, including taking more risks as I grow in confidence, skills and independence",
    measuredBy:
      "Care plans show my growing confidence, skills and independence; a provider questionnaire I can understand",
  },
];

export type DischargeItemStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "NOT_APPLICABLE";

export interface DischargeContext {
  admissionDate?: CalendarDate | null;
  dischargeDate?: CalendarDate | null;
}

/** The calendar date an item is due by, when the policy ties it to admission or discharge. */
export function dischargeItemDueDate(
  item: DischargeItem,
  ctx: DischargeContext,
): CalendarDate | null {
  const { kind, weeks } = item.byWhen;
  if ((kind === "BEFORE_ADMISSION" || kind === "ON_ADMISSION") && ctx.admissionDate)
    return ctx.admissionDate;
  if (kind === "WEEKS_AFTER_ADMISSION" && ctx.admissionDate)
    return addDays(ctx.admissionDate, (weeks ?? 0) * 7);
  if (kind === "WEEKS_AFTER_DISCHARGE" && ctx.dischargeDate)
    return addDays(ctx.dischargeDate, (weeks ?? 0) * 7);
  if (kind === "BEFORE_DISCHARGE_AND_THROUGHOUT" && ctx.dischargeDate) return ctx.dischargeDate;
  return null;
}

export interface StepProgress {
  number: number;
  title: string;
  done: number;
  applicable: number;
  percent: number;
  /** Items past their date and not done, as of `now`. */
  overdueItems: string[];
}

/** Progress per step for the Leaving Hospital Planner and the console tracker. */
export function dischargeProgress(
  statuses: Readonly<Record<string, DischargeItemStatus>>,
  ctx: DischargeContext & { now: CalendarDate },
): StepProgress[] {
  return DISCHARGE_STEPS.map((step) => {
    const applicable = step.items.filter((i) => statuses[i.id] !== "NOT_APPLICABLE");
    const done = applicable.filter((i) => statuses[i.id] === "DONE").length;
    const overdueItems = applicable
      .filter((i) => {
        if (statuses[i.id] === "DONE") return false;
        const due = dischargeItemDueDate(i, ctx);
        return due !== null && compareCalendarDates(ctx.now, due) > 0;
      })
      .map((i) => i.id);
    return {
      number: step.number,
      title: step.title,
      done,
      applicable: applicable.length,
      percent: applicable.length === 0 ? 100 : Math.floor((done / applicable.length) * 100),
      overdueItems,
    };
  });
}
