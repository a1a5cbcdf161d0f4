import { graphql } from "@cetr/graphql";
import type { Locator, Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  signInToPortalAs,
  snapshot,
  test,
  uniqueTestNhsNumber,
} from "../support/fixtures.js";

/**
 * Running a review, before and at the meeting (issue 8 item 4): the
 * commissioner opens a scheduled review whose consent was withdrawn, builds
 * the panel (a declared conflict shows as a breach until it is dealt with),
 * invites people and records an answer, is refused "held" without a consent
 * basis — with each reason and its § — records consent and marks it held.
 * Each project works on a review of its own fictional person, set up through
 * the API as far as "scheduled".
 */

const CreatePerson = graphql(`
  mutation E2eReviewPerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { id } errors { field message } }
  }
`);
const Schedule = graphql(`
  mutation E2eScheduleReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) { review { id } errors { field message } }
  }
`);
const Consent = graphql(`
  mutation E2eReviewConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) { consent { id } errors { field message } }
  }
`);
const Withdraw = graphql(`
  mutation E2eWithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) { consent { id } errors { field message } }
  }
`);
const Move = graphql(`
  mutation E2eMoveReview($input: TransitionReviewInput!) {
    transitionReview(input: $input) { review { status } errors { field message } }
  }
`);
const Organisations = graphql(
  `query E2eMyOrganisations { viewer { memberships { organisation { id } } } }`,
);

const AlexsPanel = graphql(`
  query E2eAlexsPanel {
    people(first: 100) {
      edges { node { id name reviews { id status panel { id role user { displayName } } } } }
    }
  }
`);
const SetPhoto = graphql(`
  mutation E2eSetPanelPhoto($input: SetPanelMemberPhotoInput!) {
    setPanelMemberPhoto(input: $input) { panelMember { id } errors { field message } }
  }
`);

