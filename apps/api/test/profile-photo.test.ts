import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { phoneJpeg, SECRET } from "./photo-fixtures.js";
import { type PlannerErrors, plannerMutations } from "./planner-kit.js";
import { globalId, startWorld, type World } from "./world.js";

/**
 * The one-page profile's optional photo (ADR 0022): a real JPEG or PNG of at
 * most 1 MB with alt text, on the draft, sent with it, seen by whoever may
 * read the version, and copied into the next draft.
 */

let api: Harness;
let world: World;
let tokens: Record<string, string>;

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
});
afterAll(() => api.close());

/** The smallest valid PNG: one transparent pixel. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
/** A phone photo: Exif with a location, an IPTC caption and a comment (ADR 0028). */
const JPEG = phoneJpeg(6);
const GIF = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");

type Photo = { contentType: string; altText: string; size: number; dataUrl: string };
type Doc = { id: string; status: string; version: number; photo: Photo | null };
const DOC =
  "id status version photo { contentType altText size dataUrl uploadedBy { displayName } }";
const { SAVE, SUBMIT } = plannerMutations(DOC);
const SET = `mutation($input: SetProfilePhotoInput!) { setProfilePhoto(input: $input) {
  plannerDocument { ${DOC} } errors { field code message } } }`;
const REMOVE = `mutation($input: RemoveProfilePhotoInput!) { removeProfilePhoto(input: $input) {
  plannerDocument { ${DOC} } errors { field code message } } }`;
const DOCS = `query($id: ID!) { person(id: $id) { plannerDocuments(kind: ONE_PAGE_PROFILE) { ${DOC} } } }`;

type Payload = { plannerDocument: Doc | null; errors: PlannerErrors };

const pat = () => globalId("Person", world.pat.id);

async function setPhoto(
  role: string,
  image: Buffer | string,
  altText = "Pat smiling at the beach",
) {
  const imageBase64 = typeof image === "string" ? image : image.toString("base64");
  const { body } = await api.gql<{ setProfilePhoto: Payload }>(
    SET,
    { input: { personId: pat(), imageBase64, altText } },
    { as: tokens[role] },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.setProfilePhoto as Payload;
}

async function docs(role: string) {
  const { body } = await api.gql<{ person: { plannerDocuments: Doc[] } | null }>(
    DOCS,
    { id: pat() },
    { as: tokens[role] },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.person?.plannerDocuments ?? null;
}

const codes = (p: Payload) => p.errors.map((e) => `${e.field}:${e.code}`);

describe("setProfilePhoto", () => {
  it("puts a PNG on the draft, with its alt text, as a data: URL", async () => {
    const result = await setPhoto("parentWithPr", PNG);
    expect(result.errors).toEqual([]);
    expect(result.plannerDocument).toMatchObject({
      status: "DRAFT",
      photo: {
        contentType: "image/png",
        altText: "Pat smiling at the beach",
        size: PNG.length,
        dataUrl: `data:image/png;base64,${PNG.toString("base64")}`,
      },
    });
  });

  it("replaces it with a JPEG, judged by its bytes, without where and when it was taken", async () => {
    const result = await setPhoto("self", JPEG, "  Pat in a red coat  ");
    expect(result.errors).toEqual([]);
    const photo = result.plannerDocument?.photo;
    expect(photo).toMatchObject({ contentType: "image/jpeg", altText: "Pat in a red coat" });
    const stored = Buffer.from(photo?.dataUrl.split(",")[1] ?? "", "base64");
    expect(stored.length).toBe(photo?.size);
    expect(stored.length).toBeLessThan(JPEG.length);
    expect(stored.includes(Buffer.from(SECRET))).toBe(false);
    expect(await api.db.prisma.profilePhoto.count()).toBe(1);
  });

  it.each([
    ["a GIF", GIF],
    ["a text file renamed .png", Buffer.from("This is not a picture, it is text.\n")],
    ["something that is not base64", "not base64 at all!"],
    ["a JPEG cut off before its picture", JPEG.subarray(0, 60)],
  ])("refuses %s", async (_what, image) => {
    const result = await setPhoto("parentWithPr", image);
    expect(result.plannerDocument).toBeNull();
    expect(codes(result)).toEqual(["imageBase64:PHOTO_NOT_JPEG_OR_PNG"]);
  });

  it("refuses a photo over 1 MB, even a real PNG", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
    expect(codes(await setPhoto("parentWithPr", big))).toEqual(["imageBase64:PHOTO_TOO_LARGE"]);
    // Exactly 1 MB is allowed.
    const fits = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 - PNG.length)]);
    expect((await setPhoto("parentWithPr", fits)).errors).toEqual([]);
  });

  it("refuses missing or long alt text, and no file, field by field", async () => {
    expect(codes(await setPhoto("parentWithPr", PNG, "   "))).toEqual(["altText:REQUIRED"]);
    expect(codes(await setPhoto("parentWithPr", PNG, "x".repeat(151)))).toEqual([
      "altText:TOO_LONG",
    ]);
    expect(codes(await setPhoto("parentWithPr", "", ""))).toEqual([
      "imageBase64:REQUIRED",
      "altText:REQUIRED",
    ]);
  });

  it.each([
    ["stranger", "NOT_FOUND"],
    ["parentWithoutPr", "NOT_FOUND"],
    ["clinicianB", "NOT_FOUND"],
    ["advocateShared", "FORBIDDEN"],
  ])("%s cannot set it (%s), and the refusal is audited", async (role, code) => {
    const result = await setPhoto(role, PNG);
    expect(codes(result)).toEqual([`personId:${code}`]);
    const denied = await api.db.prisma.auditEvent.findMany({
      where: {
        operation: "setProfilePhoto",
        outcome: "DENIED",
        actorId: world.users[role as "stranger"].id,
      },
    });
    expect(denied.length).toBeGreaterThan(0);
  });

  it("a change is audited against the person", async () => {
    await setPhoto("parentWithPr", PNG);
    const changed = await api.db.prisma.auditEvent.findFirst({
      where: { operation: "setProfilePhoto", outcome: { not: "DENIED" }, personId: world.pat.id },
    });
    expect(changed?.actorId).toBe(world.users.parentWithPr.id);
  });
});

