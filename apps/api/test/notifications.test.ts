import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { OutgoingEmail } from "../src/email/mailer.js";
import { createJobRunner, type JobRunner } from "../src/jobs/runner.js";
import { taskList } from "../src/jobs/tasks.js";
import { OVERDUE_JOB, OVERDUE_KEY } from "../src/notifications/tasks.js";
import {
  type ActionsWorld,
  buildActionsWorld,
  globalId,
  rel,
  relDay,
  signInAll,
} from "./actions-fixture.js";
import { type Harness, startApi } from "./harness.js";

/** Notifications (ADR 0026): who is told, by email in their format and language, and who sees what. */

// biome-ignore lint/suspicious/noExplicitAny: GraphQL results are ad-hoc JSON
type Data = Record<string, any>;

let api: Harness;
let w: ActionsWorld;
let tokens: Record<string, string>;
let jobs: JobRunner;
let clock: Date;
const sent: OutgoingEmail[] = [];

beforeAll(async () => {
  api = await startApi();
  w = await buildActionsWorld(api.db);
  tokens = await signInAll(api, w);
  // The parent carer reads the portal in Polish, easy read.
  await api.db.prisma.user.update({
    where: { id: w.users.parentWithPr.id },
    data: { displayLanguage: "pl", displayEasyRead: true },
  });
  jobs = createJobRunner({
    db: api.db,
    tasks: taskList,
    mailer: { send: async (m) => void sent.push(m) },
    portalUrl: "http://portal.test",
    consoleUrl: "http://console.test",
    now: () => clock,
  });
});
afterAll(() => api.close());
beforeEach(async () => {
  clock = new Date();
  sent.length = 0;
  await api.db.prisma.notification.deleteMany();
  await api.db.prisma.notificationPreference.deleteMany();
  await api.db.prisma.pendingJob.deleteMany();
});

/** Runs what is due, with the clock caught up to the API's (jobs are queued at the request's time). */
const runJobs = () => {
  clock = new Date(Math.max(clock.getTime(), Date.now()));
  return jobs.runDue();
};

const as = async (role: string, query: string, variables: Record<string, unknown> = {}) => {
  const { body } = await api.gql<Data>(query, variables, { as: tokens[role] });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as Data;
};

const addUpdate = (note: string) =>
  as(
    "coordinator",
    `mutation($input: AddActionUpdateInput!) { addActionUpdate(input: $input) { errors { code } } }`,
    { input: { actionId: globalId("Action", w.actions.future.id), note } },
  );

const LIST = `query($unreadFirst: Boolean) { viewer { notifications(first: 10, unreadFirst: $unreadFirst) {
  unreadCount edges { node { id kind subjectId read emailed person { name } } } } } }`;

const recipientsOf = async () =>
  (await api.db.prisma.notification.findMany({ include: { user: true } }))
    .map((n) => n.user.displayName)
    .sort();

describe("who is told", () => {
  it("an action update tells the person, the parent carer with PR and the advocate they share with; nobody else", async () => {
    await addUpdate("Meeting booked with the housing team");
    expect(await api.db.prisma.notification.count()).toBe(0);
    await runJobs();
    expect(await recipientsOf()).toEqual(["advocateShared", "parentWithPr", "self"]);
    expect(sent.map((m) => m.to).sort()).toEqual(
      [w.users.advocateShared.email, w.users.parentWithPr.email, w.users.self.email].sort(),
    );
  });

  it("several quick edits make one notification each", async () => {
    await addUpdate("First note");
    await addUpdate("Second note");
    await runJobs();
    expect(await recipientsOf()).toEqual(["advocateShared", "parentWithPr", "self"]);
  });

  it("writes the email in the recipient's language and format, with nothing from the record", async () => {
    await addUpdate("Private detail about housing");
    await runJobs();
    const parent = sent.find((m) => m.to === w.users.parentWithPr.email);
    const self = sent.find((m) => m.to === w.users.self.email);
    expect(parent?.language).toBe("pl");
    expect(parent?.subject).toBe("Są nowe informacje o działaniu");
    expect(parent?.html).toContain("font-size:22px");
    expect(self?.language).toBe("en-GB");
    expect(self?.subject).toBe("An action from a review has been updated");
    expect(self?.text).toContain("http://portal.test/notifications");
    for (const m of sent) {
      expect(m.text).not.toContain("housing");
      expect(m.text).not.toContain(w.pat.name);
    }
  });

  it("a change that fails validation queues nothing", async () => {
    await as(
      "coordinator",
      `mutation($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { errors { code } } }`,
      { input: { actionId: globalId("Action", w.actions.future.id), status: "NOT_DONE" } },
    );
    expect(await api.db.prisma.pendingJob.count()).toBe(0);
  });

  it("the daily job tells families about actions that became overdue, once, and schedules itself", async () => {
    // Catching up from 11 days ago: the fixture's overdue action was due 10 days ago.
    await api.db.prisma.pendingJob.create({
      data: { kind: OVERDUE_JOB, key: OVERDUE_KEY, payload: { since: rel(-11) }, runAt: clock },
    });
    await runJobs();
    const made = await api.db.prisma.notification.findMany({ where: { kind: "ACTION_OVERDUE" } });
    expect(made.map((n) => n.subjectId)).toEqual([
      w.actions.overdue.id,
      w.actions.overdue.id,
      w.actions.overdue.id,
    ]);
    const next = await api.db.prisma.pendingJob.findFirstOrThrow({ where: { key: OVERDUE_KEY } });
    expect(next.payload).toEqual({ since: rel(0) });
    expect(next.runAt.getTime()).toBeGreaterThan(clock.getTime());
    // Tomorrow's run starts from today, so the same action is not reported again.
    clock = next.runAt;
    await runJobs();
    expect(await api.db.prisma.notification.count({ where: { kind: "ACTION_OVERDUE" } })).toBe(3);
  });
});

