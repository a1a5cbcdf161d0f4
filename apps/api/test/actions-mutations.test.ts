import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionsWorld,
  buildActionsWorld,
  globalId,
  rel,
  relDay,
  signInAll,
  today,
} from "./actions-fixture.js";
import { type Harness, startApi } from "./harness.js";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL results are ad-hoc JSON
type Data = Record<string, any>;

let api: Harness;
let w: ActionsWorld;
let tokens: Record<string, string>;
beforeAll(async () => {
  api = await startApi();
  w = await buildActionsWorld(api.db);
  tokens = await signInAll(api, w);
});
afterAll(() => api.close());

/** Runs a mutation and returns its payload (failing the test on any request-level error). */
const mutate = async (
  role: string,
  name: string,
  fields: string,
  input: Record<string, unknown>,
) => {
  const Input = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
  const { body } = await api.gql<Data>(
    `mutation($input: ${Input}!) { ${name}(input: $input) { ${fields} errors { field code message } } }`,
    { input },
    { as: tokens[role] },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data?.[name] as Data;
};
const codes = (payload: Data) =>
  (payload.errors as Data[]).map((e) => `${e.field}:${e.code}`).sort();

const R2 = () => globalId("Review", w.review2.id);
const FINDING = () => globalId("EnquiryFinding", w.finding.id);

describe("recordFinding", () => {
  const fields = "finding { kloeId question findings evidence concerns }";
  it("the seated panel member records a finding, and recording again replaces it", async () => {
    const input = {
      reviewId: R2(),
      kloeId: "CURRENT_CARE",
      findings: ["Medication reviewed monthly", "  "],
      evidence: ["Medication card"],
      concerns: [],
    };
    const first = await mutate("panelMember", "recordFinding", fields, input);
    expect(first).toEqual({
      finding: {
        kloeId: "CURRENT_CARE",
        question: "CURRENT_CARE",
        findings: ["Medication reviewed monthly"],
        evidence: ["Medication card"],
        concerns: [],
      },
      errors: [],
    });
    const again = await mutate("coordinator", "recordFinding", fields, {
      ...input,
      concerns: ["No advocate"],
    });
    expect(again.finding.concerns).toEqual(["No advocate"]);
    expect(
      await api.db.prisma.enquiryFinding.count({
        where: { reviewId: w.review2.id, kloeId: "CURRENT_CARE" },
      }),
    ).toBe(1);
  });

  it("refuses lines of enquiry outside the review's set (community-only, children-only)", async () => {
    for (const kloeId of ["ALTERNATIVES_TO_ADMISSION", "EDUCATION", "MADE_UP"]) {
      const payload = await mutate("panelMember", "recordFinding", fields, {
        reviewId: R2(),
        kloeId,
        findings: [],
        evidence: [],
        concerns: [],
      });
      expect(payload.finding).toBeNull();
      expect(codes(payload)).toEqual(["kloeId:INVALID_CHOICE"]);
    }
  });

  it("family may see the review but not write findings; strangers cannot even see it", async () => {
    const input = { reviewId: R2(), kloeId: "SAFETY", findings: [], evidence: [], concerns: [] };
    expect(codes(await mutate("parentWithPr", "recordFinding", fields, input))).toEqual([
      "reviewId:FORBIDDEN",
    ]);
    expect(codes(await mutate("stranger", "recordFinding", fields, input))).toEqual([
      "reviewId:NOT_FOUND",
    ]);
    const denied = await api.db.prisma.auditEvent.findMany({
      where: { actorId: w.users.parentWithPr.id, operation: "recordFinding", outcome: "DENIED" },
    });
    expect(denied).toHaveLength(1);
  });
});

describe("addQuote and recordDifferingOpinion", () => {
  it("staff add a quote to a finding", async () => {
    const payload = await mutate(
      "coordinator",
      "addQuote",
      "quote { source text } finding { quotes { text } }",
      {
        findingId: FINDING(),
        source: "FAMILY",
        text: " He likes his room ",
      },
    );
    expect(payload.quote).toEqual({ source: "FAMILY", text: "He likes his room" });
    expect(payload.finding.quotes.map((q: Data) => q.text)).toContain("He likes his room");
  });

  it("a blank quote is a field error; the family cannot reach findings", async () => {
    expect(
      codes(
        await mutate("coordinator", "addQuote", "quote { text }", {
          findingId: FINDING(),
          source: "PERSON",
          text: " ",
        }),
      ),
    ).toEqual(["text:REQUIRED"]);
    expect(
      codes(
        await mutate("parentWithPr", "addQuote", "quote { text }", {
          findingId: FINDING(),
          source: "PERSON",
          text: "x",
        }),
      ),
    ).toEqual(["findingId:NOT_FOUND"]);
  });

  it("the panel member records (and replaces) their own view", async () => {
    const fields = "opinion { view member { displayName } } finding { differingOpinions { view } }";
    const payload = await mutate("panelMember", "recordDifferingOpinion", fields, {
      findingId: FINDING(),
      view: "I now agree, with reservations",
    });
    expect(payload.opinion).toEqual({
      view: "I now agree, with reservations",
      member: { displayName: "panelMember" },
    });
    expect(payload.finding.differingOpinions).toEqual([{ view: "I now agree, with reservations" }]);
  });

  it("staff who are not on the panel cannot record a panel view; a blank view is refused", async () => {
    expect(
      codes(
        await mutate("coordinator", "recordDifferingOpinion", "opinion { view }", {
          findingId: FINDING(),
          view: "Mine",
        }),
      ),
    ).toEqual(["findingId:FORBIDDEN"]);
    expect(
      codes(
        await mutate("panelMember", "recordDifferingOpinion", "opinion { view }", {
          findingId: FINDING(),
          view: "",
        }),
      ),
    ).toEqual(["view:REQUIRED"]);
    expect(
      codes(
        await mutate("clinicianB", "recordDifferingOpinion", "opinion { view }", {
          findingId: FINDING(),
          view: "x",
        }),
      ),
    ).toEqual(["findingId:NOT_FOUND"]);
  });
});

describe("setSummaryAnswer", () => {
  const fields = "summaryAnswer { question answer }";
  it("the panel answers a question, and answering again replaces it", async () => {
    const input = { reviewId: R2(), question: "NEED_HOSPITAL", answer: "Not any more" };
    expect(await mutate("panelMember", "setSummaryAnswer", fields, input)).toEqual({
      summaryAnswer: { question: "NEED_HOSPITAL", answer: "Not any more" },
      errors: [],
    });
    await mutate("commissioner", "setSummaryAnswer", fields, { ...input, answer: "No" });
    const { body } = await api.gql<Data>(
      `query($id: ID!) { node(id: $id) { ... on Review { summary { question answer } } } }`,
      { id: R2() },
      { as: tokens.commissioner },
    );
    expect(body.data?.node.summary).toEqual([
      { question: "SAFE", answer: "Mostly, with concerns" },
      { question: "NEED_HOSPITAL", answer: "No" },
    ]);
  });

  it("blank answers and outsiders are refused", async () => {
    expect(
      codes(
        await mutate("panelMember", "setSummaryAnswer", fields, {
          reviewId: R2(),
          question: "SAFE",
          answer: "",
        }),
      ),
    ).toEqual(["answer:REQUIRED"]);
    expect(
      codes(
        await mutate("outsiderStaff", "setSummaryAnswer", fields, {
          reviewId: R2(),
          question: "SAFE",
          answer: "x",
        }),
      ),
    ).toEqual(["reviewId:NOT_FOUND"]);
  });
});

describe("createAction (SMART, Figure 6)", () => {
  const fields =
    "action { what plainWhat howWeWillKnow dueOn status owner { displayName } finding { kloeId } review { id } }";
  const valid = () => ({
    reviewId: R2(),
    what: "Book a dental check-up",
    plainWhat: "See the dentist",
    howWeWillKnow: "The appointment letter is in the care record",
    ownerId: globalId("User", w.users.coordinator.id),
    dueOn: rel(14),
    findingId: FINDING(),
  });

  it("the commissioner agrees an action", async () => {
    expect(await mutate("commissioner", "createAction", fields, valid())).toEqual({
      action: {
        what: "Book a dental check-up",
        plainWhat: "See the dentist",
        howWeWillKnow: "The appointment letter is in the care record",
        dueOn: rel(14),
        status: "OPEN",
        owner: { displayName: "coordinator" },
        finding: { kloeId: "SAFETY" },
        review: { id: R2() },
      },
      errors: [],
    });
  });

  it("maps the domain's SMART reasons to input fields", async () => {
    const payload = await mutate("commissioner", "createAction", fields, {
      ...valid(),
      what: " ",
      howWeWillKnow: "",
      ownerId: globalId("User", w.teamUser.id),
      dueOn: rel(-30),
    });
    expect(payload.action).toBeNull();
    expect(codes(payload)).toEqual([
      "dueOn:ACTION_DUE_BEFORE_REVIEW",
      "howWeWillKnow:REQUIRED",
      "ownerId:ACTION_OWNER_NOT_ONE_PERSON",
      "what:REQUIRED",
    ]);
    expect(
      codes(
        await mutate("commissioner", "createAction", fields, { ...valid(), dueOn: "2027-02-30" }),
      ),
    ).toEqual(["dueOn:DATE_INVALID"]);
    expect(
      codes(
        await mutate("commissioner", "createAction", fields, {
          ...valid(),
          ownerId: globalId("User", "00000000-0000-4000-8000-000000000000"),
          findingId: globalId("EnquiryFinding", "00000000-0000-4000-8000-000000000000"),
        }),
      ),
    ).toEqual(["findingId:NOT_FOUND", "ownerId:NOT_FOUND"]);
  });

  it("the panel may read but not write actions; other staff cannot reach the review", async () => {
    expect(codes(await mutate("panelMember", "createAction", fields, valid()))).toEqual([
      "reviewId:FORBIDDEN",
    ]);
    expect(codes(await mutate("outsiderStaff", "createAction", fields, valid()))).toEqual([
      "reviewId:NOT_FOUND",
    ]);
  });
});

describe("updateActionStatus and addActionUpdate", () => {
  const fields = "action { status completedOn notDoneReason isOverdue }";
  it("NOT_DONE needs a reason (standard 5.11)", async () => {
    const id = globalId("Action", w.actions.future.id);
    expect(
      codes(
        await mutate("coordinator", "updateActionStatus", fields, {
          actionId: id,
          status: "NOT_DONE",
        }),
      ),
    ).toEqual(["notDoneReason:REQUIRED"]);
    expect(
      await mutate("coordinator", "updateActionStatus", fields, {
        actionId: id,
        status: "NOT_DONE",
        notDoneReason: "The service closed",
      }),
    ).toEqual({
      action: {
        status: "NOT_DONE",
        completedOn: null,
        notDoneReason: "The service closed",
        isOverdue: false,
      },
      errors: [],
    });
  });

  it("DONE records today by default, refuses future and impossible dates", async () => {
    const id = globalId("Action", w.actions.future.id);
    expect(
      codes(
        await mutate("coordinator", "updateActionStatus", fields, {
          actionId: id,
          status: "DONE",
          completedOn: rel(3),
        }),
      ),
    ).toEqual(["completedOn:DATE_IN_FUTURE"]);
    expect(
      codes(
        await mutate("coordinator", "updateActionStatus", fields, {
          actionId: id,
          status: "DONE",
          completedOn: "yesterday",
        }),
      ),
    ).toEqual(["completedOn:DATE_INVALID"]);
    const done = await mutate("coordinator", "updateActionStatus", fields, {
      actionId: id,
      status: "DONE",
    });
    expect(done.action).toEqual({
      status: "DONE",
      completedOn: today(),
      notDoneReason: null,
      isOverdue: false,
    });
  });

  it("is refused for staff without the person on their caseload", async () => {
    const id = globalId("Action", w.actions.future.id);
    expect(
      codes(
        await mutate("clinicianB", "updateActionStatus", fields, { actionId: id, status: "OPEN" }),
      ),
    ).toEqual(["actionId:NOT_FOUND"]);
    expect(
      codes(
        await mutate("panelMember", "updateActionStatus", fields, {
          actionId: globalId("Action", w.actions.findingAction.id),
          status: "OPEN",
        }),
      ),
    ).toEqual(["actionId:FORBIDDEN"]);
  });

  it("a progress note can close the action; updates list newest first", async () => {
    const id = globalId("Action", w.actions.overdue.id);
    const payload = await mutate(
      "coordinator",
      "addActionUpdate",
      "update { note statusAfter author { displayName } } action { status isOverdue completedOn updates { note } }",
      { actionId: id, note: "Plan written and shared", statusAfter: "DONE" },
    );
    expect(payload.update).toEqual({
      note: "Plan written and shared",
      statusAfter: "DONE",
      author: { displayName: "coordinator" },
    });
    expect(payload.action).toEqual({
      status: "DONE",
      isOverdue: false,
      completedOn: today(),
      updates: [
        { note: "Plan written and shared" },
        { note: "Newer note" },
        { note: "Older note" },
      ],
    });
  });

  it("a blank note is refused; outsiders cannot add updates", async () => {
    const id = globalId("Action", w.actions.overdue.id);
    expect(
      codes(
        await mutate("coordinator", "addActionUpdate", "update { note }", {
          actionId: id,
          note: "",
        }),
      ),
    ).toEqual(["note:REQUIRED"]);
    expect(
      codes(
        await mutate("outsiderStaff", "addActionUpdate", "update { note }", {
          actionId: id,
          note: "x",
        }),
      ),
    ).toEqual(["actionId:NOT_FOUND"]);
  });
});

describe("raiseEscalation and updateEscalation (§20.3)", () => {
  const fields =
    "escalation { id route concern raisedOn reference personInformedOn outcome closedOn isOpen review { id } }";
  let escalationId = "";
  it("the commissioner raises a concern from a review", async () => {
    const payload = await mutate("commissioner", "raiseEscalation", fields, {
      personId: globalId("Person", w.pat.id),
      reviewId: R2(),
      findingId: FINDING(),
      route: "LOCAL_AUTHORITY_SAFEGUARDING",
      concern: "Unexplained bruising",
      raisedOn: rel(-1),
    });
    expect(payload.errors).toEqual([]);
    expect(payload.escalation).toMatchObject({
      route: "LOCAL_AUTHORITY_SAFEGUARDING",
      concern: "Unexplained bruising",
      raisedOn: rel(-1),
      isOpen: true,
      review: { id: R2() },
    });
    escalationId = payload.escalation.id;
  });

  it("validates dates, text and that the review is this person's", async () => {
    const payload = await mutate("commissioner", "raiseEscalation", fields, {
      personId: globalId("Person", w.pat.id),
      reviewId: globalId("Review", w.quinnReview.id),
      route: "CQC",
      concern: "",
      raisedOn: rel(2),
    });
    expect(codes(payload)).toEqual([
      "concern:REQUIRED",
      "raisedOn:DATE_IN_FUTURE",
      "reviewId:NOT_FOUND",
    ]);
  });

  it("family can see the person but not raise escalations; strangers cannot see the person", async () => {
    const input = {
      personId: globalId("Person", w.pat.id),
      route: "CQC",
      concern: "x",
      raisedOn: rel(0),
    };
    expect(codes(await mutate("parentWithPr", "raiseEscalation", fields, input))).toEqual([
      "personId:FORBIDDEN",
    ]);
    expect(codes(await mutate("stranger", "raiseEscalation", fields, input))).toEqual([
      "personId:NOT_FOUND",
    ]);
  });

  it("records the reference, telling the person, the outcome and closure", async () => {
    const payload = await mutate("coordinator", "updateEscalation", fields, {
      escalationId,
      reference: "SG-123",
      personInformedOn: rel(0),
      outcome: "Investigated; plan updated",
      closedOn: rel(0),
    });
    expect(payload.escalation).toMatchObject({
      reference: "SG-123",
      personInformedOn: rel(0),
      outcome: "Investigated; plan updated",
      closedOn: rel(0),
      isOpen: false,
    });
    const cleared = await mutate("coordinator", "updateEscalation", fields, {
      escalationId,
      closedOn: null,
    });
    expect(cleared.escalation).toMatchObject({ reference: "SG-123", closedOn: null, isOpen: true });
  });

  it("refuses a closure before the concern was raised; family cannot reach escalations", async () => {
    expect(
      codes(
        await mutate("coordinator", "updateEscalation", fields, {
          escalationId,
          closedOn: rel(-3),
        }),
      ),
    ).toEqual(["closedOn:DATE_INVALID"]);
    expect(
      codes(await mutate("self", "updateEscalation", fields, { escalationId, outcome: "x" })),
    ).toEqual(["escalationId:NOT_FOUND"]);
  });
});

describe("draftReport and sendReport (§7.2.18)", () => {
  const fields =
    "report { id body easyReadBody isSent sentOnTime progressContact { displayName } distribution { recipientRole format } }";
  let reviewId = "";
  let reportId = "";
  const recipients = () => [
    {
      recipientId: globalId("User", w.users.self.id),
      recipientRole: "person",
      format: "EASY_READ",
    },
    {
      recipientId: globalId("User", w.users.parentWithPr.id),
      recipientRole: "parent carer",
      format: "PLAIN",
    },
    { recipientName: "Community team", recipientRole: "care team", format: "PLAIN" },
  ];

  beforeAll(async () => {
    // A held review with one SMART action, ready for its report.
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
    await api.db.prisma.action.create({
      data: {
        reviewId: review.id,
        personId: w.pat.id,
        ownerId: w.users.coordinator.id,
        what: "Find a community placement",
        howWeWillKnow: "A provider is named in the discharge plan",
        dueOn: relDay(60),
      },
    });
    reviewId = globalId("Review", review.id);
  });

  it("the commissioner drafts it; a HELD review moves to REPORT_DRAFTED", async () => {
    const payload = await mutate("commissioner", "draftReport", fields, {
      reviewId,
      body: "First draft",
      progressContactId: globalId("User", w.users.coordinator.id),
    });
    expect(payload.errors).toEqual([]);
    expect(payload.report).toMatchObject({ body: "First draft", isSent: false, sentOnTime: null });
    reportId = payload.report.id;
    const again = await mutate("coordinator", "draftReport", fields, {
      reviewId,
      body: "Second draft",
      easyReadBody: "Easy words",
    });
    expect(again.report).toMatchObject({
      id: reportId,
      body: "Second draft",
      easyReadBody: "Easy words",
      progressContact: null,
    });
    const review = await api.db.prisma.review.findUniqueOrThrow({
      where: { id: Buffer.from(reviewId, "base64").toString().split(":")[1] ?? "" },
    });
    expect(review.status).toBe("REPORT_DRAFTED");
  });

  it("drafting refuses blanks, a sent report, and people who may not write drafts", async () => {
    expect(
      codes(await mutate("commissioner", "draftReport", fields, { reviewId, body: "" })),
    ).toEqual(["body:REQUIRED"]);
    expect(
      codes(
        await mutate("commissioner", "draftReport", fields, {
          reviewId: globalId("Review", w.review1.id),
          body: "x",
        }),
      ),
    ).toEqual(["reviewId:ALREADY_EXISTS"]);
    expect(
      codes(await mutate("parentWithPr", "draftReport", fields, { reviewId, body: "x" })),
    ).toEqual(["reviewId:FORBIDDEN"]);
    expect(
      codes(await mutate("panelMember", "draftReport", fields, { reviewId: R2(), body: "x" })),
    ).toEqual(["reviewId:FORBIDDEN"]);
  });

  it("the family cannot send (or even find) a draft", async () => {
    expect(
      codes(
        await mutate("parentWithPr", "sendReport", fields, { reportId, recipients: recipients() }),
      ),
    ).toEqual(["reportId:NOT_FOUND"]);
  });

  it("sending needs the person, family and care team among the recipients", async () => {
    const payload = await mutate("commissioner", "sendReport", fields, {
      reportId,
      recipients: recipients().slice(0, 2),
    });
    expect(payload.report).toBeNull();
    expect(codes(payload)).toEqual(["recipients:REPORT_NOT_CIRCULATED"]);
    expect(
      codes(
        await mutate("commissioner", "sendReport", fields, {
          reportId,
          recipients: [
            { recipientRole: "person", format: "PLAIN" },
            { recipientName: "GP", recipientRole: "", format: "PLAIN" },
          ],
        }),
      ),
    ).toEqual(["recipients.0.recipientName:REQUIRED", "recipients.1.recipientRole:REQUIRED"]);
  });

  it("a review not yet at REPORT_DRAFTED cannot have its report sent", async () => {
    const payload = await mutate("commissioner", "sendReport", fields, {
      reportId: globalId("Report", w.draftReport.id),
      recipients: recipients(),
    });
    expect(codes(payload)).toEqual(["reportId:TRANSITION_NOT_ALLOWED"]);
  });

  it("sends: distribution recorded, review REPORT_SENT, and the family can now read it", async () => {
    const payload = await mutate("commissioner", "sendReport", fields, {
      reportId,
      recipients: recipients(),
    });
    expect(payload.errors).toEqual([]);
    // The family are told (ADR 0026), in the same transaction as the send.
    const queued = await api.db.prisma.pendingJob.findMany({
      where: { kind: "notify", key: { startsWith: "notify:REPORT_SENT:" } },
    });
    expect(queued.map((j) => j.payload)).toEqual([
      expect.objectContaining({ kind: "REPORT_SENT", personId: w.pat.id }),
    ]);
    expect(payload.report).toMatchObject({
      isSent: true,
      sentOnTime: true,
      distribution: [
        { recipientRole: "person", format: "EASY_READ" },
        { recipientRole: "parent carer", format: "PLAIN" },
        { recipientRole: "care team", format: "PLAIN" },
      ],
    });
    const { body } = await api.gql<Data>(
      `query($id: ID!) { node(id: $id) { ... on Review { status report { body } } } }`,
      { id: reviewId },
      { as: tokens.parentWithPr },
    );
    expect(body.data?.node).toEqual({ status: "REPORT_SENT", report: { body: "Second draft" } });
    expect(
      codes(
        await mutate("commissioner", "sendReport", fields, { reportId, recipients: recipients() }),
      ),
    ).toEqual(["reportId:ALREADY_EXISTS"]);
  });
});
