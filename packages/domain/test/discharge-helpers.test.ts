import { describe, expect, it } from "vitest";
import {
  DISCHARGE_STEPS,
  dischargeHelpers,
  HELPER_ROLE_OF,
  HELPER_ROLES,
  recordedHelpers,
} from "../src/index.js";

/** Appendix 3 "who will help me": roles from the policy, names from the record. */

const policy = (itemId: string) => {
  const item = DISCHARGE_STEPS.flatMap((s) => s.items).find((i) => i.id === itemId);
  if (!item) throw new Error(itemId);
  return item.whoWillHelp;
};

const recorded = recordedHelpers("Sam Patel", [
  { kind: "CARE_COORDINATOR", name: "Chris Jones" },
  { kind: "SOCIAL_WORKER", name: "Alex Khan" },
  { kind: "RESPONSIBLE_CLINICIAN", name: "Dr Amir Shah" },
  // Family and advocates are not named as helpers from their relationships.
  { kind: "PARENT_CARER", name: "Jo Smith" },
  { kind: "ADVOCATE", name: "Robin Lee" },
]);

describe("recordedHelpers", () => {
  it("takes the facilitator and the care coordinator, social worker and responsible clinician", () => {
    expect(recorded).toEqual({
      facilitator: ["Sam Patel"],
      careCoordinator: ["Chris Jones"],
      socialWorker: ["Alex Khan"],
      doctor: ["Dr Amir Shah"],
    });
  });

  it("keeps two people in one role, once each", () => {
    expect(
      recordedHelpers(null, [
        { kind: "CARE_COORDINATOR", name: "Chris Jones" },
        { kind: "CARE_COORDINATOR", name: "Kim Ng" },
        { kind: "CARE_COORDINATOR", name: "Chris Jones" },
      ]),
    ).toEqual({ careCoordinator: ["Chris Jones", "Kim Ng"] });
  });
});

describe("dischargeHelpers", () => {
  it("Appendix 3 step 1, item 1.7: the social worker and CPA care coordinator by name; the landlord stays a role", () => {
    expect(dischargeHelpers(policy("1.7"), recorded)).toEqual([
      { role: "socialWorker", names: ["Alex Khan"] },
      { role: "careCoordinator", names: ["Chris Jones"] },
      { role: "landlord", names: [] },
    ]);
  });

  it("Appendix 3 step 1, item 1.1: 'social worker or community nurse' is the named social worker when there is one", () => {
    expect(dischargeHelpers(policy("1.1"), recorded)).toEqual([
      { role: "socialWorker", names: ["Alex Khan"] },
    ]);
    expect(dischargeHelpers(policy("1.1"), {})).toEqual([
      { role: "socialWorkerOrNurse", names: [] },
    ]);
  });

  it("Appendix 3 step 6, item 6.5: the responsible clinician (RC) by name; the commissioner stays a role", () => {
    expect(dischargeHelpers(policy("6.5"), recorded)).toEqual([
      { role: "doctor", names: ["Dr Amir Shah"] },
      { role: "communityTeam", names: [] },
      { role: "commissioner", names: [] },
      { role: "council", names: [] },
    ]);
  });

  it("Appendix 3 step 7, item 7.1: the facilitator and the community care coordinator by name", () => {
    expect(dischargeHelpers(policy("7.1"), recorded)).toEqual([
      { role: "facilitator", names: ["Sam Patel"] },
      { role: "careCoordinator", names: ["Chris Jones"] },
    ]);
  });

  it("Appendix 3 step 1, item 1.3: one role for 'Named hospital nurse' and 'Team in hospital' each; roles only with nothing recorded", () => {
    expect(dischargeHelpers(policy("1.3"), {})).toEqual([
      { role: "namedNurse", names: [] },
      { role: "hospitalTeam", names: [] },
      { role: "advocate", names: [] },
    ]);
  });

  it("every helper the policy names has a role", () => {
    const words = DISCHARGE_STEPS.flatMap((s) => s.items.flatMap((i) => i.whoWillHelp));
    for (const w of words) expect(HELPER_ROLES).toContain(HELPER_ROLE_OF[w]);
  });
});
