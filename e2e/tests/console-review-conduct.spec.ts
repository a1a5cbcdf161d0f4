import { createGraphQLClient, type GraphQLClient, graphql } from "@cetr/graphql";
import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
} from "../support/fixtures.js";

/**
 * Running a review, during and after the meeting (issue 8 item 4): the
 * commissioner records a finding with Bethany's own words, the four-question
 * summary, three SMART actions (the first refused, keeping every answer),
 * follows one up, escalates a concern, writes the report with its
 * readability advice and sends it; Joy, Bethany's mum, can then read the
 * actions and their progress. The family portal has no page for actions yet,
 * so that last check is the API, signed in as Joy.
 *
 * Each project holds a review of its own for Bethany (fictional demo data),
 * set up through the API: planned for today, consent recorded, the panel
 * declared and trained, then held. Bethany agrees to share with her mum,
 * which the demo data leaves unrecorded. Bethany is chosen because no other
 * journey counts her reviews.
 */

const DemoSignIn = graphql(`
  mutation E2eConductSignIn($input: DemoSignInInput!) { demoSignIn(input: $input) { token } }
`);
const Setting = graphql(`
  query E2eConductSetting {
    people(first: 100) {
      edges { node { id name reviews { panel { role user { id displayName } } } } }
    }
    viewer { memberships { organisation { id name } } }
  }
`);
const Schedule = graphql(`
  mutation E2eConductSchedule($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) { review { id } errors { field message } }
  }
`);
const Move = graphql(`
  mutation E2eConductMove($input: TransitionReviewInput!) {
    transitionReview(input: $input) { review { status } errors { field message } }
  }
`);
const Consent = graphql(`
  mutation E2eConductConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) { errors { field message } }
  }
`);
const AddSeat = graphql(`
  mutation E2eConductSeat($input: AddPanelMemberInput!) {
    addPanelMember(input: $input) { panelMember { id } errors { field message } }
  }
`);
const Declare = graphql(`
  mutation E2eConductDeclare($input: DeclarePanelConflictInput!) {
    declarePanelConflict(input: $input) { errors { field message } }
  }
`);
const Train = graphql(`
  mutation E2eConductTrain($input: RecordPanelTrainingInput!) {
    recordPanelTraining(input: $input) { errors { field message } }
  }
`);
const Invite = graphql(`
  mutation E2eConductInvite($input: GenerateInvitationsInput!) {
    generateInvitations(input: $input) { errors { field message } }
  }
`);
const FamilyView = graphql(`
  query E2eConductFamilyView($id: ID!) {
    node(id: $id) {
      ... on Review {
        actions { what owner { displayName } updates { note } }
        report { isSent }
      }
    }
  }
`);

const Me = graphql(`query E2eConductMe { viewer { user { id } } }`);

const PERSON = "Bethany Okafor";
const PARENT = { email: "joy.okafor@family.example", name: "Joy Okafor" };

/** Today in England, as "YYYY-MM-DD". */
const today = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());

function ok(errors: readonly { field: string; message: string }[], what: string) {
  expect(errors, what).toEqual([]);
}

/** The API as a demo account. */
async function apiAs(email: string): Promise<GraphQLClient> {
  const url = process.env.CETR_E2E_API_URL as string;
  const { demoSignIn } = await createGraphQLClient({ url }).request(DemoSignIn, {
    input: { email },
  });
  return createGraphQLClient({ url, headers: { authorization: `Bearer ${demoSignIn.token}` } });
}

