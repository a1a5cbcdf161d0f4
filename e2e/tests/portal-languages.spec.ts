import {
  expect,
  expectNoAxeViolations,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";
import { signInToPortalByCode } from "../support/outbox.js";

/**
 * Languages, text size and display modes (issue 6 items 5 and 6, ADR 0019):
 * Urdu right to left with the "not checked by a translator" notice, a Polish
 * form with its errors in Polish, a text size that stays, and forced colours.
 * In every project: desktop, 320 px wide and JavaScript off.
 */

test("someone switches to Urdu before signing in: right to left, marked as unchecked, and back to English", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto(portalUrl);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("dir", "ltr");
  // Each language is offered in its own name and language, English page or not.
  const urdu = page.getByRole("button", { name: "اردو" });
  await expect(urdu).toHaveAttribute("lang", "ur");
  await expect(page.getByRole("button", { name: "Polski" })).toHaveAttribute("lang", "pl-PL");
  await expect(page.getByTestId("translation-notice")).toHaveCount(0);
  await urdu.click();

  await expect(html).toHaveAttribute("lang", "ur");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(
    page.getByRole("heading", { level: 1, name: "آپ کا نگہداشت، تعلیم اور علاج کا جائزہ (CETR)" }),
  ).toBeVisible();
  const notice = page.getByTestId("translation-notice");
  await expect(notice).toContainText("کسی پیشہ ور مترجم نے ابھی تک اس ترجمے کی جانچ نہیں کی۔");
  await expect(notice.locator('[lang="en-GB"]').first()).toHaveText(
    "A professional translator has not checked this translation yet. It may have mistakes.",
  );
  // The current language is stated, not offered again.
  await expect(page.locator('[aria-current="true"][lang="ur"]')).toHaveText("اردو");
  await expectNoAxeViolations(page, "the welcome page in Urdu");
  await snapshot(page, testInfo, "portal-languages-urdu-welcome");

  // Remembered on every page, each still marked; the page's content starts on the right.
  for (const [path, name] of [
    ["/help", "urdu-help"],
    ["/sign-in", "urdu-sign-in"],
    ["/request", "urdu-request"],
  ] as const) {
    await page.goto(`${portalUrl}${path}`);
    await expect(html).toHaveAttribute("dir", "rtl");
    await expect(page.getByTestId("translation-notice")).toBeVisible();
    const h1 = await page.locator("h1").boundingBox();
    const main = await page.locator("main").boundingBox();
    expect(
      h1 && main && h1.x + h1.width >= main.x + main.width - 2,
      `${path}: h1 at the right`,
    ).toBe(true);
    await expectNoAxeViolations(page, `${path} in Urdu`);
    await snapshot(page, testInfo, `portal-languages-${name}`);
  }

  // Easy read in Urdu too.
  await page.goto(portalUrl);
  await page.getByRole("button", { name: "آسان زبان میں دیکھیں" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "آپ کی CETR میٹنگ" })).toBeVisible();
  await expect(page.getByTestId("translation-notice")).toContainText(
    "A translator has not checked these words yet.",
  );
  await expectNoAxeViolations(page, "the welcome page in Urdu easy read");
  await snapshot(page, testInfo, "portal-languages-urdu-easy-read");
  await page.getByRole("button", { name: "عام زبان میں دیکھیں" }).click();
  await expect(html).toHaveAttribute("data-register", "plain");

  // The way out, in both languages, from any page.
  await page
    .getByRole("button", { name: /یہ صفحہ انگریزی میں پڑھیں.*Read this page in English/ })
    .click();
  await expect(html).toHaveAttribute("lang", "en-GB");
  await expect(html).toHaveAttribute("dir", "ltr");
  await expect(page.getByTestId("translation-notice")).toHaveCount(0);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Your Care, Education and Treatment Review (CETR)",
    }),
  ).toBeVisible();
});

