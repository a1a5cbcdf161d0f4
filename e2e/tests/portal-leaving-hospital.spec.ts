import { graphql } from "@cetr/graphql";
import type { Page, TestInfo } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";
import { newestEmail } from "../support/outbox.js";

/**
 * Leaving hospital (issue 7 items 1–2): Fiona Fraser, Ellie's mum (fictional;
 * Ellie, 19, agreed to share with her), follows step 7 of Ellie's discharge
 * plan from Not started to In progress to Done as staff in the console move
 * it, and is emailed each time (read from the outbox); she marks an item done
 * that staff have not, and staff see where they differ, in words. The three projects share one database in any order, so
 * the journey first puts step 7 back as the demo seed has it.
 */

const FIONA = "fiona.fraser@family.example";
const STEP_7 = "Step 7: Leaving hospital and support afterwards";
const ITEM_74 = "I know how to get extra support if I need it, and it is set up.";

const EllieNamed = graphql(`
  query E2eLeavingPeople($first: Int) {
    people(first: $first) { edges { node { id name dischargePlans { id } } } }
  }
`);
const ResetItem = graphql(`
  mutation E2eResetDischargeItem($input: UpdateDischargeItemInput!) {
    updateDischargeItem(input: $input) { errors { message } }
  }
`);

async function check(page: Page, testInfo: TestInfo, name: string) {
  await expectNoAxeViolations(page, name);
  await snapshot(page, testInfo, name);
}

/** A step's section on the portal planner, and its status line. */
const stepSection = (page: Page, heading: string) => page.getByRole("region", { name: heading });

async function asFamily(page: Page, portalUrl: string, path: string) {
  await page.context().clearCookies();
  await signInToPortalAs(page, portalUrl, FIONA);
  await page.goto(`${portalUrl}${path}`);
}

/** Fiona's email about a change to the plan: it says what changed and links to the portal, nothing more. */
async function expectPlanEmail(after: number, portalUrl: string) {
  const email = await newestEmail(FIONA, "notification", after);
  // Plain or easy read as her account last chose: "The plan…" or "Your plan…".
  expect(email).toContain("plan for leaving hospital has changed");
  expect(email).toContain(`${portalUrl}/notifications`);
  expect(email).not.toContain("Ellie");
}

async function asStaff(page: Page, consoleUrl: string, path: string) {
  await page.context().clearCookies();
  await signInToConsole(page, consoleUrl, path);
}

