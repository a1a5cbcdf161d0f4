import { createGraphQLClient, graphql } from "@cetr/graphql";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  snapshot,
  test,
} from "../support/fixtures.js";
import { createFictionalPerson, fillDate, todayIso } from "../support/journey.js";
import { newestEmail } from "../support/outbox.js";

/**
 * Triage (issue 8 item 3, §14, Figure 9): a request form arrives for the
 * Northvale area; the commissioner matches it to the person on the caseload,
 * passes it to the care coordinator, records that the worry was resolved
 * (first forgetting to say how), and emails the requester. Each project
 * triages a request about a different fictional demo person. Planning and
 * convening a review from a request is in console-review-journey.spec.ts.
 *
 * A request made through the API instead (a partner system's, say) has no
 * form: it is decided on its own page, reached from the list of requests
 * waiting for a decision and from the person's record.
 */

const Areas = graphql(`query E2eRequestAreas { requestAreas { id name } }`);
const SendForm = graphql(`
  mutation E2eSendRequestForm($input: SendReviewRequestFormInput!) {
    sendReviewRequestForm(input: $input) { reference errors { field message } }
  }
`);

const SubmitRequest = graphql(`
  mutation E2eSubmitReviewRequest($input: SubmitReviewRequestInput!) {
    submitReviewRequest(input: $input) { reviewRequest { id } errors { field message } }
  }
`);

const PEOPLE: Record<string, { name: string; dateOfBirth: string }> = {
  desktop: { name: "Kai Thompson", dateOfBirth: "2013-04-16" },
  "mobile-320": { name: "Umar Farouk", dateOfBirth: "1987-04-07" },
  "no-js": { name: "Zara Nowak", dateOfBirth: "2002-05-30" },
};

