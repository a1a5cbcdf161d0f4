import { graphql } from "@cetr/graphql";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
  uniqueTestNhsNumber,
} from "../support/fixtures.js";

const FindPerson = graphql(`
  query FindPerson($first: Int) {
    people(first: $first) {
      edges { node { name nhsNumber dateOfBirth diagnosis isFictional } }
    }
  }
`);

test("a coordinator adds a person, fixing an invalid NHS number first", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  const javaScript = testInfo.project.name !== "no-js";
  // "Aaron …" sorts first, so the new person is on the first page whatever else exists.
  const name = `Aaron Example ${testInfo.project.name} ${Date.now().toString(36)}`;
  const nhsNumber = uniqueTestNhsNumber();
  const wrongCheckDigit = `${nhsNumber.slice(0, 9)}${(Number(nhsNumber[9]) + 1) % 10}`;

  // Signed out, the console sends staff to sign in and then back where they were going.
  await page.goto(`${consoleUrl}/people`);
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fpeople/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Demo sign-in" })).toContainText("fictional");
  await expectNoAxeViolations(page, "the demo sign-in page");
  await snapshot(page, testInfo, "console-sign-in");
  await page.getByRole("radio", { name: "Grace Holt" }).check();
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Signed in as Grace Holt");
  await expect(page.getByRole("table", { name: "People" })).toBeVisible();
  await expectNoAxeViolations(page, "the people list");
  await snapshot(page, testInfo, "console-people");

  await page.getByRole("link", { name: "Add a person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a person" })).toBeVisible();
  await expectNoAxeViolations(page, "the empty add-a-person form");

  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Day").fill("7");
  await page.getByLabel("Month").fill("3");
  await page.getByLabel("Year").fill("2011");
  await page.getByLabel("NHS number").fill(wrongCheckDigit);
  await page.getByRole("radio", { name: "Autism", exact: true }).check();
  await page.getByRole("button", { name: "Add person" }).click();

  // GOV.UK error pattern: "Error:" in the title, a focused summary linking to the field, an inline message.
  await expect(page).toHaveTitle(/^Error: Add a person/);
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  const message = "Enter a valid NHS number: check the digits and try again";
  await expect(summary.getByRole("link", { name: message })).toHaveAttribute("href", "#nhsNumber");
  await expect(page.getByLabel("NHS number")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".cetr-form-group--error")).toContainText(message);
  // Nothing the coordinator typed is lost.
  await expect(page.getByLabel("Full name")).toHaveValue(name);
  await expect(page.getByLabel("Year")).toHaveValue("2011");
  await expect(page.getByLabel("NHS number")).toHaveValue(wrongCheckDigit);
  await expect(page.getByRole("radio", { name: "Autism", exact: true })).toBeChecked();
  await expectNoAxeViolations(page, "the form with an error");
  await snapshot(page, testInfo, "console-add-person-error");

  if (javaScript) {
    await summary.getByRole("link", { name: message }).click();
    await expect(page.getByLabel("NHS number")).toBeFocused();
  }

  await page
    .getByLabel("NHS number")
    .fill(`${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`);
  await page.getByRole("button", { name: "Add person" }).click();

  await expect(page).toHaveURL(/\/people\?added=/);
  await expect(page.getByRole("status").filter({ hasText: "Person added" })).toContainText(
    `${name} has been added.`,
  );
  await expect(page.getByRole("rowheader", { name })).toBeVisible();
  await expectNoAxeViolations(page, "the list after adding");
  await snapshot(page, testInfo, "console-person-added");

  // The record is really there, read back through the typed client.
  const { people } = await api.request(FindPerson, { first: 100 });
  expect(people.edges.map((edge) => edge.node)).toContainEqual({
    name,
    nhsNumber,
    dateOfBirth: "2011-03-07",
    diagnosis: "AUTISM",
    isFictional: true,
  });
});

test("the people list pages forwards and back", async ({ page, consoleUrl }) => {
  await signInToConsole(page, consoleUrl);
  const pages = page.getByRole("navigation", { name: "Pages of people" });
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByRole("table", { name: "People" })).toBeVisible();
  await expectNoAxeViolations(page, "the second page");
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(page.getByRole("rowheader").first()).toContainText("A");
});

test("in forced colours (Windows High Contrast) the keyboard focus stays visible", async ({
  page,
  consoleUrl,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await signInToConsole(page, consoleUrl, "/people/new");
  const fullName = page.getByLabel("Full name");
  await fullName.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(fullName).toBeFocused();
  await expect(fullName).toHaveCSS("outline-style", "solid");
  await expect(fullName).not.toHaveCSS("outline-width", "0px");
  const submit = page.getByRole("button", { name: "Add person" });
  await submit.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(submit).toHaveCSS("outline-style", "solid");
  await expectNoAxeViolations(page, "the form in forced colours");
});

test("signing out ends the session: the console asks to sign in again", async ({
  page,
  consoleUrl,
}) => {
  await signInToConsole(page, consoleUrl);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`${consoleUrl}/people`);
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
});
