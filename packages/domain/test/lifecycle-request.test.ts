import { describe, expect, it } from "vitest";
import {
  advanceRequest,
  type CalendarDate,
  checkPanel,
  checkTransition,
  decideReviewConsent,
  type PanelMember,
  REVIEW_STATES,
  REVIEW_TRANSITIONS,
  type ReviewGuardContext,
  type ReviewState,
  routeReviewRequest,
  TERMINAL_STATES,
  transitionReview,
} from "../src/index.js";

const consentOk = decideReviewConsent({
  age: 30,
  personConsent: "GIVEN",
  personConsentInformed: true,
});
const consentMissing = decideReviewConsent({ age: 30, personConsent: "NOT_ASKED" });
const m = (role: PanelMember["role"], patch: Partial<PanelMember> = {}): PanelMember => ({
  name: role,
  role,
  conflictsDeclared: true,
  trainingCurrent: true,
  ...patch,
});
const panelOk = checkPanel([m("CHAIR"), m("EXPERT_BY_EXPERIENCE"), m("CLINICAL_EXPERT")], {
  personAge: 30,
});
const panelBad = checkPanel([m("CHAIR", { conflictsDeclared: false }), m("CLINICAL_EXPERT")], {
  personAge: 30,
});
const action = {
  what: "Book a medication review",
  owner: "Dr Amir Khan",
  howWeWillKnow: "Letter to GP",
  dueDate: "2024-06-01",
};
const reviewDate = "2024-05-01" as CalendarDate;

describe("review lifecycle (§7.1–§7.3)", () => {
  it.each([
    ["REQUESTED", "CONSENT_PENDING", {}],
    ["PLANNED", "CONSENT_PENDING", {}],
    ["CONSENT_PENDING", "SCHEDULED", { consent: consentOk }],
    ["SCHEDULED", "HELD", { consent: consentOk, panel: panelOk }],
    ["HELD", "REPORT_DRAFTED", { reviewDate, actions: [action] }],
    [
      "REPORT_DRAFTED",
      "REPORT_SENT",
      {
        reviewDate,
        actions: [action],
        reportCirculation: { person: true, family: "NOT_APPROPRIATE", careTeam: true },
      },
    ],
    ["REPORT_SENT", "FOLLOW_UP", {}],
    [
      "FOLLOW_UP",
      "CLOSED",
      {
        actions: [
          { ...action, status: "DONE" },
          { ...action, status: "NOT_DONE", notDoneReason: "Person declined" },
        ],
      },
    ],
    ["REQUESTED", "DECLINED", {}],
    ["SCHEDULED", "WITHDRAWN", {}],
    ["PLANNED", "EXEMPT", { exemptionReason: "General hospital for physical illness (§4)" }],
  ] as [ReviewState, ReviewState, ReviewGuardContext][])("§7 %s → %s allowed", (from, to, ctx) => {
    expect(checkTransition(from, to, ctx)).toEqual({ allowed: true, reasons: [] });
    expect(transitionReview(from, to, ctx)).toEqual({ ok: true, state: to });
  });

  it.each([
    [
      "§6 no consent basis",
      "CONSENT_PENDING",
      "SCHEDULED",
      { consent: consentMissing },
      ["CONSENT_BASIS", "PERSON_CONSENT"],
    ],
    ["§6 consent never recorded", "CONSENT_PENDING", "SCHEDULED", {}, ["CONSENT_BASIS"]],
    [
      "standard 5.1/5.7 panel incomplete and conflicted, and no consent",
      "SCHEDULED",
      "HELD",
      { consent: consentMissing, panel: panelBad },
      [
        "CONSENT_BASIS",
        "PERSON_CONSENT",
        "PANEL_EXPERT_BY_EXPERIENCE_MISSING",
        "CONFLICTS_DECLARED",
      ],
    ],
    [
      "standard 5.1 panel not recorded",
      "SCHEDULED",
      "HELD",
      { consent: consentOk },
      ["PANEL_RECORDED"],
    ],
    [
      "§7.2.18 actions without owners or dates",
      "HELD",
      "REPORT_DRAFTED",
      {
        reviewDate,
        actions: [
          { ...action, owner: "" },
          { ...action, dueDate: "" },
          { ...action, howWeWillKnow: "" },
        ],
      },
      ["SMART_NAMED_OWNER", "SMART_TIME_FRAMED", "SMART_MEASURABLE"],
    ],
    [
      "§7.2.18 review date missing",
      "HELD",
      "REPORT_DRAFTED",
      { actions: [action] },
      ["REVIEW_DATE"],
    ],
    [
      "§7.2.18 report not circulated to everyone",
      "REPORT_DRAFTED",
      "REPORT_SENT",
      {
        reviewDate,
        actions: [action],
        reportCirculation: { person: false, family: false, careTeam: true },
      },
      ["REPORT_CIRCULATION"],
    ],
    [
      "§7.2.18 report circulation not recorded",
      "REPORT_DRAFTED",
      "REPORT_SENT",
      { reviewDate, actions: [] },
      ["REPORT_CIRCULATION"],
    ],
    [
      "standard 5.11/7.6 open and unexplained actions",
      "FOLLOW_UP",
      "CLOSED",
      { actions: [action, { ...action, status: "NOT_DONE" }] },
      ["FOLLOW_UP_ACTIONS", "FOLLOW_UP_EXPLAINED"],
    ],
    ["§4 exemption without a reason", "PLANNED", "EXEMPT", {}, ["EXEMPTION_REASON"]],
    [
      "§7 no jumping from planned to held",
      "PLANNED",
      "HELD",
      { consent: consentOk, panel: panelOk },
      ["LIFECYCLE"],
    ],
    ["§7 closed is final", "CLOSED", "FOLLOW_UP", {}, ["LIFECYCLE"]],
  ] as [string, ReviewState, ReviewState, ReviewGuardContext, string[]][])(
    "%s: every reason is returned",
    (_l, from, to, ctx, rules) => {
      const c = checkTransition(from, to, ctx);
      expect(c.allowed).toBe(false);
      expect(c.reasons.map((r) => r.rule)).toEqual(rules);
      expect(transitionReview(from, to, ctx)).toMatchObject({ ok: false, state: from });
    },
  );

  it("§7.2.18 the report circulation message names who is missing", () => {
    const c = checkTransition("REPORT_DRAFTED", "REPORT_SENT", {
      reviewDate,
      actions: [],
      reportCirculation: { person: false, family: false, careTeam: false },
    });
    expect(c.reasons[0]?.message).toBe(
      "The report has not been sent to the person, the family, those directly involved in their care",
    );
  });

  it("terminal states have no way out; every state is in the table", () => {
    for (const s of TERMINAL_STATES) expect(REVIEW_TRANSITIONS[s]).toEqual([]);
    expect(Object.keys(REVIEW_TRANSITIONS).sort()).toEqual([...REVIEW_STATES].sort());
  });
});

