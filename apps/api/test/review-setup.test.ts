import { day } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { phoneJpeg, SECRET } from "./photo-fixtures.js";
import { globalId, startWorld, type World } from "./world.js";

let api: Harness;
let world: World;
let tokens: Record<string, string>;
let reviewGid = "";

const CANDIDATES = `query($id: ID!) { node(id: $id) { ... on Review {
  panelCandidates { role user { id displayName } organisation { name } }
} } }`;
type Candidates = {
  node: {
    panelCandidates: {
      role: string;
      user: { displayName: string };
      organisation: { name: string };
    }[];
  } | null;
};

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const p = api.db.prisma;
  const started = day("2024-01-01");
  // A clinical expert of the commissioner, one who has left, and one of another organisation.
  const expert = await p.user.create({
    data: { email: "expert@candidates.example", displayName: "Casey Expert" },
  });
  const leaver = await p.user.create({
    data: { email: "leaver@candidates.example", displayName: "Lee Leaver" },
  });
  await p.membership.createMany({
    data: [
      {
        userId: expert.id,
        organisationId: world.orgA.id,
        role: "CLINICAL_EXPERT",
        startedOn: started,
      },
      {
        userId: leaver.id,
        organisationId: world.orgA.id,
        role: "EXPERT_BY_EXPERIENCE",
        startedOn: started,
        endedOn: day("2024-06-01"),
      },
    ],
  });
  const review = await p.review.create({
    data: {
      personId: world.pat.id,
      kind: "COMMUNITY",
      status: "PLANNED",
      enquirySetting: "COMMUNITY",
      commissioningOrganisationId: world.orgA.id,
      panel: { create: [{ userId: world.users.panelMember.id, role: "EXPERT_BY_EXPERIENCE" }] },
    },
  });
  reviewGid = globalId("Review", review.id);
});
afterAll(() => api.close());

const ask = (role: string) =>
  api.gql<Candidates>(CANDIDATES, { id: reviewGid }, { as: tokens[role] });

describe("Review.panelCandidates", () => {
  it("offers current commissioners and experts of the commissioning organisation to staff who may change the review", async () => {
    const { body } = await ask("commissioner");
    expect(body.errors).toBeUndefined();
    const names = body.data?.node?.panelCandidates.map((c) => [c.user.displayName, c.role]);
    expect(names).toEqual([
      ["commissioner", "COMMISSIONER"],
      ["Casey Expert", "CLINICAL_EXPERT"],
    ]);
    expect(body.data?.node?.panelCandidates[0]?.organisation.name).toBe(world.orgA.name);
  });

  it("offers no one to a panel member or a parent carer, who may see the review but not change it", async () => {
    for (const role of ["panelMember", "parentWithPr"]) {
      const { body } = await ask(role);
      expect(body.errors).toBeUndefined();
      expect(body.data?.node?.panelCandidates ?? []).toEqual([]);
    }
  });

  it("shows nothing at all to someone who cannot see the review", async () => {
    const { body } = await ask("stranger");
    expect(body.data?.node ?? null).toBeNull();
  });
});

const CHECKS = `query($id: ID!) { node(id: $id) { ... on Review {
  status
  panelBreaches { code rule section message }
  consentProblems { code rule section }
} } }`;
type Checks = {
  node: {
    status: string;
    panelBreaches: { code: string; rule: string; section: string; message: string }[];
    consentProblems: { code: string; rule: string; section: string }[];
  } | null;
};

