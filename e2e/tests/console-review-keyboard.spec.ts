import type { Locator, Page } from "@playwright/test";
import { DEMO_COMMISSIONER, expect, expectNoAxeViolations, test } from "../support/fixtures.js";
import {
  acceptPortalInvitation,
  askForReviewOnPortal,
  createFictionalPerson,
  ownBrowser,
  todayIso,
} from "../support/journey.js";
import {
  chooseOption,
  chooseRadio,
  expectFocusAfterSending,
  expectVisibleFocus,
  press,
  tabTo,
  tick,
  typeDate,
  typeInto,
} from "../support/keyboard.js";

/**
 * The review journey (issue 8, "done when") with the keyboard only: the
 * commissioner signs in, opens the waiting request from the list, matches
 * it, plans and convenes a review, builds the panel until nothing blocks it,
 * invites people, is refused "held" without consent (focus on the error
 * summary, which lists the reasons), records consent per purpose, marks it
 * held, records a finding, the four-question summary and three SMART
 * actions, and writes and sends the report. Every control is reached with
 * Tab and worked with Enter, Space, arrow keys or typing; after each form is
 * sent, focus is on the error summary, the status message or the heading.
 *
 * The parent carer's request (on the portal) and the young person (through
 * the API) are set up as the mouse journey sets them up: they are not the
 * console journey under test.
 */

const summaryOf = (page: Page) => page.locator(".cetr-error-summary");
const status = (page: Page) => page.getByRole("status");
const member = (page: Page, name: string) => page.getByRole("region", { name });
const breaches = (page: Page): Locator =>
  page.locator(".cetr-notice").filter({ hasText: "The panel is not ready yet" });
const link = (page: Page | Locator, name: string) => page.getByRole("link", { name, exact: true });
const button = (page: Page | Locator, name: string) =>
  page.getByRole("button", { name, exact: true });

/** Sends a form with Enter on its button, then checks where focus landed, and that it shows. */
async function send(page: Page, target: Locator, where: string) {
  await press(page, target);
  await expectFocusAfterSending(page, where);
  await expectVisibleFocus(page, `after ${where}`);
}

async function addMember(page: Page, who: string, seat: string) {
  await chooseOption(page, page.getByLabel("Who?"), who);
  await chooseRadio(page, page.getByRole("radio", { name: seat, exact: true }));
  await send(page, button(page, "Add to the panel"), `adding ${who}`);
  await expect(status(page)).toContainText("Added to the panel.");
  await expect(page.locator("#userId option", { hasText: who })).toHaveCount(0);
}

/** Opens a disclosure (a <details> summary) with Enter. */
async function open(page: Page, scope: Locator, summary: string) {
  await press(page, scope.locator("summary", { hasText: summary }));
}

async function declareNoConflict(page: Page, name: string) {
  const seat = member(page, name);
  await open(page, seat, `Record ${name}'s conflicts of interest`);
  await chooseRadio(page, seat.getByRole("radio", { name: "No" }));
  await send(page, button(seat, "Save the declaration"), `${name}'s declaration`);
  await expect(status(page)).toContainText("Conflicts of interest recorded.");
  await expect(member(page, name)).not.toContainText("Not declared yet");
}

async function train(page: Page, name: string) {
  const seat = member(page, name);
  await open(page, seat, `Record ${name}'s review training`);
  await typeDate(page, seat, "2025-02-12");
  await send(page, button(seat, "Save the training date"), `${name}'s training`);
  await expect(status(page)).toContainText("Training recorded.");
  await expect(member(page, name)).not.toContainText("Not recorded");
}

async function recordConsent(page: Page, purpose: string, decidedBy: string) {
  await chooseRadio(page, page.getByRole("radio", { name: purpose, exact: true }));
  await chooseRadio(page, page.getByRole("radio", { name: "Agreed", exact: true }));
  await typeInto(page, page.getByLabel("Who made the decision?"), decidedBy);
  await typeDate(page, page.getByRole("group", { name: "When was it decided?" }), todayIso());
  await send(page, button(page, "Record the decision"), `consent to ${purpose}`);
  await expect(status(page)).toContainText("Decision recorded.");
}