describe("the other events", () => {
  it("staff changing discharge steps and items tell the family once per burst", async () => {
    const created = await as(
      "coordinator",
      `mutation($input: CreateDischargePlanInput!) { createDischargePlan(input: $input) { dischargePlan { id } errors { code } } }`,
      { input: { personId: globalId("Person", w.pat.id) } },
    );
    const planId = created.createDischargePlan.dischargePlan.id;
    await as(
      "coordinator",
      `mutation($input: UpdateDischargeStepInput!) { updateDischargeStep(input: $input) { errors { code } } }`,
      { input: { planId, stepNumber: 4, notes: "Panel on Friday" } },
    );
    await as(
      "coordinator",
      `mutation($input: UpdateDischargeItemInput!) { updateDischargeItem(input: $input) { errors { code } } }`,
      { input: { planId, itemId: "2.1", staffStatus: "DONE" } },
    );
    await runJobs();
    const made = await api.db.prisma.notification.findMany({ include: { user: true } });
    expect(made.map((n) => `${n.kind}:${n.user.displayName}`).sort()).toEqual([
      "DISCHARGE_CHANGED:advocateShared",
      "DISCHARGE_CHANGED:parentWithPr",
      "DISCHARGE_CHANGED:self",
    ]);
  });

  it("a new review tells the family", async () => {
    const scheduled = await as(
      "coordinator",
      `mutation($input: ScheduleReviewInput!) { scheduleReview(input: $input) { review { id } errors { code } } }`,
      {
        input: {
          personId: globalId("Person", w.pat.id),
          kind: "POST_ADMISSION",
          date: rel(7),
          format: "IN_PERSON",
          commissioningOrganisationId: globalId("Organisation", w.orgA.id),
        },
      },
    );
    expect(scheduled.scheduleReview.errors).toEqual([]);
    await runJobs();
    expect(await api.db.prisma.notification.count({ where: { kind: "REVIEW_SCHEDULED" } })).toBe(3);
    expect(sent.find((m) => m.to === w.users.self.email)?.subject).toBe(
      "A review has been arranged",
    );
  });
});

describe("a report sent (§7.2.18)", () => {
  it("tells the family it is ready to read, each in their own language and format", async () => {
    const review = await api.db.prisma.review.create({
      data: {
        personId: w.pat.id,
        kind: "INPATIENT",
        status: "HELD",
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: w.orgA.id,
        heldOn: relDay(-3),
        reportDueOn: relDay(11),
      },
    });
    const drafted = await as(
      "commissioner",
      `mutation($input: DraftReportInput!) { draftReport(input: $input) { report { id } errors { code } } }`,
      { input: { reviewId: globalId("Review", review.id), body: "What the panel found" } },
    );
    expect(drafted.draftReport.errors).toEqual([]);
    const person = (id: string, recipientRole: string) => ({
      recipientId: globalId("User", id),
      recipientRole,
      format: "PLAIN",
    });
    const sentReport = await as(
      "commissioner",
      `mutation($input: SendReportInput!) { sendReport(input: $input) { errors { code } } }`,
      {
        input: {
          reportId: drafted.draftReport.report.id,
          recipients: [
            person(w.users.self.id, "person"),
            person(w.users.parentWithPr.id, "parent carer"),
            { recipientName: "Community team", recipientRole: "care team", format: "PLAIN" },
          ],
        },
      },
    );
    expect(sentReport.sendReport.errors).toEqual([]);
    // Nothing is listed or emailed until the job runner runs.
    expect(await api.db.prisma.notification.count()).toBe(0);
    await runJobs();
    expect(await api.db.prisma.notification.count({ where: { kind: "REPORT_SENT" } })).toBe(3);
    const self = sent.find((m) => m.to === w.users.self.email);
    const parent = sent.find((m) => m.to === w.users.parentWithPr.email);
    expect(self?.subject).toBe("The report of a review is ready");
    expect(self?.text).toContain("http://portal.test/notifications");
    // The parent reads the portal in Polish easy read: so is the email.
    expect(parent?.language).toBe("pl");
    expect(parent?.subject).not.toBe(self?.subject);
    expect(parent?.html).toContain("font-size:22px");
    for (const m of sent) expect(m.text).not.toContain("What the panel found");
  });
});

