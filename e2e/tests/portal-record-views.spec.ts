import { graphql } from "@cetr/graphql";
import {
  expect,
  expectNoAxeViolations,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";

const PeopleNamed = graphql(`
  query E2ePeopleNamed($first: Int) { people(first: $first) { edges { node { id name } } } }
`);
const LookAt = graphql(`
  query E2eLookAt($id: ID!) { person(id: $id) { name reviews { id } } }
`);

/**
 * Fictional family accounts that may see the trail: Tariq (Daniyal's dad,
 * with parental responsibility) and Ellie (her own record).
 */
const accounts: Record<string, { email: string; person: string; heading: RegExp }> = {
  desktop: {
    email: "tariq.hussain@family.example",
    person: "Daniyal",
    heading: /^Dan.*'s record$/,
  },
  "mobile-320": { email: "ellie.fraser@young.example", person: "Ellie", heading: /^Your record$/ },
  "no-js": {
    email: "tariq.hussain@family.example",
    person: "Daniyal",
    heading: /^Dan.*'s record$/,
  },
};

test("a family member sees, in plain words and easy read, who has looked at the record", async ({
  page,
  portalUrl,
  api,
}, testInfo) => {
  const account =
    accounts[testInfo.project.name] ?? (accounts.desktop as (typeof accounts)["desktop"]);
  // Grace Holt, the demo commissioner, looks at the person's reviews first.
  const { people } = await api.request(PeopleNamed, { first: 100 });
  const person = people.edges.find((e) => e.node.name.startsWith(account.person))?.node;
  expect(person, `${account.person} is in the demo data`).toBeTruthy();
  await api.request(LookAt, { id: person?.id as string });

  await signInToPortalAs(page, portalUrl, account.email);
  await page.goto(`${portalUrl}/home`);
  await page.getByRole("link", { name: "See who has looked at the record" }).click();

  await expect(page).toHaveTitle("Who has looked at the record – Your CETR");
  await expect(page.getByRole("heading", { level: 2, name: account.heading })).toBeVisible();
  // Grace's look, in words: who, in which role and organisation, what, and when (London time).
  const grace = page
    .getByRole("listitem")
    .filter({
      hasText: /^Grace Holt, a commissioner at NHS Northvale Integrated Care Board, looked at/,
    })
    .first();
  await expect(grace).toBeVisible();
  await expect(grace).toContainText("reviews");
  await expect(grace).toHaveText(/ on \w+day \d{1,2} \w+ at \d{1,2}:\d{2}(am|pm)\./);
  // The reader's own looks are left out.
  await expect(page.getByText(/^You looked/)).toHaveCount(0);
  await expectNoAxeViolations(page, "who has looked at the record");
  await snapshot(page, testInfo, "portal-record-views");

  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Who looked at the record" }),
  ).toBeVisible();
  const easy = page
    .locator(".cetr-easy-read__item")
    .filter({ hasText: "Grace Holt from NHS Northvale Integrated Care Board looked at" })
    .first();
  await expect(easy).toContainText("This was on");
  // A picture beside each idea.
  await expect(easy.locator(".cetr-easy-read__picture svg")).toBeVisible();
  await expectNoAxeViolations(page, "who has looked at the record, easy read");
  await snapshot(page, testInfo, "portal-record-views-easy-read");
  await page.getByRole("button", { name: /Switch to plain English|Plain English/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Who has looked at the record" }),
  ).toBeVisible();
});
