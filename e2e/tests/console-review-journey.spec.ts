import type { Locator, Page, TestInfo } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
} from "../support/fixtures.js";
import {
  acceptPortalInvitation,
  askForReviewOnPortal,
  createFictionalPerson,
  fillDate,
  ownBrowser,
  todayIso,
} from "../support/journey.js";

/**
 * The whole review journey (issue 8, "done when"), one fictional young person
 * per project run: their mum asks for a review on the portal; the
 * commissioner matches the request, invites her to the portal, plans and
 * convenes a community review (convening the request is what makes the
 * dashboard show a review due, §14; §25), records consent,
 * which is then withdrawn, builds the panel, invites people, is refused
 * "held" without consent (each reason with its §, nothing entered lost),
 * records consent per purpose and marks it held (no longer due); records
 * findings, the four-question summary and three SMART actions, follows one
 * up, escalates a concern, writes the report and sends it to the family (the
 * reports-due list shows it, then not); and the mum reads the actions and the
 * report on the portal. axe on every state.
 */

/** "2026-11-23" → "23 November 2026", as the console writes dates. */
const spelled = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The smallest valid PNG, one pixel: a stand-in photo. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const photoFile = { name: "jordan.png", mimeType: "image/png", buffer: PNG };

const member = (page: Page, name: string) => page.getByRole("region", { name });
const summaryOf = (page: Page) => page.locator(".cetr-error-summary");
const breaches = (page: Page): Locator =>
  page.locator(".cetr-notice").filter({ hasText: "The panel is not ready yet" });
const card = (page: Page, title: string): Locator =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title }) });

async function check(page: Page, testInfo: TestInfo, state: string) {
  await expectNoAxeViolations(page, state);
  await snapshot(page, testInfo, `journey-${state.replaceAll(" ", "-")}`);
}

async function addMember(page: Page, who: string, seat: string) {
  await page.getByLabel("Who?").selectOption({ label: who });
  await page.getByRole("radio", { name: seat, exact: true }).check();
  await page.getByRole("button", { name: "Add to the panel" }).click();
  await expect(page.getByRole("status")).toContainText("Added to the panel.");
  // The status says the same after every add: wait until this person is no longer offered.
  await expect(page.locator("#userId option", { hasText: who })).toHaveCount(0);
}

async function declare(page: Page, name: string, conflict: string | null) {
  const seat = member(page, name);
  await seat.getByText(`Record ${name}'s conflicts of interest`).click();
  await seat.getByRole("radio", { name: conflict ? "Yes" : "No" }).check();
  if (conflict) await seat.getByLabel("If yes: what is the conflict?").fill(conflict);
  await seat.getByRole("button", { name: "Save the declaration" }).click();
  await expect(page.getByRole("status")).toContainText("Conflicts of interest recorded.");
  await expect(member(page, name)).not.toContainText("Not declared yet");
}

async function train(page: Page, name: string) {
  const seat = member(page, name);
  await seat.getByText(`Record ${name}'s review training`).click();
  await fillDate(seat, "2025-02-12");
  await seat.getByRole("button", { name: "Save the training date" }).click();
  await expect(page.getByRole("status")).toContainText("Training recorded.");
  await expect(member(page, name)).not.toContainText("Not recorded");
}

async function recordConsent(page: Page, purpose: string, decidedBy: string) {
  await page.getByRole("radio", { name: purpose, exact: true }).check();
  await page.getByRole("radio", { name: "Agreed", exact: true }).check();
  await page.getByLabel("Who made the decision?").fill(decidedBy);
  await fillDate(page.getByRole("group", { name: "When was it decided?" }), todayIso());
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByRole("status")).toContainText("Decision recorded.");
}

// Fail fast on a missing control rather than at the end of the long timeout.
test.use({ actionTimeout: 15_000 });

