import { type GraphQLClient, graphql } from "@cetr/graphql";
import { type Browser, expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { uniqueTestNhsNumber } from "./fixtures.js";
import { newestEmail, signInToPortalByCode } from "./outbox.js";

/**
 * The set-up the review journeys share (the mouse one and the keyboard one):
 * a fictional young person on the caseload, and their parent carer's request
 * for a review, sent on the portal.
 */

const CreatePerson = graphql(`
  mutation E2eJourneyPerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { id } errors { field message } }
  }
`);

/** Today in England, as an ISO date. */
export const todayIso = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());

/** Fills the GOV.UK day, month and year boxes inside `scope`. */
export async function fillDate(scope: Page | Locator, iso: string) {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  await scope.getByLabel("Day", { exact: true }).fill(String(d));
  await scope.getByLabel("Month", { exact: true }).fill(String(m));
  await scope.getByLabel("Year", { exact: true }).fill(String(y));
}

/**
 * A fictional young person on the caseload, with no history, so nothing is due
 * for them until the commissioner convenes their parent's request (§14).
 */
export async function createFictionalPerson(
  api: GraphQLClient,
  name: string,
  dateOfBirth: string,
): Promise<string> {
  const { createPerson } = await api.request(CreatePerson, {
    input: { name, dateOfBirth, nhsNumber: uniqueTestNhsNumber(), diagnosis: "AUTISM" },
  });
  expect(createPerson.errors).toEqual([]);
  return createPerson.person?.id as string;
}

/** A browser of the parent carer's own, set up as the project's (320 px, JavaScript off). */
export async function ownBrowser(
  browser: Browser,
  page: Page,
  testInfo: TestInfo,
  headers: Record<string, string> | undefined,
) {
  const context = await browser.newContext({
    viewport: page.viewportSize(),
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
    isMobile: testInfo.project.use.isMobile,
    hasTouch: testInfo.project.use.hasTouch,
    extraHTTPHeaders: headers,
    locale: "en-GB",
    timezoneId: "Europe/London",
  });
  return context.newPage();
}

/**
 * The parent carer asks for a review on the portal's form: the young person
 * is at risk of going into hospital. Returns the request's reference (RQ-…).
 */
export async function askForReviewOnPortal(
  parent: Page,
  portalUrl: string,
  who: { parentName: string; parentEmail: string; name: string; dateOfBirth: string },
): Promise<string> {
  const next = parent.getByRole("button", { name: "Continue" });
  await parent.goto(`${portalUrl}/request/who`);
  await parent.getByLabel("I am a parent or carer").check();
  await next.click();
  await parent.getByLabel("Your full name").fill(who.parentName);
  await next.click();
  await parent.getByLabel("Their full name").fill(who.name);
  await fillDate(parent, who.dateOfBirth);
  await next.click();
  await parent.getByLabel("NHS Northvale Integrated Care Board").check();
  await next.click();
  await parent.getByLabel("Living at home, or where they live now, might break down").check();
  await next.click();
  await parent.getByLabel("At risk of going into hospital").check();
  await next.click();
  await parent.getByLabel("Email address").fill(who.parentEmail);
  await next.click();
  await parent
    .getByLabel("I agree to my request being shared with the people who can help")
    .check();
  await next.click();
  await expect(parent).toHaveURL(`${portalUrl}/request/check`);
  await parent.getByRole("button", { name: "Send request" }).click();
  await expect(parent).toHaveURL(`${portalUrl}/request/sent`);
  const reference = ((await parent.locator(".cetr-panel__reference").textContent()) ?? "").trim();
  expect(reference).toMatch(/^RQ-/);
  return reference;
}

/**
 * The parent carer accepts the portal invitation staff sent them (after
 * `invitedAt`): the emailed link, sign-in by code, "this is me". They can
 * then be invited to reviews and sent reports as the family.
 */
export async function acceptPortalInvitation(
  parent: Page,
  who: { parentEmail: string; name: string },
  invitedAt: number,
) {
  const invitation = await newestEmail(who.parentEmail, "invitation", invitedAt);
  const link = /https?:\/\/[^\s"<>]+\/invitation\/[A-Za-z0-9_%-]+/.exec(invitation)?.[0];
  expect(link, "the invitation email has a link").toBeTruthy();
  await parent.goto(link as string);
  await parent.getByRole("link", { name: "Sign in to accept" }).click();
  await signInToPortalByCode(parent, who.parentEmail);
  await parent.getByLabel(`This is me, and I am ${who.name}'s parent carer`).check();
  await parent.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(parent).toHaveURL(/\/home$/);
}
