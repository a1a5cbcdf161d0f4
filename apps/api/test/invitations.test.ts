import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../src/auth/tokens.js";
import { type Harness, startApi } from "./harness.js";
import { buildWorld, type World } from "./world.js";

/** Portal invitations and passwordless sign-in through the API (issue 5). */

let api: Harness;
let world: World;
let coordinator: string;
const BROWSER = "c".repeat(43);
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

beforeAll(async () => {
  api = await startApi();
  world = await buildWorld(api.db);
  coordinator = await api.signIn(world.users.coordinator.id);
});
afterAll(() => api.close());

const INVITE = `mutation($input: InviteToPortalInput!) { inviteToPortal(input: $input) { sent expiresAt errors { field code message } } }`;
const LOOK = `query($token: String!) { portalInvitation(token: $token) { status personName invitedByName kind hasParentalResponsibility email } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token person { name } errors { field code } } }`;

/** The invitation link's token, from the email the API sent. */
async function invitationToken(to: string) {
  const message = await api.waitForMail(to);
  return decodeURIComponent(/\/invitation\/([^\s"<)]+)/.exec(message.text)?.[1] ?? "");
}

async function signInByCode(email: string): Promise<string> {
  const asked = await api.gql(
    `mutation($input: RequestSignInInput!) { requestSignIn(input: $input) { sent errors { code } } }`,
    { input: { email, browserSecret: BROWSER } },
    { as: null },
  );
  expect(asked.body.data).toEqual({ requestSignIn: { sent: true, errors: [] } });
  const message = await api.waitForMail(email);
  const code = /\b(\d{3}) ?(\d{3})\b/.exec(message.text);
  const done = await api.gql<{
    completeSignIn: { token: string | null; errors: { code: string }[] };
  }>(
    `mutation($input: CompleteSignInInput!) { completeSignIn(input: $input) { token errors { code } } }`,
    { input: { email, code: `${code?.[1]}${code?.[2]}`, browserSecret: BROWSER } },
    { as: null },
  );
  expect(done.body.data?.completeSignIn.errors).toEqual([]);
  return done.body.data?.completeSignIn.token ?? "";
}

describe("inviting a parent carer to the portal", () => {
  const email = "new.parent@family.example";

  it("a coordinator invites; the link shows what it is for; the parent signs in with the code and accepts", async () => {
    const sent = await api.gql(
      INVITE,
      {
        input: {
          personId: gid("Person", world.pat.id),
          email,
          kind: "PARENT_CARER",
          hasParentalResponsibility: true,
          description: "Dad",
        },
      },
      { as: coordinator },
    );
    expect(sent.body.data).toMatchObject({ inviteToPortal: { sent: true, errors: [] } });
    const token = await invitationToken(email);

    const look = await api.gql(LOOK, { token }, { as: null });
    expect(look.body.data).toEqual({
      portalInvitation: {
        status: "VALID",
        personName: world.pat.name,
        invitedByName: "coordinator",
        kind: "PARENT_CARER",
        hasParentalResponsibility: true,
        email,
      },
    });

    const session = await signInByCode(email);
    // Before accepting they see nothing of Pat's.
    const before = await api.gql(
      `query($id: ID!) { person(id: $id) { name } }`,
      { id: gid("Person", world.pat.id) },
      { as: session },
    );
    expect(before.body.data).toEqual({ person: null });

    const unconfirmed = await api.gql(
      ACCEPT,
      { input: { token, confirmed: false } },
      { as: session },
    );
    expect(unconfirmed.body.data).toMatchObject({
      acceptInvitation: { token: null, errors: [{ field: "confirmed", code: "REQUIRED" }] },
    });

    const accepted = await api.gql<{ acceptInvitation: { token: string } }>(
      ACCEPT,
      { input: { token, confirmed: true } },
      { as: session },
    );
    expect(accepted.body.data).toMatchObject({
      acceptInvitation: { person: { name: world.pat.name }, errors: [] },
    });
    const rotated = accepted.body.data?.acceptInvitation.token ?? "";
    expect(rotated).not.toBe(session);
    // The old token stopped; the new one carries the new relationship.
    expect((await api.gql(`{ viewer { kind } }`, {}, { as: session })).status).toBe(401);
    const after = await api.gql(
      `query($id: ID!) { person(id: $id) { name } }`,
      { id: gid("Person", world.pat.id) },
      { as: rotated },
    );
    expect(after.body.data).toEqual({ person: { name: world.pat.name } });

    // Used: a clear status, and it cannot be accepted again.
    expect((await api.gql(LOOK, { token }, { as: null })).body.data).toMatchObject({
      portalInvitation: { status: "USED", personName: null },
    });
    const again = await api.gql(ACCEPT, { input: { token, confirmed: true } }, { as: rotated });
    expect(again.body.data).toMatchObject({
      acceptInvitation: { errors: [{ code: "INVITATION_NOT_VALID" }] },
    });
  });

  it("an expired invitation gets a clear status and cannot be accepted", async () => {
    const address = "late.parent@family.example";
    await api.gql(
      INVITE,
      { input: { personId: gid("Person", world.pat.id), email: address, kind: "OTHER_FAMILY" } },
      { as: coordinator },
    );
    const token = await invitationToken(address);
    await api.db.prisma.accountInvitation.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await api.gql(LOOK, { token }, { as: null })).body.data).toMatchObject({
      portalInvitation: { status: "EXPIRED", personName: null },
    });
  });

  it("only the invited address can accept", async () => {
    const address = "right.person@family.example";
    await api.gql(
      INVITE,
      { input: { personId: gid("Person", world.pat.id), email: address, kind: "OTHER_FAMILY" } },
      { as: coordinator },
    );
    const token = await invitationToken(address);
    const someoneElse = await api.signIn(world.users.stranger.id);
    const result = await api.gql(
      ACCEPT,
      { input: { token, confirmed: true } },
      { as: someoneElse },
    );
    expect(result.body.data).toMatchObject({
      acceptInvitation: { errors: [{ code: "INVITATION_WRONG_ACCOUNT" }] },
    });
  });

  it("an unknown token says UNKNOWN and nothing else", async () => {
    expect((await api.gql(LOOK, { token: "made-up" }, { as: null })).body.data).toEqual({
      portalInvitation: {
        status: "UNKNOWN",
        personName: null,
        invitedByName: null,
        kind: null,
        hasParentalResponsibility: false,
        email: null,
      },
    });
  });

  it("staff outside the caseload cannot invite; bad input gets field errors", async () => {
    const outsider = await api.signIn(world.users.outsiderStaff.id);
    const denied = await api.gql(
      INVITE,
      { input: { personId: gid("Person", world.pat.id), email: "x@family.example", kind: "SELF" } },
      { as: outsider },
    );
    expect(denied.body.data).toMatchObject({
      inviteToPortal: { sent: false, errors: [{ field: "personId", code: "NOT_FOUND" }] },
    });
    const bad = await api.gql(
      INVITE,
      {
        input: {
          personId: gid("Person", world.pat.id),
          email: "not-an-email",
          hasParentalResponsibility: true,
          kind: "ADVOCATE",
        },
      },
      { as: coordinator },
    );
    const codes = (
      bad.body.data as { inviteToPortal: { errors: { field: string; code: string }[] } }
    ).inviteToPortal.errors.map((e) => `${e.field}:${e.code}`);
    expect(codes.sort()).toEqual([
      "advocateKind:REQUIRED",
      "email:EMAIL_FORMAT",
      "hasParentalResponsibility:INVALID_CHOICE",
    ]);
  });

  it("asks the coordinator for the invitee's address and who they are, in the coordinator's terms", async () => {
    const empty = await api.gql<{
      inviteToPortal: { sent: boolean; errors: { field: string; code: string; message: string }[] };
    }>(
      INVITE,
      { input: { personId: gid("Person", world.pat.id), email: " " } },
      { as: coordinator },
    );
    expect(empty.body.data?.inviteToPortal.sent).toBe(false);
    expect(empty.body.data?.inviteToPortal.errors).toEqual(
      expect.arrayContaining([
        {
          field: "email",
          code: "REQUIRED",
          message: "Enter the email address of the person you are inviting",
        },
        { field: "kind", code: "REQUIRED", message: "Choose who you are inviting" },
      ]),
    );
  });
});
