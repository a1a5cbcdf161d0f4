import {
  actionProgress,
  DISCHARGE_STANDARDS,
  DISCHARGE_STEPS,
  parseCalendarDate,
  testRangeNhsNumber,
  validateActions,
} from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_REFERENCE_DATE, DEMO_STORY, seedDemoData } from "../src/seed.js";
import { createTestDatabase, type TestDatabase } from "../src/testing.js";

/** The seeded (FICTIONAL) demo story hangs together: what the console and portal demos rely on. */
let db: TestDatabase;
const iso = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;
const ref = parseCalendarDate(DEMO_REFERENCE_DATE);
if (!ref) throw new Error("DEMO_REFERENCE_DATE is not a calendar date");
const personByIndex = (i: number) =>
  db.prisma.person.findUniqueOrThrow({ where: { nhsNumber: testRangeNhsNumber(i) } });
const days = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);

beforeAll(async () => {
  db = await createTestDatabase();
  expect(await seedDemoData(db.prisma)).toEqual({ seeded: true });
});
afterAll(async () => {
  await db?.[Symbol.asyncDispose]();
});

describe("demo story", () => {
  it("has an ICB, a council, two providers and a school, with demo staff", async () => {
    const kinds = (await db.prisma.organisation.findMany()).map((o) => o.kind).sort();
    expect(kinds).toEqual(["ICB", "LOCAL_AUTHORITY", "PROVIDER", "PROVIDER", "SCHOOL"]);
    const roles = (await db.prisma.membership.findMany()).map((m) => m.role);
    for (const role of [
      "COMMISSIONER",
      "CARE_COORDINATOR",
      "EXPERT_BY_EXPERIENCE",
      "CLINICAL_EXPERT",
    ]) {
      expect(roles).toContain(role);
    }
    // Every person is on the responsible commissioner's caseload.
    const icb = await db.prisma.organisation.findFirstOrThrow({ where: { kind: "ICB" } });
    expect(
      await db.prisma.caseloadAssignment.count({
        where: { organisationId: icb.id, endedOn: null },
      }),
    ).toBe(await db.prisma.person.count());
  });

  it("relates people to real accounts: a parent carer with parental responsibility and an advocate", async () => {
    const relationships = await db.prisma.relationship.findMany({
      include: { person: true, user: true },
    });
    expect(relationships.length).toBeGreaterThan(0);
    for (const r of relationships) {
      expect(r.person.id).toBe(r.personId);
      expect(r.user.id).toBe(r.userId);
    }
    const alex = await personByIndex(DEMO_STORY.communityReview);
    const withPr = relationships.find(
      (r) => r.personId === alex.id && r.kind === "PARENT_CARER" && r.hasParentalResponsibility,
    );
    expect(withPr?.user.displayName).toBe("Sarah Morgan");
    expect(relationships.some((r) => r.kind === "ADVOCATE" && r.advocateKind)).toBe(true);
    // The advocate sees only what the person shared: a live consent names them.
    const advocate = relationships.find((r) => r.personId === alex.id && r.kind === "ADVOCATE");
    expect(
      await db.prisma.consentRecord.count({
        where: {
          personId: alex.id,
          purpose: "SHARE_WITH_ADVOCATE",
          sharedWithId: advocate?.userId,
          answer: "GIVEN",
          withdrawnAt: null,
        },
      }),
    ).toBe(1);
  });

  it("has one person RED with a rating history and one AMBER on the register", async () => {
    const alex = await personByIndex(DEMO_STORY.communityReview);
    const entry = await db.prisma.registerEntry.findFirstOrThrow({
      where: { personId: alex.id },
      include: { ratings: { orderBy: { ratedOn: "asc" } }, riskFactors: true },
    });
    expect(entry.rating).toBe("RED");
    expect(entry.ratings.map((r) => r.rating)).toEqual(["GREEN", "AMBER", "RED"]);
    expect(entry.ratings.at(-1)?.rating).toBe(entry.rating);
    expect(entry.riskFactors.length).toBeGreaterThan(0);
    const bethany = await personByIndex(DEMO_STORY.registerAmber);
    expect(
      (await db.prisma.registerEntry.findFirstOrThrow({ where: { personId: bethany.id } })).rating,
    ).toBe("AMBER");
  });

  it("has a community CETR scheduled before any admission, with a full, declared and trained panel", async () => {
    const alex = await personByIndex(DEMO_STORY.communityReview);
    const review = await db.prisma.review.findFirstOrThrow({
      where: { personId: alex.id },
      include: { panel: true, consents: true },
    });
    expect(review).toMatchObject({
      kind: "COMMUNITY",
      status: "SCHEDULED",
      enquirySetting: "COMMUNITY",
    });
    expect(review.panel.map((p) => p.role).sort()).toEqual([
      "CHAIR",
      "CLINICAL_EXPERT",
      "EXPERT_BY_EXPERIENCE",
    ]);
    expect(review.consents.some((c) => c.purpose === "REVIEW" && c.answer === "GIVEN")).toBe(true);
    expect(
      await db.prisma.settingEvent.count({ where: { personId: alex.id, kind: "ADMISSION" } }),
    ).toBe(0);
  });

  it("has a child in hospital awaiting a post-admission CETR due two weeks after admission", async () => {
    const daniyal = await personByIndex(DEMO_STORY.awaitingPostAdmission);
    const review = await db.prisma.review.findFirstOrThrow({
      where: { personId: daniyal.id, kind: "POST_ADMISSION" },
      include: { triggerEvent: true },
    });
    expect(review.status).toBe("CONSENT_PENDING");
    expect(review.triggerEvent?.kind).toBe("ADMISSION");
    expect(
      review.dueOn && review.triggerEvent && days(review.triggerEvent.occurredOn, review.dueOn),
    ).toBe(14);
    const meeting = await db.prisma.emergencyProtocolMeeting.findFirstOrThrow({
      where: { personId: daniyal.id },
    });
    // The emergency protocol meeting came first, on or before the day of admission.
    expect(iso(meeting.heldAt) ?? "").toBeDefined();
    expect((iso(meeting.heldAt) ?? "") <= (iso(review.triggerEvent?.occurredOn) ?? "")).toBe(true);
  });

  it("has an inpatient review held, reported within two weeks, with findings, a summary and three SMART actions", async () => {
    const callum = await personByIndex(DEMO_STORY.inpatientHeld);
    const review = await db.prisma.review.findFirstOrThrow({
      where: { personId: callum.id, status: "REPORT_SENT" },
      include: {
        panel: true,
        summary: true,
        findings: { include: { quotes: true, opinions: true } },
        actions: { include: { owner: true, updates: true }, orderBy: { dueOn: "asc" } },
        report: { include: { distribution: true } },
        escalations: true,
      },
    });
    expect(review.panel).toHaveLength(3);
    for (const seat of review.panel) {
      expect(seat.trainingCompletedOn).not.toBeNull();
      expect(seat.conflictDeclaredAt).not.toBeNull();
    }
    expect(review.summary.map((s) => s.question).sort()).toEqual([
      "CURRENT_CARE",
      "FUTURE_PLAN",
      "NEED_HOSPITAL",
      "SAFE",
    ]);
    expect(review.findings.every((f) => f.evidence.length > 0)).toBe(true);
    expect(review.findings.some((f) => f.opinions.length >= 2)).toBe(true);
    expect(review.findings.some((f) => f.quotes.length > 0)).toBe(true);

    expect(review.actions).toHaveLength(3);
    const asDomain = review.actions.map((a) => ({
      id: a.id,
      what: a.what,
      owner: a.owner.displayName,
      howWeWillKnow: a.howWeWillKnow,
      dueDate: iso(a.dueOn) ?? "",
      status: a.status,
    }));
    const heldOn = parseCalendarDate(iso(review.heldOn) ?? "");
    expect(heldOn).not.toBeNull();
    if (heldOn) expect(validateActions(asDomain, heldOn)).toEqual([]);
    const progress = actionProgress(asDomain, ref);
    expect(progress).toMatchObject({ total: 3, done: 1, overdue: 1, open: 1 });
    expect(review.actions.some((a) => a.updates.length > 0)).toBe(true);

    expect(review.report?.sentAt).not.toBeNull();
    expect(
      review.heldOn && review.report?.sentAt && days(review.heldOn, review.report.sentAt),
    ).toBeLessThanOrEqual(14);
    expect(review.report?.distribution.length).toBeGreaterThanOrEqual(3);
    expect(review.escalations[0]).toMatchObject({ route: "LOCAL_AUTHORITY_SAFEGUARDING" });
    expect(review.escalations[0]?.reference).toBeTruthy();
  });

  it("gives every action an owner and a due date, and exactly one is overdue on the reference date", async () => {
    const actions = await db.prisma.action.findMany({ include: { owner: true, review: true } });
    expect(actions.length).toBeGreaterThanOrEqual(3);
    for (const a of actions) {
      expect(a.owner.displayName).toBeTruthy();
      expect(a.dueOn).toBeInstanceOf(Date);
      expect(a.personId).toBe(a.review.personId);
    }
    const overdue = await db.prisma.action.findMany({
      where: { status: "OPEN", dueOn: { lt: new Date(`${DEMO_REFERENCE_DATE}T00:00:00Z`) } },
    });
    expect(overdue).toHaveLength(1);
  });

  it("has someone preparing to leave hospital with every Appendix 3 item and standard", async () => {
    const ellie = await personByIndex(DEMO_STORY.leavingHospital);
    const plan = await db.prisma.dischargePlan.findFirstOrThrow({
      where: { personId: ellie.id },
      include: { items: true, standards: true, steps: true, admissionEvent: true },
    });
    expect(plan.admissionEvent?.personId).toBe(ellie.id);
    expect(plan.steps).toHaveLength(DISCHARGE_STEPS.length);
    expect(plan.items).toHaveLength(DISCHARGE_STEPS.flatMap((s) => s.items).length);
    expect(plan.standards).toHaveLength(DISCHARGE_STANDARDS.length);
    expect(plan.items.some((i) => i.familyStatus !== null)).toBe(true);
    expect(plan.standards.filter((s) => s.status === "MET").every((s) => s.evidence)).toBe(true);
  });

  it("has a restricted patient with an Appendix 6 monitoring row, MoJ contacted within a week", async () => {
    const isaac = await personByIndex(DEMO_STORY.restricted);
    expect(isaac).toMatchObject({ mojRestricted: true, mentalHealthActSection: "S37_41" });
    const admission = await db.prisma.settingEvent.findFirstOrThrow({
      where: { personId: isaac.id, kind: "ADMISSION" },
    });
    expect(admission).toMatchObject({ route: "CRIMINAL_JUSTICE", restricted: true });
    const rows = await db.prisma.restrictedPatientMonitoring.findMany({
      where: { personId: isaac.id },
      include: { review: true },
    });
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row?.review?.personId).toBe(isaac.id);
    expect(row?.referredToMojOn && days(row.reviewDate, row.referredToMojOn)).toBeLessThanOrEqual(
      7,
    );
    expect(row?.requestType).toBe("DISCHARGE");
    // Only restricted people have monitoring rows.
    const all = await db.prisma.restrictedPatientMonitoring.findMany({ include: { person: true } });
    expect(all.every((r) => r.person.mojRestricted)).toBe(true);
  });

  it("keeps the 24 people and their test-range NHS numbers, and starts the audit trail", async () => {
    expect(await db.prisma.person.count()).toBe(24);
    expect(await db.prisma.auditEvent.count({ where: { operation: "demo.seed" } })).toBe(1);
  });
});
