import fs from "node:fs";
import { graphql } from "@cetr/graphql";
import type { Page, TestInfo } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";
import { newestEmail } from "../support/outbox.js";

/**
 * Notifications (issue 7 item 5, ADR 0026): staff change Ellie's discharge
 * plan through the API; Fiona Fraser, her mum (fictional; Ellie agreed to share
 * with her), sees it in /notifications and gets the email from the outbox.
 * Then she turns those emails off: the next change is listed, not emailed.
 * The three projects share one database, so the journey starts by ticking
 * every email kind back on.
 */

const FIONA = "fiona.fraser@family.example";

const EllieNamed = graphql(`
  query E2eNotificationPeople($first: Int) {
    people(first: $first) {
      edges { node { id name dischargePlans { id items { itemId staffStatus } } } }
    }
  }
`);
const ChangeItem = graphql(`
  mutation E2eNotifyDischargeItem($input: UpdateDischargeItemInput!) {
    updateDischargeItem(input: $input) { errors { message } }
  }
`);

async function check(page: Page, testInfo: TestInfo, name: string) {
  await expectNoAxeViolations(page, name);
  await snapshot(page, testInfo, name);
}

test("a parent carer sees a discharge change in the portal and by email, and can turn the email off", async ({
  page,
  portalUrl,
  api,
}, testInfo) => {
  test.setTimeout(180_000);
  const { people } = await api.request(EllieNamed, { first: 100 });
  const plan = people.edges.find((e) => e.node.name === "Ellie Fraser")?.node.dischargePlans[0];
  const planId = plan?.id as string;
  expect(planId, "Ellie has a discharge plan in the demo data").toBeTruthy();
  const seeded = plan?.items.find((item) => item.itemId === "6.1")?.staffStatus;
  const staffChange = async (staffStatus: NonNullable<typeof seeded>) => {
    const { updateDischargeItem } = await api.request(ChangeItem, {
      input: { planId, itemId: "6.1", staffStatus },
    });
    expect(updateDischargeItem.errors).toEqual([]);
  };

  await page.context().clearCookies();
  await signInToPortalAs(page, portalUrl, FIONA);

  // Every kind by email, as a new account starts.
  await page.goto(`${portalUrl}/notifications/settings`);
  await expect(page.getByRole("heading", { level: 1, name: "Choose your emails" })).toBeVisible();
  const box = () =>
    page.getByRole("checkbox", { name: "The plan for leaving hospital has changed" });
  for (const checkbox of await page.getByRole("checkbox").all()) await checkbox.check();
  await page.getByRole("button", { name: "Save my choices" }).click();
  await expect(page.getByRole("status")).toContainText("Your choices are saved.");
  await expect(box()).toBeChecked();
  await check(page, testInfo, "notifications-settings-saved");

  // Staff move an item; the job runs within seconds; Fiona reads it at home, in the list and by email.
  const started = Date.now() - 1000;
  await staffChange("IN_PROGRESS");
  const email = await newestEmail(FIONA, "notification", started);
  // Plain or easy read, as the account last chose; the words differ only in the first word.
  expect(email).toContain("plan for leaving hospital has changed");
  expect(email).toContain(`${portalUrl}/notifications`);
  expect(email).not.toContain("Ellie");

  await page.goto(`${portalUrl}/home`);
  const homeLink = page.getByRole("link", { name: "Notifications" });
  await expect(homeLink).toBeVisible();
  await expect(page.locator("#notifications-unread")).toContainText("new");
  await homeLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const newest = page.getByRole("main").getByRole("listitem").first();
  await expect(newest).toContainText("New");
  await expect(newest).toContainText("The plan for leaving hospital has changed");
  await expect(newest).toContainText("About Ellie");
  await check(page, testInfo, "notifications-unread");

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status")).toContainText("marked as read");
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await check(page, testInfo, "notifications-read");
  await newest.getByRole("link", { name: "See the plan for leaving hospital" }).click();
  await expect(page).toHaveURL(/\/leaving-hospital\/tracker$/);

  // Emails about the plan off: the next change is listed, and no email goes.
  await page.goto(`${portalUrl}/notifications`);
  await page.getByRole("link", { name: "Choose which notifications also come by email" }).click();
  await box().uncheck();
  await page.getByRole("button", { name: "Save my choices" }).click();
  await expect(page.getByRole("status")).toContainText("Your choices are saved.");
  await expect(box()).not.toBeChecked();
  const quiet = Date.now();
  await staffChange("DONE");
  await expect
    .poll(
      async () => {
        await page.goto(`${portalUrl}/notifications`);
        return page.getByText(/You have \d+ new notification/).count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  const dir = process.env.CETR_E2E_OUTBOX_DIR as string;
  const sinceQuiet = fs
    .readdirSync(dir)
    .filter((n) => n.includes(`--${FIONA}--notification`))
    .filter((n) => fs.statSync(`${dir}/${n}`).mtimeMs >= quiet);
  expect(sinceQuiet).toEqual([]);

  // The list in easy read, then in Urdu easy read: axe clean in each.
  await page.locator('button[name="easyRead"][value="on"]').click();
  await expect(page.getByRole("heading", { level: 1, name: "Your news" })).toBeVisible();
  await check(page, testInfo, "notifications-easy-read");
  await page.getByRole("button", { name: "اردو" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.getByRole("heading", { level: 1, name: "آپ کی خبریں" })).toBeVisible();
  await check(page, testInfo, "notifications-urdu-easy-read");
  // Back to English plain, on the account too: the emails follow these choices.
  await page.locator('button[name="easyRead"][value="off"]').click();
  await expect(page.getByRole("heading", { level: 1, name: "اطلاعات" })).toBeVisible();
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  // Item 6.1 back as the demo has it: the leaving-hospital journey reads what waits on it.
  if (seeded) await staffChange(seeded);
});
