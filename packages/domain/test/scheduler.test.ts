import { describe, expect, it } from "vitest";
import {
  nextDue,
  type PathwayEvent,
  type PolicyProfile,
  resolveProfile,
  schedulePathway,
} from "../src/index.js";
import { admit, held, only, schedule } from "./helpers.js";

const ADULT = "1990-06-15";
const CHILD = "2012-03-10"; // 12 in 2024
const TEEN = "2008-01-20"; // 16–17 in 2024–25, 18 on 2026-01-20

const sent = (date: string): PathwayEvent => ({ kind: "REPORT_SENT", date });
const plan = (date: string): PathwayEvent => ({ kind: "TREATMENT_PLAN_SHARED", date });

describe("§10 community review before admission", () => {
  it.each([
    [
      "admission actively considered (§10)",
      ADULT,
      [{ kind: "ADMISSION_CONSIDERED", date: "2024-05-01" }],
      "§10",
    ],
    [
      "register rating red (Appendix 2)",
      CHILD,
      [{ kind: "REGISTER_ENTRY", date: "2024-05-01", rating: "RED" }],
      "§10; Appendix 2",
    ],
  ] as [string, string, PathwayEvent[], string][])(
    "§10 %s → community review due before admission",
    (_l, dob, events, section) => {
      const r = only(schedule(dob, events, "2024-06-01").reviews);
      expect(r).toMatchObject({
        kind: "COMMUNITY_REVIEW",
        dueDate: null,
        dueCondition: "BEFORE_ADMISSION",
        overdue: false,
        section,
      });
    },
  );

  it("§22 the schedule says what to call the review today", () => {
    expect(schedule(TEEN, [], "2026-01-19").reviewName).toBe("CETR");
    expect(schedule(TEEN, [], "2026-01-20").reviewName).toBe("CTR");
  });

  it("§10 CETR wording for under-18s, CTR for adults", () => {
    expect(
      schedule(CHILD, [{ kind: "ADMISSION_CONSIDERED", date: "2024-05-01" }], "2024-06-01")
        .reviews[0]?.reason,
    ).toContain("CETR");
    expect(
      schedule(ADULT, [{ kind: "ADMISSION_CONSIDERED", date: "2024-05-01" }], "2024-06-01")
        .reviews[0]?.reason,
    ).toContain("community CTR");
  });

  it("§4/§18 courts or prison route: no community review, a note says why", () => {
    const s = schedule(
      ADULT,
      [{ kind: "ADMISSION_CONSIDERED", date: "2024-05-01", route: "CRIMINAL_JUSTICE" }],
      "2024-06-01",
    );
    expect(s.reviews).toEqual([]);
    expect(only(s.notes)).toMatchObject({ kind: "NOT_APPLICABLE", section: "§4" });
  });

  it("§10 a community review held after the trigger satisfies it; register amber/green does not trigger", () => {
    expect(
      schedule(
        ADULT,
        [
          { kind: "ADMISSION_CONSIDERED", date: "2024-05-01" },
          held("2024-05-10", "COMMUNITY"),
          sent("2024-05-12"),
        ],
        "2024-06-01",
      ).reviews,
    ).toEqual([]);
    expect(
      schedule(
        ADULT,
        [{ kind: "REGISTER_ENTRY", date: "2024-05-01", rating: "AMBER" }],
        "2024-06-01",
      ).reviews,
    ).toEqual([]);
  });
});

