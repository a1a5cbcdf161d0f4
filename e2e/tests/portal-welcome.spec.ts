import { expect, expectNoAxeViolations, snapshot, test } from "../support/fixtures.js";

test("a young person reads the welcome page, switches to easy read, and it is remembered", async ({
  page,
  portalUrl,
}, testInfo) => {
  await page.goto(portalUrl);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Your Care, Education and Treatment Review (CETR)",
    }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Get help" }).first()).toBeVisible();
  await expectNoAxeViolations(page, "the welcome page in plain English");
  await snapshot(page, testInfo, "portal-welcome-plain");

  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your CETR meeting" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Switch to plain English" })).toBeVisible();
  await expectNoAxeViolations(page, "the welcome page in easy read");
  await snapshot(page, testInfo, "portal-welcome-easy-read");

  // Remembered: a fresh load of any page comes back in easy read.
  await page.goto(`${portalUrl}/help`);
  await page.goto(portalUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Your CETR meeting" })).toBeVisible();

  await page.getByRole("button", { name: "Hide pictures" }).click();
  await expect(page.getByRole("button", { name: "Show pictures" })).toBeVisible();
  await expectNoAxeViolations(page, "easy read without pictures");

  await page.getByRole("button", { name: "Switch to plain English" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Your Care, Education and Treatment Review (CETR)",
    }),
  ).toBeVisible();
});

test("keyboard only: the skip link is first and moves focus to the content", async ({
  page,
  portalUrl,
}) => {
  await page.goto(portalUrl);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("main :focus")).toHaveCount(1);
});
