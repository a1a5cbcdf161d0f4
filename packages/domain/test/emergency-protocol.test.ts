import { describe, expect, it } from "vitest";
import {
  checkEmergencyMeetingPlan,
  EMERGENCY_PROTOCOL_QUESTIONS,
  EMERGENCY_PROTOCOL_STEPS,
  type EmergencyMeetingPlan,
  SUPPORT_PREFERENCES,
} from "../src/index.js";

/** Appendix 4, the Local Area Emergency Protocol, straight from §45.2–§45.2.2. */

const plan = (over: Partial<EmergencyMeetingPlan>): EmergencyMeetingPlan => ({
  answers: {},
  supportAgreed: "AT_HOME",
  supportReason: null,
  admissionAvoided: true,
  ...over,
});

describe("Appendix 4's structure", () => {
  it("has the six steps of Figure 12 and the fifteen questions of §45.2.1, each id once", () => {
    expect(EMERGENCY_PROTOCOL_STEPS).toHaveLength(6);
    expect(EMERGENCY_PROTOCOL_QUESTIONS).toHaveLength(15);
    expect(new Set(EMERGENCY_PROTOCOL_QUESTIONS.map((q) => q.id)).size).toBe(15);
  });

  it("orders support as §45.2.2 does: home, local non-inpatient, local inpatient; out of area unranked", () => {
    expect(SUPPORT_PREFERENCES.map((p) => [p.id, p.rank])).toEqual([
      ["AT_HOME", 1],
      ["LOCAL_NON_INPATIENT", 2],
      ["LOCAL_INPATIENT", 3],
      ["OUT_OF_AREA", null],
    ]);
  });
});

describe("checkEmergencyMeetingPlan", () => {
  it.each<[string, Partial<EmergencyMeetingPlan>, string[]]>([
    ["support at home, admission avoided (§45.2.2 preference 1)", {}, []],
    [
      "no support agreed (Figure 12 step 6: a decision is made)",
      { supportAgreed: null },
      ["supportAgreed:REQUIRED"],
    ],
    [
      "a short breaks service without saying why home was not possible (§45.2.2)",
      { supportAgreed: "LOCAL_NON_INPATIENT" },
      ["supportReason:REQUIRED"],
    ],
    [
      "a short breaks service, with the reason",
      {
        supportAgreed: "LOCAL_NON_INPATIENT",
        supportReason: "Home support cannot start until Monday",
      },
      [],
    ],
    [
      "out of area with no justification (§45.2.2: approval and clinical need or risk)",
      { supportAgreed: "OUT_OF_AREA", admissionAvoided: false, supportReason: "  " },
      ["supportReason:REQUIRED"],
    ],
    [
      "a local admission agreed but marked as avoided",
      { supportAgreed: "LOCAL_INPATIENT", supportReason: "Acute risk", admissionAvoided: true },
      ["admissionAvoided:INVALID_CHOICE"],
    ],
    [
      "an answer to a question Appendix 4 does not ask",
      { answers: { FAVOURITE_COLOUR: "Blue" } },
      ["answers.FAVOURITE_COLOUR:INVALID_CHOICE"],
    ],
    [
      "an answer over 4,000 characters",
      { answers: { VIEWS: "x".repeat(4001) } },
      ["answers.VIEWS:TOO_LONG"],
    ],
  ])("%s", (_what, over, expected) => {
    expect(checkEmergencyMeetingPlan(plan(over)).map((e) => `${e.field}:${e.code}`)).toEqual(
      expected,
    );
  });
});