describe("§11 post-admission review when no community review was held", () => {
  it.each([
    ["adult within 4 weeks", ADULT, "2024-03-01", "2024-03-29", "POST_ADMISSION_ADULT"],
    ["under-18 within 2 weeks (§27)", CHILD, "2024-03-01", "2024-03-15", "POST_ADMISSION_CHILD"],
    [
      "17-year-old is a child at admission",
      TEEN,
      "2025-12-01",
      "2025-12-15",
      "POST_ADMISSION_CHILD",
    ],
    [
      "admitted on the 18th birthday is an adult",
      TEEN,
      "2026-01-20",
      "2026-02-17",
      "POST_ADMISSION_ADULT",
    ],
  ])("§11 %s", (_l, dob, admission, due, rule) => {
    const r = only(schedule(dob, [admit(admission)], admission).reviews);
    expect(r).toMatchObject({
      kind: "POST_ADMISSION_REVIEW",
      rule,
      dueDate: due,
      triggerDate: admission,
      overdue: false,
    });
    expect(r.section).toMatch(/^§11/);
  });

  it.each([
    ["§11 overdue as of now", "2024-04-05", true, 7],
    ["§11 due today is not overdue", "2024-03-29", false, 0],
  ])("%s", (_l, now, overdue, days) => {
    const r = only(schedule(ADULT, [admit("2024-03-01")], now).reviews);
    expect(r).toMatchObject({ overdue, daysOverdue: days });
  });

  it.each([
    [
      "§5/§18 criminal justice route still gets a post-admission review",
      ADULT,
      [admit("2024-03-01", { route: "CRIMINAL_JUSTICE", setting: "MEDIUM_SECURE" })],
      "criminal justice",
      "2024-03-29",
    ],
    [
      "Appendix 4 §45.2.3 adult admitted after an emergency protocol meeting: 4 weeks",
      ADULT,
      [{ kind: "EMERGENCY_PROTOCOL_MEETING", date: "2024-02-28" }, admit("2024-03-01")],
      "Emergency Protocol",
      "2024-03-29",
    ],
    [
      "Appendix 4 §45.2.3 child admitted after an emergency protocol meeting: 2 weeks",
      CHILD,
      [{ kind: "EMERGENCY_PROTOCOL_MEETING", date: "2024-02-28" }, admit("2024-03-01")],
      "Emergency Protocol",
      "2024-03-15",
    ],
  ] as [string, string, PathwayEvent[], string, string][])("%s", (_l, dob, events, text, due) => {
    const r = only(schedule(dob, events, "2024-03-02").reviews);
    expect(r.kind).toBe("POST_ADMISSION_REVIEW");
    expect(r.reason).toContain(text);
    expect(r.dueDate).toBe(due);
  });

  it("Appendix 4: the emergency meeting is cited", () => {
    const r = only(
      schedule(
        ADULT,
        [{ kind: "EMERGENCY_PROTOCOL_MEETING", date: "2024-02-28" }, admit("2024-03-01")],
        "2024-03-02",
      ).reviews,
    );
    expect(r.section).toContain("Appendix 4 §45.2.3");
  });

  it.each([
    ["national: 2 weeks", "national-2017", "2024-03-15"],
    ["seed 001 local profile: 10 days", "local-10-day-inpatient-cetr", "2024-03-11"],
    [
      "NHS England: 5 working days (Friday admission → next Friday)",
      "children-5-working-days",
      "2024-03-08",
    ],
  ])("§11 child post-admission under profile %s", (_l, profile, due) => {
    const r = only(schedule(CHILD, [admit("2024-03-01")], "2024-03-01", { profile }).reviews);
    expect(r.dueDate).toBe(due);
    if (profile !== "national-2017") expect(r.reason).toContain("local profile");
  });

  it("§11 5 working days skips Easter (Good Friday, Easter Monday)", () => {
    const r = only(
      schedule(CHILD, [admit("2024-03-27")], "2024-03-27", { profile: "children-5-working-days" })
        .reviews,
    );
    expect(r.dueDate).toBe("2024-04-05");
  });
});

