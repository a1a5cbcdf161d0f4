import { day } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { startWorld, type World } from "./world.js";

/** recordQualityAssessments and Review.qualityStandards' sources (Appendix 1, ADR 0037). */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
let reviewId: string;

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  reviewId = (
    await api.db.prisma.review.create({
      data: {
        personId: world.pat.id,
        kind: "INPATIENT",
        status: "HELD",
        heldOn: day("2026-03-02"),
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: world.orgA.id,
      },
    })
  ).id;
});
afterAll(() => api.close());

const RECORD = `mutation($input: RecordQualityAssessmentsInput!) {
  recordQualityAssessments(input: $input) {
    review { id }
    errors { field code message }
  }
}`;
type Payload = {
  recordQualityAssessments: {
    review: { id: string } | null;
    errors: { field: string; code: string; message: string }[];
  };
};
interface Assessment {
  standardId: string;
  clear?: boolean;
  met?: boolean | null;
  evidence?: string;
  followUp?: string;
}
const record = async (as: string, assessments: Assessment[], id = reviewId) => {
  const { body } = await api.gql<Payload>(
    RECORD,
    { input: { reviewId: gid("Review", id), assessments } },
    { as: tokens[as] },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.recordQualityAssessments as Payload["recordQualityAssessments"];
};

const STANDARDS = `query($id: ID!) { node(id: $id) { ... on Review {
  qualityStandards { id status reason source
    assessment { met evidence followUp recordedByName recordedAt } }
} } }`;
type Standard = {
  id: string;
  status: string;
  reason: string;
  source: string;
  assessment: {
    met: boolean;
    evidence: string;
    followUp: string | null;
    recordedByName: string;
    recordedAt: string;
  } | null;
};
const standards = async (as = "commissioner") => {
  const { body } = await api.gql<{ node: { qualityStandards: Standard[] } }>(
    STANDARDS,
    { id: gid("Review", reviewId) },
    { as: tokens[as] },
  );
  expect(body.errors).toBeUndefined();
  const all = body.data?.node.qualityStandards ?? [];
  return (id: string) => all.find((s) => s.id === id);
};

describe("recording Appendix 1 standards the record cannot show", () => {
  it("stores met and not met with evidence, who and when, and the checklist shows the source", async () => {
    const result = await record("commissioner", [
      { standardId: "4.1", met: true, evidence: "The agenda ran from 9:30 to 4" },
      {
        standardId: "5.5",
        met: false,
        evidence: "The ward staff had not been told",
        followUp: "Send the ward the leaflet before the next review",
      },
    ]);
    expect(result).toEqual({ review: { id: gid("Review", reviewId) }, errors: [] });
    const s = await standards();
    expect(s("4.1")).toMatchObject({
      status: "MET",
      source: "ASSESSMENT",
      reason: "The agenda ran from 9:30 to 4",
      assessment: { met: true, followUp: null, recordedByName: "commissioner" },
    });
    expect(s("5.5")).toMatchObject({
      status: "UNMET",
      source: "ASSESSMENT",
      assessment: { followUp: "Send the ward the leaflet before the next review" },
    });
    expect(s("4.2")).toMatchObject({ status: "UNKNOWN", source: "NONE", assessment: null });
    const audit = await api.db.prisma.auditEvent.findMany({
      where: { actorId: world.users.commissioner.id, operation: "recordQualityAssessments" },
    });
    expect(audit[0]).toMatchObject({
      outcome: "ALLOWED",
      personId: world.pat.id,
      targetId: reviewId,
    });
  });

  it("saving the same answer keeps who recorded it; a changed answer names the new recorder", async () => {
    const before = (await standards())("4.1")?.assessment;
    await record("coordinator", [
      { standardId: "4.1", met: true, evidence: "The agenda ran from 9:30 to 4" },
      { standardId: "5.5", met: true, evidence: "The chair explained the review to everyone" },
    ]);
    const s = await standards();
    expect(s("4.1")?.assessment).toEqual(before);
    expect(s("5.5")).toMatchObject({
      status: "MET",
      assessment: { recordedByName: "coordinator", followUp: null },
    });
  });

  it("clearing an assessment makes the standard not known again", async () => {
    await record("commissioner", [{ standardId: "2.3", met: true, evidence: "NICE guidance" }]);
    expect((await standards())("2.3")?.source).toBe("ASSESSMENT");
    expect((await record("commissioner", [{ standardId: "2.3", clear: true }])).errors).toEqual([]);
    expect((await standards())("2.3")).toMatchObject({ status: "UNKNOWN", source: "NONE" });
  });

  it("refuses every problem by field and stores nothing", async () => {
    const result = await record("commissioner", [
      { standardId: "3.2", met: true, evidence: "Advocate attended" },
      { standardId: "3.3", met: false, evidence: "Not asked" },
      { standardId: "8.3", met: null, evidence: " " },
      { standardId: "9.9", met: true, evidence: "x" },
      { standardId: "3.2", met: true, evidence: "again" },
      { standardId: "8.2", met: true, evidence: "x".repeat(1001) },
    ]);
    expect(result.review).toBeNull();
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ["assessments.1.followUp", "REQUIRED"],
      ["assessments.2.met", "REQUIRED"],
      ["assessments.2.evidence", "REQUIRED"],
      ["assessments.3.standardId", "INVALID_CHOICE"],
      ["assessments.4.standardId", "INVALID_CHOICE"],
      ["assessments.5.evidence", "TOO_LONG"],
    ]);
    expect((await standards())("3.2")?.source).toBe("NONE");
    expect((await record("commissioner", [])).errors).toEqual([
      expect.objectContaining({ field: "assessments", code: "REQUIRED" }),
    ]);
  });

  it("structured facts win: a standard the record answers cannot be assessed, and facts replace an assessment", async () => {
    // 8.1 has no outcome recorded yet: staff assess it…
    await record("commissioner", [
      { standardId: "8.1", met: false, evidence: "No reasons written", followUp: "Write them" },
    ]);
    expect((await standards())("8.1")).toMatchObject({ status: "UNMET", source: "ASSESSMENT" });
    // …then the outcome is recorded: the record wins over the assessment.
    await api.db.prisma.review.update({
      where: { id: reviewId },
      data: { outcome: "ADMISSION_NOT_NEEDED" },
    });
    expect((await standards())("8.1")).toMatchObject({
      status: "MET",
      source: "RECORD",
      assessment: null,
    });
    // Consent (1.2) always comes from the record: assessing it is refused.
    const refused = await record("commissioner", [
      { standardId: "1.2", met: true, evidence: "Consent in notes" },
    ]);
    expect(refused.errors).toEqual([
      expect.objectContaining({
        field: "assessments.0.standardId",
        code: "STANDARD_ANSWERED_BY_RECORD",
      }),
    ]);
  });

  it("only staff who may change the review: others are refused, strangers cannot see it", async () => {
    const one = [{ standardId: "4.4", met: true, evidence: "Asked about health" }];
    // The family see the review but do not change it; staff of other organisations do not see it.
    expect((await record("parentWithPr", one)).errors).toEqual([
      expect.objectContaining({ field: "reviewId", code: "FORBIDDEN" }),
    ]);
    expect((await record("outsiderStaff", one)).errors).toEqual([
      expect.objectContaining({ field: "reviewId", code: "NOT_FOUND" }),
    ]);
    expect((await standards())("4.4")?.source).toBe("NONE");
    const denied = await api.db.prisma.auditEvent.findFirst({
      where: { actorId: world.users.parentWithPr.id, operation: "recordQualityAssessments" },
    });
    expect(denied?.outcome).toBe("DENIED");
  });
});