test("a parent asks for a review; the commissioner convenes, runs and reports it; the parent reads the actions and report", async ({
  page,
  browser,
  extraHTTPHeaders,
  portalUrl,
  consoleUrl,
  api,
}, testInfo) => {
  // About eighty form posts across both apps, with axe on every state.
  test.setTimeout(480_000);
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const run = `${testInfo.project.name} ${Date.now().toString(36)}`;
  const name = `Robin Journey ${run}`;
  const dateOfBirth = "2009-06-15";
  const parentName = `Sam Journey ${run}`;
  const parentEmail = `sam.journey.${run.replace(" ", ".")}@family.example`;
  const parentLogin = parentEmail.split("@")[0] as string;
  const today = todayIso();

  // ── Set up: a fictional 17-year-old on the caseload, with no history: nothing is due yet ──
  const personId = await createFictionalPerson(api, name, dateOfBirth);

  // ── 1. The parent carer asks for a review on the portal ──
  const parent = await ownBrowser(browser, page, testInfo, extraHTTPHeaders);
  const reference = await askForReviewOnPortal(parent, portalUrl, {
    parentName,
    parentEmail,
    name,
    dateOfBirth,
  });
  await check(parent, testInfo, "request sent");

  // ── 2. The commissioner triages it ──
  await signInToConsole(page, consoleUrl, `/requests/${reference}`);
  await expect(page.getByText("Waiting for triage")).toBeVisible();
  await page.getByRole("button", { name: "Match to this person" }).click();
  await expect(summaryOf(page)).toContainText("Choose who the request is about");
  await expectNoAxeViolations(page, "triage with nobody chosen");
  await page.getByRole("radio", { name }).check();
  await page.getByRole("button", { name: "Match to this person" }).click();
  await expect(page.getByRole("heading", { name: `On ${name}'s record` })).toBeVisible();
  await check(page, testInfo, "request matched");

  // The parent carer is linked as staff would: an invitation to the portal, accepted.
  await page.goto(`${consoleUrl}/people/${encodeURIComponent(personId)}`);
  await page.getByRole("link", { name: "Invite to the portal" }).click();
  const invitedAt = Date.now() - 1000;
  await page.getByRole("radio", { name: "A parent carer with parental responsibility" }).check();
  await page.getByLabel("Their email address").fill(parentEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  // With JavaScript too: the confirmation once came from a cookie the ".data" fetch never sent.
  await expect(page.getByRole("heading", { level: 1, name: "Invitation sent" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(parentEmail);
  await acceptPortalInvitation(parent, { parentEmail, name }, invitedAt);

  // On to the care coordinator and the commissioner, who plans a community review from the
  // request (no date first: refused, choices kept) and convenes it.
  await page.goto(`${consoleUrl}/requests/${reference}`);
  for (const stage of ["With the care coordinator", "With the commissioner"]) {
    await page.getByRole("radio", { name: stage }).check();
    await page.getByRole("button", { name: "Save and move on" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(stage);
  }
  await page.getByRole("link", { name: `Plan a review for ${name}` }).click();
  await page.getByRole("radio", { name: /^Community review/ }).check();
  await page.getByRole("radio", { name: "In person", exact: true }).check();
  await page.getByLabel("Where? (optional)").fill("Oakfield Community Support, quiet room");
  await page.getByRole("button", { name: "Plan the review" }).click();
  await expect(summaryOf(page)).toContainText("Enter the date of the review");
  await expect(page.getByRole("radio", { name: /^Community review/ })).toBeChecked();
  await expect(page.getByLabel("Where? (optional)")).toHaveValue(
    "Oakfield Community Support, quiet room",
  );
  await check(page, testInfo, "planning without a date");
  const meetOn = new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 10);
  await fillDate(page, meetOn);
  await page.getByRole("button", { name: "Plan the review" }).click();
  await expect(page.getByRole("status")).toContainText("The review is planned");
  await page.getByRole("radio", { name: "Review convened" }).check();
  const planned = await page
    .locator("#reviewId option", { hasText: "Community review" })
    .getAttribute("value");
  await page.getByLabel("If convening: which review answers it?").selectOption(planned ?? "");
  await page.getByRole("button", { name: "Save and move on" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Review convened");
  await check(page, testInfo, "request convened");

  // ── 3. The dashboard: due because the request was convened, with the review booked in answer ──
  // The home card lists only the first few: its count, with this review, is compared after it is held.
  await page.goto(`${consoleUrl}/`);
  const dueCount = async () =>
    Number(await card(page, "Reviews due").locator(".cetr-dashboard-count").textContent());
  const dueBefore = await dueCount();
  await page.goto(`${consoleUrl}/dashboard/reviews-due`);
  const dueRow = page.getByRole("row").filter({ hasText: name });
  await expect(dueRow).toContainText("Review someone asked for");
  await expect(dueRow).toContainText("Now, by the date the local policy sets");
  await expect(dueRow).toContainText(
    `Asked for on ${spelled(today)}; the commissioner agreed on ${spelled(today)} to hold a CETR`,
  );
  await expect(dueRow).toContainText("Policy §14; §25; Figure 9");
  await check(page, testInfo, "review due");
  await dueRow.getByRole("link", { name: `Open the booked review for ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Community review for ${name}`);
  await expect(page.locator("main")).toContainText("Oakfield Community Support, quiet room");
  await expect(page.locator("main")).toContainText(
    "Due now because someone asked for a review and the commissioner agreed, by the date the local policy sets (§14; §25; Figure 9)",
  );
  const reviewUrl = page.url();

  // ── 4. Consent for the review, scheduled; then withdrawn ──
  await page.getByRole("link", { name: "Record consent or a best-interests decision" }).click();
  await recordConsent(page, "Having the review", name);
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Move the review on" }).click();
  await page.getByRole("radio", { name: /^Waiting for consent/ }).check();
  await page.getByRole("button", { name: "Move the review on" }).click();
  await page.getByRole("link", { name: "Move the review on" }).click();
  await page.getByRole("radio", { name: /^Scheduled/ }).check();
  await page.getByRole("button", { name: "Move the review on" }).click();
  await expect(page.getByRole("status")).toContainText("Scheduled");
  await page.getByRole("link", { name: "Record consent or a best-interests decision" }).click();
  await page.getByText("Withdraw this decision").first().click();
  await page.getByLabel("Why is it withdrawn?").fill("Wanted more time to think");
  await page.getByRole("button", { name: /^Withdraw/ }).click();
  await expect(page.locator("main")).toContainText("There is no valid basis for the review yet");
  await page.getByRole("link", { name: "Back to the review" }).click();
  await expect(page.locator("main")).toContainText(
    "There is no valid consent or best-interests basis for the review (§6; §26; standard 1.2)",
  );
  await check(page, testInfo, "scheduled without panel or consent");

  // ── The panel: nothing chosen, three seats, a conflict dealt with, training, a photo ──
  await page.getByRole("link", { name: "Build the panel" }).click();
  await expect(breaches(page)).toContainText(
    "Record the panel before the review is held (§7.2.1; standard 5.1)",
  );
  await page.getByRole("button", { name: "Add to the panel" }).click();
  await expect(page).toHaveTitle(/^Error: The panel/);
  await expect(summaryOf(page)).toContainText("Choose who joins the panel");
  await expect(summaryOf(page)).toContainText("Choose their seat on the panel");
  await check(page, testInfo, "panel nothing chosen");
  await addMember(page, "Grace Holt (commissioner)", "Chair");
  await addMember(page, "Jordan Lee (expert by experience)", "Expert by experience");
  await addMember(page, "Dr Amara Nwosu (clinical expert)", "Clinical expert");
  await expect(page.getByText("Every seat is filled.")).toBeVisible();
  await expect(breaches(page)).toContainText(
    "Dr Amara Nwosu has not declared whether they have any conflicts of interest (standard 5.7)",
  );
  await expect(breaches(page)).toContainText(
    "Jordan Lee has not completed review training (standard 5.6; §7.1.7)",
  );
  await declare(page, "Grace Holt", null);
  await declare(page, "Jordan Lee", null);
  await declare(page, "Dr Amara Nwosu", "She was the person's psychiatrist until 2024");
  await expect(breaches(page)).toContainText(
    "Dr Amara Nwosu has an unresolved conflict of interest: She was the person's psychiatrist until 2024 (standard 5.7)",
  );
  await check(page, testInfo, "panel conflict");
  await declare(page, "Dr Amara Nwosu", null);
  for (const who of ["Grace Holt", "Jordan Lee", "Dr Amara Nwosu"]) await train(page, who);
  await expect(breaches(page)).toHaveCount(0);
  await expect(page.locator("main")).toContainText("The panel is ready");
  const jordan = member(page, "Jordan Lee");
  await jordan.getByText("Add a photo of Jordan Lee").click();
  await jordan.getByLabel("Photo", { exact: true }).setInputFiles(photoFile);
  await jordan.getByRole("button", { name: "Save the photo" }).click();
  await expect(summaryOf(page)).toContainText("Describe the photo, for people who cannot see it");
  await expectNoAxeViolations(page, "a panel photo without its description");
  const again = member(page, "Jordan Lee");
  await again.getByLabel("Photo", { exact: true }).setInputFiles(photoFile);
  await again
    .getByLabel("Describe the photo, for people who cannot see it")
    .fill("Jordan Lee smiling, wearing a green jumper");
  await again.getByRole("button", { name: "Save the photo" }).click();
  await expect(
    member(page, "Jordan Lee").getByRole("img", {
      name: "Jordan Lee smiling, wearing a green jumper",
    }),
  ).toBeVisible();
  await check(page, testInfo, "panel ready");

  // ── Invitations ──
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Invite people" }).click();
  await page.getByRole("button", { name: "Work out who to invite" }).click();
  await expect(page.getByRole("status")).toContainText(/\d+ invitations? added\./);
  const them = member(page, "The person the review is about");
  await expect(them).toContainText("Must be invited");
  await expect(them).toContainText("(§29)");
  await them.getByText("Record the answer or who came").click();
  await them.getByRole("radio", { name: "Coming", exact: true }).check();
  await them.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Answer saved.");
  await check(page, testInfo, "invitations");

  // ── Held without consent: refused, each reason with its §, nothing entered lost ──
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Mark as held" }).click();
  await page.getByRole("radio", { name: /^Mark as held/ }).check();
  await fillDate(page, today);
  await page.getByRole("button", { name: "Move the review on" }).click();
  await expect(page).toHaveTitle(/^Error: Mark the review as held/);
  await expect(summaryOf(page)).toContainText(
    "There is no valid consent or best-interests basis for the review (§6; §26; standard 1.2)",
  );
  await expect(page.getByRole("radio", { name: /^Mark as held/ })).toBeChecked();
  await expect(page.getByLabel("Day")).toHaveValue(String(Number(today.slice(8))));
  await expect(page.getByLabel("Year")).toHaveValue(today.slice(0, 4));
  await check(page, testInfo, "held refused");

  // ── Consent per purpose, then held ──
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Record consent or a best-interests decision" }).click();
  await expect(page.locator("main")).toContainText("Wanted more time to think");
  await recordConsent(page, "Having the review", name);
  await recordConsent(page, "Sharing their information with the panel", name);
  await expect(page.locator("main")).toContainText("The review has a valid basis");
  await check(page, testInfo, "consent recorded");
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Mark as held" }).click();
  await page.getByRole("radio", { name: /^Mark as held/ }).check();
  await page.getByRole("button", { name: "Move the review on" }).click();
  await expect(page.getByRole("status")).toContainText("Held, report not written");
  await check(page, testInfo, "held");

  // The dashboard: no longer due; the report is due instead.
  await page.goto(`${consoleUrl}/dashboard/reviews-due`);
  await expect(page.getByRole("heading", { level: 1, name: "Reviews due" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await page.goto(`${consoleUrl}/`);
  await expect(card(page, "Reviews due")).not.toContainText(name);
  expect(await dueCount()).toBe(dueBefore - 1);
  await page.goto(`${consoleUrl}/dashboard/reports-due`);
  const reportRow = page.getByRole("row").filter({ hasText: name });
  await expect(reportRow).toContainText("Review held, report not written");
  await expect(reportRow).toContainText("14 days left");
  await check(page, testInfo, "report due");

  // ── 5. Findings, the four-question summary, three SMART actions ──
  await page.goto(reviewUrl);
  await page.getByRole("link", { name: "Lines of enquiry and findings" }).click();
  const line = page.locator("section.cetr-enquiry-line").first();
  const lineQuestion = ((await line.getByRole("heading", { level: 2 }).textContent()) ?? "").trim();
  await line.getByText("Record findings, evidence and concerns").click();
  await line
    .getByLabel("Findings", { exact: true })
    .fill("Robin feels safe at home\nHis support workers know him well");
  await line.getByLabel("Evidence seen").fill("Care plan dated 1 November 2026");
  await line.getByRole("button", { name: "Save findings" }).click();
  await expect(page.getByRole("status")).toContainText("What the panel found is saved");
  await line.getByText("Add a quote from the person or their family").click();
  await line.getByRole("radio", { name: "The person" }).check();
  await line.getByLabel("What they said").fill("I like my house. I want to stay here.");
  await line.getByRole("button", { name: "Add the quote" }).click();
  await expect(line.locator("blockquote")).toContainText("I like my house. I want to stay here.");
  await expect(line).toContainText("His support workers know him well");
  await check(page, testInfo, "finding and quote");

  await page.getByRole("link", { name: "Four-question summary" }).click();
  const answers = {
    "Am I safe?": "Yes. Robin is safe at home with his support.",
    "What is my current care like?": "Good. His support workers know him well.",
    "Is there a plan in place for my future?": "Not yet: a plan for adult services is needed.",
    "Do I need to be in hospital for my care and treatment?": "No.",
  };
  for (const [question, answer] of Object.entries(answers))
    await page.getByLabel(question).fill(answer);
  await page.getByRole("button", { name: "Save the summary" }).click();
  await expect(page.getByRole("status")).toContainText("The panel's answers are saved");
  await expect(page.getByLabel("Am I safe?")).toHaveValue(answers["Am I safe?"]);
  await check(page, testInfo, "four-question summary");

  // SMART actions: the first refused (no owner, due before the review), keeping what was typed.
  await page.getByRole("link", { name: "Actions", exact: true }).click();
  await expect(page.getByText("No actions have been agreed yet.")).toBeVisible();
  const what = "Write a plan for Robin's move to adult services";
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
    .fill("Robin and Sam have a copy of the plan");
  await fillDate(page, "2020-01-01");
  await page.getByRole("button", { name: "Add the action" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summaryOf(page)).toContainText("Choose the one person responsible");
  await expect(summaryOf(page)).toContainText("The due date must be on or after the review date");
  await expect(page.getByLabel("What will happen?")).toHaveValue(what);
  await expect(page.getByLabel("Year")).toHaveValue("2020");
  await check(page, testInfo, "action not SMART");
  const nextYear = new Date().getFullYear() + 1;
  const actions = [
    {
      what,
      owner: "Grace Holt (chair of the panel)",
      how: "Robin and Sam have a copy of the plan",
    },
    {
      what: "Book Robin a meeting with the adult autism team",
      owner: "Dr Amara Nwosu (clinical expert)",
      how: "The meeting date is in Robin's diary",
    },
    {
      what: "Ask Robin which college course he would like to visit",
      owner: "Jordan Lee (expert by experience)",
      how: "Robin has visited one course",
    },
  ];
  for (const [i, action] of actions.entries()) {
    await page.getByLabel("What will happen?").fill(action.what);
    await page.getByLabel("Who is responsible?").selectOption({ label: action.owner });
    await page.getByLabel("How will we know it is done?").fill(action.how);
    await fillDate(page, `${nextYear}-0${i + 1}-15`);
    await page.getByRole("button", { name: "Add the action" }).click();
    await expect(page.getByRole("status")).toContainText("The family can see it");
    await expect(page.getByRole("table")).toContainText(action.what);
  }
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
  await check(page, testInfo, "three actions");

  // Following one action: a progress note the family can read.
  await page.getByRole("link", { name: what }).click();
  await page.getByRole("button", { name: "Save the update" }).click();
  await expect(summaryOf(page)).toContainText("Write what has happened");
  await expectNoAxeViolations(page, "an update with nothing written");
  await page.getByLabel("What has happened?").fill("Grace has asked adult services for a date.");
  await page.getByRole("button", { name: "Save the update" }).click();
  await expect(page.getByRole("status")).toContainText("The family can read it");
  await check(page, testInfo, "action update");

  // Escalating a concern, then its reference.
  await page.goto(`${reviewUrl}/escalations`);
  await page.getByRole("button", { name: "Record the concern" }).click();
  await expect(summaryOf(page)).toContainText("Choose where the concern was sent");
  await expectNoAxeViolations(page, "a concern with nothing chosen");
  await page
    .getByLabel("Where was it sent?")
    .selectOption({ label: "Local authority safeguarding team" });
  await page.getByLabel("What is the concern?").fill("Robin's day service closed without notice.");
  await page
    .getByLabel("Which line of enquiry did it come from? (optional)")
    .selectOption({ label: lineQuestion });
  await page.getByRole("button", { name: "Record the concern" }).click();
  await expect(page.getByRole("status")).toContainText("Add the receiving body's reference");
  await page.getByText("Update this concern").click();
  await page.getByLabel("Their reference").fill("SG-2026-0412");
  await page.getByRole("button", { name: "Save changes to this concern" }).click();
  await expect(page.locator("main")).toContainText("SG-2026-0412");
  await check(page, testInfo, "concern escalated");

  // ── 6. The report: readability advice, sent to nobody (refused), then to the family ──
  await page.getByRole("link", { name: "Report", exact: true }).click();
  await expect(page.locator("main")).toContainText("2 weeks after the review");
  await page
    .getByLabel("The report in plain English")
    .fill(
      "The panel met Robin and his mum Sam.\nThe commissioner will escalate the closure of the day service to safeguarding so that the local authority can look into what happened and make sure it does not happen again.",
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
  await check(page, testInfo, "report drafted");
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(summaryOf(page)).toContainText("Choose who the report goes to");
  await expectNoAxeViolations(page, "a report sent to nobody");
  await page.getByRole("checkbox", { name: `${name} (person)` }).check();
  await page.getByRole("checkbox", { name: `${parentLogin} (parent carer)` }).check();
  await page.getByRole("radio", { name: "Easy read" }).check();
  await page.getByLabel("Their name, or their service's").fill("Pat Fictional, community team");
  // Someone directly involved in the care must get it (§7.3.6): a care coordinator not invited.
  await page.getByLabel("Who are they?").selectOption({ label: "care coordinator" });
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Who received it, and when, is recorded below",
  );
  const received = page.getByRole("table");
  await expect(received).toContainText(parentLogin);
  await expect(received).toContainText("Pat Fictional, community team");
  await expect(received).toContainText("Easy read");
  await expect(page.locator("main")).toContainText("on time");
  await check(page, testInfo, "report sent");
  await page.goto(`${consoleUrl}/dashboard/reports-due`);
  await expect(page.getByRole("heading", { level: 1, name: "Reports to send" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);

  // ── 7. The parent carer reads the three actions and the report on the portal ──
  await parent.goto(`${portalUrl}/home`);
  await parent.getByRole("link", { name: "Actions agreed at reviews" }).click();
  for (const action of actions)
    await expect(parent.getByRole("article", { name: action.what })).toBeVisible();
  await expect(parent.getByRole("article", { name: what })).toContainText(
    "Grace has asked adult services for a date.",
  );
  await check(parent, testInfo, "portal actions");
  await parent.getByRole("link", { name: "Read the report from this review" }).click();
  await expect(parent.getByText("The panel met Robin and his mum Sam.")).toBeVisible();
  await expect(parent.getByText(/This report came on time\./)).toBeVisible();
  await check(parent, testInfo, "portal report");
  await parent.context().close();
});
