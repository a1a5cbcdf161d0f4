import { graphql } from "@cetr/graphql";
import {
  expect,
  expectNoAxeViolations,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";

/**
 * Meeting the panel before the review (issue 8 item 4): a photo staff add to
 * a panel seat reaches the family's planner, with its description. Building
 * the panel, invitations, consent and "held" (refused without consent, with
 * each reason and its §) are in console-review-journey.spec.ts.
 */

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
