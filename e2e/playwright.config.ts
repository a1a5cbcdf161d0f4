import { defineConfig, devices } from "@playwright/test";

/**
 * Browser journeys in Debian's Chromium (never a downloaded browser), in
 * three projects: desktop, 320 px wide (WCAG reflow), and JavaScript off.
 * global-setup.ts starts the API, portal and console on free ports against
 * a fresh database, once per worker.
 */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "./tests",
  globalSetup: "./support/global-setup.ts",
  outputDir: "./test-results",
  // A spec's tests run in order in one worker; specs and projects spread over the workers.
  fullyParallel: false,
  // Two workers, each with its own servers and database (support/stack.ts): a journey keeps about
  // one core busy at a time (browser, then web server, then API), so two use both cores. On
  // PostgreSQL (DATABASE_URL, CI's smoke run) there is one database to share, so one worker.
  workers: process.env.DATABASE_URL ? 1 : Number(process.env.CETR_E2E_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]]
    : "list",
  use: {
    launchOptions: chromium,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    {
      name: "desktop",
      use: {
        ...devices["Desktop Chrome"],
        channel: undefined,
        viewport: { width: 1280, height: 800 },
      },
    },
    {
      name: "mobile-320",
      use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
    },
    { name: "no-js", use: { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false } },
  ],
});