describe("questions about actions (ADR 0027)", () => {
  const ask = async (role: string, actionId: string, question: string) =>
    (
      await as(
        role,
        `mutation($input: AskAboutActionInput!) { askAboutAction(input: $input) { question { id } errors { code } } }`,
        { input: { actionId: globalId("Action", actionId), question } },
      )
    ).askAboutAction;
  const answer = (questionId: string) =>
    as(
      "commissioner",
      `mutation($input: AnswerActionQuestionInput!) { answerActionQuestion(input: $input) { errors { code } } }`,
      { input: { questionId, answer: "The referral went on Monday; I have sent you the letter." } },
    );
  const staffEmails = () => sent.filter((m) => m.subject.startsWith("A family has asked"));

  it("a family member's question emails the action's owner and the commissioner, with a link to the console", async () => {
    const asked = await ask(
      "parentWithPr",
      w.actions.overdue.id,
      "I don't think the housing visit happened",
    );
    expect(asked.errors).toEqual([]);
    expect(await api.db.prisma.pendingJob.count()).toBe(2);
    await runJobs();
    const byTo = new Map(staffEmails().map((m) => [m.to, m]));
    expect([...byTo.keys()].sort()).toEqual(
      [w.users.coordinator.email, w.users.commissioner.email].sort(),
    );
    const owner = byTo.get(w.users.coordinator.email);
    expect(owner?.subject).toBe("A family has asked about an action you are responsible for");
    expect(owner?.text).toContain(
      `http://console.test/actions/${encodeURIComponent(globalId("Action", w.actions.overdue.id))}`,
    );
    expect(byTo.get(w.users.commissioner.email)?.subject).toBe(
      "A family has asked about an action on your caseload",
    );
    for (const m of sent) {
      expect(m.text).not.toContain("housing");
      expect(m.text).not.toContain(w.pat.name);
    }
    // Staff are told by email and on the dashboard, not in the family's notification list.
    expect(await api.db.prisma.notification.count()).toBe(0);
  });

  it("an owner who is also the commissioner gets one email; staff asking for a family are not emailed themselves", async () => {
    await ask("self", w.actions.future.id, "When will this start?");
    await runJobs();
    expect(staffEmails().map((m) => [m.to, m.subject])).toEqual([
      [w.users.commissioner.email, "A family has asked about an action you are responsible for"],
    ]);
    sent.length = 0;
    await ask("coordinator", w.actions.overdue.id, "Asking for Pat's mother, who phoned");
    await runJobs();
    expect(staffEmails().map((m) => m.to)).toEqual([w.users.commissioner.email]);
  });

  it("a refused question emails nobody", async () => {
    const asked = await ask("parentWithPr", w.actions.overdue.id, "   ");
    expect(asked.errors).toEqual([{ code: "REQUIRED" }]);
    expect(await api.db.prisma.pendingJob.count()).toBe(0);
  });

  it("the answer is listed and emailed to the asker only, in their language and format", async () => {
    const asked = await ask("parentWithPr", w.actions.overdue.id, "Has this happened?");
    await answer(asked.question.id);
    await runJobs();
    // Answered before the runner took the emails to staff: nothing is left for them to do.
    expect(staffEmails()).toEqual([]);
    expect(await recipientsOf()).toEqual(["parentWithPr"]);
    expect(sent.map((m) => [m.to, m.subject])).toEqual([
      [w.users.parentWithPr.email, "Odpowiedzieliśmy na Twoje pytanie"],
    ]);
    const listed = (await as("parentWithPr", LIST)).viewer.notifications.edges;
    expect(listed.map((e: Data) => e.node.kind)).toEqual(["ACTION_QUESTION_ANSWERED"]);
  });
});