/** A review of Bethany's, held today, with a panel that meets the rules (§6, §7.2.1). */
async function heldReview(api: GraphQLClient, parentId: string): Promise<string> {
  const { people, viewer } = await api.request(Setting, {});
  const nodes = people.edges.map((e) => e.node);
  const person = nodes.find((p) => p.name === PERSON);
  if (!person) throw new Error(`${PERSON} is not in the demo data`);
  // The demo panel (Grace Holt, Jordan Lee, Dr Amara Nwosu) sits on Alex's planned review.
  const panel = nodes.flatMap((p) => p.reviews).find((r) => r.panel.length === 3)?.panel;
  if (!panel) throw new Error("No demo panel to borrow");
  const icb = viewer.memberships.find(
    (m) => m.organisation.name === "NHS Northvale Integrated Care Board",
  )?.organisation;
  if (!icb) throw new Error("The commissioner is not at the demo ICB");
  const date = today();
  const scheduled = (
    await api.request(Schedule, {
      input: {
        personId: person.id,
        kind: "COMMUNITY",
        date,
        format: "IN_PERSON",
        venue: "Oakfield Community Support, the quiet room",
        commissioningOrganisationId: icb.id,
      },
    })
  ).scheduleReview;
  ok(scheduled.errors, "scheduling");
  const reviewId = scheduled.review?.id as string;
  ok(
    (await api.request(Move, { input: { reviewId, to: "CONSENT_PENDING" } })).transitionReview
      .errors,
    "asking for consent",
  );
  for (const purpose of ["REVIEW", "SHARE_WITH_FAMILY"] as const)
    ok(
      (
        await api.request(Consent, {
          input: {
            personId: person.id,
            reviewId,
            purpose,
            answer: "GIVEN",
            decidedOn: date,
            decidedByName: PERSON,
            sharedWithUserId: purpose === "SHARE_WITH_FAMILY" ? parentId : null,
          },
        })
      ).recordConsent.errors,
      `consent to ${purpose}`,
    );
  ok(
    (await api.request(Move, { input: { reviewId, to: "SCHEDULED" } })).transitionReview.errors,
    "scheduling after consent",
  );
  for (const seat of panel) {
    const added = (
      await api.request(AddSeat, { input: { reviewId, userId: seat.user.id, role: seat.role } })
    ).addPanelMember;
    ok(added.errors, `seating ${seat.user.displayName}`);
    const panelMemberId = added.panelMember?.id as string;
    ok(
      (await api.request(Declare, { input: { panelMemberId, hasConflict: false } }))
        .declarePanelConflict.errors,
      "declaring",
    );
    ok(
      (await api.request(Train, { input: { panelMemberId, completedOn: date } }))
        .recordPanelTraining.errors,
      "training",
    );
  }
  ok((await api.request(Invite, { input: { reviewId } })).generateInvitations.errors, "inviting");
  ok(
    (await api.request(Move, { input: { reviewId, to: "HELD", heldOn: date } })).transitionReview
      .errors,
    "holding",
  );
  return reviewId;
}

const summaryOf = (page: Page) => page.locator(".cetr-error-summary");

