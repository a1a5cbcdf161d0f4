import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { createGraphQLClient, type GraphQLClient, graphql } from "@cetr/graphql";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { pointWorkerAtItsStack } from "./stack.js";

export { expect };

// Every spec imports this module first thing in its worker: choose the worker's servers now.
pointWorkerAtItsStack();

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Runs axe-core for WCAG 2.0/2.1/2.2 A and AA and fails, listing every
 * violation, if any are found. axe is itself JavaScript, so for a page
 * rendered with JavaScript off it checks a copy of exactly that HTML (scripts
 * removed, same URL so the same stylesheets apply) in a scriptable page.
 */
export async function expectNoAxeViolations(page: Page, state: string) {
  const scriptable = base.info().project.use.javaScriptEnabled !== false;
  const target = scriptable ? page : await scriptableCopy(page);
  const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
  if (target !== page) await target.context().close();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, `axe violations on ${state}`).toEqual([]);
}

async function scriptableCopy(page: Page): Promise<Page> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser();
  if (!browser) throw new Error("No browser to check the page in");
  // Playwright Test applies the project's options to new contexts too: turn scripts back on.
  const context = await browser.newContext({
    viewport: page.viewportSize(),
    javaScriptEnabled: true,
  });
  const copy = await context.newPage();
  await copy.goto(page.url());
  await copy.setContent(html, { waitUntil: "load" });
  return copy;
}

/**
 * Saves a full-page screenshot for people to review (desktop, 320 px, no-JS),
 * and at 320 px checks WCAG 1.4.10 reflow: nothing scrolls sideways.
 */
export async function snapshot(page: Page, testInfo: TestInfo, name: string) {
  if (testInfo.project.name === "mobile-320") {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  }
  await page.screenshot({
    path: path.join(testInfo.project.outputDir, "screens", `${testInfo.project.name}-${name}.png`),
    fullPage: true,
  });
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through playwright.config.ts`);
  return value;
}

/** The fictional commissioner every console journey signs in as (demo seed). */
export const DEMO_COMMISSIONER = { email: "grace.holt@icb.example", name: "Grace Holt" };

const DemoSignIn = graphql(`
  mutation E2eDemoSignIn($input: DemoSignInInput!) { demoSignIn(input: $input) { token } }
`);

/** Signs in through the console's own sign-in page, as a person would (works without JS). */
export async function signInToConsole(page: Page, consoleUrl: string, returnTo = "/people") {
  await page.goto(`${consoleUrl}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByRole("radio", { name: DEMO_COMMISSIONER.name }).check();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === returnTo.split("?")[0]);
}

/**
 * Signs a family member in by putting an API session in the portal's cookie,
 * as the sign-in page does. For journeys about something else: the sign-in
 * specs do it by email code, and doing that here too would spend the
 * per-address sign-in allowance (5 in 15 minutes) they rely on.
 */
export async function signInToPortalAs(page: Page, portalUrl: string, email: string) {
  const { demoSignIn } = await createGraphQLClient({ url: required("CETR_E2E_API_URL") }).request(
    DemoSignIn,
    { input: { email } },
  );
  // React Router's cookie format without secrets: base64 of the JSON value, URI-encoded.
  const value = encodeURIComponent(
    Buffer.from(JSON.stringify(demoSignIn.token)).toString("base64"),
  );
  await page.context().addCookies([{ name: "cetr_portal_session", value, url: portalUrl }]);
}

/**
 * Sets the portal's page options (`easyRead`, `pictures`: on | off; `lang`; `textSize`) with the
 * plain form post every page's switches make. Signed in, they are kept on the account, so a
 * journey that needs a known starting point sets it rather than inheriting another spec's.
 */
export async function setPortalPreferences(
  page: Page,
  portalUrl: string,
  choices: Record<string, string>,
) {
  const response = await page.request.post(`${portalUrl}/preferences`, {
    form: { ...choices, returnTo: "/home" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
}

/**
 * A client address of the test's own, in the 198.18.0.0/15 benchmarking range
 * (never routed). The request form allows 10 sends an hour per address; every
 * journey coming from 127.0.0.1 would share that allowance and the suite
 * would fail on the eleventh form rather than on anything it tests.
 */
function clientAddressFor(testInfo: TestInfo): string {
  let hash = 0;
  for (const ch of `${testInfo.project.name} ${testInfo.testId}`)
    hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `198.${18 + ((hash >>> 16) & 1)}.${(hash >>> 8) & 255}.${hash & 255}`;
}

export const test = base.extend<{ portalUrl: string; consoleUrl: string; api: GraphQLClient }>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) =>
    use({ ...extraHTTPHeaders, "X-Forwarded-For": clientAddressFor(testInfo) }),
  portalUrl: async ({}, use) => use(required("CETR_E2E_PORTAL_URL")),
  consoleUrl: async ({}, use) => use(required("CETR_E2E_CONSOLE_URL")),
  // The API as the demo commissioner, to check what journeys wrote.
  api: async ({}, use) => {
    const url = required("CETR_E2E_API_URL");
    const { demoSignIn } = await createGraphQLClient({ url }).request(DemoSignIn, {
      input: { email: DEMO_COMMISSIONER.email },
    });
    await use(
      createGraphQLClient({ url, headers: { authorization: `Bearer ${demoSignIn.token}` } }),
    );
  },
});

/** A valid NHS number in the never-issued 999 test range, different for every call. */
export function uniqueTestNhsNumber(): string {
  for (;;) {
    const stem = `999${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`;
    const sum = [...stem].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${stem}${check}`;
  }
}