describe("the API", () => {
  it("lists only your own notifications; the unread count and marking read", async () => {
    await addUpdate("A note");
    await runJobs();
    const parent = (await as("parentWithPr", LIST)).viewer.notifications;
    expect(parent.unreadCount).toBe(1);
    expect(parent.edges).toEqual([
      {
        node: expect.objectContaining({
          kind: "ACTION_UPDATED",
          subjectId: w.actions.future.id,
          read: false,
          emailed: true,
          person: { name: w.pat.name },
        }),
      },
    ]);
    for (const role of ["stranger", "parentWithoutPr", "advocateNotShared", "coordinator"]) {
      const list = (await as(role, LIST)).viewer.notifications;
      expect(list, role).toEqual({ unreadCount: 0, edges: [] });
    }
    const id = parent.edges[0].node.id;
    // Someone else cannot mark it read.
    await as(
      "stranger",
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount } }`,
      {
        ids: [id],
      },
    );
    expect((await as("parentWithPr", LIST)).viewer.notifications.unreadCount).toBe(1);
    const after = await as(
      "parentWithPr",
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount edges { node { read } } } }`,
      { ids: [id] },
    );
    expect(after.markNotificationsRead).toEqual({
      unreadCount: 0,
      edges: [{ node: { read: true } }],
    });
    expect((await as("parentWithPr", "{ viewer { unreadNotificationCount } }")).viewer).toEqual({
      unreadNotificationCount: 0,
    });
  });

  it("puts unread first when asked, and pages with cursors", async () => {
    await addUpdate("One");
    await runJobs();
    clock = new Date(clock.getTime() + 1000);
    await as(
      "coordinator",
      `mutation($input: AddActionUpdateInput!) { addActionUpdate(input: $input) { errors { code } } }`,
      { input: { actionId: globalId("Action", w.actions.overdue.id), note: "Two" } },
    );
    await runJobs();
    const newest = (await as("self", LIST)).viewer.notifications.edges;
    expect(newest.map((e: Data) => e.node.subjectId)).toEqual([
      w.actions.overdue.id,
      w.actions.future.id,
    ]);
    await as("self", `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount } }`, {
      ids: [newest[0].node.id],
    });
    const unreadFirst = (await as("self", LIST, { unreadFirst: true })).viewer.notifications.edges;
    expect(unreadFirst.map((e: Data) => e.node.subjectId)).toEqual([
      w.actions.future.id,
      w.actions.overdue.id,
    ]);
    const PAGE = `query($after: String) { viewer { notifications(first: 1, after: $after, unreadFirst: true) {
      edges { cursor node { subjectId } } pageInfo { hasNextPage } } } }`;
    const first = (await as("self", PAGE)).viewer.notifications;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await as("self", PAGE, { after: first.edges[0].cursor })).viewer.notifications;
    expect(second.edges.map((e: Data) => e.node.subjectId)).toEqual([w.actions.overdue.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("settings turn an email kind off; the notification is still listed", async () => {
    const SET = `mutation($input: [NotificationPreferenceInput!]!) { setNotificationPreferences(input: $input) { kind email } }`;
    const prefs = await as("parentWithPr", SET, {
      input: [{ kind: "ACTION_UPDATED", email: false }],
    });
    expect(prefs.setNotificationPreferences).toContainEqual({
      kind: "ACTION_UPDATED",
      email: false,
    });
    expect(prefs.setNotificationPreferences).toContainEqual({ kind: "REPORT_SENT", email: true });
    expect(
      (await as("self", "{ viewer { notificationPreferences { kind email } } }")).viewer
        .notificationPreferences,
    ).toContainEqual({ kind: "ACTION_UPDATED", email: true });
    await addUpdate("Quiet note");
    await runJobs();
    expect(sent.map((m) => m.to)).not.toContain(w.users.parentWithPr.email);
    expect((await as("parentWithPr", LIST)).viewer.notifications.unreadCount).toBe(1);
  });

  it("is refused to partner systems and anonymous callers", async () => {
    const anon = await api.gql<Data>(
      "{ viewer { notifications(first: 5) { unreadCount } } }",
      {},
      { as: null },
    );
    expect(anon.body.data?.viewer?.notifications ?? null).toBeNull();
    const change = await api.gql<Data>(
      `mutation { setNotificationPreferences(input: [{ kind: REPORT_SENT, email: false }]) { kind } }`,
      {},
      { as: null },
    );
    expect(change.body.errors?.length).toBeGreaterThan(0);
    const mark = await api.gql<Data>(
      "mutation { markNotificationsRead { unreadCount } }",
      {},
      { as: null },
    );
    expect(mark.body.errors?.length).toBeGreaterThan(0);
  });
});