describe("Review.panelBreaches and Review.consentProblems", () => {
  it("list the panel's problems and the missing consent basis while the review is only planned", async () => {
    const { body } = await api.gql<Checks>(CHECKS, { id: reviewGid }, { as: tokens.commissioner });
    expect(body.errors).toBeUndefined();
    const node = body.data?.node;
    expect(node?.status).toBe("PLANNED");
    expect(node?.panelBreaches.map((b) => b.rule).sort()).toEqual(
      [
        "CONFLICTS_DECLARED",
        "PANEL_CHAIR_MISSING",
        "PANEL_CLINICAL_EXPERT_MISSING",
        "TRAINING_CURRENT",
      ].sort(),
    );
    expect(node?.panelBreaches.every((b) => b.section.length > 0)).toBe(true);
    // Only the panel: the consent basis is its own list.
    expect(node?.panelBreaches.some((b) => b.code === "NO_CONSENT_BASIS")).toBe(false);
    expect(node?.consentProblems[0]).toMatchObject({
      code: "NO_CONSENT_BASIS",
      section: "§6; §26; standard 1.2",
    });
  });

  it("clear once the member declares, is trained and consent is given", async () => {
    const p = api.db.prisma;
    await p.panelMember.updateMany({
      where: { userId: world.users.panelMember.id },
      data: {
        conflictDeclaredAt: new Date(),
        hasConflict: false,
        trainingCompletedOn: day("2025-01-01"),
      },
    });
    const review = await p.review.findFirstOrThrow({ where: { personId: world.pat.id } });
    await p.panelMember.createMany({
      data: [
        {
          reviewId: review.id,
          userId: world.users.commissioner.id,
          role: "CHAIR",
          chairKind: "COMMISSIONER",
          conflictDeclaredAt: new Date(),
          hasConflict: false,
          trainingCompletedOn: day("2025-01-01"),
        },
        {
          reviewId: review.id,
          userId: world.users.clinicianB.id,
          role: "CLINICAL_EXPERT",
          conflictDeclaredAt: new Date(),
          hasConflict: false,
          trainingCompletedOn: day("2025-01-01"),
        },
      ],
    });
    await p.consentRecord.create({
      data: {
        personId: world.pat.id,
        reviewId: review.id,
        purpose: "REVIEW",
        answer: "GIVEN",
        basis: "PERSON_WITH_CAPACITY",
        decidedOn: day("2025-01-02"),
        recordedById: world.users.commissioner.id,
      },
    });
    const { body } = await api.gql<Checks>(CHECKS, { id: reviewGid }, { as: tokens.commissioner });
    expect(body.data?.node?.panelBreaches).toEqual([]);
    expect(body.data?.node?.consentProblems).toEqual([]);
  });

  it("are not shown to someone who cannot see the review", async () => {
    const { body } = await api.gql<Checks>(CHECKS, { id: reviewGid }, { as: tokens.stranger });
    expect(body.data?.node ?? null).toBeNull();
  });
});

/** The smallest valid PNG: one transparent pixel. */
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const GIF = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;").toString("base64");

const SET_PHOTO = `mutation($input: SetPanelMemberPhotoInput!) { setPanelMemberPhoto(input: $input) {
  panelMember { id photo { altText contentType size dataUrl } } errors { field code message }
} }`;
const REMOVE_PHOTO = `mutation($input: RemovePanelMemberPhotoInput!) { removePanelMemberPhoto(input: $input) {
  panelMember { id photo { altText } } errors { field code }
} }`;
const PANEL_PHOTOS = `query($id: ID!) { node(id: $id) { ... on Review {
  panel { role user { displayName } photo { altText dataUrl } }
} } }`;
type PhotoSet = {
  setPanelMemberPhoto: {
    panelMember: {
      photo: { altText: string; contentType: string; size: number; dataUrl: string } | null;
    } | null;
    errors: { field: string; code: string }[];
  };
};
type PanelPhotos = {
  node: { panel: { role: string; photo: { altText: string; dataUrl: string } | null }[] } | null;
};