test("a Polish speaker asks for a review and sees the error in Polish", async ({
  page,
  portalUrl,
}, testInfo) => {
  await page.goto(`${portalUrl}/request`);
  await page.getByRole("button", { name: "Polski" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl-PL");
  await expect(page.getByRole("heading", { level: 1, name: "Poproś o przegląd" })).toBeVisible();
  await page.getByRole("link", { name: "Rozpocznij" }).click();
  await expect(page).toHaveURL(`${portalUrl}/request/who`);
  await page.getByRole("button", { name: "Dalej" }).click();

  await expect(page).toHaveTitle(/^Błąd: Kto prosi o przegląd\?/);
  const summary = page.locator(".cetr-error-summary");
  await expect(summary).toContainText("Wystąpił problem");
  await expect(summary.getByRole("link", { name: "Wybierz, kto prosi o przegląd" })).toBeVisible();
  await expect(page.getByTestId("translation-notice")).toBeVisible();
  await expectNoAxeViolations(page, "the Polish request form with an error");
  await snapshot(page, testInfo, "portal-languages-polish-request-error");

  // Nothing is lost: choosing an answer carries on in Polish.
  await page.getByLabel("Jestem rodzicem lub opiekunem").check();
  await page.getByRole("button", { name: "Dalej" }).click();
  await expect(page).toHaveURL(`${portalUrl}/request/you`);
  await expect(page.getByLabel("Twoje imię i nazwisko")).toBeVisible();
});

test("the largest text size stays on every page and nothing scrolls sideways", async ({
  page,
  portalUrl,
}, testInfo) => {
  await page.goto(portalUrl);
  const html = page.locator("html");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Largest" }).click();
  await expect(html).toHaveClass(/cetr-text-largest/);
  await expect(page.locator('[aria-current="true"]', { hasText: "Largest" })).toBeVisible();
  const rootSize = await html.evaluate((el) => getComputedStyle(el).fontSize);
  expect(rootSize).toBe("24px");
  await expectNoAxeViolations(page, "the welcome page at the largest text size");
  await snapshot(page, testInfo, "portal-languages-largest-welcome");

  for (const path of ["/help", "/sign-in", "/request/who"]) {
    await page.goto(`${portalUrl}${path}`);
    await expect(html).toHaveClass(/cetr-text-largest/);
    await snapshot(page, testInfo, `portal-languages-largest${path.replaceAll("/", "-")}`);
  }

  await page.getByRole("button", { name: "Standard" }).click();
  await expect(html).not.toHaveClass(/cetr-text-/);
});

test("forced colours, reduced motion and 400% zoom: still usable and focus still shows", async ({
  page,
  portalUrl,
}, testInfo) => {
  await page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
  await page.goto(portalUrl);
  await expectNoAxeViolations(page, "the welcome page in forced colours");
  await snapshot(page, testInfo, "portal-languages-forced-colours");

  // Focus is an outline in forced colours (the usual yellow background is removed there).
  await page.getByRole("button", { name: "Polski" }).focus();
  const outline = await page
    .getByRole("button", { name: "Polski" })
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    "auto",
  );

  // A 1280 px screen at 400% zoom is 320 by 200 CSS pixels: one column, no sideways scrolling.
  await page.setViewportSize({ width: 320, height: 200 });
  for (const path of ["/", "/help", "/request/who"]) {
    await page.goto(`${portalUrl}${path}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways at 400% zoom`).toBeLessThanOrEqual(0);
  }
});

test("signed in, the language and text size are kept on the account and come back on another device", async ({
  page,
  browser,
  portalUrl,
}, testInfo) => {
  // One emailed-code sign-in per project, each with an account the passkey journey signs in
  // with in another project, so no address goes past its allowance (5 in 15 minutes).
  const email = {
    desktop: "tariq.hussain@family.example",
    "mobile-320": "ellie.fraser@young.example",
    "no-js": "joy.okafor@family.example",
  }[testInfo.project.name] as string;
  await signInToPortalAs(page, portalUrl, email);
  await page.goto(`${portalUrl}/home`);
  await page.getByRole("button", { name: "Polski" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl-PL");
  await page.getByRole("button", { name: "Największy" }).click();
  await expect(page.locator("html")).toHaveClass(/cetr-text-largest/);

  // Another browser, no cookies: it starts in English, and signing in brings the choices back.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(`${portalUrl}/sign-in`);
  await expect(second.locator("html")).toHaveAttribute("lang", "en-GB");
  await signInToPortalByCode(second, email);
  await expect(second.locator("html")).toHaveAttribute("lang", "pl-PL");
  await expect(second.locator("html")).toHaveClass(/cetr-text-largest/);
  await expect(second.getByTestId("translation-notice")).toBeVisible();

  // Back to English and standard text, on the account too, for the other journeys using it.
  // By value: the words differ between registers, and the account may have easy read on.
  await second.locator('button[name="textSize"][value="standard"]').click();
  await expect(second.locator("html")).not.toHaveClass(/cetr-text-/);
  await second.getByRole("button", { name: "English", exact: true }).click();
  await expect(second.locator("html")).toHaveAttribute("lang", "en-GB");
  await other.close();
});