test("a parent carer follows a discharge step from Not started to Done as staff update it, and staff see where the family differ", async ({
  page,
  portalUrl,
  consoleUrl,
  api,
}, testInfo) => {
  test.setTimeout(240_000);
  const hasJs = testInfo.project.use.javaScriptEnabled !== false;

  // Step 7 as the seed has it: nothing started (earlier projects moved it to Done).
  const { people } = await api.request(EllieNamed, { first: 100 });
  const ellie = people.edges.find((e) => e.node.name === "Ellie Fraser")?.node;
  const planId = ellie?.dischargePlans[0]?.id;
  expect(planId, "Ellie has a discharge plan in the demo data").toBeTruthy();
  for (const itemId of ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6"]) {
    const { updateDischargeItem } = await api.request(ResetItem, {
      input: { planId: planId as string, itemId, staffStatus: "NOT_STARTED" },
    });
    expect(updateDischargeItem.errors).toEqual([]);
  }
  const personPath = `/people/${encodeURIComponent(ellie?.id ?? "")}`;

  // Fiona wants emails about the plan (the notifications journey may have turned them off).
  await asFamily(page, portalUrl, "/notifications/settings");
  await page.getByRole("checkbox", { name: "The plan for leaving hospital has changed" }).check();
  await page.getByRole("button", { name: "Save my choices" }).click();
  await expect(page.getByRole("status")).toContainText("Your choices are saved.");

  // Home: the planner and the tracker, for someone with a plan.
  await page.goto(`${portalUrl}/home`);
  const ellieOnHome = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Ellie Fraser" }) });
  await expect(ellieOnHome.getByRole("link", { name: "Leaving hospital planner" })).toBeVisible();
  await expect(
    ellieOnHome.getByRole("link", { name: "Steps to leaving hospital: tracker" }),
  ).toBeVisible();
  await ellieOnHome.getByRole("link", { name: "Leaving hospital planner" }).click();

  // The planner: step 7 Not started; each item with when, who helps and staff's status.
  await expect(page).toHaveTitle("Leaving hospital planner – Your CETR");
  await expect(page.getByText("This plan is about Ellie Fraser.")).toBeVisible();
  await expect(
    page.getByText("The plan is to leave hospital on Monday, 18 January 2027."),
  ).toBeVisible();
  const step7 = stepSection(page, STEP_7);
  await expect(step7.locator(".leaving-step__status")).toHaveText("Step status: Not started");
  // A date the policy fixes from the planned discharge, in words, beside the rule.
  const item72 = step7.locator("#item-7-2");
  await expect(item72).toContainText(
    "When: by Monday, 25 January 2027 (within 1 week of leaving hospital)",
  );
  // Leaving waits for leave visits and the discharge meeting: it says so.
  await expect(step7.locator("#item-7-1")).toContainText("Cannot start yet");
  await expect(step7.locator("#item-7-1")).toContainText(
    "This can start once these are done: 6.1 My leaving hospital plan is under way",
  );
  // The named facilitator from the record, the roles otherwise.
  await expect(step7.locator("#item-7-1")).toContainText(
    "Who will help: Sam Patel (the hospital discharge facilitator and the care coordinator)",
  );
  await check(page, testInfo, "leaving-planner-not-started");

  // A mistake first: a note too long. The error says what to fix; nothing chosen or typed is lost.
  const item74 = step7.locator("#item-7-4");
  await item74.locator("summary").click();
  const note = "Ellie has the crisis line number on her fridge already.";
  const tooLong = `${note} `.repeat(100);
  await item74.getByLabel("I think this is done").check();
  await item74.getByLabel("Your note (optional)").fill(tooLong);
  await item74.getByRole("button", { name: "Save what I think" }).click();
  await expect(page).toHaveTitle("Error: Leaving hospital planner – Your CETR");
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Keep your note to 5000 characters or fewer",
  );
  await expect(page.locator("#note-7-4")).toHaveValue(tooLong);
  await expect(page.locator("#item-7-4").getByLabel("I think this is done")).toBeChecked();
  await check(page, testInfo, "leaving-planner-error");

  // The family mark 7.4 done; staff have not started it.
  await page.locator("#note-7-4").fill(note);
  await page.locator("#item-7-4").getByRole("button", { name: "Save what I think" }).click();
  await expect(page).toHaveTitle("Leaving hospital planner – Your CETR");
  await expect(page.getByRole("status")).toContainText(
    `Saved. Staff can now see what you think about: ${ITEM_74}`,
  );
  const saved74 = page.locator("#item-7-4");
  await expect(saved74).toContainText("You said: I think this is done");
  await expect(saved74).toContainText(`Your note: ${note}`);
  await expect(saved74).toContainText(
    "You and the staff see this differently. Staff can see what you said.",
  );
  await check(page, testInfo, "leaving-planner-family-view");

  // Staff see the difference in words, then move step 7 to In progress.
  await asStaff(page, consoleUrl, `${personPath}/discharge`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Leaving hospital: Ellie Fraser",
  );
  const differences = page
    .getByRole("heading", { name: "Where the family see it differently" })
    .locator("xpath=following-sibling::ul[1]");
  await expect(differences).toContainText(
    "7.4 I know how to get extra support if I need it and this is set up: The family think this is done; staff record it as Not started.",
  );
  await expect(page.locator("#item-7-4")).toContainText(`Their note: “${note}”`);
  // Who will help, as the family read it: the named facilitator from the record (ADR 0035).
  await expect(page.locator("#item-7-1")).toContainText(
    "Who will help: Sam Patel (the hospital discharge facilitator and the care coordinator)",
  );
  await check(page, testInfo, "leaving-console");
  await page.getByLabel("7.1 I leave hospital").selectOption("IN_PROGRESS");
  // A date for 7.3 agreed with the family, first with a part missing: the boxes say which.
  const date73 = page.getByRole("group", { name: "Date agreed for 7.3 (optional)" });
  await date73.getByLabel("Day").fill("15");
  await date73.getByLabel("Month").fill("");
  await date73.getByLabel("Year").fill("");
  await page.getByRole("button", { name: "Save step 7" }).click();
  await expect(page).toHaveTitle("Error: Leaving hospital: Ellie Fraser – CETR staff console");
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "The date agreed for 7.3 must include a month and a year",
  );
  await expect(page.getByLabel("7.1 I leave hospital")).toHaveValue("IN_PROGRESS");
  await check(page, testInfo, "leaving-console-error");
  await date73.getByLabel("Month").fill("1");
  await date73.getByLabel("Year").fill("2027");
  const startedAt = Date.now() - 1000;
  await page.getByRole("button", { name: "Save step 7" }).click();
  await expect(page.getByRole("status")).toContainText("Step 7 has been saved.");
  await expect(
    page.getByRole("region", { name: "Step 7: Leaving hospital and support afterwards" }),
  ).toContainText("Step status: In progress");
  await check(page, testInfo, "leaving-console-saved");

  // The parent is emailed (the job runner sends within seconds), then sees it in the portal.
  await expectPlanEmail(startedAt, portalUrl);
  await asFamily(page, portalUrl, `${personPath}/leaving-hospital`);
  await expect(stepSection(page, STEP_7).locator(".leaving-step__status")).toHaveText(
    "Step status: In progress",
  );
  await expect(page.locator("#item-7-1")).toContainText("Staff say: In progress");
  await expect(page.locator("#item-7-3")).toContainText(
    "When: by Friday, 15 January 2027 (at the last team meeting before leaving hospital)",
  );
  await check(page, testInfo, "leaving-planner-in-progress");

  // Staff finish the step: every item Done.
  await asStaff(page, consoleUrl, `${personPath}/discharge`);
  for (const label of [
    "7.1 I leave hospital",
    "7.2 There is a plan to follow up",
    "7.3 Review meeting dates are set",
    "7.4 I know how to get extra support",
    "7.5 I have all the support I need",
    "7.6 My community care coordinator",
  ])
    await page.getByLabel(new RegExp(`^${label.replace(".", "\\.")}`)).selectOption("DONE");
  const doneAt = Date.now() - 1000;
  await page.getByRole("button", { name: "Save step 7" }).click();
  await expect(page.getByRole("status")).toContainText("Step 7 has been saved.");
  // Staff and family now agree on 7.4.
  await expect(page.locator("#item-7-4")).not.toContainText("Different");

  // The parent is emailed again, and sees Done, on the planner and on the tracker.
  await expectPlanEmail(doneAt, portalUrl);
  await asFamily(page, portalUrl, `${personPath}/leaving-hospital`);
  await expect(stepSection(page, STEP_7).locator(".leaving-step__status")).toHaveText(
    "Step status: Done",
  );
  await expect(page.locator("#item-7-4")).not.toContainText("see this differently");
  await check(page, testInfo, "leaving-planner-done");
  await page.getByRole("link", { name: "See all the steps as a tracker you can print" }).click();
  await expect(page).toHaveTitle("Steps to leaving hospital: tracker – Your CETR");
  const trackerStep7 = page.getByRole("region", { name: STEP_7 });
  await expect(trackerStep7).toContainText("Step status: Done");
  const firstRow = trackerStep7.getByRole("row").nth(1);
  await expect(firstRow).toContainText("I leave hospital.");
  await expect(firstRow).toContainText("Done");
  // Step 6 is open: its next date is the agreed one for leave visits.
  await expect(
    page.getByRole("region", { name: "Step 6: Getting ready to leave hospital" }),
  ).toContainText("Next date: Saturday 5 December");
  // The ten standards and how each is met.
  const standards = page.getByRole("region", { name: "The 10 standards for leaving hospital" });
  await expect(standards.getByRole("heading", { level: 3 })).toHaveCount(10);
  await expect(standards.getByRole("listitem").first()).toContainText("Being met");
  await expect(standards.getByRole("listitem").first()).toContainText(
    "How: Named on the admission document",
  );
  if (hasJs) await expect(page.getByRole("button", { name: "Print the tracker" })).toBeVisible();
  await check(page, testInfo, "leaving-tracker");
  // Printed, the tracker keeps its steps and drops the page's own controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Print the tracker" })).toBeHidden();
  await expect(trackerStep7).toBeVisible();
  await page.emulateMedia({ media: null });

  // Easy read on: the same tracker in easy words with a picture beside each step; then off.
  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Steps to leaving hospital");
  await expect(
    page.getByRole("region", { name: "Step 7: Leaving hospital and after" }),
  ).toContainText("How far it has got: Done");
  await expect(page.locator(".leaving-step .cetr-pictogram").first()).toBeVisible();
  await check(page, testInfo, "leaving-tracker-easy-read");
  await page.getByRole("link", { name: "Back to leaving hospital" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leaving hospital");
  await expect(page.locator("#item-7-4")).toContainText(
    "I know how to get more help if I need it.",
  );
  await expect(
    page
      .locator(".cetr-easy-read__item")
      .filter({ has: page.locator("#item-7-4") })
      .locator(".cetr-easy-read__picture svg"),
  ).toBeVisible();
  await check(page, testInfo, "leaving-planner-easy-read");
  await page.getByRole("button", { name: "Switch to plain English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leaving hospital planner");
});

test("the planner and tracker in Polish and in Urdu, right to left", async ({
  page,
  portalUrl,
  api,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "One project is enough for the languages");
  const { people } = await api.request(EllieNamed, { first: 100 });
  const ellie = people.edges.find((e) => e.node.name === "Ellie Fraser")?.node;
  const path = `/people/${encodeURIComponent(ellie?.id ?? "")}/leaving-hospital`;
  await asFamily(page, portalUrl, path);

  await page.getByRole("button", { name: "Polski" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl-PL");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Planer wyjścia ze szpitala");
  await expect(page.getByRole("region", { name: /^Krok 7:/ })).toBeVisible();
  await check(page, testInfo, "leaving-planner-pl");

  await page.goto(`${portalUrl}${path}/tracker`);
  await page.getByRole("button", { name: "اردو" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "ہسپتال چھوڑنے کے مراحل: پیش رفت کی فہرست",
  );
  await expect(page.getByRole("region", { name: "ہسپتال چھوڑنے کے 10 معیار" })).toBeVisible();
  await check(page, testInfo, "leaving-tracker-ur");

  // Back to English on the account, for the other journeys that sign in as Fiona.
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});