describe("§12/§34 inpatient reviews", () => {
  it.each([
    [
      "child every 3 months (§34), all settings",
      CHILD,
      "LD_MH_NON_SECURE",
      "2024-04-10",
      "2024-07-10",
      "INPATIENT_CHILD",
    ],
    [
      "child in a secure setting still every 3 months",
      CHILD,
      "MEDIUM_SECURE",
      "2024-04-10",
      "2024-07-10",
      "INPATIENT_CHILD",
    ],
    [
      "adult non-secure every 6 months",
      ADULT,
      "LD_MH_NON_SECURE",
      "2024-04-10",
      "2024-10-10",
      "INPATIENT_ADULT_NON_SECURE",
    ],
    [
      "adult low secure every 12 months",
      ADULT,
      "LOW_SECURE",
      "2024-04-10",
      "2025-04-10",
      "INPATIENT_ADULT_SECURE",
    ],
    [
      "adult high secure every 12 months",
      ADULT,
      "HIGH_SECURE",
      "2024-04-10",
      "2025-04-10",
      "INPATIENT_ADULT_SECURE",
    ],
    [
      "month-end review clamps (31 Aug + 6 months)",
      ADULT,
      "LD_MH_NON_SECURE",
      "2024-08-31",
      "2025-02-28",
      "INPATIENT_ADULT_NON_SECURE",
    ],
  ])("§12 %s", (_l, dob, setting, last, due, rule) => {
    const s = schedule(
      dob,
      [
        admit("2024-03-01", { setting: setting as "LOW_SECURE" }),
        held(last, "POST_ADMISSION"),
        sent(last),
        plan(last),
      ],
      last,
    );
    const r = only(s.reviews);
    expect(r).toMatchObject({ kind: "INPATIENT_REVIEW", rule, dueDate: due, triggerDate: last });
    expect(s.clocks).toEqual([]);
  });

  it("§7.3.8 community review before admission: next review at the inpatient interval from admission", () => {
    const s = schedule(
      ADULT,
      [
        held("2024-02-01", "COMMUNITY"),
        sent("2024-02-02"),
        admit("2024-03-01"),
        plan("2024-03-05"),
      ],
      "2024-03-10",
    );
    expect(only(s.reviews)).toMatchObject({
      kind: "INPATIENT_REVIEW",
      dueDate: "2024-09-01",
      triggerDate: "2024-03-01",
    });
    expect(only(s.reviews).reason).toContain("community review held before admission");
  });

  it("§4 transfer high → medium secure is one continuous stay: the clock does not restart", () => {
    const s = schedule(
      ADULT,
      [
        admit("2023-01-01", { setting: "HIGH_SECURE" }),
        held("2023-01-20", "POST_ADMISSION"),
        sent("2023-01-25"),
        plan("2023-01-25"),
        { kind: "TRANSFER", date: "2023-06-01", setting: "MEDIUM_SECURE" },
      ],
      "2023-07-01",
    );
    expect(only(s.reviews)).toMatchObject({
      dueDate: "2024-01-20",
      rule: "INPATIENT_ADULT_SECURE",
    });
    expect(s.currentSetting).toBe("MEDIUM_SECURE");
  });

  it("§4 transfer from secure to non-secure uses the non-secure interval from the last review", () => {
    const s = schedule(
      ADULT,
      [
        admit("2023-01-01", { setting: "LOW_SECURE" }),
        held("2023-01-20", "POST_ADMISSION"),
        sent("2023-01-25"),
        plan("2023-01-25"),
        { kind: "TRANSFER", date: "2023-03-01", setting: "LD_MH_NON_SECURE" },
      ],
      "2023-04-01",
    );
    expect(only(s.reviews)).toMatchObject({
      dueDate: "2023-07-20",
      rule: "INPATIENT_ADULT_NON_SECURE",
    });
  });

  it("§12/§22 turning 18 during a stay: the children's interval holds for the review that spans the birthday, adult after", () => {
    const events = [
      admit("2025-10-01"),
      held("2025-10-10", "POST_ADMISSION"),
      sent("2025-10-11"),
      plan("2025-10-11"),
    ];
    const r = only(schedule(TEEN, events, "2025-11-01").reviews);
    expect(r).toMatchObject({ rule: "INPATIENT_CHILD", dueDate: "2026-01-10" });
    const r2 = only(
      schedule(TEEN, [...events, held("2025-12-15"), sent("2025-12-16")], "2025-12-20").reviews,
    );
    expect(r2).toMatchObject({ rule: "INPATIENT_CHILD", dueDate: "2026-03-15" });
    expect(r2.reason).toContain("Turns 18 on 2026-01-20");
    const r3 = only(
      schedule(TEEN, [...events, held("2026-02-01"), sent("2026-02-02")], "2026-02-03").reviews,
    );
    expect(r3).toMatchObject({ rule: "INPATIENT_ADULT_NON_SECURE", dueDate: "2026-08-01" });
  });

  it("§34 under-13s: a note that more frequent reviews may be needed", () => {
    const s = schedule(
      CHILD,
      [admit("2024-03-01"), held("2024-03-10", "POST_ADMISSION")],
      "2024-03-11",
    );
    expect(s.notes).toContainEqual(expect.objectContaining({ rule: "UNDER_13", section: "§34" }));
  });
});

