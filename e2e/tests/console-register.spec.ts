import { readFile } from "node:fs/promises";
import { graphql } from "@cetr/graphql";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
  uniqueTestNhsNumber,
} from "../support/fixtures.js";

/**
 * The register from the console (issue 8 item 2): the demo commissioner
 * (FICTIONAL Grace Holt) opens a person's page, adds them to the register
 * with a rating — first forgetting the reason — records a second rating,
 * sees the history chart and table grow, and downloads the register as CSV.
 * Plain forms and links throughout, so the no-js project runs it unchanged.
 */

const CreatePerson = graphql(`
  mutation E2eRegisterCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { id } errors { field message } }
  }
`);

const RemoveFromRegister = graphql(`
  mutation E2eRegisterRemove($input: RemoveFromRegisterInput!) {
    removeFromRegister(input: $input) { errors { field message } }
  }
`);

/**
 * Entries this spec put on the register come off it afterwards: a red entry
 * with information missing would change the dashboard's counts, which
 * console-dashboard.spec.ts checks against the demo story in the next project.
 */
const addedEntries: string[] = [];
test.afterEach(async ({ api }) => {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  for (const entryId of addedEntries.splice(0)) {
    const { removeFromRegister } = await api.request(RemoveFromRegister, {
      input: { entryId, removedOn: today, reason: "End of a browser test journey" },
    });
    expect(removeFromRegister.errors).toEqual([]);
  }
});

test("a commissioner adds someone to the register, rates them again and exports the register", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  // A long journey: ten pages, each checked by axe (with JavaScript off, in a scriptable copy).
  test.setTimeout(150_000);
  const name = `Robin Register ${testInfo.project.name} ${Date.now() % 100_000}`;
  const nhsNumber = uniqueTestNhsNumber();
  const { createPerson } = await api.request(CreatePerson, {
    input: { name, dateOfBirth: "2001-02-03", nhsNumber, diagnosis: "BOTH" },
  });
  if (!createPerson.person) throw new Error(JSON.stringify(createPerson.errors));
  const personPath = `/people/${encodeURIComponent(createPerson.person.id)}`;

  // The person page: who they are, what is due, and the way onto the register.
  await signInToConsole(page, consoleUrl, personPath);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.locator(".cetr-summary-list").first()).toContainText(
    `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`,
  );
  await expect(page.locator(".cetr-summary-list").first()).toContainText("3 February 2001 (age");
  const pages = page.getByRole("navigation", { name: `${name}'s pages` });
  await expect(pages.getByRole("link", { name: "One-page profile" })).toHaveAttribute(
    "href",
    `${personPath}/profile`,
  );
  await expect(pages.getByRole("link", { name: "Invite to the portal" })).toBeVisible();
  await expect(pages.getByRole("link", { name: "Who has looked at this record" })).toBeVisible();
  await expect(page.getByText(`${name} is not on a register you can see.`)).toBeVisible();
  await expectNoAxeViolations(page, "the person page");
  await snapshot(page, testInfo, "console-person");

  await page.getByRole("link", { name: "Add to the register" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Add ${name} to the register` }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the add-to-register form");

  // First try: the reason is missing.
  await page.getByRole("radio", { name: "The person agreed" }).check();
  await page.getByRole("checkbox", { name: "Having no fixed address" }).check();
  await page.getByRole("radio", { name: "Amber" }).check();
  await page.getByRole("button", { name: "Add to the register" }).click();

  await expect(page).toHaveTitle(/^Error: Add .* to the register/);
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  const message = "Enter why you have given this rating";
  await expect(summary.getByRole("link", { name: message })).toHaveAttribute("href", "#reason");
  await expect(page.getByLabel("Why this rating?")).toHaveAttribute("aria-invalid", "true");
  // Everything chosen is still chosen.
  await expect(page.getByRole("radio", { name: "The person agreed" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Having no fixed address" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Amber" })).toBeChecked();
  await expectNoAxeViolations(page, "the add-to-register form with an error");
  await snapshot(page, testInfo, "console-register-add-error");

  await page.getByLabel("Why this rating?").fill("No settled home since the tenancy ended");
  await page.getByRole("button", { name: "Add to the register" }).click();

  // The entry: one rating so far, and the domain's advice from the risk factor.
  await expect(page).toHaveURL(/\/register\/[^/?]+\?added=1/);
  const entryPath = new URL(page.url()).pathname;
  addedEntries.push(decodeURIComponent(entryPath.split("/")[2] ?? ""));
  await expect(page.getByRole("status").filter({ hasText: "Added to the register" })).toBeVisible();
  const history = page.getByRole("table", { name: "Every rating, oldest first" });
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history).toContainText("No settled home since the tenancy ended");
  await expect(history).toContainText("Grace Holt");
  await expect(page.getByRole("img", { name: "Chart of the rating over time" })).toBeVisible();
  await expect(page.getByText("Suggested rating: Amber")).toBeVisible();
  await expect(page.getByText("Having no fixed address").last()).toBeVisible();
  await expectNoAxeViolations(page, "the new register entry");
  await snapshot(page, testInfo, "console-register-entry");

  // A second rating adds to the history; nothing is rewritten.
  await page.getByRole("radio", { name: "Red" }).check();
  await page.getByLabel("Why this rating?").fill("Placement may break down this week");
  await page.getByRole("button", { name: "Record rating" }).click();
  await expect(page).toHaveURL(/rated=1/);
  await expect(page.getByRole("status").filter({ hasText: "Rating recorded" })).toContainText(
    "is now rated red",
  );
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(2)).toContainText("Placement may break down this week");
  await expect(page.locator(".cetr-rating-chart figcaption")).toContainText(
    /^Amber (on|from) .*, then red from/,
  );
  await expect(page.locator(".cetr-rating-chart circle")).toHaveCount(2);
  await expectNoAxeViolations(page, "the register entry after a second rating");
  await snapshot(page, testInfo, "console-register-entry-rated");

  // Minimum information (Figure 11): one answer saved, the rest still missing.
  await page.getByRole("link", { name: "Change minimum information" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `${name}: risk factors and minimum information` }),
  ).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Having no fixed address" })).toBeChecked();
  await expectNoAxeViolations(page, "the risk factors and minimum information page");
  await snapshot(page, testInfo, "console-register-details");
  await page.getByLabel("Key areas of risk (not answered)").fill("Losing the tenancy");
  await page
    .getByRole("group", { name: "Is an advocate involved? (not answered)" })
    .getByRole("radio", { name: "No", exact: true })
    .check();
  await page.getByRole("button", { name: "Save minimum information" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Register entry saved" })).toBeVisible();
  await expect(page.locator(".cetr-summary-list")).toContainText("10% complete, 18 missing");

  // The person page now shows the entry.
  await page.goto(`${consoleUrl}${personPath}`);
  await expect(page.getByRole("region", { name: /^Register: / })).toContainText("Red");

  // The register list, and its export.
  await page.goto(`${consoleUrl}/register?rating=RED`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Dynamic support register" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: /Register entries/ });
  await expect(table.getByRole("link", { name })).toBeVisible();
  await expectNoAxeViolations(page, "the register list");
  await snapshot(page, testInfo, "console-register-list");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /as a spreadsheet \(CSV\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^register-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toMatch(/^Name,NHS number,Date of birth,Register \(organisation\),Rating,/);
  const row = lines.find((line) => line.startsWith(`${name},`));
  expect(row).toContain(`,${nhsNumber},2001-02-03,`);
  expect(row).toContain(",Red,At risk of going into hospital now,");
  expect(row).toContain(",Placement may break down this week,2,");
  expect(row).toContain("Having no fixed address");
  // Only red entries: the list's filter applies to the download.
  for (const line of lines.slice(1).filter(Boolean))
    expect(line).toMatch(/,Red,At risk of going into hospital now,/);

  // Off the register again (say they withdrew consent): the entry and its history are kept.
  await page.goto(`${consoleUrl}${entryPath}`);
  await page.getByRole("link", { name: `Take ${name} off the register` }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Take ${name} off the register` }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the take-off-the-register form");
  await page
    .getByLabel("Why are they coming off the register?")
    .fill("They no longer agree to be on it");
  await page.getByRole("button", { name: "Take off the register" }).click();
  await expect(page.getByText("No longer on the register")).toBeVisible();
  await expect(page.locator("main")).toContainText("They no longer agree to be on it");
  await expect(history.getByRole("row")).toHaveCount(3);
  addedEntries.splice(0);
});

