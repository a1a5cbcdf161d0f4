import { describe, expect, it } from "vitest";
import {
  assessmentsToSend,
  fieldId,
  formFieldOf,
  readAssessments,
} from "../app/lib/quality-assessment-form";

describe("the quality page's assessment form (Appendix 1, ADR 0037)", () => {
  const posted: Record<string, string> = {
    "s4_1-choice": "MET",
    "s4_1-evidence": "Agenda 9:30 to 4",
    "s5_5-choice": "UNMET",
    "s5_5-evidence": "Ward not told",
    "s5_5-followUp": "Send the leaflet",
    "s3_2-evidence": "Typed but no choice",
    "s8_3-choice": "bogus",
    "s2_3-choice": "CLEAR",
    "s2_3-evidence": "Ignored when removing",
  };
  const values = readAssessments(["4.1", "5.5", "3.2", "8.3", "2.3"], (n) => posted[n] ?? "");

  it("sends standards with a choice, and refuses words without one instead of dropping them", () => {
    const { send, errors } = assessmentsToSend(values);
    expect(send).toEqual([
      { standardId: "4.1", met: true, evidence: "Agenda 9:30 to 4", followUp: null },
      { standardId: "5.5", met: false, evidence: "Ward not told", followUp: "Send the leaflet" },
      { standardId: "2.3", clear: true },
    ]);
    expect(errors).toEqual({
      "s3_2-choice": "Choose met or not met for standard 3.2, or delete what you wrote for it",
    });
    expect(values["8.3"]?.choice).toBe("");
  });

  it("puts the API's field paths on the right standard's field", () => {
    const { send } = assessmentsToSend(values);
    expect(formFieldOf("assessments.1.followUp", send)).toBe(fieldId("5.5", "followUp"));
    expect(formFieldOf("assessments.0.met", send)).toBe("s4_1-choice");
    expect(formFieldOf("assessments.0.standardId", send)).toBe("s4_1-choice");
    expect(formFieldOf("assessments.7.evidence", send)).toBeNull();
    expect(formFieldOf("assessments", send)).toBeNull();
  });
});