describe("§4 exceptions and exemptions", () => {
  it("§4 general hospital for physical illness: no reviews, an exemption note", () => {
    const s = schedule(
      ADULT,
      [admit("2024-03-01", { setting: "GENERAL_HOSPITAL_PHYSICAL" })],
      "2024-09-01",
    );
    expect(s.reviews).toEqual([]);
    expect(s.clocks).toEqual([]);
    expect(only(s.notes)).toMatchObject({
      kind: "EXEMPTION",
      rule: "GENERAL_HOSPITAL",
      section: "§4",
    });
    expect(s.inHospital).toBe(true);
  });

  it.each([
    ["adult", ADULT],
    ["child", CHILD],
  ])(
    "§4/§5 planned acute crisis admission (%s): inpatient review at six months, not before",
    (_l, dob) => {
      const s = schedule(
        dob,
        [admit("2024-03-01", { setting: "ACUTE_MH_PLANNED_CRISIS" }), plan("2024-03-05")],
        "2024-03-10",
      );
      expect(only(s.reviews)).toMatchObject({
        kind: "INPATIENT_REVIEW",
        rule: "PLANNED_ACUTE_STAY",
        dueDate: "2024-09-01",
      });
      expect(s.notes).toContainEqual(expect.objectContaining({ rule: "PLANNED_ACUTE_PATHWAY" }));
    },
  );

  it("§4 planned acute: a request triggers a review", () => {
    const s = schedule(
      ADULT,
      [
        admit("2024-03-01", { setting: "ACUTE_MH_PLANNED_CRISIS" }),
        { kind: "REVIEW_REQUESTED", date: "2024-03-05" },
      ],
      "2024-03-10",
    );
    expect(s.reviews.map((r) => r.kind)).toEqual(["INPATIENT_REVIEW", "REVIEW_ON_REQUEST"]);
  });

  it("§4 planned acute after the six-month review: the normal adult interval", () => {
    const s = schedule(
      ADULT,
      [
        admit("2024-03-01", { setting: "ACUTE_MH_PLANNED_CRISIS" }),
        plan("2024-03-05"),
        held("2024-08-20"),
        sent("2024-08-21"),
      ],
      "2024-08-22",
    );
    expect(only(s.reviews)).toMatchObject({
      rule: "INPATIENT_ADULT_NON_SECURE",
      dueDate: "2025-02-20",
    });
  });

  const resettle = (date: string, dissatisfied: boolean, housing = true): PathwayEvent => ({
    kind: "RESETTLEMENT_PATHWAY",
    date,
    housingInPlace: housing,
    careProviderInPlace: true,
    clearDischargePlan: true,
    dischargeDateIdentified: true,
    anyPartyDissatisfied: dissatisfied,
  });
  it.each([
    ["everything in place, nobody dissatisfied → exempt", resettle("2024-06-01", false), 0],
    ["a party is dissatisfied → not exempt", resettle("2024-06-01", true), 1],
    ["no housing yet → not exempt", resettle("2024-06-01", false, false), 1],
  ])("§4 resettlement pathway: %s", (_l, event, count) => {
    const s = schedule(
      ADULT,
      [
        admit("2024-03-01"),
        held("2024-03-10", "POST_ADMISSION"),
        sent("2024-03-11"),
        plan("2024-03-11"),
        event,
      ],
      "2024-07-01",
    );
    expect(s.reviews).toHaveLength(count);
    if (count === 0)
      expect(only(s.notes)).toMatchObject({ rule: "RESETTLEMENT_PATHWAY", section: "§4" });
  });

  it("§4 intended move to higher security: a review using community lines of enquiry, before the move", () => {
    const base = [
      admit("2024-03-01"),
      held("2024-03-10", "POST_ADMISSION"),
      sent("2024-03-11"),
      plan("2024-03-11"),
    ];
    const s = schedule(
      ADULT,
      [...base, { kind: "HIGHER_SECURITY_MOVE_INTENDED", date: "2024-05-01" }],
      "2024-05-02",
    );
    expect(s.reviews.find((r) => r.kind === "HIGHER_SECURITY_REVIEW")).toMatchObject({
      dueDate: null,
      dueCondition: "BEFORE_TRANSFER",
      overdue: false,
      section: "§4",
    });
    const moved = schedule(
      ADULT,
      [
        ...base,
        { kind: "HIGHER_SECURITY_MOVE_INTENDED", date: "2024-05-01" },
        { kind: "TRANSFER", date: "2024-05-10", setting: "MEDIUM_SECURE" },
      ],
      "2024-05-12",
    );
    expect(moved.reviews.find((r) => r.kind === "HIGHER_SECURITY_REVIEW")).toMatchObject({
      dueDate: "2024-05-10",
      overdue: true,
    });
    const unannounced = schedule(
      ADULT,
      [...base, { kind: "TRANSFER", date: "2024-05-10", setting: "LOW_SECURE" }],
      "2024-05-10",
    );
    expect(unannounced.reviews.find((r) => r.kind === "HIGHER_SECURITY_REVIEW")).toMatchObject({
      dueDate: "2024-05-10",
      overdue: false,
    });
    const reviewed = schedule(
      ADULT,
      [
        ...base,
        { kind: "HIGHER_SECURITY_MOVE_INTENDED", date: "2024-05-01" },
        held("2024-05-05", "HIGHER_SECURITY"),
        sent("2024-05-06"),
        { kind: "TRANSFER", date: "2024-05-10", setting: "MEDIUM_SECURE" },
      ],
      "2024-05-12",
    );
    expect(reviewed.reviews.map((r) => r.kind)).toEqual(["INPATIENT_REVIEW"]);
  });
});

