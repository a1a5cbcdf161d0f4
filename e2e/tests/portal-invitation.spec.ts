import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
} from "../support/fixtures.js";
import { newestEmail, newestSignInCode } from "../support/outbox.js";

/** WCAG 1.4.10 reflow at 320 px (the fixtures check it only in the mobile-320 project). */
async function expectNoSidewaysScroll(page: Page, state: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${state} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
}

/**
 * The joined-up journey the identity issue asks for: a coordinator invites a
 * parent carer from the console; the parent carer gets the email, opens the
 * link, signs in with the emailed code and confirms who they are, and lands
 * on their home page showing the young person. All of it with JavaScript
 * off, and the parent carer's part on a 320 px screen; axe on every state.
 */
test("a parent carer invited from the console signs in by code at 320 px without JavaScript", async ({
  page,
  consoleUrl,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== "no-js",
    "One journey, in the hardest setting: JavaScript off, the parent carer at 320 px",
  );
  // Eleven page states, each checked by axe in a scriptable copy (JavaScript is off here).
  test.setTimeout(180_000);
  // A new address each run: the invitation creates the account.
  const email = `parent.${Date.now().toString(36)}@family.example`;

  // The coordinator: from Alex's page to the invitation form.
  await signInToConsole(page, consoleUrl);
  await page.getByRole("link", { name: "Alex Morgan" }).click();
  await page.getByRole("link", { name: "Invite to the portal" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Invite someone to the family portal for Alex Morgan",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the empty invitation form");
  await snapshot(page, testInfo, "console-invite");

  // Nothing chosen and a mistyped address: GOV.UK errors, and what was typed is kept.
  await page.getByLabel("Their email address").fill("sarah.family.example");
  await page.getByLabel(/How are they related to Alex/).fill("Stepmum");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page).toHaveTitle(/^Error: Invite someone to the family portal for Alex Morgan/);
  const summary = page.locator(".cetr-error-summary");
  await expect(summary).toContainText("Choose who you are inviting");
  await expect(summary).toContainText("Enter an email address in the right format");
  await expect(page.getByLabel("Their email address")).toHaveValue("sarah.family.example");
  await expect(page.getByLabel(/How are they related to Alex/)).toHaveValue("Stepmum");
  await expectNoAxeViolations(page, "the invitation form with errors");
  await snapshot(page, testInfo, "console-invite-errors");

  const sentAt = Date.now() - 1000;
  await page.getByRole("radio", { name: "A parent carer with parental responsibility" }).check();
  await page.getByLabel("Their email address").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invitation sent" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(
    `${email} as a parent carer with parental responsibility`,
  );
  await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
  await expectNoAxeViolations(page, "the invitation sent page");
  await snapshot(page, testInfo, "console-invite-sent");

  // The parent carer, on a phone, in a browser of their own.
  await page.context().clearCookies();
  await page.setViewportSize({ width: 320, height: 640 });
  const invitation = await newestEmail(email, "invitation", sentAt);
  const link = /https?:\/\/[^\s"<>]+\/invitation\/[A-Za-z0-9_%-]+/.exec(invitation)?.[0];
  expect(link, "the invitation email has a link").toBeTruthy();
  await page.goto(link as string);
  await expect(
    page.getByRole("heading", { level: 1, name: "Help with Alex's reviews" }),
  ).toBeVisible();
  await expect(
    page.getByText("Grace Holt has invited you to help with Alex's reviews."),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the invitation page, signed out");
  await snapshot(page, testInfo, "portal-invitation");
  await expectNoSidewaysScroll(page, "portal-invitation");

  await page.getByRole("link", { name: "Sign in to accept" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Enter your email address" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the sign-in page, from the invitation");
  const askedAt = Date.now() - 1000;
  await page.getByLabel("Enter your email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectNoAxeViolations(page, "the check your email page, from the invitation");
  await snapshot(page, testInfo, "portal-invitation-code");
  await expectNoSidewaysScroll(page, "portal-invitation-code");
  await page.getByLabel("Enter the 6-digit code").fill(await newestSignInCode(email, askedAt));
  await page.getByRole("button", { name: "Sign in" }).click();

  // Back on the invitation, signed in: they confirm who they are.
  await expect(page).toHaveURL(/\/invitation\//);
  await expect(page.getByRole("group", { name: "Check this is you" })).toBeVisible();
  await expectNoAxeViolations(page, "the invitation page, signed in");
  await expectNoSidewaysScroll(page, "the invitation page, signed in");
  await page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".cetr-error-summary")).toBeVisible();
  await expectNoAxeViolations(page, "the invitation page, not confirmed");
  await snapshot(page, testInfo, "portal-invitation-unconfirmed");
  await expectNoSidewaysScroll(page, "portal-invitation-unconfirmed");
  await page.getByLabel("This is me, and I am Alex's parent carer").check();
  await page.getByRole("button", { name: "Accept the invitation" }).click();

  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { name: "Who this is about" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Alex" })).toBeVisible();
  await expectNoAxeViolations(page, "the parent carer's home page");
  await snapshot(page, testInfo, "portal-invitation-home");
  await expectNoSidewaysScroll(page, "portal-invitation-home");

  // The link has done its job: opening it again says so plainly.
  await page.goto(link as string);
  await expect(
    page.getByRole("heading", { level: 1, name: "This invitation has already been used" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "a used invitation");
});
