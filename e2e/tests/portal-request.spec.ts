import type { Locator } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
} from "../support/fixtures.js";
import { expectVisibleFocus, tabTo } from "../support/keyboard.js";

/**
 * Ask for a review (issue 6 item 4): a parent carer with no account fills in
 * the request form — at 320 px, with JavaScript off, and on a desktop — makes
 * mistakes and keeps every answer, checks and changes an answer, sends, and
 * gets a reference; the demo commissioner of that area finds it in the console.
 * Each project sends one request (the API allows 10 an hour from one address).
 */

test("a parent carer without an account asks for a review, and the area's commissioner sees it", async ({
  page,
  portalUrl,
  consoleUrl,
}, testInfo) => {
  // Eleven page states, each checked with axe and photographed, then the console.
  test.setTimeout(300_000);
  const project = testInfo.project.name;
  const child = `Robin Fictional ${project}`;
  const parent = `Sam Fictional ${project}`;
  const continueButton = page.getByRole("button", { name: "Continue" });

  // From the welcome page, without signing in.
  await page.goto(portalUrl);
  await page.getByRole("link", { name: "Ask for a review" }).click();
  await expect(page).toHaveURL(`${portalUrl}/request`);
  await expect(page).toHaveTitle("Ask for a review – Your CETR");
  await expect(page.getByText("Your request goes to the care coordinator first.")).toBeVisible();
  await expectNoAxeViolations(page, "the request start page");
  await snapshot(page, testInfo, "portal-request-start");

  // Easy read: the same page in short sentences, each beside a picture. With JavaScript the
  // switch is React Router's; wait until the page has loaded its scripts and words.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Ask for a meeting about your care" }),
  ).toBeVisible();
  await expect(page.locator(".cetr-easy-read__picture").first()).toBeVisible();
  await expectNoAxeViolations(page, "the request start page in easy read");
  await snapshot(page, testInfo, "portal-request-start-easy-read");
  await page.getByRole("button", { name: "Switch to plain English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ask for a review" })).toBeVisible();

  await page.getByRole("link", { name: "Start now" }).click();
  await expect(page).toHaveURL(`${portalUrl}/request/who`);

  // Nothing chosen: the GOV.UK error summary, "Error:" in the title, the message by the question.
  await continueButton.click();
  await expect(page).toHaveTitle(
    "Error: Who is asking for the review? – Ask for a review – Your CETR",
  );
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Select who is asking for the review",
  );
  await expectNoAxeViolations(page, "who is asking, with an error");
  await snapshot(page, testInfo, "portal-request-who-error");
  await page.getByLabel("I am a parent or carer").check();
  await continueButton.click();

  await expect(page).toHaveURL(`${portalUrl}/request/you`);
  await page.getByLabel("Your full name").fill(parent);
  await continueButton.click();

  // A date of birth that does not exist: the error, and everything typed is still there.
  await expect(page).toHaveURL(`${portalUrl}/request/about`);
  await page.getByLabel("Their full name").fill(child);
  await page.getByLabel("Day").fill("31");
  await page.getByLabel("Month").fill("2");
  await page.getByLabel("Year").fill("2012");
  await page.getByLabel("Where do they live? (optional)").fill("Northvale");
  await continueButton.click();
  await expect(page).toHaveTitle(/^Error: Who is the review for\?/);
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "The date of birth must be a real date, like 27 3 2010",
  );
  await expect(page.getByLabel("Their full name")).toHaveValue(child);
  await expect(page.getByLabel("Day")).toHaveValue("31");
  await expect(page.getByLabel("Where do they live? (optional)")).toHaveValue("Northvale");
  await expectNoAxeViolations(page, "who the review is for, with an error");
  await snapshot(page, testInfo, "portal-request-about-error");

  // Going back keeps the answers too.
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page.getByLabel("Your full name")).toHaveValue(parent);
  await continueButton.click();
  await expect(page.getByLabel("Day")).toHaveValue("31");
  await page.getByLabel("Day").fill("13");
  await continueButton.click();

  await expect(page).toHaveURL(`${portalUrl}/request/area`);
  await expectNoAxeViolations(page, "which area");
  await page.getByLabel("NHS Northvale Integrated Care Board").check();
  await continueButton.click();

  await expect(page).toHaveURL(`${portalUrl}/request/worry`);
  await page.getByLabel("Living at home, or where they live now, might break down").check();
  await page.getByLabel("Something else").check();
  await continueButton.click();
  // "Something else" needs words; the boxes stay ticked.
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Tell us what the worry is, because you chose 'Something else'",
  );
  await expect(page.getByLabel("Something else")).toBeChecked();
  await expectNoAxeViolations(page, "the worry, with an error");
  await snapshot(page, testInfo, "portal-request-worry-error");
  await page
    .getByLabel("Tell us more (optional)")
    .fill("Robin's support at home stopped last month and things are very hard.");
  await continueButton.click();

  await expect(page).toHaveURL(`${portalUrl}/request/hospital`);
  await page.getByLabel("At risk of going into hospital").check();
  await continueButton.click();

  await expect(page).toHaveURL(`${portalUrl}/request/contact`);
  await page.getByLabel("Email address").fill("sam.fictional@family.example");
  await page.getByLabel("Phone number").fill("0770 090");
  await continueButton.click();
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Enter a UK phone number, like 07700 900 982",
  );
  await expect(page.getByLabel("Email address")).toHaveValue("sam.fictional@family.example");
  await page.getByLabel("Phone number").fill("07700 900982");
  await page.getByLabel("By phone").check();
  await page
    .getByLabel("Do you have any communication needs? (optional)")
    .fill("Please call after 3pm");
  await continueButton.click();

  // Consent is required, and said plainly.
  await expect(page).toHaveURL(`${portalUrl}/request/consent`);
  await expectNoAxeViolations(page, "sharing your request");
  await continueButton.click();
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Tick the box to agree to sharing your request",
  );
  await expectNoAxeViolations(page, "sharing your request, with an error");
  await page.getByLabel("I agree to my request being shared with the people who can help").check();
  await continueButton.click();

  // Check your answers, change one, and come back here.
  await expect(page).toHaveURL(`${portalUrl}/request/check`);
  await expect(page).toHaveTitle(
    "Check your answers before sending your request – Ask for a review – Your CETR",
  );
  const summary = page.getByRole("main");
  await expect(summary).toContainText(child);
  await expect(summary).toContainText("13 February 2012");
  await expect(summary).toContainText("NHS Northvale Integrated Care Board");
  await expect(summary).toContainText("At risk of going into hospital");
  await expectNoAxeViolations(page, "check your answers");
  await snapshot(page, testInfo, "portal-request-check");
  await page.getByRole("link", { name: "Change where they live" }).click();
  await expect(page).toHaveURL(`${portalUrl}/request/about?change=1`);
  await expect(page.getByLabel("Their full name")).toHaveValue(child);
  await page.getByLabel("Where do they live? (optional)").fill("Northvale, NV1");
  await continueButton.click();
  await expect(page).toHaveURL(`${portalUrl}/request/check`);
  await expect(summary).toContainText("Northvale, NV1");

  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page).toHaveURL(`${portalUrl}/request/sent`);
  await expect(page).toHaveTitle("Request sent – Ask for a review – Your CETR");
  const reference = ((await page.locator(".cetr-panel__reference").textContent()) ?? "").trim();
  expect(reference).toMatch(/^RQ-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(
    page.getByText(
      "The care coordinator at NHS Northvale Integrated Care Board looks at your request first. They will contact you by phone by",
    ),
  ).toBeVisible();
  await expect(page.getByText("they are in hospital or at risk of going in")).toBeVisible();
  await expectNoAxeViolations(page, "the confirmation");
  await snapshot(page, testInfo, "portal-request-sent");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "We got your answers" })).toBeVisible();
  await expect(page.locator(".cetr-panel__reference")).toHaveText(reference);
  await expectNoAxeViolations(page, "the confirmation in easy read");
  await snapshot(page, testInfo, "portal-request-sent-easy-read");
  await page.getByRole("button", { name: "Switch to plain English" }).click();
  // The choice is saved in the background: wait for it before leaving the page.
  await expect(page.getByRole("heading", { level: 1, name: "Request sent" })).toBeVisible();

  // The answers are forgotten once sent: a new request starts empty.
  await page.goto(`${portalUrl}/request/about`);
  await expect(page.getByLabel("Their full name")).toHaveValue("");

  // The demo commissioner of NHS Northvale ICB finds it in the console's list, then opens it.
  await signInToConsole(page, consoleUrl, "/requests");
  await expect(
    page.getByRole("heading", { level: 1, name: "Requests for a review" }),
  ).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText(child);
  await expect(row).toContainText(`${parent} (parent or carer)`);
  await expect(row).toContainText("Home or placement at risk of breaking down");
  await expect(row).toContainText("At risk of admission");
  await expectNoAxeViolations(page, "the console's requests list");
  await snapshot(page, testInfo, "console-requests");
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Request ${reference}` })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Robin's support at home stopped last month");
  await expect(page.getByRole("main")).toContainText("Please call after 3pm");
  await expect(page.getByRole("main")).toContainText("07700900982");
  await expectNoAxeViolations(page, "a request in the console");
  await snapshot(page, testInfo, "console-request");
});

test("a professional without an account asks for a review, and the console shows who they are", async ({
  page,
  portalUrl,
  consoleUrl,
}, testInfo) => {
  test.setTimeout(180_000);
  const project = testInfo.project.name;
  const child = `Jordan Fictional ${project}`;
  const nurse = `Pat Fictional ${project}`;
  const continueButton = page.getByRole("button", { name: "Continue" });

  await page.goto(`${portalUrl}/request/who`);
  await page.getByLabel("I am a professional").check();
  await continueButton.click();

  // A professional is asked for their role and workplace; leaving them out is an error that keeps the name.
  await expect(page).toHaveURL(`${portalUrl}/request/you`);
  await page.getByLabel("Your full name").fill(nurse);
  await continueButton.click();
  await expect(page.locator(".cetr-error-summary")).toContainText("Enter your job or role");
  await expect(page.getByLabel("Your full name")).toHaveValue(nurse);
  await expectNoAxeViolations(page, "about you, as a professional, with an error");
  await snapshot(page, testInfo, "portal-request-professional-error");
  await page.getByLabel("Your job or role").fill("Community learning disability nurse");
  await page.getByLabel("Where you work").fill("Fictional Community Team");
  await continueButton.click();

  await expect(page).toHaveURL(`${portalUrl}/request/about`);
  await page.getByLabel("Their full name").fill(child);
  await page.getByLabel("Day").fill("2");
  await page.getByLabel("Month").fill("9");
  await page.getByLabel("Year").fill("2009");
  await continueButton.click();
  await page.getByLabel("NHS Northvale Integrated Care Board").check();
  await continueButton.click();
  await page.getByLabel("The care or support is not working").check();
  await continueButton.click();
  await page.getByLabel("In hospital now").check();
  await continueButton.click();
  await page.getByLabel("Email address").fill(`pat.${project}@nhs.example`);
  await continueButton.click();
  await page.getByLabel("I agree to my request being shared with the people who can help").check();
  await continueButton.click();

  await expect(page).toHaveURL(`${portalUrl}/request/check`);
  await expect(page.getByRole("main")).toContainText("Community learning disability nurse");
  await expect(page.getByRole("main")).toContainText("Fictional Community Team");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page).toHaveURL(`${portalUrl}/request/sent`);
  const reference = ((await page.locator(".cetr-panel__reference").textContent()) ?? "").trim();
  await expect(
    page.getByText(
      "The care coordinator at NHS Northvale Integrated Care Board looks at your request first.",
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the confirmation for a professional");

  // The demo commissioner of the area sees who asked, with their role and workplace.
  await signInToConsole(page, consoleUrl, `/requests/${reference}`);
  const main = page.getByRole("main");
  await expect(main).toContainText("Professional");
  await expect(main).toContainText(nurse);
  await expect(main).toContainText("Community learning disability nurse");
  await expect(main).toContainText("Fictional Community Team");
  await expect(main).toContainText("In hospital");
  await expectNoAxeViolations(page, "a professional's request in the console");
});

test("the request form works by keyboard alone, with the focus always visible", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "One keyboard journey, with JavaScript");
  /** Tabs to `target`, as someone without a mouse would; it must show it has the focus (WCAG 2.4.7). */
  const reach = async (target: Locator, what: string) => {
    await tabTo(page, target, { max: 40, name: what });
    await expectVisibleFocus(page, `on ${what}`);
  };

  await page.goto(`${portalUrl}/request`);
  await reach(page.getByRole("link", { name: "Start now" }), "Start now");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${portalUrl}/request/who`);

  const parent = page.getByLabel("I am a parent or carer");
  await reach(page.getByLabel("I am the young person the review is for"), "the first choice");
  // Arrow keys move through a radio group, and select as they go.
  await page.keyboard.press("ArrowDown");
  await expect(parent).toBeChecked();
  await reach(page.getByRole("button", { name: "Continue" }), "Continue");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(`${portalUrl}/request/you`);
  await reach(page.getByLabel("Your full name"), "the name field");
  await page.keyboard.type("Kim Fictional");
  // Enter in a text box sends the form, as in any web form.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${portalUrl}/request/about`);
  await reach(page.getByLabel("Their full name"), "the next question");
});
