import { expect, expectNoAxeViolations, snapshot, test } from "../support/fixtures.js";
import { newestSignInCode } from "../support/outbox.js";

/**
 * The API allows 5 sign-in attempts per address per 15 minutes, and asking
 * for a code and typing it both count. So each project signs in as a
 * different fictional seeded account who can see Alex: Sarah (his mum), Alex
 * himself, and Jo (his advocate). Sarah, the parent carer, also gets the
 * wrong-code error.
 */
const DESKTOP_ACCOUNT = "sarah.morgan@family.example";
const accounts: Record<string, string> = {
  desktop: DESKTOP_ACCOUNT,
  "mobile-320": "alex.morgan@young.example",
  "no-js": "jo.adebayo@advocacy.example",
};

test("a family member signs in with the code from the email and sees Alex", async ({
  page,
  portalUrl,
}, testInfo) => {
  const email: string = accounts[testInfo.project.name] ?? DESKTOP_ACCOUNT;
  await page.goto(`${portalUrl}/home`);
  // Signed out: the home page sends people to sign in.
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fhome/);
  await expect(page).toHaveTitle("Enter your email address – Your CETR");
  await expect(
    page.getByRole("heading", { level: 1, name: "Enter your email address" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the sign-in page");
  await snapshot(page, testInfo, "portal-sign-in");

  // Nothing typed: an error, in words, and focus can reach the field from the summary.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveTitle("Error: Enter your email address – Your CETR");
  await expect(
    page.getByRole("alert").or(page.locator(".cetr-error-summary")).first(),
  ).toContainText("Enter your email address");
  await expectNoAxeViolations(page, "the sign-in page with an error");
  await snapshot(page, testInfo, "portal-sign-in-error");

  const started = Date.now() - 1000;
  await page.getByLabel("Enter your email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-in\/code/);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expect(page.getByText(`If ${email} has an account with us`)).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "What to do if the email does not arrive" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the check your email page");
  await snapshot(page, testInfo, "portal-sign-in-code");

  const code = await newestSignInCode(email, started);
  expect(code).toMatch(/^\d{3} \d{3}$/);

  if (testInfo.project.name === "desktop") {
    // A wrong code: a plain explanation, and what was typed is kept.
    const wrong = code === "000 000" ? "111 111" : "000 000";
    await page.getByLabel("Enter the 6-digit code").fill(wrong);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveTitle("Error: Check your email – Your CETR");
    await expect(page.getByLabel("Enter the 6-digit code")).toHaveValue(wrong);
    await expect(page.getByText("The code is not right").first()).toBeVisible();
    await expectNoAxeViolations(page, "the check your email page with a wrong code");
    await snapshot(page, testInfo, "portal-sign-in-code-wrong");
  }

  const field = page.getByLabel("Enter the 6-digit code");
  await expect(field).toHaveAttribute("inputmode", "numeric");
  await expect(field).toHaveAttribute("autocomplete", "one-time-code");
  // Typed as the email shows it, with the space.
  await field.fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Hello, / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who this is about" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /Alex/ })).toBeVisible();
  await expectNoAxeViolations(page, "the home page");
  await snapshot(page, testInfo, "portal-home");

  // Signing out ends the session: home asks to sign in again.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${portalUrl}/`);
  await page.goto(`${portalUrl}/home`);
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fhome/);
});

test("links that cannot be used say what to do instead of showing an error", async ({
  page,
  portalUrl,
}, testInfo) => {
  // A sign-in link with no sign-in asked for in this browser.
  await page.goto(`${portalUrl}/sign-in/link?token=not-a-real-token`);
  await expect(
    page.getByRole("heading", { level: 1, name: "This sign-in link did not work" }),
  ).toBeVisible();
  await expect(
    page.getByText("Open the link in the same browser you used to ask for it"),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the sign-in link failure page");
  await snapshot(page, testInfo, "portal-sign-in-link-failed");

  await page.goto(`${portalUrl}/invitation/not-a-real-invitation`);
  await expect(
    page.getByRole("heading", { level: 1, name: "We cannot find this invitation" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "an unknown invitation");
  await snapshot(page, testInfo, "portal-invitation-unknown");
});

test("what someone types before the page's JavaScript arrives is kept", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "needs the page's JavaScript to arrive late");
  // Hold the page's scripts back, as a slow phone connection would.
  let release = () => {};
  const scriptsMayLoad = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/assets/**", async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto(`${portalUrl}/sign-in`, { waitUntil: "commit" });
  const email = page.getByLabel("Enter your email address");
  await email.fill("typed.early@family.example");

  release();
  // React marks the nodes it has hydrated.
  await page.waitForFunction(() => {
    const input = document.querySelector("input[type=email]");
    return input !== null && Object.keys(input).some((key) => key.startsWith("__reactFiber"));
  });
  // Moving focus re-renders the field, which is when a controlled input used to lose the text.
  await email.focus();
  await page.keyboard.press("Tab");
  await expect(email).toHaveValue("typed.early@family.example");
});
