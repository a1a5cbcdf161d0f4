import { readFile } from "node:fs/promises";
import { graphql } from "@cetr/graphql";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
} from "../support/fixtures.js";

/**
 * Documents (issue 8 item 7): the anonymised returns file for NHS England
 * (Appendix 5), the review report as a page and as a tagged PDF, and the
 * one-page profile as a tagged PDF. All from the FICTIONAL demo seed.
 */

const DemoPeople = graphql(`
  query E2eDocumentsPeople {
    people(first: 100) {
      edges { node { id name nhsNumber dateOfBirth reviews { id report { isSent } } } }
    }
  }
`);

/** apps/console/app/lib/returns-csv.ts RETURNS_COLUMNS, as the file's first line. */
const HEADER =
  "row,commissioning_organisation,review_kind,setting,review_status,review_month,age_band," +
  "diagnosis,legal_status,moj_restricted,outcome,days_trigger_to_review,held_on_time," +
  "report_on_time,actions_agreed,actions_done_on_time,consent_recorded,register_rating";

test("a commissioner downloads the returns file, reads the report and downloads the PDFs", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  const { people } = await api.request(DemoPeople, {});
  const everyone = people.edges.map((edge) => edge.node);
  const isaac = everyone.find((p) => p.name === "Isaac Mensah");
  const alex = everyone.find((p) => p.name === "Alex Morgan");
  const review = isaac?.reviews.find((r) => r.report?.isSent);
  if (!isaac || !alex || !review) throw new Error("The demo seed has changed: see seed.ts");

  await signInToConsole(page, consoleUrl, "/returns");
  await expect(
    page.getByRole("heading", { level: 1, name: "Returns to NHS England" }),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: "What each column holds" })).toBeVisible();
  await expectNoAxeViolations(page, "the returns page");
  await snapshot(page, testInfo, "console-returns");

  await page.getByLabel("Period").selectOption({ index: 0 });
  const [returns] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the returns file (CSV)" }).click(),
  ]);
  expect(returns.suggestedFilename()).toMatch(/^cetr-returns-\d{4}-04-01-to-\d{4}-03-31\.csv$/);
  const csv = (await readFile(await returns.path(), "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.split("\r\n").filter(Boolean);
  expect(lines[0]).toBe(HEADER);
  expect(lines.length).toBeGreaterThan(3);
  for (const person of everyone) {
    expect(csv).not.toContain(person.name);
    expect(csv).not.toContain(person.nhsNumber);
    expect(csv).not.toContain(String(person.dateOfBirth));
  }
  expect(csv).not.toContain("@");
  expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);

  // The report as a page, then as a PDF.
  await page.goto(`${consoleUrl}/reviews/${encodeURIComponent(review.id)}/report`);
  await page.getByRole("link", { name: "Read or print the report" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Care and treatment review report: Isaac Mensah",
    }),
  ).toBeVisible();
  await expect(page.getByText(/ready for a conditional discharge/)).toBeVisible();
  await expectNoAxeViolations(page, "the report document");
  await snapshot(page, testInfo, "console-report-document");
  const [reportPdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the report as a PDF" }).click(),
  ]);
  expect(reportPdf.suggestedFilename()).toBe("review-report-isaac-mensah-2026-09-08.pdf");
  await expectTaggedPdf(await readFile(await reportPdf.path()));

  // The one-page profile the family sent, as a PDF.
  await page.goto(`${consoleUrl}/people/${encodeURIComponent(alex.id)}/profile`);
  const [profilePdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the profile as a PDF" }).click(),
  ]);
  expect(profilePdf.suggestedFilename()).toMatch(/^one-page-profile-alex-morgan-v\d+\.pdf$/);
  await expectTaggedPdf(await readFile(await profilePdf.path()));
});

async function expectTaggedPdf(pdf: Buffer) {
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-")).toBe(true);
  expect(pdf.length).toBeGreaterThan(1500);
  expect(pdf.length).toBeLessThan(2_000_000);
  expect(text).toContain("/StructTreeRoot");
  expect(text).toContain("/Lang (en-GB)");
}
