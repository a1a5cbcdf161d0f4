import { describe, expect, it } from "vitest";
import {
  type CalendarDate,
  checkPanel,
  DISCHARGE_STANDARDS,
  DISCHARGE_STEPS,
  decideReviewConsent,
  dischargeItemDueDate,
  dischargeProgress,
  emptyEnquiryRecords,
  evaluateQualityStandards,
  FOUR_QUESTIONS,
  LINES_OF_ENQUIRY,
  linesOfEnquiryFor,
  type PanelMember,
  QUALITY_STANDARDS,
  type ReviewQualityRecord,
  type StandardAssessment,
  summariseStandards,
  validateStandardAssessment,
} from "../src/index.js";

const d = (s: string) => s as CalendarDate;
const item = (id: string) => {
  const found = DISCHARGE_STEPS.flatMap((s) => s.items).find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("discharge steps and standards (Appendix 3)", () => {
  it("Appendix 3 has seven steps, each with items and who will help; ten standards each with a measure", () => {
    expect(DISCHARGE_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const s of DISCHARGE_STEPS) {
      expect(s.items.length).toBeGreaterThan(0);
      for (const i of s.items) expect(i.whoWillHelp.length).toBeGreaterThan(0);
    }
    expect(DISCHARGE_STANDARDS).toHaveLength(10);
    for (const s of DISCHARGE_STANDARDS) expect(s.measuredBy.length).toBeGreaterThan(5);
    expect(new Set(DISCHARGE_STEPS.flatMap((s) => s.items.map((i) => i.id))).size).toBe(
      DISCHARGE_STEPS.flatMap((s) => s.items).length,
    );
  });

  it.each([
    [
      "1.1",
      "Appendix 3 step 1: told who the care coordinator is before admission",
      { admissionDate: d("2024-03-01") },
      "2024-03-01",
    ],
    [
      "1.3",
      "Appendix 3 step 1: helped to understand why, on admission",
      { admissionDate: d("2024-03-01") },
      "2024-03-01",
    ],
    [
      "1.4",
      "Appendix 3 step 1: treatment plan within four weeks of admission",
      { admissionDate: d("2024-03-01") },
      "2024-03-29",
    ],
    [
      "7.2",
      "Appendix 3 step 7: first visit within one week of discharge",
      { dischargeDate: d("2024-09-01") },
      "2024-09-08",
    ],
    ["7.2", "Appendix 3 step 7: no discharge date yet", { admissionDate: d("2024-03-01") }, null],
    [
      "6.4",
      "Appendix 3 step 6: legal framework before discharge",
      { dischargeDate: d("2024-09-01") },
      "2024-09-01",
    ],
    [
      "6.5",
      "Appendix 3 step 6: DoL as early as possible (no fixed date)",
      { admissionDate: d("2024-03-01") },
      null,
    ],
    ["5.1", "Appendix 3 step 5 runs alongside step 4", { admissionDate: d("2024-03-01") }, null],
    [
      "2.1",
      "Appendix 3 blank boxes are dates to be added",
      { admissionDate: d("2024-03-01") },
      null,
    ],
  ])("item %s — %s", (id, _l, ctx, expected) => {
    expect(dischargeItemDueDate(item(id), ctx)).toBe(expected);
  });

  it("Appendix 3 progress per step, with overdue items as of now", () => {
    const p = dischargeProgress(
      {
        "1.1": "DONE",
        "1.2": "DONE",
        "1.3": "IN_PROGRESS",
        "1.6": "NOT_APPLICABLE",
        "3.1": "NOT_APPLICABLE",
        "3.2": "NOT_APPLICABLE",
      },
      { admissionDate: d("2024-03-01"), now: d("2024-04-01") },
    );
    expect(p[0]).toMatchObject({
      number: 1,
      done: 2,
      applicable: 6,
      percent: 33,
      overdueItems: ["1.3", "1.4", "1.5", "1.7"],
    });
    expect(p[2]).toMatchObject({ number: 3, applicable: 0, percent: 100 });
    expect(p[6]?.overdueItems).toEqual([]);
  });
});

describe("lines of enquiry (§8, Figure 2, §37)", () => {
  it("§8 the four questions", () => {
    expect(FOUR_QUESTIONS.map((q) => q.text)).toEqual([
      "Am I safe?",
      "What is my current care like?",
      "Is there a plan in place for my future?",
      "Do I need to be in hospital for my care and treatment?",
    ]);
  });

  it("§8 Figure 2 worked example: key question, four probes, evidence sources", () => {
    const k = LINES_OF_ENQUIRY.find((l) => l.id === "NEED_HOSPITAL");
    expect(k?.keyQuestion).toBe("Is it necessary for the person to be in hospital?");
    expect(k?.probes).toHaveLength(4);
    expect(k?.evidenceSources).toContain("MDT minutes");
    expect(k?.section).toBe("§8 Figure 2");
  });

  it.each([
    ["COMMUNITY", 30, ["ALTERNATIVES_TO_ADMISSION", "ADMISSION_PLAN", "SAFETY", "CURRENT_CARE"]],
    ["INPATIENT", 30, ["NEED_HOSPITAL", "ADMISSION_PLAN", "SAFETY", "CURRENT_CARE"]],
    [
      "SECURE",
      30,
      ["NEED_HOSPITAL", "ADMISSION_PLAN", "SAFETY", "CURRENT_CARE", "SECURE_LEAST_RESTRICTIVE"],
    ],
    ["INPATIENT", 15, ["NEED_HOSPITAL", "ADMISSION_PLAN", "SAFETY", "CURRENT_CARE", "EDUCATION"]],
  ] as const)("§37 %s set for age %i (children add education, §22/§29)", (setting, age, ids) => {
    expect(linesOfEnquiryFor(setting, age).map((k) => k.id)).toEqual(ids);
  });

  it("§8 every line cites the policy and covers one of the four questions", () => {
    const qs = new Set(FOUR_QUESTIONS.map((q) => q.id));
    for (const k of LINES_OF_ENQUIRY) {
      expect(k.section).toMatch(/§|standard/);
      expect(qs.has(k.question)).toBe(true);
    }
    expect(new Set(LINES_OF_ENQUIRY.map((k) => k.question)).size).toBe(4);
  });

  it("§8 a record per line has room for quotes, findings, evidence, concerns, differing opinions and actions", () => {
    expect(emptyEnquiryRecords(linesOfEnquiryFor("COMMUNITY", 10))[0]).toEqual({
      kloeId: "ALTERNATIVES_TO_ADMISSION",
      quotes: [],
      findings: [],
      evidence: [],
      concerns: [],
      differingOpinions: [],
      actions: [],
    });
  });
});

const m = (role: PanelMember["role"], patch: Partial<PanelMember> = {}): PanelMember => ({
  name: role,
  role,
  conflictsDeclared: true,
  trainingCurrent: true,
  introducedToPerson: true,
  ...patch,
});
const status = (record: ReviewQualityRecord, id: string) =>
  evaluateQualityStandards(record).find((r) => r.id === id);
const assessed = (met: boolean): StandardAssessment => ({
  met,
  evidence: met ? "Seen in the review notes" : "Not seen",
  followUp: met ? null : "Ask again at the next review",
  recordedBy: "Grace Holt",
  recordedOn: "2026-03-03",
});

describe("Appendix 1 quality standards checklist", () => {
  it("Appendix 1 lists standards 1.1–8.3 (40 standards under 8 principles)", () => {
    expect(QUALITY_STANDARDS).toHaveLength(40);
    expect(QUALITY_STANDARDS[0]?.id).toBe("1.1");
    expect(QUALITY_STANDARDS.at(-1)?.id).toBe("8.3");
    expect(new Set(QUALITY_STANDARDS.map((s) => s.principle)).size).toBe(8);
  });

  it("Appendix 1 nothing recorded → everything unknown, never met", () => {
    expect(summariseStandards(evaluateQualityStandards({}))).toEqual({
      MET: 0,
      UNMET: 0,
      UNKNOWN: 40,
    });
  });

  const panelOk = checkPanel([m("CHAIR"), m("EXPERT_BY_EXPERIENCE"), m("CLINICAL_EXPERT")], {
    personAge: 30,
  });
  const panelBad = checkPanel(
    [
      m("CHAIR", { conflictsDeclared: false, trainingCurrent: false, introducedToPerson: false }),
      m("CLINICAL_EXPERT"),
    ],
    { personAge: 30 },
  );
  const action = { what: "x", owner: "Jo Bloggs", howWeWillKnow: "y", dueDate: "2024-06-01" };
  const kloe = {
    kloeId: "SAFETY",
    quotes: [],
    findings: ["f"],
    evidence: ["e"],
    concerns: [],
    differingOpinions: [],
    actions: [],
  };

  it.each([
    ["1.2", { consent: decideReviewConsent({ age: 30, personConsent: "GIVEN" }) }, "MET"],
    ["1.2", { consent: decideReviewConsent({ age: 30, personConsent: "NOT_ASKED" }) }, "UNMET"],
    ["2.1", { enquiry: [kloe] }, "MET"],
    ["2.1", { enquiry: [] }, "UNMET"],
    ["2.2", { enquiry: [kloe] }, "MET"],
    ["2.2", { enquiry: [{ ...kloe, evidence: [] }] }, "UNMET"],
    ["5.1", { panel: panelOk }, "MET"],
    ["5.1", { panel: panelBad }, "UNMET"],
    ["5.3", { panel: panelBad }, "UNMET"],
    ["5.4", { panelDisagreed: false }, "MET"],
    ["5.4", { panelDisagreed: true, enquiry: [kloe] }, "UNMET"],
    [
      "5.4",
      {
        panelDisagreed: true,
        enquiry: [{ ...kloe, differingOpinions: [{ member: "CE", view: "v" }] }],
      },
      "MET",
    ],
    ["5.4", { panelDisagreed: true }, "UNKNOWN"],
    ["5.6", { panel: panelBad }, "UNMET"],
    ["5.7", { panel: panelOk }, "MET"],
    ["5.7", { panel: panelBad }, "UNMET"],
    ["5.11", { previousActionsToCheck: false }, "MET"],
    ["5.11", { previousActionsToCheck: true, assessments: { "5.11": assessed(true) } }, "MET"],
    [
      "6.3",
      { reviewDate: "2024-05-01", reportSentOn: "2024-05-15", reportInAccessibleLanguage: true },
      "MET",
    ],
    [
      "6.3",
      { reviewDate: "2024-05-01", reportSentOn: "2024-05-16", reportInAccessibleLanguage: true },
      "UNMET",
    ],
    [
      "6.3",
      { reviewDate: "2024-05-01", reportSentOn: "2024-05-10", reportInAccessibleLanguage: false },
      "UNMET",
    ],
    ["6.3", { reviewDate: "2024-05-01", reportSentOn: "2024-05-10" }, "UNKNOWN"],
    ["6.3", { reviewDate: "2024-05-01" }, "UNKNOWN"],
    ["7.2", { reviewDate: "2024-05-01", actions: [action] }, "MET"],
    ["7.2", { reviewDate: "2024-05-01", actions: [{ ...action, owner: "" }] }, "UNMET"],
    ["7.2", { reviewDate: "2024-05-01", actions: [] }, "UNMET"],
    ["7.2", { reviewDate: "bad", actions: [action] }, "UNKNOWN"],
    ["7.6", { actions: [{ ...action, status: "NOT_DONE" as const }] }, "UNMET"],
    ["7.6", { actions: [{ ...action, status: "DONE" as const }] }, "UNKNOWN"],
    ["8.1", { outcomeHospitalNeeded: true, hospitalReasonsRecorded: false }, "UNMET"],
    ["8.1", { outcomeHospitalNeeded: true, hospitalReasonsRecorded: true }, "MET"],
    ["8.1", { outcomeHospitalNeeded: false }, "MET"],
    ["8.1", { outcomeHospitalNeeded: true }, "UNKNOWN"],
    ["3.2", { assessments: { "3.2": assessed(true) } }, "MET"],
    ["8.3", { assessments: { "8.3": assessed(false) } }, "UNMET"],
  ] as [string, ReviewQualityRecord, string][])(
    "Appendix 1 standard %s with %j → %s",
    (id, record, expected) => {
      const r = status(record, id);
      expect(r?.status).toBe(expected);
      expect(r?.section).toBe(`Appendix 1 standard ${id}`);
      expect(r?.reason.length).toBeGreaterThan(3);
    },
  );
});

describe("Appendix 1 standards assessed by staff (ADR 0037)", () => {
  const panelOk = checkPanel([m("CHAIR"), m("EXPERT_BY_EXPERIENCE"), m("CLINICAL_EXPERT")], {
    personAge: 30,
  });
  const panelBad = checkPanel([m("CHAIR", { trainingCurrent: false })], { personAge: 30 });

  it.each([
    // [standard, record, status, source, reason]
    [
      "4.1",
      { assessments: { "4.1": assessed(true) } },
      "MET",
      "ASSESSMENT",
      "Seen in the review notes",
    ],
    ["5.5", { assessments: { "5.5": assessed(false) } }, "UNMET", "ASSESSMENT", "Not seen"],
    ["4.1", {}, "UNKNOWN", "NONE", "Not recorded"],
    // Structured facts always win over an assessment of the same standard.
    [
      "5.1",
      { panel: panelOk, assessments: { "5.1": assessed(false) } },
      "MET",
      "RECORD",
      "Panel make-up: no breaches",
    ],
    [
      "5.6",
      { panel: panelBad, assessments: { "5.6": assessed(true) } },
      "UNMET",
      "RECORD",
      "CHAIR has not completed review training",
    ],
    // A standard whose facts say nothing for this review (5.11 with earlier actions) takes the assessment.
    [
      "5.11",
      { previousActionsToCheck: true, assessments: { "5.11": assessed(false) } },
      "UNMET",
      "ASSESSMENT",
      "Not seen",
    ],
    [
      "5.11",
      { previousActionsToCheck: false, assessments: { "5.11": assessed(false) } },
      "MET",
      "RECORD",
      "No earlier actions to check",
    ],
    // 8.1: hospital care needed, reasons not yet a recorded fact.
    [
      "8.1",
      { outcomeHospitalNeeded: true, assessments: { "8.1": assessed(true) } },
      "MET",
      "ASSESSMENT",
      "Seen in the review notes",
    ],
  ] as [string, ReviewQualityRecord, string, string, string][])(
    "Appendix 1 standard %s with %j → %s from %s",
    (id, record, expected, source, reason) => {
      const r = status(record, id);
      expect(r?.status).toBe(expected);
      expect(r?.source).toBe(source);
      expect(r?.reason).toContain(reason);
      expect(r?.assessment?.recordedBy ?? null).toBe(source === "ASSESSMENT" ? "Grace Holt" : null);
    },
  );

  const none = evaluateQualityStandards({});
  const withPanel = evaluateQualityStandards({ panel: panelOk });
  it.each([
    // [case, input, current results, fields in error]
    [
      "4.1 met with evidence",
      { standardId: "4.1", met: true, evidence: "Agenda 9:30 to 4" },
      none,
      [],
    ],
    [
      "4.1 not met needs what will be done",
      { standardId: "4.1", met: false, evidence: "Two hours only" },
      none,
      ["followUp"],
    ],
    [
      "4.1 not met with what will be done",
      {
        standardId: "4.1",
        met: false,
        evidence: "Two hours",
        followUp: "Book a full day next time",
      },
      none,
      [],
    ],
    [
      "3.2 without a choice or evidence",
      { standardId: "3.2", met: null, evidence: "  " },
      none,
      ["met", "evidence"],
    ],
    [
      "3.3 evidence too long",
      { standardId: "3.3", met: true, evidence: "x".repeat(1001) },
      none,
      ["evidence"],
    ],
    [
      "9.9 is not in Appendix 1",
      { standardId: "9.9", met: true, evidence: "x" },
      none,
      ["standardId"],
    ],
    [
      "5.1 answered by the panel record",
      { standardId: "5.1", met: true, evidence: "x" },
      withPanel,
      ["standardId"],
    ],
    [
      "5.1 with no panel yet may be assessed",
      { standardId: "5.1", met: true, evidence: "Three on the panel" },
      none,
      [],
    ],
  ] as const)("%s", (_label, input, current, fields) => {
    expect(validateStandardAssessment(input, current).map((e) => e.field)).toEqual(fields);
  });

  it("names the record's reason when refusing a standard the record answers (5.1)", () => {
    const [error] = validateStandardAssessment(
      { standardId: "5.1", met: false, evidence: "x" },
      withPanel,
    );
    expect(error?.code).toBe("STANDARD_ANSWERED_BY_RECORD");
    expect(error?.message).toContain("Panel make-up: no breaches");
  });
});