test("a commissioner records a held review, agrees SMART actions, escalates and sends the report; the family can read the actions", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  // The whole meeting and its follow-up in one journey, with axe on every state: a long test.
  test.slow();
  const js = testInfo.project.name !== "no-js";
  const asJoy = await apiAs(PARENT.email);
  const joy = (await asJoy.request(Me, {})).viewer.user?.id as string;
  const reviewId = await heldReview(api, joy);
  const at = (p: string) => `/reviews/${encodeURIComponent(reviewId)}/${p}`;

  // ── Lines of enquiry: a finding with Bethany's words ──
  await signInToConsole(page, consoleUrl, at("enquiry"));
  await expect(page.getByRole("heading", { level: 1, name: "Lines of enquiry" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the review" })).toHaveAttribute(
    "href",
    `/reviews/${encodeURIComponent(reviewId)}`,
  );
  await expectNoAxeViolations(page, "the lines of enquiry");
  await snapshot(page, testInfo, "console-review-enquiry");
  const line = page.locator("section.cetr-enquiry-line").first();
  const lineQuestion = (await line.getByRole("heading", { level: 2 }).textContent()) ?? "";
  await line.getByText("Record findings, evidence and concerns").click();
  await expectNoAxeViolations(page, "a line of enquiry's form, open");
  await line
    .getByLabel("Findings", { exact: true })
    .fill("Bethany feels safe at home\nHer support workers know her well");
  await line.getByLabel("Evidence seen").fill("Care plan dated 1 November 2026");
  await line.getByRole("button", { name: "Save findings" }).click();
  await expect(page.getByRole("status")).toContainText("What the panel found is saved");
  await line.getByText("Add a quote from the person or their family").click();
  await line.getByRole("radio", { name: "The person" }).check();
  await line.getByLabel("What they said").fill("I like my house. I want to stay here.");
  await line.getByRole("button", { name: "Add the quote" }).click();
  await expect(page.getByRole("status")).toContainText("The quote is saved");
  await expect(line.locator("blockquote")).toContainText("I like my house. I want to stay here.");
  await expect(line).toContainText("Her support workers know her well");
  await expectNoAxeViolations(page, "a line of enquiry with a finding and a quote");
  await snapshot(page, testInfo, "console-review-enquiry-recorded");

  // ── The four-question summary ──
  await page.getByRole("link", { name: "Four-question summary" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Four-question summary" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the four-question summary");
  const answers = {
    "Am I safe?": "Yes. Bethany is safe at home with her support.",
    "What is my current care like?": "Good. Her support workers know her well.",
    "Is there a plan in place for my future?": "Not yet: a plan for adult services is needed.",
    "Do I need to be in hospital for my care and treatment?": "No.",
  };
  for (const [question, answer] of Object.entries(answers))
    await page.getByLabel(question).fill(answer);
  await page.getByRole("button", { name: "Save the summary" }).click();
  await expect(page.getByRole("status")).toContainText("The panel's answers are saved");
  await expect(page.getByLabel("Am I safe?")).toHaveValue(answers["Am I safe?"]);
  await snapshot(page, testInfo, "console-review-summary");

  // ── SMART actions: the first refused, keeping what was typed ──
  await page.getByRole("link", { name: "Actions", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actions" })).toBeVisible();
  await expect(page.getByText("No actions have been agreed yet.")).toBeVisible();
  await expectNoAxeViolations(page, "a review with no actions");
  const what = "Write a plan for Bethany's move to adult services";
  await page.getByLabel("What will happen?").fill(what);
  if (js) {
    // As people type: emptying a box says what it needs before anything is sent.
    const how = page.getByLabel("How will we know it is done?");
    await how.pressSequentially("x");
    await how.press("Backspace");
    await expect(page.locator("#howWeWillKnow-error")).toContainText(
      "Say how everyone will know it has been done",
    );
  }
  await page
    .getByLabel("How will we know it is done?")
    .fill("Bethany and Joy have a copy of the plan");
  await page.getByLabel("Day").fill("1");
  await page.getByLabel("Month").fill("1");
  await page.getByLabel("Year").fill("2020");
  await page.getByRole("button", { name: "Add the action" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summaryOf(page)).toContainText("Choose the one person responsible");
  await expect(summaryOf(page)).toContainText("The due date must be on or after the review date");
  await expect(page.getByLabel("What will happen?")).toHaveValue(what);
  await expect(page.getByLabel("Year")).toHaveValue("2020");
  await expectNoAxeViolations(page, "an action that is not SMART");
  await snapshot(page, testInfo, "console-review-action-error");

  const nextYear = String(new Date().getFullYear() + 1);
  const addAction = async (fields: { what: string; owner: string; how: string; month: string }) => {
    await page.getByLabel("What will happen?").fill(fields.what);
    await page.getByLabel("Who is responsible?").selectOption({ label: fields.owner });
    await page.getByLabel("How will we know it is done?").fill(fields.how);
    await page.getByLabel("Day").fill("15");
    await page.getByLabel("Month").fill(fields.month);
    await page.getByLabel("Year").fill(nextYear);
    await page.getByRole("button", { name: "Add the action" }).click();
    await expect(page.getByRole("status")).toContainText("The family can see it");
    await expect(page.getByRole("table")).toContainText(fields.what);
  };
  await addAction({
    what,
    owner: "Grace Holt (chair of the panel)",
    how: "Bethany and Joy have a copy of the plan",
    month: "2",
  });
  await addAction({
    what: "Book Bethany a meeting with the adult learning disability team",
    owner: "Dr Amara Nwosu (clinical expert)",
    how: "The meeting date is in Bethany's diary",
    month: "1",
  });
  await addAction({
    what: "Ask Bethany which college course she would like to visit",
    owner: "Jordan Lee (expert by experience)",
    how: "Bethany has visited one course",
    month: "3",
  });
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
  await expectNoAxeViolations(page, "a review with three actions");
  await snapshot(page, testInfo, "console-review-actions");

  // ── Following one action: a progress note the family can read ──
  await page.getByRole("link", { name: what }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(what);
  await expectNoAxeViolations(page, "an action");
  await page.getByRole("button", { name: "Save the update" }).click();
  await expect(summaryOf(page)).toContainText("Write what has happened");
  await expectNoAxeViolations(page, "an update with nothing written");
  await page.getByLabel("What has happened?").fill("Grace has asked adult services for a date.");
  await page.getByRole("button", { name: "Save the update" }).click();
  await expect(page.getByRole("status")).toContainText("The family can read it");
  await expect(
    page.getByRole("listitem").filter({ hasText: "asked adult services" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "an action with an update");
  await snapshot(page, testInfo, "console-action");

  // ── Escalating a concern, then its reference ──
  await page.goto(`${consoleUrl}${at("escalations")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Concerns escalated" })).toBeVisible();
  await expectNoAxeViolations(page, "no concerns escalated");
  await page.getByRole("button", { name: "Record the concern" }).click();
  await expect(summaryOf(page)).toContainText("Choose where the concern was sent");
  await expectNoAxeViolations(page, "a concern with nothing chosen");
  await page
    .getByLabel("Where was it sent?")
    .selectOption({ label: "Local authority safeguarding team" });
  await page
    .getByLabel("What is the concern?")
    .fill("Bethany's day service closed without notice.");
  await page
    .getByLabel("Which line of enquiry did it come from? (optional)")
    .selectOption({ label: lineQuestion.trim() });
  await page.getByRole("button", { name: "Record the concern" }).click();
  await expect(page.getByRole("status")).toContainText("Add the receiving body's reference");
  await page.getByText("Update this concern").click();
  await page.getByLabel("Their reference").fill("SG-2026-0412");
  await page.getByRole("button", { name: "Save changes to this concern" }).click();
  await expect(page.getByRole("status")).toContainText("The changes are saved");
  await expect(page.locator("main")).toContainText("SG-2026-0412");
  await expectNoAxeViolations(page, "a concern escalated");
  await snapshot(page, testInfo, "console-review-escalations");

  // ── The report: readability advice, then sending ──
  await page.getByRole("link", { name: "Report", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Report/ })).toBeVisible();
  await expect(page.locator("main")).toContainText("2 weeks after the review");
  await expectNoAxeViolations(page, "a report not written yet");
  await page
    .getByLabel("The report in plain English")
    .fill(
      "The panel met Bethany and her mum Joy.\nThe commissioner will escalate the closure of the day service to safeguarding so that the local authority can look into what happened and make sure it does not happen again.",
    );
  await page
    .getByLabel("The report in easy read (optional)")
    .fill("We met you and your mum. You are safe at home. We will help you find a college.");
  if (js)
    await expect(page.locator("#body-advice-heading").locator("..")).toContainText("commissioner");
  await page.getByRole("button", { name: "Save the report" }).click();
  await expect(page.getByRole("status")).toContainText("Check the readability advice");
  const plainAdvice = page.locator("#body-advice-heading").locator("..");
  await expect(plainAdvice).toContainText("Long sentences (1)");
  await expect(plainAdvice).toContainText("Jargon: commissioner, escalate, safeguarding");
  await expect(page.locator("#easy-read-advice-heading").locator("..")).toContainText(
    "No long sentences, long words or jargon found",
  );
  await expectNoAxeViolations(page, "a drafted report with advice");
  await snapshot(page, testInfo, "console-review-report-draft");

  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(summaryOf(page)).toContainText("Choose who the report goes to");
  await expectNoAxeViolations(page, "a report sent to nobody");
  await page.getByRole("checkbox", { name: `${PERSON} (person)` }).check();
  await page.getByRole("checkbox", { name: `${PARENT.name} (family)` }).check();
  await page.getByRole("checkbox", { name: "Sam Patel (care coordinator)" }).check();
  await page.getByRole("radio", { name: "Easy read" }).check();
  await page
    .getByLabel("Their name, or their service's")
    .fill("Northvale Medical Centre (GP practice)");
  await page.getByLabel("Who are they?").selectOption("GP");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Who received it, and when, is recorded below",
  );
  const received = page.getByRole("table");
  await expect(received).toContainText(PARENT.name);
  await expect(received).toContainText("Easy read");
  await expect(received).toContainText("Northvale Medical Centre (GP practice)");
  await expect(page.locator("main")).toContainText("on time");
  await expectNoAxeViolations(page, "a sent report");
  await snapshot(page, testInfo, "console-review-report-sent");

  // ── The family: Joy reads the actions and their progress (the API, as no portal page shows them) ──
  const { node } = await asJoy.request(FamilyView, { id: reviewId });
  const seen = node && "actions" in node ? node : null;
  expect(seen?.actions.map((a) => a.what).sort()).toEqual(
    [
      what,
      "Book Bethany a meeting with the adult learning disability team",
      "Ask Bethany which college course she would like to visit",
    ].sort(),
  );
  expect(seen?.actions.find((a) => a.what === what)?.updates.map((u) => u.note)).toEqual([
    "Grace has asked adult services for a date.",
  ]);
  expect(seen?.report?.isSent).toBe(true);
});
