import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  setPortalPreferences,
  snapshot,
  test,
} from "../support/fixtures.js";
import { signInToPortalByCode } from "../support/outbox.js";

/**
 * Optional passkeys (issue 5, ADR 0011) with Chromium's virtual authenticator
 * (DevTools protocol): a platform authenticator with discoverable credentials
 * and user verification, like a phone's screen lock. Each project uses its
 * own fictional seeded account, so the per-address sign-in limit (5 in 15
 * minutes) is never shared with the code sign-in journey.
 *
 * Browsers refuse an IP address as a passkey's site, so these pages are opened
 * at localhost (the API treats a portal on 127.0.0.1 as localhost for passkeys).
 */
const accounts: Record<string, string> = {
  desktop: "joy.okafor@family.example",
  "mobile-320": "tariq.hussain@family.example",
  "no-js": "ellie.fraser@young.example",
};

async function signInWithCode(page: Page, portal: string, email: string, returnTo: string) {
  await page.goto(`${portal}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await signInToPortalByCode(page, email);
  await expect(page).toHaveURL(new RegExp(`${returnTo}$`));
}

test("a family member adds a passkey, then signs in with it instead of a code", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "Passkeys need JavaScript; see the next test");
  const portal = portalUrl.replace("127.0.0.1", "localhost");
  const email = accounts[testInfo.project.name] ?? "joy.okafor@family.example";

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  await signInWithCode(page, portal, email, "/home");
  await page.getByRole("link", { name: "Sign in faster with a passkey" }).click();
  await expect(page).toHaveURL(/\/passkeys$/);
  await expect(page).toHaveTitle("Passkeys – Your CETR");
  await expect(page.getByText("You have not added a passkey yet.")).toBeVisible();
  await expect(page.getByText("The code we email you always works too.")).toBeVisible();
  const name = page.getByLabel("Name for this passkey");
  await expect(name).toBeVisible();
  await expectNoAxeViolations(page, "the passkeys page");
  await snapshot(page, testInfo, "portal-passkeys");

  // No name: a clear error before the device is asked anything.
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page).toHaveTitle("Error: Passkeys – Your CETR");
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Enter a name for the passkey, like “My phone”",
  );
  await expectNoAxeViolations(page, "the passkeys page with an error");

  await name.fill("My test phone");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passkey added" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "My test phone" })).toBeVisible();
  await expect(page.getByText("Not used to sign in yet.")).toBeVisible();
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.isResidentCredential).toBe(true);
  await expectNoAxeViolations(page, "the passkeys page with a passkey");
  await snapshot(page, testInfo, "portal-passkeys-added");
  // The same page in easy read: short sentences, a picture beside each idea.
  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(
    page.getByText("A passkey is a quick way to sign in.", { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the passkeys page in easy read");
  await snapshot(page, testInfo, "portal-passkeys-easy-read");
  await page.getByRole("button", { name: "Switch to plain English" }).click();
  await expect(page.getByText("Passkeys are optional.", { exact: false })).toBeVisible();

  // Renaming is a plain form.
  await page.getByText("Change the name of “My test phone”").click();
  await page.getByLabel("New name").fill("Kitchen tablet");
  await page.getByRole("button", { name: "Save the new name" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Kitchen tablet" })).toBeVisible();

  // Signed out, the sign-in page offers the passkey beside (not instead of) the email form.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto(`${portal}/sign-in?returnTo=%2Fhome`);
  await expect(page.getByLabel("Enter your email address")).toBeVisible();
  const passkeyButton = page.getByRole("button", { name: "Sign in with a passkey" });
  await expect(passkeyButton).toBeVisible();
  await expectNoAxeViolations(page, "the sign-in page with the passkey button");
  await snapshot(page, testInfo, "portal-sign-in-passkey");
  await passkeyButton.click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Hello, / })).toBeVisible();
  await expectNoAxeViolations(page, "home after signing in with a passkey");

  // It says when it was last used, and removing it is a plain form too.
  await page.goto(`${portal}/passkeys`);
  await expect(page.getByText(/Last used to sign in on /)).toBeVisible();
  await page.getByRole("button", { name: "Remove “Kitchen tablet”" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Passkey removed" })).toBeVisible();
  await expect(page.getByText("You have not added a passkey yet.")).toBeVisible();
  await expectNoAxeViolations(page, "the passkeys page after removing one");

  // A removed passkey no longer signs in: the authenticator still has it, the API does not.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto(`${portal}/sign-in`);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("alert")).toContainText("We do not know this passkey");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("without JavaScript the email code is the way in, and the page says so", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.skip(testInfo.project.name !== "no-js", "Only meaningful with JavaScript off");
  const email = accounts[testInfo.project.name] ?? "ellie.fraser@young.example";
  await page.goto(`${portalUrl}/sign-in`);
  await expect(page.getByLabel("Enter your email address")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with a passkey" })).toHaveCount(0);

  await signInWithCode(page, portalUrl, email, "/passkeys");
  // Plain English, whatever another journey left on this account.
  await setPortalPreferences(page, portalUrl, { easyRead: "off" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Passkeys" })).toBeVisible();
  await expect(page.getByText(/Adding a passkey needs JavaScript/)).toBeVisible();
  await expect(page.getByText(/the code we email you: it always works/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add a passkey" })).toHaveCount(0);
  await expectNoAxeViolations(page, "the passkeys page without JavaScript");
  await snapshot(page, testInfo, "portal-passkeys-no-js");
});
