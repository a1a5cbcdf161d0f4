import { graphql } from "@cetr/graphql";
import type { Page, TestInfo } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";

/**
 * My CETR Planner. The journeys change the seeded planners, so each project
 * has its own people: a parent carer (Sarah, for Alex) without JavaScript at
 * 320 px; and a young person whose review has been held filling in and
 * sending their own planner in easy read, in every project (Ellie on the
 * desktop, Callum at 320 px, Isaac without JavaScript).
 */

/** WCAG 1.4.10 at 320 px, for the JavaScript-off project narrowed to a phone's width. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${what} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
}

async function check(page: Page, testInfo: TestInfo, name: string) {
  await expectNoAxeViolations(page, name);
  if (page.viewportSize()?.width === 320) await expectNoSidewaysScroll(page, name);
  await snapshot(page, testInfo, name);
}

function statusOf(page: Page, section: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name: section }) });
}

test("a parent carer fills in two sections without JavaScript at 320 px, comes back, checks and sends", async ({
  page,
  portalUrl,
  api,
}, testInfo) => {
  test.skip(testInfo.project.name !== "no-js", "The JavaScript-off journey");
  // A long journey with an axe check on every page state.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await signInToPortalAs(page, portalUrl, "sarah.morgan@family.example");

  await page.goto(`${portalUrl}/home`);
  const alex = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /Alex/ }) });
  await alex.getByRole("link", { name: "My CETR Planner" }).click();
  await expect(page).toHaveTitle("My CETR Planner – Your CETR");
  await expect(page.getByText("The review is on Wednesday 2 December.")).toBeVisible();
  // The demo draft already has answers from Sarah and from Jo, Alex's advocate.
  await expect(statusOf(page, "Who I want at my review")).toContainText("In progress");
  await expect(statusOf(page, "What I want to talk about")).toContainText("In progress");
  await expect(statusOf(page, "Where and how the review happens")).toContainText("Not started");
  await check(page, testInfo, "planner-overview");

  // Section one: started, then "Save and come back later".
  await page.getByRole("link", { name: "Where and how the review happens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Where and how the review happens",
  );
  await page.getByLabel("On a video call").check();
  await page.getByLabel("A quiet room").check();
  await page.getByLabel("Breaks when I need them").check();
  await page.getByLabel("Anything else about where or how?").fill("After 3pm, when school is over");
  await check(page, testInfo, "planner-section-where");
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page).toHaveTitle("My CETR Planner – Your CETR");
  await expect(statusOf(page, "Where and how the review happens")).toContainText("In progress");

  // Section two: a mistake first. The error summary explains it and nothing typed is lost.
  await page.getByRole("link", { name: "My communication needs" }).click();
  await page.getByLabel("A spoken language interpreter").check();
  await page.getByLabel("Extra time to answer").check();
  await page
    .getByLabel("What other changes would help you take part?")
    .fill("Dim lights, and a list of who is coming");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveTitle("Error: My communication needs – Your CETR");
  const summary = page.locator(".cetr-error-summary");
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toContainText("Say which language the interpreter should speak");
  await expect(page.getByLabel("A spoken language interpreter")).toBeChecked();
  await expect(page.getByLabel("Extra time to answer")).toBeChecked();
  await expect(page.getByLabel("What other changes would help you take part?")).toHaveValue(
    "Dim lights, and a list of who is coming",
  );
  await check(page, testInfo, "planner-section-error");
  await summary.getByRole("link", { name: "Say which language" }).click();
  await page.getByLabel("Which language should the interpreter speak?").fill("Polish");
  await page.getByRole("button", { name: "Save and continue" }).click();
  // On to the next section, where Jo's answer shows who wrote it.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What I want to talk about");
  await expect(page.getByLabel("Am I safe?")).toHaveValue(
    "I feel safe at school but not when I am angry at home",
  );
  await expect(page.getByText("Written by Jo Adebayo (advocate)")).toBeVisible();
  await page.getByRole("link", { name: "Back to the planner" }).click();
  await expect(statusOf(page, "My communication needs")).toContainText("Completed");
  await expect(statusOf(page, "Where and how the review happens")).toContainText("In progress");
  await expect(page.getByText("You have completed 1 of 8 sections.")).toBeVisible();

  // Coming back: what was saved is there, and this time the section is finished.
  await page.getByRole("link", { name: "Where and how the review happens" }).click();
  await expect(page.getByLabel("On a video call")).toBeChecked();
  await expect(page.getByLabel("A quiet room")).toBeChecked();
  await expect(page.getByLabel("Someone I know sitting with me")).not.toBeChecked();
  await expect(page.getByLabel("Anything else about where or how?")).toHaveValue(
    "After 3pm, when school is over",
  );
  await expect(page.getByText("Written by Sarah Morgan (parent carer)").first()).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByRole("link", { name: "Back to the planner" }).click();
  await expect(statusOf(page, "Where and how the review happens")).toContainText("Completed");
  await check(page, testInfo, "planner-overview-progress");

  // Staff have added Alex's panel: their names and roles.
  await page.getByRole("link", { name: "Meeting the panel" }).click();
  await expect(page.getByText("These are the people on the panel for your review:")).toBeVisible();
  await expect(page.getByText("Grace Holt: Chair")).toBeVisible();
  await expect(page.getByText("Jordan Lee: Expert by experience")).toBeVisible();
  await expect(page.getByText("Dr Amara Nwosu: Clinical expert")).toBeVisible();
  await check(page, testInfo, "planner-panel");
  await page.getByRole("link", { name: "Back to the planner" }).click();

  // Check your answers, with a Change link that goes back to the question.
  await page.getByRole("link", { name: "Check your answers and send" }).click();
  await expect(page).toHaveTitle("Check your answers before sending – Your CETR");
  const how = page
    .locator(".cetr-summary-list__row")
    .filter({ hasText: "How would you like to take part?" });
  await expect(how).toContainText("On a video call");
  await expect(how).toContainText("Written by Sarah Morgan (parent carer)");
  await expect(
    page.locator(".cetr-summary-list__row").filter({ hasText: "Which language" }),
  ).toContainText("Polish");
  await expect(
    page.locator(".cetr-summary-list__row").filter({ hasText: "Who do you want at your review?" }),
  ).toContainText("Mum, Jo, Mrs Khan");
  await check(page, testInfo, "planner-check");
  await how.getByRole("link", { name: "Change How would you like to take part?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Where and how the review happens",
  );
  await page.getByLabel("In person, in the same room").check();
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await page.getByRole("link", { name: "Check your answers and send" }).click();
  await expect(
    page.locator(".cetr-summary-list__row").filter({ hasText: "How would you like to take part?" }),
  ).toContainText("In person, in the same room");

  await page.getByRole("button", { name: "Send" }).click();
  await expect(page).toHaveTitle("Planner sent – Your CETR");
  await expect(page.getByRole("heading", { level: 1, name: "Planner sent" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
  await expect(page.getByText("The panel will read your planner before the review.")).toBeVisible();
  await check(page, testInfo, "planner-sent");

  // The planner page now says it was sent, and its sections can no longer be changed here.
  await page.getByRole("link", { name: "Back to the planner" }).click();
  await expect(page.getByRole("heading", { name: "Planner sent" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Check your answers and send" })).toHaveCount(0);

  // Staff see what was sent, and who wrote each answer.
  const { person } = await api.request(
    graphql(`
      query E2ePlannerSent($id: ID!) {
        person(id: $id) {
          plannerDocuments(kind: CETR_PLANNER) {
            status
            answers { questionKey answer author { displayName } }
          }
        }
      }
    `),
    { id: decodeURIComponent(new URL(page.url()).pathname.split("/")[2] ?? "") },
  );
  const sent = person?.plannerDocuments[0];
  expect(sent?.status).toBe("SUBMITTED");
  const byKey = new Map(sent?.answers.map((a) => [a.questionKey, a]));
  expect(byKey.get("where.how")).toMatchObject({
    answer: "inPerson",
    author: { displayName: "Sarah Morgan" },
  });
  expect(byKey.get("communication.language")?.answer).toBe("Polish");
  expect(byKey.get("fourQuestions.SAFE")?.author.displayName).toBe("Jo Adebayo");
});

test("a young person fills in and sends the planner in easy read, then gives feedback", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.setTimeout(300_000);
  const youngPeople: Record<string, { email: string; name: string }> = {
    desktop: { email: "ellie.fraser@young.example", name: "Ellie Fraser" },
    "mobile-320": { email: "callum.reid@young.example", name: "Callum Reid" },
    "no-js": { email: "isaac.mensah@young.example", name: "Isaac Mensah" },
  };
  const me = youngPeople[testInfo.project.name] ?? { email: "", name: "" };
  await signInToPortalAs(page, portalUrl, me.email);
  await page.goto(`${portalUrl}/home`);
  await page.getByRole("link", { name: "My CETR Planner" }).click();
  await expect(page).toHaveTitle("My CETR Planner – Your CETR");
  await check(page, testInfo, "planner-overview-plain");

  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(
    page.getByText("Get ready for your meeting. Say what matters to you."),
  ).toBeVisible();
  // Pictures sit beside the ideas and the sections.
  await expect(page.locator(".cetr-easy-read__picture").first()).toBeVisible();
  await expect(statusOf(page, "What the meeting is")).toContainText("Not started");
  await check(page, testInfo, "planner-overview-easy-read");

  await page.getByRole("link", { name: "What the meeting is" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What the meeting is");
  await expect(page.getByText("Am I safe?")).toBeVisible();
  await check(page, testInfo, "planner-about-easy-read");
  await page.getByRole("button", { name: "Save and go on" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saying yes or no");
  await expect(page.getByText("If you say no, your care stays the same.")).toBeVisible();
  await page.getByLabel("Yes", { exact: true }).check();
  await check(page, testInfo, "planner-consent-easy-read");
  await page.getByRole("button", { name: "Save and go on" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who I want at my meeting");
  await page.getByLabel("Who do you want at your meeting?").fill("My key worker and my sister");
  await page.getByRole("button", { name: "Save and come back later" }).click();

  await expect(statusOf(page, "What the meeting is")).toContainText("Finished");
  await expect(statusOf(page, "Saying yes or no")).toContainText("Finished");
  await expect(statusOf(page, "Who I want at my meeting")).toContainText("Started");
  await expect(statusOf(page, "Meet the panel")).toContainText("Not started");

  await page.getByRole("link", { name: "Meet the panel" }).click();
  // No next review is planned yet, so no panel: the roles, and who will say the names.
  await expect(page.getByText("Your care coordinator will tell you.")).toBeVisible();
  await expect(page.getByText("Expert by experience")).toBeVisible();
  await check(page, testInfo, "planner-panel-easy-read");
  await page.getByRole("link", { name: "Back to the planner" }).click();

  await page.getByRole("link", { name: "Check your answers and send" }).click();
  await expect(page).toHaveTitle("Check your answers – Your CETR");
  await expect(
    page.locator(".cetr-summary-list__row").filter({ hasText: "Who do you want at your meeting?" }),
  ).toContainText(`Written by ${me.name} (the young person)`);
  await check(page, testInfo, "planner-check-easy-read");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Planner sent" })).toBeVisible();
  await check(page, testInfo, "planner-sent-easy-read");

  // After the review: what happens next, and feedback.
  await page.getByRole("link", { name: "Back to the planner" }).click();
  await expect(page.getByRole("heading", { name: "After the meeting" })).toBeVisible();
  await page.getByRole("link", { name: "Tell us how the meeting went" }).click();
  await page.getByLabel("What could be better?").fill("A room with a window");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page).toHaveTitle("Error: Tell us how the meeting went – Your CETR");
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Choose how the meeting was for you",
  );
  await expect(page.getByLabel("What could be better?")).toHaveValue("A room with a window");
  await check(page, testInfo, "planner-feedback-error-easy-read");
  await page.getByLabel("Good", { exact: true }).check();
  await page.getByLabel("A bit").check();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await check(page, testInfo, "planner-feedback-sent-easy-read");

  // Pictures off: the words alone still make sense.
  await page.goto(`${portalUrl}${new URL(page.url()).pathname.replace(/\/feedback$/, "")}`);
  await page.getByRole("button", { name: "Hide pictures" }).click();
  await expect(page.locator(".cetr-easy-read__picture")).toHaveCount(0);
  await expect(page.getByText("Thank you for telling us how the meeting went.")).toBeVisible();
  await check(page, testInfo, "planner-overview-easy-read-no-pictures");
});
