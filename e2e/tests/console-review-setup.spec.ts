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
 * Meeting the panel before the review (issue 8 item 4): a photo staff add to
 * a panel seat reaches the family's planner, with its description. Building
 * the panel, invitations, consent and "held" (refused without consent, with
 * each reason and its §) are in console-review-journey.spec.ts; changing and
 * removing a seat is here, on a fictional person's review of its own.
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

const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

const member = (page: Page, name: string) => page.getByRole("region", { name });

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

/** The smallest valid PNG, one pixel: a stand-in photo (the pages show it as an 8 rem square). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

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

  // Moving the review on: the button says what it does, and asks for a choice first.
  await page.getByRole("link", { name: "Back to the review" }).click();
  await page.getByRole("link", { name: "Move the review on" }).click();
  await page.getByRole("button", { name: "Move the review on" }).click();
  await expect(page).toHaveTitle(/^Error: Move the review on/);
  await expect(page.locator(".cetr-error-summary")).toContainText("Choose what has happened");
});