test.use({ actionTimeout: 15_000 });

test("the commissioner runs the review journey with the keyboard only", async ({
  page,
  browser,
  extraHTTPHeaders,
  portalUrl,
  consoleUrl,
  api,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== "desktop",
    "One keyboard journey is enough: the controls are the same at 320 px, and without JavaScript each post loads a new page, so the console's focus handling is not in play",
  );
  test.setTimeout(300_000);
  const run = Date.now().toString(36);
  const name = `Robin Keys ${run}`;
  const dateOfBirth = "2009-06-15";
  const today = todayIso();
  const parentEmail = `sam.keys.${run}@family.example`;

  // ── Set up (not under test): the young person, and their mum's request on the portal ──
  await createFictionalPerson(api, name, dateOfBirth);
  const parent = await ownBrowser(browser, page, testInfo, extraHTTPHeaders);
  const reference = await askForReviewOnPortal(parent, portalUrl, {
    parentName: `Sam Keys ${run}`,
    parentEmail,
    name,
    dateOfBirth,
  });

  // ── Sign in: Tab from the top of the page, the skip link first ──
  await page.goto(`${consoleUrl}/sign-in?returnTo=${encodeURIComponent("/")}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expectVisibleFocus(page, "on the skip link");
  await chooseRadio(page, page.getByRole("radio", { name: DEMO_COMMISSIONER.name }));
  await expectVisibleFocus(page, "on a radio");
  await press(page, button(page, "Sign in"));
  await expect(page).toHaveURL(`${consoleUrl}/`);

  // ── From the dashboard to the requests list, then the waiting request ──
  await press(page, page.getByRole("navigation").getByRole("link", { name: "Requests" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests for a review");
  const requestLink = page.getByRole("link", { name: reference });
  await tabTo(page, requestLink, { max: 200, name: `the link to ${reference}` });
  await expectVisibleFocus(page, "on a link in a table");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Waiting for triage")).toBeVisible();

  // ── Triage: nothing chosen is refused with focus on the summary, then the match ──
  await send(page, button(page, "Match to this person"), "matching with nobody chosen");
  await expect(summaryOf(page)).toBeFocused();
  await expectVisibleFocus(page, "on the error summary");
  await expect(summaryOf(page)).toContainText("Choose who the request is about");
  // The summary's link takes focus to the question.
  await press(page, summaryOf(page).getByRole("link", { name: "Choose who the request is about" }));
  await expect(page.locator("#personId")).toBeFocused();
  await chooseRadio(page, page.getByRole("radio", { name }));
  await send(page, button(page, "Match to this person"), "matching");
  await expect(page.getByRole("heading", { name: `On ${name}'s record` })).toBeVisible();

  for (const stage of ["With the care coordinator", "With the commissioner"]) {
    await chooseRadio(page, page.getByRole("radio", { name: stage }));
    await send(page, button(page, "Save and move on"), `moving on to ${stage}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(stage);
  }

  // ── Plan the review: kind, date, format and place ──
  await press(page, link(page, `Plan a review for ${name}`));
  await chooseRadio(page, page.getByRole("radio", { name: /^Community review/ }));
  await typeDate(page, page, new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 10));
  await chooseRadio(page, page.getByRole("radio", { name: "In person", exact: true }));
  await typeInto(page, page.getByLabel("Where? (optional)"), "Oakfield Community Support");
  await expectVisibleFocus(page, "in a text box");
  await send(page, button(page, "Plan the review"), "planning the review");
  await expect(status(page)).toContainText("The review is planned");

  // ── Convene it in answer to the request ──
  await chooseRadio(page, page.getByRole("radio", { name: "Review convened" }));
  await chooseOption(
    page,
    page.getByLabel("If convening: which review answers it?"),
    (
      (await page.locator("#reviewId option", { hasText: "Community review" }).textContent()) ?? ""
    ).trim(),
  );
  await send(page, button(page, "Save and move on"), "convening");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Review convened");

  // ── Invite the mum to the portal, so the family is invited and sent the report ──
  await press(page, link(page, `Open ${name}'s record`));
  await press(page, link(page, "Invite to the portal"));
  const invitedAt = Date.now() - 1000;
  await chooseRadio(
    page,
    page.getByRole("radio", { name: "A parent carer with parental responsibility" }),
  );
  await typeInto(page, page.getByLabel("Their email address"), parentEmail);
  await send(page, button(page, "Send invitation"), "inviting the parent to the portal");
  await expect(page.getByRole("heading", { level: 1, name: "Invitation sent" })).toBeVisible();
  await acceptPortalInvitation(parent, { parentEmail, name }, invitedAt);
  await parent.context().close();
  await press(page, link(page, `Back to ${name}`));
  await press(page, link(page, "Community review"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Community review for ${name}`);

  // ── The panel, until nothing blocks it ──
  await press(page, link(page, "Build the panel"));
  // A link that changes the page leaves focus on its heading, not the page body.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await addMember(page, "Grace Holt (commissioner)", "Chair");
  await tabTo(page, page.getByLabel("Who?"));
  await expectVisibleFocus(page, "on a select");
  await addMember(page, "Jordan Lee (expert by experience)", "Expert by experience");
  await addMember(page, "Dr Amara Nwosu (clinical expert)", "Clinical expert");
  await expect(page.getByText("Every seat is filled.")).toBeVisible();
  for (const who of ["Grace Holt", "Jordan Lee", "Dr Amara Nwosu"]) {
    await declareNoConflict(page, who);
    await train(page, who);
  }
  await expect(breaches(page)).toHaveCount(0);
  await expect(page.locator("main")).toContainText("The panel is ready");
  await expectNoAxeViolations(page, "the panel, by keyboard");

  // ── Invitations ──
  await press(page, link(page, "Back to the review"));
  await press(page, link(page, "Invite people"));
  await send(page, button(page, "Work out who to invite"), "working out who to invite");
  await expect(status(page)).toContainText(/\d+ invitations? added\./);
  const them = member(page, "The person the review is about");
  await open(page, them, "Record the answer or who came");
  await expectVisibleFocus(page, "on a disclosure's summary");
  await chooseRadio(page, them.getByRole("radio", { name: "Coming", exact: true }));
  await send(page, button(them, "Save"), "saving their answer");
  await expect(status(page)).toContainText("Answer saved.");

  // ── Consent to have the review, so it can be scheduled; then withdrawn ──
  await press(page, link(page, "Back to the review"));
  await press(page, link(page, "Record consent or a best-interests decision"));
  await recordConsent(page, "Having the review", name);
  await press(page, link(page, "Back to the review"));
  for (const state of [/^Waiting for consent/, /^Scheduled/]) {
    await press(page, link(page, "Move the review on"));
    await chooseRadio(page, page.getByRole("radio", { name: state }));
    await send(page, button(page, "Move the review on"), `moving the review on to ${state.source}`);
  }
  await expect(status(page)).toContainText("Scheduled");
  await press(page, link(page, "Record consent or a best-interests decision"));
  await press(page, page.locator("summary", { hasText: "Withdraw this decision" }).first());
  await typeInto(page, page.getByLabel("Why is it withdrawn?"), "Wanted more time to think");
  await send(page, page.getByRole("button", { name: /^Withdraw/ }), "withdrawing consent");
  await expect(page.locator("main")).toContainText("There is no valid basis for the review yet");

  // ── Held without consent: refused, focus on the summary listing the reasons ──
  await press(page, link(page, "Back to the review"));
  await press(page, link(page, "Mark as held"));
  await chooseRadio(page, page.getByRole("radio", { name: /^Mark as held/ }));
  await typeDate(page, page, today);
  await send(page, button(page, "Move the review on"), "marking held without consent");
  await expect(page).toHaveTitle(/^Error: Mark the review as held/);
  await expect(summaryOf(page)).toBeFocused();
  await expect(summaryOf(page)).toContainText(
    "There is no valid consent or best-interests basis for the review (§6; §26; standard 1.2)",
  );
  await expect(page.getByRole("radio", { name: /^Mark as held/ })).toBeChecked();

  // ── Consent per purpose, then held ──
  await press(page, link(page, "Back to the review"));
  await press(page, link(page, "Record consent or a best-interests decision"));
  await recordConsent(page, "Having the review", name);
  await recordConsent(page, "Sharing their information with the panel", name);
  await expect(page.locator("main")).toContainText("The review has a valid basis");
  await press(page, link(page, "Back to the review"));
  await press(page, link(page, "Mark as held"));
  await chooseRadio(page, page.getByRole("radio", { name: /^Mark as held/ }));
  await typeDate(page, page, today);
  await send(page, button(page, "Move the review on"), "marking held");
  await expect(status(page)).toContainText("Held, report not written");

  // ── A line of enquiry's finding ──
  await press(page, link(page, "Lines of enquiry and findings"));
  const line = page.locator("section.cetr-enquiry-line").first();
  await open(page, line, "Record findings, evidence and concerns");
  await typeInto(page, line.getByLabel("Findings", { exact: true }), "Robin feels safe at home");
  await typeInto(page, line.getByLabel("Evidence seen"), "Care plan dated 1 November 2026");
  await send(page, button(line, "Save findings"), "saving findings");
  await expect(status(page)).toContainText("What the panel found is saved");
  await expect(line).toContainText("Robin feels safe at home");

  // ── The four-question summary ──
  await press(page, link(page, "Four-question summary"));
  const answers = {
    "Am I safe?": "Yes. Robin is safe at home with his support.",
    "What is my current care like?": "Good. His support workers know him well.",
    "Is there a plan in place for my future?": "Not yet: a plan for adult services is needed.",
    "Do I need to be in hospital for my care and treatment?": "No.",
  };
  for (const [question, answer] of Object.entries(answers))
    await typeInto(page, page.getByLabel(question), answer);
  await send(page, button(page, "Save the summary"), "saving the summary");
  await expect(status(page)).toContainText("The panel's answers are saved");

  // ── Three SMART actions ──
  await press(page, link(page, "Actions"));
  const nextYear = new Date().getFullYear() + 1;
  const actions = [
    ["Write a plan for Robin's move to adult services", "Grace Holt (chair of the panel)"],
    ["Book Robin a meeting with the adult autism team", "Dr Amara Nwosu (clinical expert)"],
    ["Ask Robin which college course he would like", "Jordan Lee (expert by experience)"],
  ] as const;
  for (const [i, [what, owner]] of actions.entries()) {
    await typeInto(page, page.getByLabel("What will happen?"), what);
    await chooseOption(page, page.getByLabel("Who is responsible?"), owner);
    await typeInto(page, page.getByLabel("How will we know it is done?"), "Robin has a copy");
    await typeDate(page, page, `${nextYear}-0${i + 1}-15`);
    await send(page, button(page, "Add the action"), `adding action ${i + 1}`);
    await expect(status(page)).toContainText("The family can see it");
    await expect(page.getByRole("table")).toContainText(what);
  }
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);

  // ── The report, written and sent ──
  await press(page, link(page, "Report"));
  await typeInto(
    page,
    page.getByLabel("The report in plain English"),
    "The panel met Robin and his mum Sam. Robin is safe at home.",
  );
  await send(page, button(page, "Save the report"), "saving the report");
  await expect(status(page)).toContainText("Report saved");
  await tick(page, page.getByRole("checkbox", { name: `${name} (person)` }));
  await tick(page, page.getByRole("checkbox", { name: `sam.keys.${run} (parent carer)` }));
  await chooseRadio(page, page.getByRole("radio", { name: "Easy read" }));
  await typeInto(page, page.getByLabel("Their name, or their service's"), "Pat Fictional");
  await chooseOption(page, page.getByLabel("Who are they?"), "care coordinator");
  await send(page, button(page, "Send the report"), "sending the report");
  await expect(status(page)).toContainText("Who received it, and when, is recorded below");
  await expect(page.getByRole("table")).toContainText("Pat Fictional");
  await expectNoAxeViolations(page, "the report sent, by keyboard");
});
