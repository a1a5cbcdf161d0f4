import type { Database } from "@cetr/db";
import { actionData, day, userData } from "@cetr/db/testing";
import { addDays, type CalendarDate, londonCalendarDate } from "@cetr/domain";
import type { Harness } from "./harness.js";
import { buildWorld } from "./world.js";

/** Dates relative to today in England, so the fixture means the same whenever it runs. */
export const today = (): CalendarDate => londonCalendarDate(new Date());
export const rel = (days: number): string => addDays(today(), days);
export const relDay = (days: number): Date => day(rel(days));

export const globalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`).toString("base64");

/**
 * Pat (an adult, on Org A's caseload) with:
 * - review1: held 50 days ago, report SENT on time, three actions (overdue, future, done);
 * - review2: an INPATIENT review HELD 5 days ago with the panel member seated (consent given),
 *   a DRAFT report, a finding with a quote and an opinion, a summary answer and an escalation;
 * - Quinn (on another org's caseload, outsiderStaff's) with one action that is not overdue.
 */
export async function buildActionsWorld(db: Database, n = 0) {
  const world = await buildWorld(db, n);
  const p = db.prisma;
  const { pat, quinn, orgA, other, users } = world;
  const review = (data: Partial<Parameters<typeof p.review.create>[0]["data"]> = {}) =>
    p.review.create({
      data: {
        personId: pat.id,
        kind: "INPATIENT",
        status: "HELD",
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: orgA.id,
        ...data,
      } as never,
    });
  const review1 = await review({
    status: "REPORT_SENT",
    heldOn: relDay(-50),
    reportDueOn: relDay(-36),
  });
  const review2 = await review({ heldOn: relDay(-5), reportDueOn: relDay(9) });
  const quinnReview = await p.review.create({
    data: {
      personId: quinn.id,
      kind: "COMMUNITY",
      status: "HELD",
      enquirySetting: "COMMUNITY",
      commissioningOrganisationId: other.id,
      heldOn: relDay(-5),
    },
  });
  const seat = await p.panelMember.create({
    data: { reviewId: review2.id, userId: users.panelMember.id, role: "EXPERT_BY_EXPERIENCE" },
  });
  await p.consentRecord.create({
    data: {
      personId: pat.id,
      reviewId: review2.id,
      purpose: "REVIEW",
      answer: "GIVEN",
      basis: "PERSON_WITH_CAPACITY",
      decidedOn: relDay(-20),
      recordedById: users.coordinator.id,
    },
  });
  const ids = { reviewId: review1.id, personId: pat.id, ownerId: users.coordinator.id };
  const overdue = await p.action.create({
    data: actionData(ids, { what: "Overdue action", dueOn: relDay(-10) }),
  });
  const future = await p.action.create({
    data: actionData(ids, {
      what: "Future action",
      dueOn: relDay(20),
      ownerId: users.commissioner.id,
    }),
  });
  const done = await p.action.create({
    data: actionData(ids, {
      what: "Done action",
      dueOn: relDay(-20),
      status: "DONE",
      completedOn: relDay(-25),
    }),
  });
  const quinnAction = await p.action.create({
    data: actionData(
      { reviewId: quinnReview.id, personId: quinn.id, ownerId: users.outsiderStaff.id },
      { what: "Quinn's action", dueOn: relDay(30) },
    ),
  });
  const sentReport = await p.report.create({
    data: {
      reviewId: review1.id,
      authorId: users.commissioner.id,
      body: "The sent report",
      draftedAt: relDay(-45),
      sentAt: relDay(-40),
      distribution: {
        create: {
          recipientId: users.self.id,
          recipientRole: "person",
          format: "EASY_READ",
          sentAt: relDay(-40),
        },
      },
    },
  });
  const draftReport = await p.report.create({
    data: {
      reviewId: review2.id,
      authorId: users.commissioner.id,
      body: "The draft report",
      draftedAt: relDay(-1),
    },
  });
  const finding = await p.enquiryFinding.create({
    data: {
      reviewId: review2.id,
      kloeId: "SAFETY",
      question: "SAFE",
      findings: ["Risk plan is out of date"],
      evidence: ["Risk assessment, March"],
      concerns: ["Restraint used twice"],
      quotes: { create: { source: "PERSON", text: "I feel safe here" } },
      opinions: { create: { panelMemberId: seat.id, view: "I disagree with the team" } },
    },
  });
  const findingAction = await p.action.create({
    data: actionData(
      { reviewId: review2.id, personId: pat.id, ownerId: users.coordinator.id },
      { what: "Update the risk plan", dueOn: relDay(30), findingId: finding.id },
    ),
  });
  await p.reviewSummaryAnswer.create({
    data: { reviewId: review2.id, question: "SAFE", answer: "Mostly, with concerns" },
  });
  const escalation = await p.escalation.create({
    data: {
      personId: pat.id,
      reviewId: review2.id,
      findingId: finding.id,
      route: "CQC",
      concern: "Restraint used twice",
      raisedOn: relDay(-4),
      raisedById: users.commissioner.id,
    },
  });
  const older = await p.actionUpdate.create({
    data: {
      actionId: overdue.id,
      authorId: users.coordinator.id,
      at: new Date(Date.now() - 86_400_000),
      note: "Older note",
    },
  });
  const newer = await p.actionUpdate.create({
    data: {
      actionId: overdue.id,
      authorId: users.coordinator.id,
      at: new Date(),
      note: "Newer note",
    },
  });
  const teamUser = await p.user.create({
    data: userData(`team-${n}`, { displayName: "Community Team" }),
  });
  return {
    ...world,
    review1,
    review2,
    quinnReview,
    seat,
    actions: { overdue, future, done, quinnAction, findingAction },
    sentReport,
    draftReport,
    finding,
    escalation,
    updates: { older, newer },
    teamUser,
  };
}
export type ActionsWorld = Awaited<ReturnType<typeof buildActionsWorld>>;

/** Signs every world user in; tokens by role name. */
export async function signInAll(api: Harness, world: ActionsWorld) {
  const tokens: Record<string, string> = {};
  for (const [role, user] of Object.entries(world.users)) tokens[role] = await api.signIn(user.id);
  return tokens;
}