/** The smallest valid PNG, one pixel: a stand-in photo (the pages show it as an 8 rem square). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const photoFile = { name: "jordan.png", mimeType: "image/png", buffer: PNG };

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
const [year, month, day] = today.split("-").map(Number) as [number, number, number];
const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

const member = (page: Page, name: string) => page.getByRole("region", { name });

async function declare(page: Page, name: string, conflict: string | null) {
  const seat = member(page, name);
  await seat.getByText(`Record ${name}'s conflicts of interest`).click();
  await seat.getByRole("radio", { name: conflict ? "Yes" : "No" }).check();
  if (conflict) await seat.getByLabel("If yes: what is the conflict?").fill(conflict);
  await seat.getByRole("button", { name: "Save the declaration" }).click();
  await expect(page.getByRole("status")).toContainText("Conflicts of interest recorded.");
  // The same status follows every declaration: wait for this member's to show before going on.
  await expect(member(page, name)).not.toContainText("Not declared yet");
}

async function train(page: Page, name: string) {
  const seat = member(page, name);
  await seat.getByText(`Record ${name}'s review training`).click();
  await seat.getByLabel("Day").fill("12");
  await seat.getByLabel("Month").fill("2");
  await seat.getByLabel("Year").fill("2025");
  await seat.getByRole("button", { name: "Save the training date" }).click();
  await expect(page.getByRole("status")).toContainText("Training recorded.");
  await expect(member(page, name)).not.toContainText("Not recorded");
}

async function addMember(page: Page, who: string, seat: string) {
  await page.getByLabel("Who?").selectOption({ label: who });
  await page.getByRole("radio", { name: seat, exact: true }).check();
  await page.getByRole("button", { name: "Add to the panel" }).click();
  await expect(page.getByRole("status")).toContainText("Added to the panel.");
  // The status says the same after every add: wait until the page shows this one (the person is
  // no longer offered), or the next add can pick from the form the reload is about to replace.
  await expect(page.locator("#userId option", { hasText: who })).toHaveCount(0);
}

const breaches = (page: Page): Locator =>
  page.locator(".cetr-notice").filter({ hasText: "The panel is not ready yet" });

test("a commissioner builds the panel, invites people and marks the review held once consent is in place", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  // About thirty form posts, each checked by axe at its states: longer than one ordinary journey.
  test.slow();
  // ── Set up: a fictional adult, a community review scheduled with consent that was then withdrawn ──
  const name = `Robin Review ${testInfo.project.name} ${Date.now().toString(36)}`;
  const { viewer } = await api.request(Organisations, {});
  const organisationId = viewer.memberships[0]?.organisation.id as string;
  const { createPerson } = await api.request(CreatePerson, {
    input: {
      name,
      dateOfBirth: "1999-06-15",
      nhsNumber: uniqueTestNhsNumber(),
      diagnosis: "AUTISM",
    },
  });
  expect(createPerson.errors).toEqual([]);
  const personId = createPerson.person?.id as string;
  const { scheduleReview } = await api.request(Schedule, {
    input: {
      personId,
      kind: "COMMUNITY",
      date: inAWeek,
      format: "IN_PERSON",
      venue: "Oakfield Community Support, quiet room",
      commissioningOrganisationId: organisationId,
    },
  });
  expect(scheduleReview.errors).toEqual([]);
  const reviewId = scheduleReview.review?.id as string;
  const { recordConsent } = await api.request(Consent, {
    input: {
      personId,
      reviewId,
      purpose: "REVIEW",
      answer: "GIVEN",
      decidedOn: today,
      decidedByName: name,
    },
  });
  expect(recordConsent.errors).toEqual([]);
  for (const to of ["CONSENT_PENDING", "SCHEDULED"] as const) {
    const { transitionReview } = await api.request(Move, { input: { reviewId, to } });
    expect(transitionReview.errors).toEqual([]);
  }
  const { withdrawConsent } = await api.request(Withdraw, {
    input: { consentId: recordConsent.consent?.id as string, reason: "Wanted more time to think" },
  });
  expect(withdrawConsent.errors).toEqual([]);

  // ── The review's own page, from the person's record ──
  await signInToConsole(page, consoleUrl, `/people/${encodeURIComponent(personId)}`);
  await page.getByRole("link", { name: "Community review" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Community review for ${name}`);
  await expect(page.locator("main")).toContainText("Oakfield Community Support, quiet room");
  await expect(page.locator("main")).toContainText(
    "There is no valid consent or best-interests basis for the review (§6; §26; standard 1.2)",
  );
  await expect(page.locator("main")).toContainText("Record the panel before the review is held");
  for (const link of ["Lines of enquiry and findings", "SMART actions", "The report"])
    await expect(page.getByRole("link", { name: link })).toBeVisible();
  await expectNoAxeViolations(page, "a scheduled review without panel or consent");
  await snapshot(page, testInfo, "console-review");

  // ── The panel ──
  await page.getByRole("link", { name: "Build the panel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The panel" })).toBeVisible();
  await expect(breaches(page)).toContainText(
    "Record the panel before the review is held (§7.2.1; standard 5.1)",
  );
  await expectNoAxeViolations(page, "an empty panel");
  await snapshot(page, testInfo, "console-review-panel-empty");

  await page.getByRole("button", { name: "Add to the panel" }).click();
  await expect(page).toHaveTitle(/^Error: The panel/);
  await expect(page.locator(".cetr-error-summary")).toContainText("Choose who joins the panel");
  await expect(page.locator(".cetr-error-summary")).toContainText("Choose their seat on the panel");
  await expectNoAxeViolations(page, "adding to the panel with nothing chosen");
  await snapshot(page, testInfo, "console-review-panel-error");

  await addMember(page, "Grace Holt (commissioner)", "Chair");
  await addMember(page, "Jordan Lee (expert by experience)", "Expert by experience");
  await addMember(page, "Dr Amara Nwosu (clinical expert)", "Clinical expert");
  await expect(page.getByText("Every seat is filled.")).toBeVisible();
  await expect(breaches(page)).toContainText(
    "Dr Amara Nwosu has not declared whether they have any conflicts of interest (standard 5.7)",
  );
  await expect(breaches(page)).toContainText(
    "Jordan Lee has not completed review training (standard 5.6; §7.1.7)",
  );

  await declare(page, "Grace Holt", null);
  await declare(page, "Jordan Lee", null);
  await declare(page, "Dr Amara Nwosu", "She was the person's psychiatrist until 2024");
  await expect(breaches(page)).toContainText(
    "Dr Amara Nwosu has an unresolved conflict of interest: She was the person's psychiatrist until 2024 (standard 5.7)",
  );
  await expectNoAxeViolations(page, "a panel with a conflict of interest");
  await snapshot(page, testInfo, "console-review-panel-conflict");
  // Dealt with (she has handed the person's care on and the family agree): declared again as none.
  await declare(page, "Dr Amara Nwosu", null);
  await expect(breaches(page)).not.toContainText("unresolved conflict");
  for (const who of ["Grace Holt", "Jordan Lee", "Dr Amara Nwosu"]) await train(page, who);
  await expect(breaches(page)).toHaveCount(0);
  await expect(page.locator("main")).toContainText("The panel is ready");

  // A photo for "meeting the panel": without its description first, then with it.
  const jordan = member(page, "Jordan Lee");
  await jordan.getByText("Add a photo of Jordan Lee").click();
  await jordan.getByLabel("Photo", { exact: true }).setInputFiles(photoFile);
  await jordan.getByRole("button", { name: "Save the photo" }).click();
  await expect(page).toHaveTitle(/^Error: The panel/);
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Describe the photo, for people who cannot see it",
  );
  await expectNoAxeViolations(page, "a panel photo without its description");
  const again = member(page, "Jordan Lee");
  await again.getByLabel("Photo", { exact: true }).setInputFiles(photoFile);
  await again
    .getByLabel("Describe the photo, for people who cannot see it")
    .fill("Jordan Lee smiling, wearing a green jumper");
  await again.getByRole("button", { name: "Save the photo" }).click();
  await expect(page.getByRole("status")).toContainText("Photo saved.");
  await expect(
    member(page, "Jordan Lee").getByRole("img", {
      name: "Jordan Lee smiling, wearing a green jumper",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "a complete panel");
  await snapshot(page, testInfo, "console-review-panel-ready");

  // ── Invitations ──
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Invite people" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
  await expectNoAxeViolations(page, "no invitations yet");
  await page.getByRole("button", { name: "Work out who to invite" }).click();
  await expect(page.getByRole("status")).toContainText(/\d+ invitations? added\./);
  const person = member(page, "The person the review is about");
  await expect(person).toContainText("Must be invited");
  await expect(person).toContainText("(§7.2.10)");
  await person.getByText("Record the answer or who came").click();
  await person.getByRole("radio", { name: "Coming", exact: true }).check();
  await person.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Answer saved.");
  await expect(member(page, "The person the review is about")).toContainText("Coming");
  await expectNoAxeViolations(page, "invitations with an answer");
  await snapshot(page, testInfo, "console-review-invitations");

  // ── Held without consent: refused, with the reasons and their § ──
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Mark as held" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Mark the review as held" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the form to move the review on");
  await page.getByRole("radio", { name: /^Mark as held/ }).check();
  await page.getByLabel("Day").fill(String(day));
  await page.getByLabel("Month").fill(String(month));
  await page.getByLabel("Year").fill(String(year));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveTitle(/^Error: Mark the review as held/);
  const summary = page.locator(".cetr-error-summary");
  await expect(summary).toContainText(
    "There is no valid consent or best-interests basis for the review (§6; §26; standard 1.2)",
  );
  // What was entered is still there.
  await expect(page.getByRole("radio", { name: /^Mark as held/ })).toBeChecked();
  await expect(page.getByLabel("Day")).toHaveValue(String(day));
  await expect(page.getByLabel("Year")).toHaveValue(String(year));
  await expectNoAxeViolations(page, "held refused without consent");
  await snapshot(page, testInfo, "console-review-held-refused");

  // ── Consent, then held ──
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Record consent or a best-interests decision" }).click();
  await expect(page.locator("main")).toContainText("There is no valid basis for the review yet");
  await expect(page.locator("main")).toContainText("Wanted more time to think");
  await page.getByRole("radio", { name: "Agreed", exact: true }).check();
  await page.getByLabel("Who made the decision?").fill(name);
  const decided = page.getByRole("group", { name: "When was it decided?" });
  await decided.getByLabel("Day").fill(String(day));
  await decided.getByLabel("Month").fill(String(month));
  await decided.getByLabel("Year").fill(String(year));
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByRole("status")).toContainText("Decision recorded.");
  await expect(page.locator("main")).toContainText("The review has a valid basis");
  await expectNoAxeViolations(page, "consent recorded");
  await snapshot(page, testInfo, "console-review-consent");

  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Mark as held" }).click();
  await page.getByRole("radio", { name: /^Mark as held/ }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Community review for ${name}`);
  await expect(page.getByRole("status")).toContainText("Held, report not written");
  const heldOn = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${today}T00:00:00Z`));
  await expect(page.getByRole("definition").filter({ hasText: heldOn })).toBeVisible();

  await expectNoAxeViolations(page, "a held review");
  await snapshot(page, testInfo, "console-review-held");
});

test("a parent carer sees the panel's names, roles and photos when preparing for the review", async ({
  page,
  portalUrl,
  api,
}, testInfo) => {
  // Alex's community review (demo story): staff add the chair's photo, as the console's panel page does.
  const { people } = await api.request(AlexsPanel, {});
  const alex = people.edges.map((e) => e.node).find((p) => p.name === "Alex Morgan");
  const review = alex?.reviews.find((r) => r.status === "SCHEDULED");
  const chair = review?.panel.find((seat) => seat.role === "CHAIR");
  expect(chair?.user.displayName).toBe("Grace Holt");
  const { setPanelMemberPhoto } = await api.request(SetPhoto, {
    input: {
      panelMemberId: chair?.id as string,
      imageBase64: PNG.toString("base64"),
      altText: "Grace Holt, smiling, with short grey hair",
    },
  });
  expect(setPanelMemberPhoto.errors).toEqual([]);

  await signInToPortalAs(page, portalUrl, "sarah.morgan@family.example");
  await page.goto(`${portalUrl}/people/${encodeURIComponent(alex?.id as string)}/planner/panel`);
  await expect(page.locator("main")).toContainText("Grace Holt");
  await expect(
    page.getByRole("img", { name: "Grace Holt, smiling, with short grey hair" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "meeting the panel with a photo");
  await snapshot(page, testInfo, "portal-planner-panel-photo");
});

test("a commissioner changes the chair's capacity and takes someone off the panel, after confirming", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  // A fictional person's planned review of its own: the panel is built on the page, then changed.
  const name = `Sam Seats ${testInfo.project.name} ${Date.now().toString(36)}`;
  const { viewer } = await api.request(Organisations, {});
  const { createPerson } = await api.request(CreatePerson, {
    input: {
      name,
      dateOfBirth: "1990-02-01",
      nhsNumber: uniqueTestNhsNumber(),
      diagnosis: "AUTISM",
    },
  });
  expect(createPerson.errors).toEqual([]);
  const { scheduleReview } = await api.request(Schedule, {
    input: {
      personId: createPerson.person?.id as string,
      kind: "COMMUNITY",
      date: inAWeek,
      format: "VIDEO",
      commissioningOrganisationId: viewer.memberships[0]?.organisation.id as string,
    },
  });
  expect(scheduleReview.errors).toEqual([]);
  const reviewId = scheduleReview.review?.id as string;
  await signInToConsole(page, consoleUrl, `/reviews/${encodeURIComponent(reviewId)}/panel`);
  await addMember(page, "Grace Holt (commissioner)", "Chair");
  await addMember(page, "Jordan Lee (expert by experience)", "Expert by experience");

  // The chair's capacity: delegated authority belongs to a delegate, so it is refused for the commissioner.
  const grace = member(page, "Grace Holt");
  await grace.getByText("Change Grace Holt's seat").click();
  await grace
    .getByLabel("If delegated: who delegated to them, and how? (optional)")
    .fill("Delegated by the head of commissioning, by email on 3 November");
  await grace.getByRole("button", { name: "Save the seat" }).click();
  await expect(page).toHaveTitle(/^Error: The panel/);
  await expect(page.locator(".cetr-error-summary")).toContainText(
    "Delegated authority is recorded for a chair acting as the commissioner's representative",
  );
  await expectNoAxeViolations(page, "changing a seat refused");
  const again = member(page, "Grace Holt");
  await expect(
    again.getByLabel("If delegated: who delegated to them, and how? (optional)"),
  ).toHaveValue("Delegated by the head of commissioning, by email on 3 November");
  await again.getByRole("radio", { name: "Someone the commissioner has delegated to" }).check();
  await again.getByRole("button", { name: "Save the seat" }).click();
  await expect(page.getByRole("status")).toContainText("Seat changed.");
  await expect(member(page, "Grace Holt")).toContainText(
    "Delegated by the head of commissioning, by email on 3 November",
  );

  // Taking someone off asks first; the breach list then says which seat is empty.
  await member(page, "Jordan Lee")
    .getByRole("link", { name: "Take Jordan Lee off the panel" })
    .click();
  await expect(page).toHaveURL(/[?&]remove=/);
  const question = member(page, "Jordan Lee");
  await expect(
    question.getByRole("heading", { name: "Take Jordan Lee off the panel?" }),
  ).toBeVisible();
  await expect(page.locator("#userId option", { hasText: "Jordan Lee" })).toHaveCount(0);
  await expectNoAxeViolations(page, "confirming a removal from the panel");
  await snapshot(page, testInfo, "console-review-panel-remove");
  await question.getByRole("button", { name: "Yes, take Jordan Lee off the panel" }).click();
  await expect(page.getByRole("status")).toContainText("Taken off the panel.");
  await expect(member(page, "Jordan Lee")).toHaveCount(0);
  await expect(breaches(page)).toContainText("The panel has no expert by experience");
  await expect(page.locator("#userId option", { hasText: "Jordan Lee" })).toHaveCount(1);
});
