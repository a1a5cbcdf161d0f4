import type { Page, TestInfo } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";
import { newestEmail } from "../support/outbox.js";

/**
 * The action tracker and the review report, over the FICTIONAL demo story:
 * Callum (a young person in hospital) reads the actions agreed at his review
 * in easy read, and asks about the late one; the question appears in the
 * console for the commissioner, and reaches the action's owner, Sam Patel,
 * by email: he has no other access to Callum's record (ADR 0041), follows the
 * link, and answers it on the action's page; Callum sees the answer.
 * Isaac reads the report from his review, which came 3 days late. The three
 * projects share one database: each asks its own question, and each puts
 * Callum back in plain English, as the other journeys expect him.
 */

async function check(page: Page, testInfo: TestInfo, state: string) {
  await expectNoAxeViolations(page, state);
  await snapshot(page, testInfo, `portal-actions-${state}`);
}

const LATE_ACTION = "Start a plan for Callum to leave hospital";

test("a young person reads their actions in easy read and asks about a late one, which reaches the console", async ({
  page,
  portalUrl,
  consoleUrl,
}, testInfo) => {
  test.setTimeout(240_000);
  const question = `I don't think this has happened. Nobody has talked to me about it (${testInfo.project.name}).`;
  await signInToPortalAs(page, portalUrl, "callum.reid@young.example");
  await page.goto(`${portalUrl}/home`);
  const tracker = page.getByRole("link", { name: "Actions agreed at reviews" });
  await expect(tracker).toBeVisible();
  // The home page says plainly that one is late, beside the link.
  await expect(page.getByText("1 late", { exact: true })).toBeVisible();
  await tracker.click();

  await expect(page).toHaveTitle("Actions agreed at reviews – Your CETR");
  await expect(
    page.getByRole("heading", { level: 2, name: "Agreed at the review on Wednesday 14 October" }),
  ).toBeVisible();
  const late = page.getByRole("article", { name: LATE_ACTION });
  await expect(late).toContainText("Late");
  await expect(late).toContainText(/This is \d+ days late\./);
  await expect(late).toContainText("Contact Sam Patel, who is responsible for it");
  await expect(late).toContainText("First meeting cancelled by the ward; rebooking");
  const done = page.getByRole("article", {
    name: "Look at why staff held Callum and make a new plan to help him",
  });
  await expect(done).toContainText("Done on Thursday 29 October.");
  await check(page, testInfo, "tracker-plain");

  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Things people said they will do",
  );
  const lateEasy = page.getByRole("article", { name: LATE_ACTION });
  await expect(lateEasy).toContainText("Who will do it");
  await expect(lateEasy).toContainText(/This is \d+ days late\./);
  await expect(lateEasy).toContainText("You can talk to Sam Patel");
  await expect(lateEasy.locator(".cetr-easy-read__picture").first()).toBeVisible();
  await check(page, testInfo, "tracker-easy-read");

  // The link names its action for screen readers ("Ask about this: …", the rest visually hidden).
  await lateEasy.getByRole("link", { name: /^Ask about this\s*: Start a plan for Callum/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask about this action");
  await expect(page.getByText("Sam Patel will read it.")).toBeVisible();
  // Sending nothing: the error summary, and the title says so.
  await page.getByRole("button", { name: "Send my question" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("alert").or(page.locator(".cetr-error-summary"))).toContainText(
    "Write your question",
  );
  await check(page, testInfo, "ask-error-easy-read");

  await page.getByLabel("Your question").fill(question);
  const asked = Date.now();
  await page.getByRole("button", { name: "Send my question" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We sent your question");
  // The action's owner is emailed too, with a link to answer it in the console.
  const toOwner = await newestEmail("sam.patel@oakfield.example", "action-question", asked);
  expect(toOwner).toContain("A family has asked about an action you are responsible for");
  const actionLink = new RegExp(`${consoleUrl}/actions/[^\\s"<>]+`).exec(toOwner)?.[0];
  if (!actionLink) throw new Error("no link to the action in the owner's email");
  await expect(page.getByText(question)).toBeVisible();
  await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
  await check(page, testInfo, "ask-sent-easy-read");

  // The commissioner sees it on the console dashboard and in the list of questions.
  const staff = await page.context().browser()?.newContext({
    viewport: page.viewportSize(),
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
  });
  if (!staff) throw new Error("no browser");
  const consolePage = await staff.newPage();
  await signInToConsole(consolePage, consoleUrl, "/");
  const card = consolePage.getByRole("listitem").filter({
    has: consolePage.getByRole("heading", { level: 2, name: "Questions from families" }),
  });
  expect(Number(await card.locator(".cetr-dashboard-count").textContent())).toBeGreaterThanOrEqual(
    2,
  );
  await expectNoAxeViolations(consolePage, "the dashboard with questions from families");
  await card.getByRole("link", { name: "See all questions from families" }).click();
  await expect(
    consolePage.getByRole("heading", { level: 1, name: "Questions from families" }),
  ).toBeVisible();
  const item = consolePage.getByRole("listitem").filter({ hasText: question });
  await expect(item).toContainText("Callum Reid: Start a discharge plan with Callum");
  await expect(item).toContainText("Responsible: Sam Patel");
  await expect(item).toContainText("Callum Reid asked on");
  await expectNoAxeViolations(consolePage, "the questions list");
  await snapshot(consolePage, testInfo, "console-questions");
  await staff.close();

  // Sam Patel owns the action, though Callum is not on his organisation's caseload. He
  // follows the link in his email, signs in, and lands on the action with the question.
  const owner = await page.context().browser()?.newContext({
    viewport: page.viewportSize(),
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
  });
  if (!owner) throw new Error("no browser");
  const ownerPage = await owner.newPage();
  await ownerPage.goto(actionLink);
  await ownerPage.getByRole("radio", { name: "Sam Patel" }).check();
  await ownerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(ownerPage.getByRole("heading", { level: 1 })).toContainText(
    "Start a discharge plan with Callum",
  );
  await expect(ownerPage.getByText(/Review in hospital for Callum Reid/)).toBeVisible();
  // Only the action: no way into the review or the rest of Callum's record.
  await expect(ownerPage.getByRole("link", { name: "All actions from this review" })).toHaveCount(
    0,
  );
  await expect(ownerPage.getByText("First meeting cancelled by the ward; rebooking")).toBeVisible();
  const ownersItem = ownerPage.getByRole("listitem").filter({ hasText: question });
  await expect(ownersItem).toContainText("Waiting for an answer");
  await expectNoAxeViolations(ownerPage, "the action page for its owner");
  await snapshot(ownerPage, testInfo, "console-action-owner");
  await ownersItem.getByText("Answer this question").click();
  const answer = `I have booked the first meeting for Friday (${testInfo.project.name}).`;
  await ownersItem.getByLabel("What you told them, or did").fill(answer);
  const answeredAt = Date.now();
  await ownersItem.getByRole("button", { name: "Save the answer" }).click();
  await expect(ownerPage.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();
  await expect(ownerPage.getByRole("listitem").filter({ hasText: question })).toContainText(
    "Answered",
  );
  await expectNoAxeViolations(ownerPage, "the action page after the owner's answer");
  await owner.close();

  // Callum sees the answer beside the action; then back to plain English for other journeys.
  await page.getByRole("link", { name: "Go back to the actions" }).click();
  const answered = page.getByRole("article", { name: LATE_ACTION });
  await expect(answered).toContainText(question);
  await expect(answered).toContainText(`Sam Patel answered on`);
  await expect(answered).toContainText(answer);
  // And is told by email, in easy read as he reads the portal.
  expect(await newestEmail("callum.reid@young.example", "notification", answeredAt)).toContain(
    "We answered your question",
  );
  await check(page, testInfo, "tracker-answered-easy-read");
  await page.getByRole("button", { name: "Switch to plain English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions agreed at reviews");
});

test("the report page says when a report came late, and when one came on time", async ({
  page,
  portalUrl,
}, testInfo) => {
  await signInToPortalAs(page, portalUrl, "isaac.mensah@young.example");
  await page.goto(`${portalUrl}/home`);
  await page.getByRole("link", { name: "Report from the review on Tuesday 8 September" }).click();
  await expect(page).toHaveTitle("Report from the review – Your CETR");
  await expect(
    page.getByText("The report was due on Tuesday 22 September, 2 weeks after the review."),
  ).toBeVisible();
  await expect(
    page.getByText("This report came 3 days late. It was sent on Friday 25 September."),
  ).toBeVisible();
  await expect(page.getByText(/ready for a conditional discharge/)).toBeVisible();
  await check(page, testInfo, "report-late-plain");

  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report from your meeting");
  await expect(
    page.getByText("This report came 3 days late. It came on Friday 25 September."),
  ).toBeVisible();
  await expect(page.getByText("Isaac is ready to leave hospital.")).toBeVisible();
  await check(page, testInfo, "report-late-easy-read");
  await page.getByRole("button", { name: "Switch to plain English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report from the review");

  // Callum's came on time: reached from the actions page.
  await signInToPortalAs(page, portalUrl, "callum.reid@young.example");
  await page.goto(`${portalUrl}/home`);
  await page.getByRole("link", { name: "Actions agreed at reviews" }).click();
  await page.getByRole("link", { name: "Read the report from this review" }).click();
  await expect(
    page.getByText("This report came on time. It was sent on Saturday 24 October."),
  ).toBeVisible();
  await check(page, testInfo, "report-on-time-plain");

  // In Urdu (right to left) and Polish, then back to English as the other journeys expect.
  const html = page.locator("html");
  await page.getByRole("button", { name: "اردو" }).click();
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("جائزے کی رپورٹ");
  await expect(page.getByText("یہ رپورٹ وقت پر آئی۔", { exact: false })).toBeVisible();
  await check(page, testInfo, "report-on-time-urdu");
  await page.goto(`${portalUrl}/home`);
  await page.getByRole("link", { name: "جائزوں میں طے شدہ اقدامات" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("جائزوں میں طے شدہ اقدامات");
  await expect(page.getByText(/اس میں \d+ دن کی تاخیر ہے۔/)).toBeVisible();
  await check(page, testInfo, "tracker-urdu");
  await page.getByRole("button", { name: "Polski" }).click();
  await expect(html).toHaveAttribute("lang", "pl-PL");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Działania uzgodnione na przeglądach",
  );
  await expect(page.getByText(/To jest spóźnione o \d+ dni\./)).toBeVisible();
  await check(page, testInfo, "tracker-polish");
  await page.getByRole("button", { name: /Read this page in English/ }).click();
  await expect(html).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions agreed at reviews");
});
