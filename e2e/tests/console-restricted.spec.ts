import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
} from "../support/fixtures.js";

/**
 * The Ministry of Justice monitoring table (issue 8 item 6, Appendix 6): the
 * demo commissioner (FICTIONAL Grace Holt) reads the table, adds a row for
 * the demo's restricted patient (FICTIONAL Isaac Mensah) — first forgetting
 * what the table needs — sees the one-week clock overdue on the table and the
 * dashboard, then records the referral and sees it marked late. Plain forms
 * and links, so the no-js project runs it unchanged.
 */

/** A date `days` from today in England, as the three boxes of a GOV.UK date. */
function dateParts(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  const [year = "", month = "", day = ""] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
  })
    .format(date)
    .split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

async function fillDate(page: Page, legend: string, days: number) {
  const group = page.getByRole("group", { name: legend });
  const { day, month, year } = dateParts(days);
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

test("a commissioner keeps the restricted patients table and sees the one-week clock", async ({
  page,
  consoleUrl,
}, testInfo) => {
  test.setTimeout(120_000);
  const reference = `E2E-${testInfo.project.name}-${Date.now() % 100_000}`;
  await signInToConsole(page, consoleUrl, "/restricted");

  await expect(page.getByRole("heading", { level: 1, name: "Restricted patients" })).toBeVisible();
  const seeded = page.getByRole("row").filter({ hasText: "NV-RP-2026-007" });
  await expect(seeded).toContainText("Isaac Mensah");
  await expect(seeded).toContainText("Referred 14 September 2026, on time");
  await expectNoAxeViolations(page, "restricted patients table");
  await snapshot(page, testInfo, "console-restricted-table");

  // From Isaac's page, where the table's rows about him are listed.
  await page.getByRole("link", { name: "Isaac Mensah" }).first().click();
  await expect(page.getByRole("heading", { name: "Ministry of Justice monitoring" })).toBeVisible();
  await page.getByRole("link", { name: "Add a row to the restricted patients table" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Add Isaac Mensah to the restricted patients table",
    }),
  ).toBeVisible();

  // Sent half-filled: every missing column is named, and what was typed stays.
  await page.getByLabel("Responsible clinician").fill("Dr Amara Okafor");
  await page.getByRole("button", { name: "Add the row" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Enter the table's reference for this row");
  await expect(summary).toContainText("Enter the date of the review");
  await expect(summary).toContainText("Enter the outcome of the review");
  await expect(page.getByLabel("Responsible clinician")).toHaveValue("Dr Amara Okafor");
  await expectNoAxeViolations(page, "restricted row with errors");
  await snapshot(page, testInfo, "console-restricted-errors");

  // Ten days ago, not linked to a review, no referral: the clock ran out three days ago.
  await page.getByLabel("Reference").fill(reference);
  await page.getByRole("radio", { name: "None of these" }).first().check();
  await fillDate(page, "Date of the review", -10);
  await page.getByLabel("Outcome of the review").fill("Ready to move to a step-down unit");
  await page.getByRole("button", { name: "Add the row" }).click();

  await expect(page).toHaveURL(/\/restricted\?added=/);
  await expect(page.getByRole("status").filter({ hasText: "Row added" })).toBeVisible();
  const added = page.getByRole("row").filter({ hasText: reference });
  await expect(added).toContainText("Overdue by 3 days");
  await expectNoAxeViolations(page, "restricted table with an overdue row");

  // The dashboard counts it with the other late work.
  await page.goto(`${consoleUrl}/`);
  const card = page.getByRole("listitem").filter({
    has: page.getByRole("heading", { name: "Restricted patients: MoJ contact overdue" }),
  });
  await expect(card).toContainText("Isaac Mensah");
  await card.getByRole("link", { name: "See the restricted patients table" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Restricted patients: MoJ contact overdue" }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: reference })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "NV-RP-2026-007" })).toHaveCount(0);

  // The referral went yesterday: recorded, and shown as two days late.
  await page.getByRole("link", { name: `Change row ${reference}` }).click();
  await expect(page.getByLabel("Outcome of the review")).toHaveValue(
    "Ready to move to a step-down unit",
  );
  await fillDate(page, "Date the responsible clinician referred to the MoJ (if they have)", -1);
  await page.getByRole("radio", { name: "Transfer" }).check();
  await page.getByRole("button", { name: "Save the row" }).click();
  await expect(page).toHaveURL(/\/restricted\?changed=/);
  const changed = page.getByRole("row").filter({ hasText: reference });
  await expect(changed).toContainText("2 days late");
  await expect(changed).toContainText("Transfer, no answer yet");
  await expectNoAxeViolations(page, "restricted table after the referral");
  await snapshot(page, testInfo, "console-restricted-saved");
});
