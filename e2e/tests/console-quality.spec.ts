import { readFile } from "node:fs/promises";
import { graphql } from "@cetr/graphql";
import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
} from "../support/fixtures.js";

/**
 * Quality (issue 8 item 8) over the FICTIONAL demo story: Callum's review
 * (held 14 October 2026, due by 20 October, report sent 24 October, one
 * action done early) against the Appendix 1 standards, with links to the
 * evidence; then the oversight figures for Northvale ICB, a shorter range
 * chosen with the GET form, and the CSV download. Links and GET forms only,
 * so the no-js project runs it unchanged.
 */

const ICB = "NHS Northvale Integrated Care Board";

const MyOrganisations = graphql(`
  query E2eOversightOrganisations { viewer { memberships { organisation { id name } } } }
`);

/** A row's header cell by its text; at 320 px the stacked table puts the column's name before it. */
const rowHeader = (page: Page, text: string) =>
  page.getByRole("rowheader", {
    name: new RegExp(`(^|\\s)${text.replaceAll(".", "\\.")}$`),
  });

/** The month names the page uses, for the last `n` months ending today in England. */
function lastMonths(n: number): string[] {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const [y, m] = today.split("-").map(Number) as [number, number];
  const name = new Intl.DateTimeFormat("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return Array.from({ length: n }, (_, i) =>
    name.format(new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1))),
  );
}

