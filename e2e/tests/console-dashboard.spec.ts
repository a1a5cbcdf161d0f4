import { graphql } from "@cetr/graphql";
import type { Locator, Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
  uniqueTestNhsNumber,
} from "../support/fixtures.js";

/**
 * The console dashboard over the FICTIONAL demo story (packages/db seed.ts,
 * DEMO_STORY): what is late or due for Northvale ICB, and the full lists
 * behind each count — filtered, sorted and paged with plain links and GET
 * forms, so everything works with JavaScript off too.
 */

const card = (page: Page, title: string): Locator =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: title }) });
const countIn = async (section: Locator) =>
  Number(await section.locator(".cetr-dashboard-count").textContent());

const WaitingRequests = graphql(`
  query E2eWaitingRequests {
    incomingReviewRequests(waiting: true, first: 1) { totalCount }
    reviewRequests(waitingForDecision: true, first: 1) { totalCount }
  }
`);
const ReportsWaiting = graphql(`
  query E2eReportsWaiting { reportsDue(first: 1) { totalCount } }
`);
const ReviewsDue = graphql(`
  query E2eReviewsDue { dueReviews(withinDays: 14, first: 1) { totalCount } }
`);

test("the dashboard counts what the demo story has late and due", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  await signInToConsole(page, consoleUrl, "/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.locator("main")).toContainText("NHS Northvale Integrated Care Board");

  // Daniyal (admitted 12 November, aged 15) needs his post-admission review within 2 weeks (§11);
  // Alex (admission being considered) needs a community review before any admission (§10). Other
  // journeys on this database may convene requests, which makes reviews due too (§14): the card
  // counts what the API counts. Daniyal's is dated, so first; Alex leads the undated ones by name.
  const reviews = card(page, "Reviews due");
  const { dueReviews } = await api.request(ReviewsDue);
  expect(dueReviews.totalCount).toBeGreaterThanOrEqual(2);
  expect(await countIn(reviews)).toBe(dueReviews.totalCount);
  await expect(reviews).toContainText("Daniyal Hussain");
  await expect(reviews).toContainText("Alex Morgan");
  await expect(reviews).toContainText("§11");

  // Callum's and Ellie's reports were sent; only reviews other journeys held can be waiting.
  const reports = card(page, "Reports to send");
  const { reportsDue } = await api.request(ReportsWaiting);
  expect(await countIn(reports)).toBe(reportsDue.totalCount);

  // Callum has one SMART action still open after its due date.
  const actions = card(page, "Late actions");
  expect(await countIn(actions)).toBe(1);
  await expect(actions).toContainText("Callum Reid");

  // Requests waiting for triage, in two counts: request forms not yet matched to a person
  // (other journeys may send some), and requests matched to a person and waiting for the care
  // coordinator's or commissioner's decision, such as Bethany's mother's request (§14, Figure 9).
  const requests = card(page, "Requests waiting");
  const { incomingReviewRequests, reviewRequests } = await api.request(WaitingRequests);
  const counts = requests.locator(".cetr-dashboard-count");
  await expect(counts).toHaveCount(2);
  const notMatched = Number(await counts.nth(0).textContent());
  const deciding = Number(await counts.nth(1).textContent());
  expect(notMatched).toBe(incomingReviewRequests.totalCount);
  expect(deciding).toBe(reviewRequests.totalCount);
  expect(deciding).toBeGreaterThanOrEqual(1);
  const requestLists = [
    {
      link: "See requests not matched yet",
      href: "/requests#not-matched",
      section: "Not matched to a person yet",
      count: notMatched,
    },
    {
      link: "See requests waiting for a decision",
      href: "/requests#waiting-for-decision",
      section: "Waiting for a decision",
      count: deciding,
    },
  ];
  for (const list of requestLists)
    await expect(requests.getByRole("link", { name: list.link })).toHaveAttribute(
      "href",
      list.href,
    );

  // Alex (red) and Bethany (amber) both have Figure 11 answers missing.
  const register = card(page, "Register: information missing");
  expect(await countIn(register)).toBe(2);

  await expectNoAxeViolations(page, "the dashboard");
  await snapshot(page, testInfo, "console-dashboard");

  // Each count leads to its full list, with the same rows.
  for (const list of requestLists) {
    await requests.getByRole("link", { name: list.link }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Requests for a review" }),
    ).toBeVisible();
    const section = page.getByRole("region", { name: list.section });
    await expect(section).toContainText(
      list.count === 0
        ? "No requests are waiting."
        : list.count === 1
          ? "1 request is waiting."
          : `${list.count} requests are waiting.`,
    );
    // One page holds 20; the rest are a "Next" away.
    const rows = section.getByRole("table", { name: list.section }).getByRole("row");
    if (list.count === 0) await expect(rows).toHaveCount(0);
    else await expect(rows).toHaveCount(Math.min(list.count, 20) + 1);
    await page.goto(`${consoleUrl}/`);
  }
  // Bethany's mother's request (recorded without the form) is with the care coordinator.
  await page.goto(`${consoleUrl}/requests#waiting-for-decision`);
  const bethany = page
    .getByRole("table", { name: "Waiting for a decision" })
    .getByRole("row")
    .filter({ hasText: "Bethany" });
  await expect(bethany).toContainText("The care coordinator");
  await expect(bethany).toContainText("16 November 2026");
  // Made without the form, it is decided on its own page.
  await expect(
    bethany.getByRole("link", { name: "Record the decision for Bethany Okafor" }),
  ).toHaveAttribute("href", /^\/review-requests\//);
  await expectNoAxeViolations(page, "the requests page");
  await snapshot(page, testInfo, "console-requests-waiting");
  await page.goto(`${consoleUrl}/`);

  await reviews.getByRole("link", { name: "See all reviews due" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reviews due" })).toBeVisible();
  const table = page.getByRole("table", { name: /Reviews due/ });
  // A heading row and one row a review (all on the first page).
  await expect(table.getByRole("row")).toHaveCount(dueReviews.totalCount + 1);
  await expect(table).toContainText("Daniyal Hussain");
  await expect(table).toContainText("Review after going into hospital");
  await expect(table).toContainText("Policy §11");
  await expect(table.getByRole("columnheader", { name: /^Due/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expectNoAxeViolations(page, "the reviews due list");
  await snapshot(page, testInfo, "console-dashboard-reviews");

  await page.goto(`${consoleUrl}/dashboard/actions`);
  await expect(page.getByRole("heading", { level: 1, name: "Late actions" })).toBeVisible();
  const actionRows = page.getByRole("table", { name: /Late actions/ }).getByRole("row");
  await expect(actionRows).toHaveCount(2);
  await expect(actionRows.nth(1)).toContainText("Callum Reid");
  await expect(actionRows.nth(1)).toContainText(/Late by \d+ days?/);
  await expectNoAxeViolations(page, "the late actions list");
  await snapshot(page, testInfo, "console-dashboard-actions");

  // None is late: a review another journey holds today has two weeks for its report.
  await page.goto(`${consoleUrl}/dashboard/reports-due?show=late`);
  await expect(page.getByRole("heading", { level: 1, name: "Reports to send" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("No reports match these filters.");
  await expectNoAxeViolations(page, "the empty reports list");
});

const Organisation = graphql(`
  query E2eDashboardOrganisation {
    viewer { memberships { organisation { id } } }
    registerEntries(rating: [AMBER], missingData: false, first: 1) { totalCount }
  }
`);
const CreatePerson = graphql(`
  mutation E2eDashboardCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { id } errors { field message } }
  }
`);
const AddToRegister = graphql(`
  mutation E2eDashboardAddToRegister($input: AddToRegisterInput!) {
    addToRegister(input: $input) { errors { field message } }
  }
`);

/** Every Figure 11 answer, so these entries never count as "information missing" on the dashboard. */
const COMPLETE_DATASET = {
  identity: true,
  diagnosis: "AUTISM",
  ageGroup: "ADULT",
  mentalHealthDiagnosis: false,
  behaviourThatChallenges: false,
  criminalJusticeHistory: false,
  lastAnnualHealthCheck: "2026-06-01",
  residentialPlacementOrTransition: false,
  cpaCareCoordinator: "Sam Patel",
  serviceProvider: "Oakfield Community Support",
  carePlanWithContingencyAndRisk: true,
  lastCpaReview: "2026-09-01",
  nextCpaMeeting: "2027-03-01",
  crisisContacts: "Home team duty line",
  keyRisks: "Changes to routine",
  previousAdmissions: false,
  personalBudgetOffered: true,
  personWishes: "To keep living at home",
  familyWishes: "The same",
  currentCarePackage: "Supported living, 20 hours a week",
  advocateInvolved: false,
};

/**
 * The demo register is small, so paging needs more rows: 22 FICTIONAL people
 * rated amber with a complete dataset (once per run). They never change the
 * dashboard's counts, which only count entries with information missing.
 */
async function ensureAmberEntries(api: import("@cetr/graphql").GraphQLClient) {
  const { viewer, registerEntries } = await api.request(Organisation);
  const organisationId = viewer.memberships[0]?.organisation.id;
  if (!organisationId) throw new Error("the demo commissioner has no organisation");
  for (let i = registerEntries.totalCount; i < 22; i++) {
    const { createPerson } = await api.request(CreatePerson, {
      input: {
        name: `Paging Example ${String(i + 1).padStart(2, "0")}`,
        dateOfBirth: "1999-04-01",
        nhsNumber: uniqueTestNhsNumber(),
        diagnosis: "AUTISM",
      },
    });
    if (!createPerson.person) throw new Error(JSON.stringify(createPerson.errors));
    const { addToRegister } = await api.request(AddToRegister, {
      input: {
        personId: createPerson.person.id,
        organisationId,
        rating: "AMBER",
        consentBasis: "PERSON_WITH_CAPACITY",
        addedOn: "2026-10-01",
        reason: "Fictional entry for paging the list",
        minimumDataset: COMPLETE_DATASET,
      },
    });
    expect(addToRegister.errors).toEqual([]);
  }
}

test("a register list is filtered, sorted and paged, with JavaScript or without", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  await ensureAmberEntries(api);
  await signInToConsole(page, consoleUrl, "/dashboard/register");
  await expect(
    page.getByRole("heading", { level: 1, name: "Register: information missing" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: /Register entries/ });
  // Default: red and amber with information missing — Alex (red) before Bethany (amber).
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").nth(1)).toContainText("Alex Morgan");
  await expect(table.getByRole("row").nth(2)).toContainText("Bethany Okafor");

  // Filter (a GET form): amber only, complete or not.
  await page.getByLabel("Rating").selectOption("AMBER");
  await page.getByLabel("Information").selectOption("any");
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/rating=AMBER/);
  await expect(page.getByRole("status")).toHaveText(/^Showing 20 of \d+ people\.$/);
  await expect(table.getByRole("row")).toHaveCount(21);
  await expect(table).not.toContainText("Alex Morgan");
  await expectNoAxeViolations(page, "the filtered register list");
  await snapshot(page, testInfo, "console-dashboard-register");

  // Page on, then back: the filters stay.
  const firstPageNames = await table.getByRole("rowheader").allTextContents();
  const pages = page.getByRole("navigation", { name: "Pages of register entries" });
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page).toHaveURL(/rating=AMBER/);
  const secondPageNames = await table.getByRole("rowheader").allTextContents();
  expect(secondPageNames.length).toBeGreaterThan(0);
  expect(secondPageNames.some((name) => firstPageNames.includes(name))).toBe(false);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/before=/);
  expect(await table.getByRole("rowheader").allTextContents()).toEqual(firstPageNames);

  // Sort by the column heading: names run Z to A within amber.
  const heading = table.getByRole("columnheader", { name: /^Rating/ });
  await expect(heading).toHaveAttribute("aria-sort", "ascending");
  if (testInfo.project.name === "mobile-320") {
    // The headings are hidden when rows stack as cards: the form's "Order" does the same.
    await page.getByLabel("Order").selectOption("desc");
    await page.getByRole("button", { name: "Show results" }).click();
  } else {
    await heading.getByRole("link").click();
  }
  await expect(page).toHaveURL(/sort=desc/);
  await expect(heading).toHaveAttribute("aria-sort", "descending");
  const descending = await table.getByRole("rowheader").allTextContents();
  expect(descending).toEqual(
    [...descending].sort((a, b) => b.localeCompare(a, "en-GB", { sensitivity: "base" })),
  );
  expect(descending[0]).not.toEqual(firstPageNames[0]);
  await expectNoAxeViolations(page, "the register list sorted the other way");
});
