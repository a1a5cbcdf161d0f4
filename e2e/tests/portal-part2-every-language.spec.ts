import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  setPortalPreferences,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";

/**
 * Every page of the family portal's part 2 (issue 7) in each of the portal's
 * languages (@cetr/i18n: English, Polish, Urdu right to left), in plain
 * English and easy read: axe clean, nothing scrolling sideways at 320 px, and
 * each easy-read picture beside the words it goes with. The journeys check
 * each page's states in depth; this checks that no language or register was
 * left out. Fictional demo accounts: Fiona Fraser (Ellie's mum), Callum Reid
 * and Isaac Mensah. Each account is put back in English plain at the end, as
 * the other journeys expect.
 */

const LANGUAGES = ["en", "pl", "ur"] as const;
const REGISTERS = ["off", "on"] as const;

/**
 * A picture is beside the start of its words: centred on text no taller than
 * itself, level with the top of longer text (it used to float to the middle of
 * a long block, away from the sentence it shows).
 */
async function expectPicturesBesideTheirWords(page: Page, state: string) {
  const misplaced = await page.evaluate(() =>
    Array.from(document.querySelectorAll(".cetr-easy-read__item")).flatMap((item) => {
      const picture = item.querySelector(".cetr-easy-read__picture")?.getBoundingClientRect();
      const text = item.querySelector(".cetr-easy-read__text");
      if (!picture || !text) return [];
      // Where the words are: the first and last lines of text actually drawn.
      const range = document.createRange();
      range.selectNodeContents(text);
      const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      const visible = lines.filter((r) => r.bottom <= text.getBoundingClientRect().bottom + 1);
      if (!visible.length) return [];
      const top = Math.min(...visible.map((r) => r.top));
      const bottom = Math.max(...visible.map((r) => r.bottom));
      const ok =
        bottom - top <= picture.height
          ? Math.abs((top + bottom) / 2 - (picture.top + picture.bottom) / 2) <= 12
          : top <= picture.top + picture.height / 2 && picture.top <= top + 12;
      return ok
        ? []
        : [
            `"${(text.textContent ?? "").trim().slice(0, 40)}…": picture ${Math.round(picture.top)}–${Math.round(picture.bottom)}, words ${Math.round(top)}–${Math.round(bottom)}`,
          ];
    }),
  );
  expect(misplaced, `pictures away from their words on ${state}`).toEqual([]);
}

interface PartTwoPage {
  name: string;
  path: string;
  /** After the page has loaded: a further state to check (an error). */
  withError?: (page: Page) => Promise<void>;
}

async function checkEveryLanguage(
  page: Page,
  portalUrl: string,
  pages: readonly PartTwoPage[],
  projectName: string,
) {
  for (const lang of LANGUAGES)
    for (const easyRead of REGISTERS) {
      await setPortalPreferences(page, portalUrl, { lang, easyRead });
      for (const p of pages) {
        const state = `${p.name} (${lang}, easy read ${easyRead})`;
        await page.goto(`${portalUrl}${p.path}`);
        await expect(page.locator("html")).toHaveAttribute(
          "data-register",
          easyRead === "on" ? "easyRead" : "plain",
        );
        await expect(page.locator("html")).toHaveAttribute("dir", lang === "ur" ? "rtl" : "ltr");
        await expect(page.locator("h1")).toHaveCount(1);
        const states = [state];
        if (p.withError) states.push(`${state} after sending it empty`);
        for (const [index, name] of states.entries()) {
          if (index === 1 && p.withError) await p.withError(page);
          if (projectName === "mobile-320") {
            // Sideways scrolling and the pictures' places depend on the width: checked at 320 px.
            await snapshot(page, test.info(), `part2-${name.replace(/\W+/g, "-")}`);
            if (easyRead === "on") await expectPicturesBesideTheirWords(page, name);
          } else {
            await expectNoAxeViolations(page, name);
            if (easyRead === "on") await expectPicturesBesideTheirWords(page, name);
          }
        }
      }
    }
  await setPortalPreferences(page, portalUrl, { lang: "en", easyRead: "off" });
}

test("the leaving-hospital planner, tracker and notifications in every language, plain and easy read", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "Pages are the same HTML without JavaScript");
  test.setTimeout(300_000);
  await signInToPortalAs(page, portalUrl, "fiona.fraser@family.example");
  await page.goto(`${portalUrl}/home`);
  const ellie = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Ellie Fraser" }) });
  const planner = await ellie
    .getByRole("link", { name: "Leaving hospital planner" })
    .getAttribute("href");
  expect(planner).toMatch(/\/leaving-hospital$/);
  await checkEveryLanguage(
    page,
    portalUrl,
    [
      { name: "the planner", path: planner as string },
      { name: "the tracker", path: `${planner}/tracker` },
      { name: "notifications", path: "/notifications" },
      { name: "email choices", path: "/notifications/settings" },
    ],
    testInfo.project.name,
  );
});

test("the actions, asking about one and the review report in every language, plain and easy read", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "Pages are the same HTML without JavaScript");
  test.setTimeout(300_000);
  // Isaac's report came late: the state the report page must make plain.
  await signInToPortalAs(page, portalUrl, "isaac.mensah@young.example");
  await page.goto(`${portalUrl}/home`);
  const report = await page
    .getByRole("link", { name: "Report from the review on Tuesday 8 September" })
    .getAttribute("href");
  expect(report).toMatch(/\/report$/);
  await checkEveryLanguage(
    page,
    portalUrl,
    [{ name: "a late report", path: report as string }],
    testInfo.project.name,
  );

  // Callum has a late action to ask about.
  await page.context().clearCookies();
  await signInToPortalAs(page, portalUrl, "callum.reid@young.example");
  await page.goto(`${portalUrl}/home`);
  const actions = await page
    .getByRole("link", { name: "Actions agreed at reviews" })
    .getAttribute("href");
  await page.goto(`${portalUrl}${actions}`);
  const ask = await page
    .getByRole("article", { name: "Start a plan for Callum to leave hospital" })
    .getByRole("link", { name: /^Ask about this/ })
    .getAttribute("href");
  expect(ask).toMatch(/\/ask$/);
  await checkEveryLanguage(
    page,
    portalUrl,
    [
      { name: "the actions", path: actions as string },
      {
        name: "asking about an action",
        path: ask as string,
        withError: async (p) => {
          await p.getByRole("main").locator("form button[type='submit']").last().click();
          await expect(p.locator(".cetr-error-summary")).toBeVisible();
        },
      },
    ],
    testInfo.project.name,
  );
});