describe("who sees the photo", () => {
  it("the family sees it; a stranger or another family does not see the profile at all", async () => {
    expect((await docs("parentWithPr"))?.[0]?.photo?.altText).toBe("Pat smiling at the beach");
    expect(await docs("stranger")).toBeNull();
    expect(await docs("parentWithoutPr")).toBeNull();
  });

  it("goes with the sent version: staff see it, and the next draft starts with it", async () => {
    const [draft] = (await docs("self")) ?? [];
    const sent = await api.gql<{ submitPlanner: Payload }>(
      SUBMIT,
      { input: { documentId: draft?.id } },
      { as: tokens.self },
    );
    expect(sent.body.data?.submitPlanner.plannerDocument?.status).toBe("SUBMITTED");
    const staff = await docs("coordinator");
    expect(staff?.[0]).toMatchObject({ status: "SUBMITTED", photo: { contentType: "image/png" } });

    // A new answer opens a draft that is a copy of what was sent, photo included.
    const saved = await api.gql<{ savePlannerAnswer: Payload }>(
      SAVE,
      {
        input: {
          personId: pat(),
          kind: "ONE_PAGE_PROFILE",
          questionKey: "importantToMe",
          answer: "Music",
        },
      },
      { as: tokens.self },
    );
    const next = saved.body.data?.savePlannerAnswer.plannerDocument;
    expect(next?.status).toBe("DRAFT");
    expect(next?.photo?.altText).toBe("Pat smiling at the beach");
  });

  it("removing takes it off the draft only; the sent version keeps it", async () => {
    const { body } = await api.gql<{ removeProfilePhoto: Payload }>(
      REMOVE,
      { input: { personId: pat() } },
      { as: tokens.parentWithPr },
    );
    expect(body.data?.removeProfilePhoto).toMatchObject({
      errors: [],
      plannerDocument: { status: "DRAFT", photo: null },
    });
    const all = (await docs("self")) ?? [];
    expect(all.map((d) => [d.status, d.photo !== null])).toEqual([
      ["DRAFT", false],
      ["SUBMITTED", true],
    ]);
    const stranger = await api.gql<{ removeProfilePhoto: Payload }>(
      REMOVE,
      { input: { personId: pat() } },
      { as: tokens.stranger },
    );
    expect(codes(stranger.body.data?.removeProfilePhoto as Payload)).toEqual([
      "personId:NOT_FOUND",
    ]);
  });
});