describe("request pathway (§14, §25, Figure 9)", () => {
  it.each([
    ["PERSON", 30, false],
    ["FAMILY_OR_CARER", 30, true],
    ["COMMISSIONER", 30, true],
    ["ADVOCATE", 30, true],
    ["INPATIENT_TEAM", 30, true],
    ["COMMUNITY_TEAM", 30, true],
    ["LOCAL_AUTHORITY", 15, true],
  ] as const)(
    "§14 %s may request (age %i), routed to the care coordinator, never a complaint",
    (requester, personAge, consent) => {
      const r = routeReviewRequest({ requester, personAge, consentBasisForRequest: consent });
      expect(r).toMatchObject({
        accepted: true,
        routedTo: "CARE_COORDINATOR",
        channel: "REVIEW_REQUEST",
        treatAsComplaint: false,
        reasons: [],
      });
    },
  );

  it.each([
    [
      "§25 local authority for an adult, without consent",
      { requester: "LOCAL_AUTHORITY" as const, personAge: 30, consentBasisForRequest: false },
      ["REQUESTER_LOCAL_AUTHORITY_CHILDREN", "REQUEST_CONSENT"],
    ],
    [
      "§14 family without the person's consent",
      { requester: "FAMILY_OR_CARER" as const, personAge: 30, consentBasisForRequest: false },
      ["REQUEST_CONSENT"],
    ],
  ])("%s is not accepted", (_l, input, rules) => {
    expect(routeReviewRequest(input).reasons.map((r) => r.rule)).toEqual(rules);
  });

  it("Figure 9 safeguarding concerns are acted on immediately", () => {
    expect(
      routeReviewRequest({
        requester: "PERSON",
        personAge: 20,
        consentBasisForRequest: true,
        safeguardingConcern: true,
      }).actImmediatelyOnSafeguarding,
    ).toBe(true);
  });

  it.each([
    ["RECEIVED", "WITH_CARE_COORDINATOR", true],
    ["WITH_CARE_COORDINATOR", "RESOLVED_WITHOUT_REVIEW", true],
    ["RESOLVED_WITHOUT_REVIEW", "WITH_COMMISSIONER", true],
    ["WITH_COMMISSIONER", "CONVENED", true],
    ["DECLINED_BY_COMMISSIONER", "ESCALATED", true],
    ["ESCALATED", "CONVENED", true],
    ["RECEIVED", "CONVENED", false],
    ["CONVENED", "ESCALATED", false],
  ] as const)("§14 %s → %s allowed: %s", (from, to, ok) => {
    const r = advanceRequest(from, to);
    expect(r.ok).toBe(ok);
    expect(r.stage).toBe(ok ? to : from);
  });
});
