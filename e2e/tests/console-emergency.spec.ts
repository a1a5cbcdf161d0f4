import { graphql } from "@cetr/graphql";
import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
  uniqueTestNhsNumber,
} from "../support/fixtures.js";

/**
 * A Local Area Emergency Protocol meeting (issue 8 item 5, Appendix 4): the
 * demo commissioner (FICTIONAL Grace Holt) records one for a new fictional
 * person — first sending it half done — sees it shown as "not a review",
 * and, once the person is admitted, sees the full review it makes due
 * (§45.2.3) and plans it. Plain forms, so the no-js project runs it as is.
 */

const CreatePerson = graphql(`
  mutation E2eEmergencyCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { id } errors { field message } }
  }
`);

const RecordAdmission = graphql(`
  mutation E2eEmergencyAdmission($input: RecordSettingEventInput!) {
    recordSettingEvent(input: $input) { errors { field message } }
  }
`);

const londonDay = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() + days * 86_400_000),
  );

async function fillDate(page: Page, legend: string, isoDate: string) {
  const [year = "", month = "", day = ""] = isoDate.split("-");
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(Number(day)));
  await group.getByLabel("Month").fill(String(Number(month)));
  await group.getByLabel("Year").fill(year);
}

test("a commissioner records an emergency protocol meeting, and the admission after it makes a review due", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  test.setTimeout(120_000);
  const name = `Morgan Emergency ${testInfo.project.name} ${Date.now() % 100_000}`;
  const { createPerson } = await api.request(CreatePerson, {
    input: {
      name,
      dateOfBirth: "2001-02-03",
      nhsNumber: uniqueTestNhsNumber(),
      diagnosis: "BOTH",
    },
  });
  const personId = createPerson.person?.id;
  if (!personId) throw new Error(JSON.stringify(createPerson.errors));

  await signInToConsole(page, consoleUrl, `/people/${encodeURIComponent(personId)}`);
  await page.getByRole("link", { name: "Record an emergency protocol meeting" }).click();
  await expect(page.getByRole("heading", { name: "This is not a review" })).toBeVisible();

  // Half done: the date, the time and the decision are asked for, and what was typed stays.
  await page.getByLabel("Who was there").fill("Grace Holt, commissioner\nJo Patel, social worker");
  await page.getByRole("button", { name: "Record the meeting" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Enter the date of the meeting");
  await expect(summary).toContainText("Enter the time the meeting started");
  await expect(summary).toContainText("Say whether admission to hospital was avoided");
  await expect(page.getByLabel("Who was there")).toHaveValue(
    "Grace Holt, commissioner\nJo Patel, social worker",
  );
  await expectNoAxeViolations(page, "emergency meeting with errors");
  await snapshot(page, testInfo, "console-emergency-errors");

  // A local admission agreed without saying why home was not possible: §45.2.2 asks why.
  await fillDate(page, "Date of the meeting", londonDay(-1));
  await page.getByLabel("Time it started").fill("16:30");
  await page
    .getByLabel("The current situation", { exact: true })
    .fill("Crisis at home overnight; carers exhausted");
  await page
    .getByLabel("What are my and my family’s or carers’ views of the current situation?")
    .fill("Morgan wants to stay at home; their mum is worried");
  await page.getByRole("radio", { name: /Preference 3: A local hospital/ }).check();
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await page
    .getByLabel("The support plan agreed, and who will follow it up")
    .fill("Admission to the local assessment unit; Jo Patel follows up the care plan by Friday");
  await page.getByRole("button", { name: "Record the meeting" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "Say why support at home, or nearer the top of the preference list, was not possible",
  );
  await expect(page.getByLabel("The current situation", { exact: true })).toHaveValue(
    "Crisis at home overnight; carers exhausted",
  );
  await page
    .getByLabel("Why was support at home not possible? (not needed if it was)")
    .fill("Risk to others could not be managed at home tonight");
  await page.getByRole("button", { name: "Record the meeting" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: `Emergency protocol meeting for ${name}` }),
  ).toBeVisible();
  await expect(page.getByText("It is not a C(E)TR and is not counted as one.")).toBeVisible();
  await expect(page.getByText("Morgan wants to stay at home; their mum is worried")).toBeVisible();
  await expect(
    page.getByText(`If ${name} is admitted to hospital after this meeting`),
  ).toBeVisible();
  await expectNoAxeViolations(page, "emergency meeting recorded");

  // Admitted today: the full review of §45.2.3 is due within 4 weeks (an adult).
  const { recordSettingEvent } = await api.request(RecordAdmission, {
    input: {
      personId,
      kind: "ADMISSION",
      occurredOn: londonDay(0),
      route: "CIVIL",
      setting: "LD_MH_NON_SECURE",
    },
  });
  expect(recordSettingEvent.errors).toEqual([]);
  await page.reload();
  const due = page.getByRole("region", { name: "A full review is due" });
  await expect(due).toContainText("Appendix 4 §45.2.3");
  await expectNoAxeViolations(page, "emergency meeting with the review due");
  await snapshot(page, testInfo, "console-emergency-review-due");
  await due.getByRole("link", { name: "Plan the review" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Plan a review for ${name}` }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "Review after going into hospital" })).toBeChecked();
});