test("a review's quality standards, and oversight figures by month and organisation", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  // Three pages, each checked with axe in several states, and two form posts.
  test.setTimeout(150_000);
  await signInToConsole(page, consoleUrl, "/people");
  await page.getByRole("link", { name: "Callum Reid" }).click();
  await page
    .getByRole("row")
    .filter({ hasText: "Held 14 October 2026" })
    .getByRole("link", { name: "Review in hospital" })
    .click();
  await page.getByRole("link", { name: "Quality standards (Appendix 1)" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Quality standards" })).toBeVisible();
  await expect(page.locator("main")).toContainText(/\d+ met, \d+ not met, \d+ not known\./);
  // One of the review's pages: its navigation leads here too, marked as the current page.
  await expect(
    page
      .getByRole("navigation", { name: "Running the review" })
      .getByRole("link", { name: "Quality standards" }),
  ).toHaveAttribute("aria-current", "page");
  // A long checklist: a contents list leads to each of the eight principles, with its counts,
  // and to the form.
  const contents = page.getByRole("navigation", { name: "Principles" });
  await expect(contents.getByRole("link")).toHaveCount(9);
  await expect(contents.getByRole("listitem").nth(3)).toHaveText(
    /^4\. Seeing the whole person: \d+ met, \d+ not met, \d+ not known$/,
  );
  await contents.getByRole("link", { name: "4. Seeing the whole person" }).click();
  await expect(page).toHaveURL(/#principle-4$/);
  // The form is grouped by principle too; a group with a standard nobody has answered is open.
  const group4 = page.locator("details", {
    has: page.locator("summary", { hasText: /^4\. Seeing the whole person: \d+ of \d+ answered$/ }),
  });
  await expect(group4).toHaveAttribute("open", "");
  // The panel was three people with training and conflicts declared (5.1, 5.6, 5.7).
  const open = page.getByRole("table", { name: /principle 5: Open, independent/ });
  const panel = open.getByRole("row").filter({ has: rowHeader(page, "5.1") });
  await expect(panel).toContainText("Met");
  await expect(panel).toContainText("Panel make-up: no breaches");
  // Consent was given before the review (1.2).
  const personCentred = page.getByRole("table", { name: /principle 1: Person centred/ });
  await expect(
    personCentred.getByRole("row").filter({ has: rowHeader(page, "1.2") }),
  ).toContainText("Met");
  // The report went out 10 days after the review, with an easy read version (6.3).
  const report = page
    .getByRole("table", { name: /principle 6/ })
    .getByRole("row")
    .filter({ has: rowHeader(page, "6.3") });
  await expect(report).toContainText("Report sent 10 days after the review");
  // Nothing records whether the review took around a day (4.1): not known, never met.
  await expect(
    page
      .getByRole("table", { name: /principle 4/ })
      .getByRole("row")
      .filter({ has: rowHeader(page, "4.1") }),
  ).toContainText("Not known");
  await expectNoAxeViolations(page, "a review's quality standards");
  await snapshot(page, testInfo, "console-review-quality");

  // Staff record what the record cannot show (ADR 0037): "not met" needs what will be done,
  // and a refused form keeps what was typed. Removed again at the end, so every project starts alike.
  const form = page.getByRole("group", { name: /^4\.1 Each review takes around a day/ });
  const evidence41 = page.getByRole("textbox", { name: "What shows this for standard 4.1" });
  await form.getByRole("radio", { name: "Not met" }).check();
  await evidence41.fill("The review took two hours");
  await page.getByRole("button", { name: "Save assessments" }).click();
  await expect(page.getByRole("alert")).toContainText("Say what will be done");
  await expect(evidence41).toHaveValue("The review took two hours");
  await expectNoAxeViolations(page, "an assessment refused");
  await page
    .getByRole("textbox", { name: "If not met, what will be done for standard 4.1" })
    .fill("Book a full day for the next review");
  await page.getByRole("button", { name: "Save assessments" }).click();
  await expect(page.getByRole("status")).toContainText("Assessments saved");
  const row41 = page
    .getByRole("table", { name: /principle 4/ })
    .getByRole("row")
    .filter({ has: rowHeader(page, "4.1") });
  await expect(row41).toContainText("Not met");
  await expect(row41).toContainText("What will be done: Book a full day for the next review");
  await expect(row41).toContainText("Recorded by Grace Holt on");
  await expect(panel).toContainText("From the record");
  await form.getByRole("radio", { name: "Remove this answer" }).check();
  await page.getByRole("button", { name: "Save assessments" }).click();
  await expect(row41).toContainText("Not known");

  // Each standard leads to the page with its evidence.
  await panel.getByRole("link", { name: "Panel for standard 5.1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /panel/i })).toBeVisible();
  // The review was held: its panel is the one that held it, so nobody can be added (PANEL_LOCKED).
  await expect(page.locator("main")).toContainText("nobody can be added, moved or removed");
  await expect(page.getByRole("heading", { name: "Add someone to the panel" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add to the panel" })).toHaveCount(0);

  // Oversight, from the console's navigation: the last 12 months by default.
  await page
    .getByRole("navigation", { name: "Console" })
    .getByRole("link", { name: "Oversight" })
    .click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Oversight: reviews, reports and actions on time",
    }),
  ).toBeVisible();
  const twelve = lastMonths(12);
  const monthly = page.getByRole("table", { name: /^Each month/ });
  await expect(monthly).toHaveAccessibleName(`Each month, ${twelve[0]} to ${twelve[11]}`);
  await expect(monthly.getByRole("row")).toHaveCount(13);
  const october = monthly.getByRole("row").filter({ has: rowHeader(page, "October 2026") });
  // Callum's review: held on time, report on time, his October action done early.
  await expect(october.getByRole("cell")).toHaveText([
    "1",
    "100% (1 of 1)",
    "100% (1 of 1)",
    "100% (1 of 1)",
  ]);
  await expect(page.getByRole("table", { name: /^Each organisation/ })).toContainText(ICB);
  await expect(
    page.getByRole("img", { name: /reviews held on time, month by month/ }),
  ).toBeVisible();
  await expect(page.locator("figcaption").first()).toContainText("Reviews held on time");
  await expectNoAxeViolations(page, "the oversight figures");
  await snapshot(page, testInfo, "console-oversight");

  // A shorter range, with the plain GET form.
  await page.getByLabel("Period").selectOption("3");
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/[?&]months=3\b/);
  const three = lastMonths(3);
  await expect(page.getByRole("table", { name: /^Each month/ })).toHaveAccessibleName(
    `Each month, ${three[0]} to ${three[2]}`,
  );
  await expect(page.getByRole("table", { name: /^Each month/ }).getByRole("row")).toHaveCount(4);
  await expect(page.getByLabel("Period")).toHaveValue("3");
  await expectNoAxeViolations(page, "the oversight figures for 3 months");

  // The same figures as a CSV file: one row per organisation and month.
  await page.getByLabel("Period").selectOption("12");
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/[?&]months=12\b/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download these figures as a CSV file" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^oversight-all-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);
  expect(lines[0]).toBe(
    "Organisation,Month,Reviews held,Reviews held on time,Reviews held late,Reviews on time (%)," +
      "Reports sent on time,Reports sent late,Reports overdue and not sent,Reports on time (%)," +
      "Actions due,Actions done on time,Actions done late,Actions open and late,Actions not done," +
      "Actions not yet due,Actions on time (%)",
  );
  expect(lines).toContain(`${ICB},2026-10,1,1,0,100,1,0,0,100,1,1,0,0,0,0,100`);

  // One organisation (the choice appears once someone works for more than one; the link is the same).
  const { viewer } = await api.request(MyOrganisations);
  const northvale = viewer.memberships.find((m) => m.organisation.name === ICB)?.organisation.id;
  expect(northvale).toBeTruthy();
  await page.goto(
    `${consoleUrl}/oversight?months=6&organisation=${encodeURIComponent(northvale ?? "")}`,
  );
  await expect(page.locator("main")).toContainText(`for ${ICB}.`);
  await expect(
    page.getByRole("table", { name: /^Each organisation/ }).getByRole("row"),
  ).toHaveCount(2);
  await expectNoAxeViolations(page, "the oversight figures for one organisation");
});