const DemoPeople = graphql(`
  query E2ePersonPagePeople { people(first: 100) { edges { node { id name } } } }
`);

test("the person page shows what is due and what is late for people in the demo story", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  const { people } = await api.request(DemoPeople);
  const idOf = (name: string) => {
    const person = people.edges.find((edge) => edge.node.name === name);
    if (!person) throw new Error(`${name} is not in the demo story`);
    return encodeURIComponent(person.node.id);
  };

  // Daniyal (admitted 12 November, aged 15) needs his post-admission review (§11).
  await signInToConsole(page, consoleUrl, `/people/${idOf("Daniyal Hussain")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Daniyal Hussain" })).toBeVisible();
  await expect(page.locator(".cetr-summary-list").first()).toContainText("In hospital");
  const due = page.getByRole("table", { name: "Reviews the policy says are due" });
  await expect(due).toContainText("Review after going into hospital");
  await expect(due).toContainText("Policy §11");
  await expectNoAxeViolations(page, "a person page with a review due");
  await snapshot(page, testInfo, "console-person-due");

  // Callum has a SMART action still open after its due date; the people list leads to him.
  await page.goto(`${consoleUrl}/people`);
  await page.getByRole("link", { name: "Callum Reid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Callum Reid" })).toBeVisible();
  const actions = page.getByRole("table", { name: "SMART actions still open, soonest due first" });
  await expect(actions).toContainText(/Late by \d+ days?/);
  await expect(page.getByRole("table", { name: "Reviews, newest first" })).toContainText(
    /Report sent|Following up actions/,
  );
  await expectNoAxeViolations(page, "a person page with a late action");
  await snapshot(page, testInfo, "console-person-late-action");
});