describe("panel member photos (ADR 0023)", () => {
  let seatGid = "";
  beforeAll(async () => {
    const seat = await api.db.prisma.panelMember.findFirstOrThrow({
      where: { userId: world.users.panelMember.id },
    });
    seatGid = globalId("PanelMember", seat.id);
  });
  const setPhoto = (role: string, imageBase64: string, altText: string) =>
    api.gql<PhotoSet>(
      SET_PHOTO,
      { input: { panelMemberId: seatGid, imageBase64, altText } },
      { as: tokens[role] },
    );

  it("staff who may change the review put a PNG on a seat; whoever may see the panel sees it", async () => {
    const { body } = await setPhoto("commissioner", PNG, "Jordan smiling, wearing a green jumper");
    expect(body.errors).toBeUndefined();
    expect(body.data?.setPanelMemberPhoto.errors).toEqual([]);
    expect(body.data?.setPanelMemberPhoto.panelMember?.photo).toMatchObject({
      altText: "Jordan smiling, wearing a green jumper",
      contentType: "image/png",
      size: Buffer.from(PNG, "base64").length,
    });
    for (const role of ["commissioner", "panelMember"]) {
      const seen = await api.gql<PanelPhotos>(
        PANEL_PHOTOS,
        { id: reviewGid },
        { as: tokens[role] },
      );
      const photo = seen.body.data?.node?.panel.find(
        (s) => s.role === "EXPERT_BY_EXPERIENCE",
      )?.photo;
      expect(photo?.dataUrl).toBe(`data:image/png;base64,${PNG}`);
    }
  });

  it("drops where and when a phone photo was taken, as for profile photos (ADR 0028)", async () => {
    const phone = phoneJpeg(6);
    const { body } = await setPhoto("commissioner", phone.toString("base64"), "Jordan outdoors");
    expect(body.data?.setPanelMemberPhoto.errors).toEqual([]);
    const photo = body.data?.setPanelMemberPhoto.panelMember?.photo;
    const stored = Buffer.from(photo?.dataUrl.split(",")[1] ?? "", "base64");
    expect(photo?.contentType).toBe("image/jpeg");
    expect(stored.length).toBeLessThan(phone.length);
    expect(stored.includes(Buffer.from(SECRET))).toBe(false);
    // Back to the PNG the tests below expect.
    await setPhoto("commissioner", PNG, "Jordan smiling, wearing a green jumper");
  });

  it("refuses a file that is not a JPEG or PNG by its bytes, and a photo without alt text", async () => {
    const gif = await setPhoto("commissioner", GIF, "A GIF named as a photo");
    expect(gif.body.data?.setPanelMemberPhoto.errors).toEqual([
      expect.objectContaining({ field: "imageBase64", code: "PHOTO_NOT_JPEG_OR_PNG" }),
    ]);
    const blank = await setPhoto("commissioner", PNG, "  ");
    expect(blank.body.data?.setPanelMemberPhoto.errors).toEqual([
      expect.objectContaining({ field: "altText", code: "REQUIRED" }),
    ]);
  });

  it("lets neither a panel member nor a stranger change a seat's photo, and records the refusal", async () => {
    const own = await setPhoto("panelMember", PNG, "Someone else");
    expect(own.body.data?.setPanelMemberPhoto.errors[0]).toMatchObject({ code: "FORBIDDEN" });
    const stranger = await setPhoto("stranger", PNG, "Someone else");
    expect(stranger.body.data?.setPanelMemberPhoto.errors[0]).toMatchObject({ code: "NOT_FOUND" });
    const denied = await api.db.prisma.auditEvent.count({
      where: { operation: "setPanelMemberPhoto", outcome: "DENIED" },
    });
    expect(denied).toBeGreaterThanOrEqual(1);
    const seat = await api.db.prisma.panelMemberPhoto.findFirstOrThrow({});
    expect(seat.altText).toBe("Jordan smiling, wearing a green jumper");
  });

  it("takes the photo off", async () => {
    const { body } = await api.gql<{
      removePanelMemberPhoto: { panelMember: { photo: unknown } | null; errors: unknown[] };
    }>(REMOVE_PHOTO, { input: { panelMemberId: seatGid } }, { as: tokens.commissioner });
    expect(body.data?.removePanelMemberPhoto.errors).toEqual([]);
    expect(body.data?.removePanelMemberPhoto.panelMember?.photo).toBeNull();
  });
});