describe("§14 review on request", () => {
  /** A request the commissioner convened (agreed to) on `date`, asked for on `requestedOn`. */
  const convened = (date: string, requestedOn?: string): PathwayEvent => ({
    kind: "REVIEW_REQUESTED",
    date,
    ...(requestedOn ? { requestedOn } : {}),
  });

  it.each([
    [
      "§14, Figure 7: an adult's request, convened: due as the local protocol says",
      ADULT,
      [convened("2024-05-10", "2024-05-01")],
      "§14; Figure 7",
      "Asked for on 2024-05-01; the commissioner agreed on 2024-05-10 to hold a CTR",
    ],
    [
      "§25, Figure 9: a child's request follows the CETR pathway",
      CHILD,
      [convened("2024-05-10", "2024-05-01")],
      "§14; §25; Figure 9",
      "Asked for on 2024-05-01; the commissioner agreed on 2024-05-10 to hold a CETR",
    ],
    [
      "§14: when it was asked for is not known",
      ADULT,
      [convened("2024-05-10")],
      "§14; Figure 7",
      "The commissioner agreed on 2024-05-10 to hold the CTR that was asked for",
    ],
    [
      "§14: in hospital too, beside the inpatient review",
      ADULT,
      [admit("2024-01-02"), held("2024-01-20"), sent("2024-01-25"), convened("2024-05-10")],
      "§14; Figure 7",
      "The commissioner agreed on 2024-05-10",
    ],
    [
      "§14: a review held before the request was convened does not answer it",
      ADULT,
      [held("2024-05-02", "COMMUNITY"), sent("2024-05-03"), convened("2024-05-10", "2024-04-28")],
      "§14; Figure 7",
      "Asked for on 2024-04-28",
    ],
    [
      "§14: a second request before any review is the same wait, from the first",
      ADULT,
      [convened("2024-05-10", "2024-05-01"), convened("2024-05-20", "2024-05-15")],
      "§14; Figure 7",
      "agreed on 2024-05-10",
    ],
  ] as [string, string, PathwayEvent[], string, string][])(
    "%s",
    (_label, dob, events, section, reason) => {
      const due = schedule(dob, events, "2024-06-01").reviews.filter(
        (r) => r.kind === "REVIEW_ON_REQUEST",
      );
      // No national timescale (§14: "according to locally established protocols"): no invented date.
      expect(only(due)).toMatchObject({
        rule: "REQUEST",
        section,
        dueDate: null,
        dueCondition: "AS_AGREED_LOCALLY",
        overdue: false,
        daysOverdue: 0,
        // The clock starts when the commissioner convened it (the first one still open).
        triggerDate: "2024-05-10",
      });
      expect(due[0]?.reason).toContain(reason);
      expect(due[0]?.reason).toContain("§14");
    },
  );

  it.each([
    [
      "§14: a review held after it was convened",
      [convened("2024-05-10"), held("2024-05-20", "ON_REQUEST")],
    ],
    [
      "§14: a review of another kind answers it too",
      [convened("2024-05-10"), held("2024-05-20", "COMMUNITY")],
    ],
    [
      "§14: held the day it was convened",
      [held("2024-05-10", "COMMUNITY"), convened("2024-05-10")],
    ],
    [
      "§14: two requests, one review held after both",
      [convened("2024-05-01"), convened("2024-05-02"), held("2024-05-20", "ON_REQUEST")],
    ],
  ] as [string, PathwayEvent[]][])("%s: no longer due", (_label, events) => {
    expect(
      schedule(ADULT, [...events, sent("2024-05-25")], "2024-06-01").reviews.filter(
        (r) => r.kind === "REVIEW_ON_REQUEST",
      ),
    ).toEqual([]);
  });

  it("§14 a request convened after a review was held is due again", () => {
    const s = schedule(
      ADULT,
      [
        convened("2024-03-01"),
        held("2024-03-20", "ON_REQUEST"),
        sent("2024-03-25"),
        convened("2024-05-10", "2024-05-02"),
      ],
      "2024-06-01",
    );
    expect(only(s.reviews)).toMatchObject({ kind: "REVIEW_ON_REQUEST", triggerDate: "2024-05-10" });
  });

  it.each([
    ["not a real date", convened("2024-05-10", "2024-02-30"), "DATE_INVALID"],
    ["after the day it was convened", convened("2024-05-10", "2024-05-11"), "DATE_INVALID"],
    ["before the date of birth", convened("2024-05-10", "1990-01-01"), "EVENT_BEFORE_BIRTH"],
  ] as [string, PathwayEvent, string][])(
    "§14 asked for on a date %s: refused, naming the event",
    (_label, event, code) => {
      const r = schedulePathway({
        dateOfBirth: ADULT,
        events: [{ ...event, id: "rq-1" }],
        now: "2024-06-01",
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toMatchObject({
        code,
        eventIndex: 0,
        eventId: "rq-1",
        eventKind: "REVIEW_REQUESTED",
      });
      expect(r.error.message).toContain("asked for on");
    },
  );
});

describe("other clocks", () => {
  it.each([
    [
      "§7.2.18 report within 2 weeks of the review",
      [held("2024-05-01", "COMMUNITY")],
      "REPORT_CIRCULATION",
      "2024-05-15",
    ],
    [
      "Appendix 3 step 1 treatment plan within 4 weeks of admission",
      [admit("2024-05-01"), held("2024-05-02", "POST_ADMISSION"), sent("2024-05-03")],
      "TREATMENT_PLAN",
      "2024-05-29",
    ],
    [
      "Appendix 3 step 7 first community visit within 1 week of discharge",
      [
        admit("2024-01-01"),
        plan("2024-01-02"),
        held("2024-01-03", "POST_ADMISSION"),
        sent("2024-01-04"),
        { kind: "DISCHARGE", date: "2024-05-01" },
      ],
      "FIRST_COMMUNITY_VISIT",
      "2024-05-08",
    ],
    [
      "§18 emergency access assessment within 24 hours",
      [{ kind: "ACCESS_REFERRAL", date: "2024-05-01", urgency: "EMERGENCY" }],
      "ACCESS_ASSESSMENT",
      "2024-05-02",
    ],
  ] as [string, PathwayEvent[], string, string][])("%s", (_l, events, kind, due) => {
    const s = schedule(ADULT, events, "2024-05-05");
    expect(only(s.clocks)).toMatchObject({ kind, dueDate: due });
  });

  it("§18 urgent: verbal response within 24 hours and assessment within 4 weeks", () => {
    const s = schedule(
      ADULT,
      [{ kind: "ACCESS_REFERRAL", date: "2024-05-01", urgency: "URGENT" }],
      "2024-05-03",
    );
    expect(s.clocks.map((c) => [c.rule, c.dueDate, c.overdue])).toEqual([
      ["ACCESS_URGENT_VERBAL_RESPONSE", "2024-05-02", true],
      ["ACCESS_URGENT_ASSESSMENT", "2024-05-29", false],
    ]);
  });

  it("§18 routine: response within 14 working days (bank holiday skipped), assessment within 1 month; a response stops the first clock", () => {
    const s = schedule(
      ADULT,
      [{ kind: "ACCESS_REFERRAL", date: "2024-05-01", urgency: "ROUTINE" }],
      "2024-05-01",
    );
    expect(s.clocks.map((c) => [c.rule, c.dueDate])).toEqual([
      ["ACCESS_ROUTINE_RESPONSE", "2024-05-22"],
      ["ACCESS_ROUTINE_ASSESSMENT", "2024-06-01"],
    ]);
    const responded = schedule(
      ADULT,
      [
        { kind: "ACCESS_REFERRAL", date: "2024-05-01", urgency: "ROUTINE" },
        { kind: "ACCESS_RESPONSE", date: "2024-05-03" },
      ],
      "2024-05-04",
    );
    expect(responded.clocks.map((c) => c.rule)).toEqual(["ACCESS_ROUTINE_ASSESSMENT"]);
    const assessed = schedule(
      ADULT,
      [
        { kind: "ACCESS_REFERRAL", date: "2024-05-01", urgency: "ROUTINE" },
        { kind: "ACCESS_ASSESSMENT", date: "2024-05-09" },
      ],
      "2024-05-10",
    );
    expect(assessed.clocks).toEqual([]);
  });

  it("Appendix 6 restricted patient found ready for discharge: MoJ contact within 1 week", () => {
    const events: PathwayEvent[] = [
      admit("2024-01-01", {
        setting: "MEDIUM_SECURE",
        route: "CRIMINAL_JUSTICE",
        restricted: true,
      }),
      plan("2024-01-10"),
      {
        kind: "REVIEW_HELD",
        date: "2024-01-20",
        reviewKind: "POST_ADMISSION",
        outcome: "READY_FOR_DISCHARGE",
      },
      sent("2024-01-25"),
    ];
    const s = schedule(ADULT, events, "2024-01-30");
    expect(only(s.clocks)).toMatchObject({
      kind: "MOJ_CONTACT",
      dueDate: "2024-01-27",
      overdue: true,
      section: "Appendix 6",
    });
    expect(
      schedule(ADULT, [...events, { kind: "MOJ_CONTACTED", date: "2024-01-26" }], "2024-01-30")
        .clocks,
    ).toEqual([]);
  });

  it("Appendix 6 unrestricted patients have no MoJ clock", () => {
    const s = schedule(
      ADULT,
      [
        admit("2024-01-01"),
        plan("2024-01-10"),
        {
          kind: "REVIEW_HELD",
          date: "2024-01-20",
          reviewKind: "POST_ADMISSION",
          outcome: "READY_FOR_DISCHARGE",
        },
        sent("2024-01-25"),
      ],
      "2024-01-30",
    );
    expect(s.clocks).toEqual([]);
  });

  it("Appendix 3 step 7 a community visit or readmission stops the first-visit clock", () => {
    const stay = [
      admit("2024-01-01"),
      plan("2024-01-02"),
      held("2024-01-03", "POST_ADMISSION"),
      sent("2024-01-04"),
      { kind: "DISCHARGE", date: "2024-05-01" } as PathwayEvent,
    ];
    expect(
      schedule(ADULT, [...stay, { kind: "COMMUNITY_VISIT", date: "2024-05-05" }], "2024-05-06")
        .clocks,
    ).toEqual([]);
    expect(
      schedule(ADULT, [...stay, admit("2024-05-03")], "2024-05-04").clocks.map((c) => c.kind),
    ).toEqual(["TREATMENT_PLAN"]);
  });

  it("nextDue picks the earliest dated item", () => {
    const s = schedule(CHILD, [admit("2024-05-01")], "2024-05-01");
    expect(nextDue(s)).toMatchObject({ kind: "POST_ADMISSION_REVIEW", dueDate: "2024-05-15" });
    const adult = schedule(
      ADULT,
      [admit("2024-05-01"), held("2024-05-01", "POST_ADMISSION")],
      "2024-05-01",
    );
    expect(nextDue(adult)?.kind).toBe("REPORT_CIRCULATION");
    expect(nextDue(schedule(ADULT, [], "2024-05-01"))).toBeNull();
  });
});

describe("invalid histories are rejected naming the event", () => {
  it.each([
    [
      "event before birth",
      [{ kind: "COMMUNITY_LIVING", date: "1990-06-14", id: "e1" }],
      "EVENT_BEFORE_BIRTH",
      0,
    ],
    [
      "event after now",
      [{ kind: "COMMUNITY_LIVING", date: "2030-01-01", id: "e1" }],
      "EVENT_AFTER_NOW",
      0,
    ],
    [
      "impossible date",
      [{ kind: "COMMUNITY_LIVING", date: "2024-02-30", id: "e1" }],
      "DATE_INVALID",
      0,
    ],
    ["unknown kind", [{ kind: "PARTY", date: "2024-02-01", id: "e1" }], "INVALID_CHOICE", 0],
    [
      "discharge without admission (§4)",
      [{ kind: "DISCHARGE", date: "2024-02-01", id: "d1" }],
      "DISCHARGE_WITHOUT_ADMISSION",
      0,
    ],
    [
      "transfer without admission (§4)",
      [{ kind: "TRANSFER", date: "2024-02-01", setting: "LOW_SECURE", id: "t1" }],
      "TRANSFER_WITHOUT_ADMISSION",
      0,
    ],
    [
      "overlapping stays",
      [admit("2024-01-01"), { ...admit("2024-02-01"), id: "a2" }],
      "OVERLAPPING_STAYS",
      1,
    ],
    [
      "inpatient review outside a stay (§12)",
      [{ ...held("2024-01-01"), id: "r1" }],
      "EVENT_REQUIRES_HOSPITAL_STAY",
      0,
    ],
    [
      "higher-security intention outside a stay (§4)",
      [{ kind: "HIGHER_SECURITY_MOVE_INTENDED", date: "2024-01-01", id: "h" }],
      "EVENT_REQUIRES_HOSPITAL_STAY",
      0,
    ],
    [
      "resettlement outside a stay (§4)",
      [
        {
          kind: "RESETTLEMENT_PATHWAY",
          date: "2024-01-01",
          housingInPlace: true,
          careProviderInPlace: true,
          clearDischargePlan: true,
          dischargeDateIdentified: true,
          anyPartyDissatisfied: false,
          id: "x",
        },
      ],
      "EVENT_REQUIRES_HOSPITAL_STAY",
      0,
    ],
    [
      "treatment plan outside a stay (Appendix 3)",
      [{ kind: "TREATMENT_PLAN_SHARED", date: "2024-01-01", id: "p" }],
      "EVENT_REQUIRES_HOSPITAL_STAY",
      0,
    ],
  ] as [string, PathwayEvent[], string, number][])("%s → %s", (_l, events, code, index) => {
    const r = schedulePathway({ dateOfBirth: ADULT, events, now: "2024-06-01" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({
      code,
      eventIndex: index,
      eventKind: events[index]?.kind,
      eventDate: events[index]?.date,
    });
    expect(r.error.message).toContain(events[index]?.kind ?? "");
  });

  it("a non-object event is a named error, not a crash", () => {
    const r = schedulePathway({
      dateOfBirth: ADULT,
      events: [null as unknown as PathwayEvent],
      now: "2024-06-01",
    });
    expect(r).toMatchObject({ ok: false, error: { code: "INVALID_CHOICE", eventIndex: 0 } });
  });

  it("overlapping stays names the open admission too", () => {
    const r = schedulePathway({
      dateOfBirth: ADULT,
      events: [admit("2024-01-01"), admit("2024-02-01")],
      now: "2024-06-01",
    });
    expect(r.ok === false && r.error.relatedEventIndex).toBe(0);
  });

  it("events out of order are sorted by date before validation (discharge before admission in the array)", () => {
    const r = schedulePathway({
      dateOfBirth: ADULT,
      events: [
        { kind: "DISCHARGE", date: "2024-03-01" },
        admit("2024-01-01"),
        plan("2024-01-05"),
        held("2024-01-10", "POST_ADMISSION"),
        sent("2024-01-11"),
      ],
      now: "2024-03-02",
    });
    expect(r.ok && r.value.inHospital).toBe(false);
    expect(r.ok && r.value.clocks[0]?.triggerEventIndex).toBe(0);
  });

  it.each([
    ["unknown profile key", { profile: "nowhere" }, "PROFILE_UNKNOWN"],
    ["invalid date of birth", { dateOfBirth: "1990-02-30" }, "DATE_INVALID"],
    ["invalid now", { now: "yesterday" }, "DATE_INVALID"],
  ])("%s → %s", (_l, patch, code) => {
    const r = schedulePathway({ dateOfBirth: ADULT, events: [], now: "2024-06-01", ...patch });
    expect(r).toMatchObject({ ok: false, error: { code, eventIndex: -1 } });
  });

  it("invalid caller profile is rejected with its field errors", () => {
    const bad: PolicyProfile = {
      key: "bad",
      name: "Bad",
      description: "",
      rules: { MOJ_CONTACT: { duration: { amount: -1, unit: "WEEKS" }, source: "x" } },
    };
    const r = schedulePathway({
      dateOfBirth: ADULT,
      events: [],
      now: "2024-06-01",
      profile: "bad",
      extraProfiles: [bad],
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: "PROFILE_INVALID",
        profileError: { errors: [{ field: "rules.MOJ_CONTACT.duration.amount" }] },
      },
    });
  });

  it("accepts a resolved profile and a Date for now (London date)", () => {
    const p = resolveProfile("national-2017");
    if (!p.ok) throw new Error("national");
    const r = schedulePathway({
      dateOfBirth: ADULT,
      events: [admit("2024-06-30")],
      now: new Date("2024-06-30T23:30:00Z"),
      profile: p.value,
    });
    expect(r.ok && r.value.asOf).toBe("2024-07-01");
  });
});

describe("README examples stay true", () => {
  it("§11/Appendix 4 scheduler example", () => {
    const r = schedulePathway({
      dateOfBirth: "2010-04-02",
      now: "2024-03-20",
      profile: "national-2017",
      events: [
        { id: "e1", kind: "EMERGENCY_PROTOCOL_MEETING", date: "2024-02-28" },
        {
          id: "e2",
          kind: "ADMISSION",
          date: "2024-03-01",
          route: "CIVIL",
          setting: "LD_MH_NON_SECURE",
        },
      ],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.reviews[0]).toMatchObject({
      kind: "POST_ADMISSION_REVIEW",
      rule: "POST_ADMISSION_CHILD",
      section: "§11; Appendix 4 §45.2.3",
      dueDate: "2024-03-15",
      overdue: true,
      daysOverdue: 5,
      triggerEventId: "e2",
    });
    expect(r.value.reviews[0]?.reason).toMatch(
      /^Admitted after a Local Area Emergency Protocol meeting on 2024-02-28: a full post-admission CETR/,
    );
    expect(r.value.clocks[0]).toMatchObject({ kind: "TREATMENT_PLAN", dueDate: "2024-03-29" });
  });
});