test("a commissioner triages a request form, moves it on and replies to the requester", async ({
  page,
  consoleUrl,
}, testInfo) => {
  const person =
    PEOPLE[testInfo.project.name] ?? (PEOPLE.desktop as { name: string; dateOfBirth: string });
  const requesterEmail = `triage.${testInfo.project.name}@family.example`;
  // The form as a parent carer would send it from the portal (portal-request.spec.ts covers those pages).
  const api = createGraphQLClient({ url: process.env.CETR_E2E_API_URL as string });
  const { requestAreas } = await api.request(Areas, {});
  const area = requestAreas.find((a) => a.name === "NHS Northvale Integrated Care Board");
  const { sendReviewRequestForm: sent } = await api.request(SendForm, {
    input: {
      organisationId: area?.id,
      asker: "PARENT_CARER",
      askerName: "Robin Fictional",
      aboutName: person.name,
      aboutDateOfBirth: person.dateOfBirth,
      worries: ["CARE_NOT_WORKING"],
      worryDetail: "The new support workers do not know how to help.",
      hospitalStatus: "AT_RISK",
      consentToShare: true,
      contactEmail: requesterEmail,
      preferredContact: "EMAIL",
    },
  });
  expect(sent.errors).toEqual([]);
  const reference = sent.reference as string;

  await signInToConsole(page, consoleUrl, `/requests/${reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Request ${reference}`);
  await expect(page.getByText("Waiting for triage")).toBeVisible();
  const match = page.getByRole("radio", { name: person.name });
  await expect(match).toBeVisible();
  await expectNoAxeViolations(page, "a request waiting for triage");
  await snapshot(page, testInfo, "console-request-triage");

  // Nobody chosen: the error summary points at the question.
  await page.getByRole("button", { name: "Match to this person" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Choose who the request is about",
  );
  await expectNoAxeViolations(page, "triage with nobody chosen");

  await page.getByRole("radio", { name: person.name }).check();
  await page.getByRole("button", { name: "Match to this person" }).click();
  await expect(page.getByRole("heading", { name: `On ${person.name}'s record` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Received");
  await expectNoAxeViolations(page, "a request on a person's record");

  await page.getByRole("radio", { name: "With the care coordinator" }).check();
  await page.getByRole("button", { name: "Save and move on" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("With the care coordinator");

  // Still being triaged: the requests page lists it as waiting for the care coordinator's
  // decision, and leads back here to record it (§14, Figure 9).
  await page.goto(`${consoleUrl}/requests`);
  const deciding = page.getByRole("region", { name: "Waiting for a decision" });
  const waitingRow = deciding.getByRole("row").filter({ hasText: person.name });
  await expect(waitingRow).toContainText("The care coordinator");
  await expect(waitingRow).toContainText("Asked today");
  await expect(page.getByRole("region", { name: "Not matched to a person yet" })).not.toContainText(
    reference,
  );
  await waitingRow.getByRole("link", { name: `Record the decision for ${person.name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Request ${reference}`);

  // Resolving needs a reason; the choice is kept while it is added.
  await page.getByRole("radio", { name: "Resolved without a review" }).check();
  await page.getByRole("button", { name: "Save and move on" }).click();
  await expect(page.locator(".cetr-error-summary")).toContainText("Say why");
  await expect(page.getByRole("radio", { name: "Resolved without a review" })).toBeChecked();
  await expectNoAxeViolations(page, "resolving without a reason");
  await snapshot(page, testInfo, "console-request-resolve-error");
  await page
    .getByLabel("Note for the timeline")
    .fill("Met the family; the provider is training the new support workers this week.");
  await page.getByRole("button", { name: "Save and move on" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Resolved without a review");
  // Decided: off the list of requests waiting for a decision.
  await page.goto(`${consoleUrl}/requests`);
  await expect(page.getByRole("region", { name: "Waiting for a decision" })).not.toContainText(
    person.name,
  );
  await page.goto(`${consoleUrl}/requests/${reference}`);

  const started = Date.now() - 1000;
  await page.getByRole("radio", { name: `Email ${requesterEmail}` }).check();
  await page
    .getByLabel("What you are telling them")
    .fill(
      "Thank you for telling us.\n\nThe support workers are being trained this week. Call me if things do not get better.",
    );
  await page.getByRole("button", { name: "Save reply" }).click();
  await expect(page.getByRole("status")).toContainText("Your reply is recorded");
  // Done forms start empty again, with or without JavaScript.
  await expect(page.getByLabel("What you are telling them")).toHaveValue("");
  await expect(page.getByLabel("Note for the timeline")).toHaveValue("");
  const timeline = page.locator(".cetr-timeline");
  await expect(timeline).toContainText("Sent the request form");
  await expect(timeline).toContainText("Moved to: Resolved without a review");
  await expect(timeline).toContainText("the provider is training the new support workers");
  await expect(timeline).toContainText("Emailed the requester");
  await expectNoAxeViolations(page, "a resolved request with a reply");
  await snapshot(page, testInfo, "console-request-resolved");

  const email = await newestEmail(requesterEmail, "request-reply", started);
  expect(email).toContain(`Your request for a review (${reference})`);
  expect(email).toContain("The support workers are being trained this week.");
});

// Each project asks about a person of its own, made for this test, so no other spec's count of
// requests (the demo's, such as Bethany's) changes.
const API_PEOPLE: Record<string, string> = {
  desktop: "Noor Fictional",
  "mobile-320": "Ilya Fictional",
  "no-js": "Tomos Fictional",
};

test("a request made through the API is decided on its own page, and shows on the record until then", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  const name = API_PEOPLE[testInfo.project.name] ?? "Noor Fictional";
  const personId = await createFictionalPerson(api, name, "2009-03-14");
  const reason = "Her support at home has stopped and she has not left her room for a week";
  const { submitReviewRequest } = await api.request(SubmitRequest, {
    input: {
      personId,
      requester: "FAMILY_OR_CARER",
      requesterName: "Ada Fictional",
      reason,
      receivedOn: todayIso(),
      consentBasisForRequest: true,
    },
  });
  expect(submitReviewRequest.errors).toEqual([]);
  const requestId = submitReviewRequest.reviewRequest?.id as string;

  // On the person's record while it waits for a decision (§14, Figure 9).
  await signInToConsole(page, consoleUrl, `/people/${encodeURIComponent(personId)}`);
  const onRecord = page.getByRole("table", { name: /^Requests for a review waiting/ });
  await expect(onRecord.getByRole("row")).toHaveCount(2);
  await expect(onRecord).toContainText("Received");
  await expect(onRecord.getByRole("link", { name: /^Record the decision/ })).toHaveAttribute(
    "href",
    `/review-requests/${encodeURIComponent(requestId)}`,
  );
  await expectNoAxeViolations(page, "a person's record with an open request");

  // From the list of requests waiting for a decision to the request's own page.
  await page.goto(`${consoleUrl}/requests`);
  const waitingRow = page
    .getByRole("region", { name: "Waiting for a decision" })
    .getByRole("row")
    .filter({ hasText: name });
  await waitingRow.getByRole("link", { name: `Record the decision for ${name}` }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(`Request for a review of ${name}`);
  await expect(heading).toContainText("Received");
  const request = page.getByRole("region", { name: "The request" });
  await expect(request).toContainText("Ada Fictional");
  await expect(request).toContainText("Family member or carer");
  await expect(request).toContainText(reason);
  await expect(request).toContainText("To the care coordinator first");
  await expect(page.locator(".cetr-timeline")).toContainText("Request recorded");
  await expectNoAxeViolations(page, "a request made through the API");
  await snapshot(page, testInfo, "console-review-request");

  // Nothing chosen: the error summary points at the question, and the note is kept.
  await page.getByLabel("Note for the timeline").fill("Spoke to Ada on the phone.");
  await page.getByRole("button", { name: "Save and move on" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Choose where the request goes next",
  );
  await expect(page.getByLabel("Note for the timeline")).toHaveValue("Spoke to Ada on the phone.");
  await expectNoAxeViolations(page, "a request's decision with nothing chosen");

  for (const stage of ["With the care coordinator", "With the commissioner"]) {
    await page.getByRole("radio", { name: stage }).check();
    await page.getByRole("button", { name: "Save and move on" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(stage);
    await expect(page.getByRole("status")).toContainText("The request has moved on");
  }
  await expect(page.locator(".cetr-timeline")).toContainText("Moved to: With the commissioner");

  // The commissioner plans a review in answer, comes back here and convenes it.
  await page.getByRole("link", { name: `Plan a review for ${name}` }).click();
  await expect(page.getByRole("link", { name: "Back to the request" })).toBeVisible();
  await page.getByRole("radio", { name: /^Community review/ }).check();
  await page.getByRole("radio", { name: "In person", exact: true }).check();
  await fillDate(page, new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Plan the review" }).click();
  await expect(page.getByRole("status")).toContainText("The review is planned");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    `Request for a review of ${name}`,
  );
  await page.getByRole("radio", { name: "Review convened" }).check();
  const planned = await page
    .locator("#reviewId option", { hasText: "Community review" })
    .getAttribute("value");
  await page.getByLabel("If convening: which review answers it?").selectOption(planned ?? "");
  await page.getByRole("button", { name: "Save and move on" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Review convened");
  await expect(page.getByRole("link", { name: "Open the community review" })).toBeVisible();

  // Decided: off the list, and no longer open on the record.
  await page.goto(`${consoleUrl}/requests`);
  await expect(page.getByRole("region", { name: "Waiting for a decision" })).not.toContainText(
    name,
  );
  await page.goto(`${consoleUrl}/people/${encodeURIComponent(personId)}`);
  await expect(page.getByText("No request for a review is waiting for a decision.")).toBeVisible();
});
