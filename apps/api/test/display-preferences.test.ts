import { userData } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import { type Harness, startApi } from "./harness.js";

/**
 * The family portal's display choices kept on the account (ADR 0019): only
 * the signed-in person reads or changes their own; partners and anonymous
 * callers cannot; a field left out stays as it was.
 */

let api: Harness;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

const SET = `mutation Set($input: SetMyDisplayPreferencesInput!) {
  setMyDisplayPreferences(input: $input) { language easyRead pictures textSize } }`;
const READ = `query { viewer { displayPreferences { language easyRead pictures textSize } } }`;

type Prefs = {
  language: string | null;
  easyRead: boolean | null;
  pictures: boolean | null;
  textSize: string | null;
};

async function person(name: string) {
  const user = await api.db.prisma.user.create({ data: userData(name) });
  return { user, token: await api.signIn(user.id) };
}

describe("display preferences on the account", () => {
  it("start unchosen, are saved, and a field left out keeps its value", async () => {
    const { token } = await person("display-prefs-own");
    const before = await api.gql<{ viewer: { displayPreferences: Prefs } }>(
      READ,
      {},
      { as: token },
    );
    expect(before.body.data?.viewer.displayPreferences).toEqual({
      language: null,
      easyRead: null,
      pictures: null,
      textSize: null,
    });

    const set = await api.gql<{ setMyDisplayPreferences: Prefs }>(
      SET,
      { input: { language: "ur", easyRead: true, textSize: "LARGEST" } },
      { as: token },
    );
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.setMyDisplayPreferences).toEqual({
      language: "ur",
      easyRead: true,
      pictures: null,
      textSize: "LARGEST",
    });

    await api.gql(SET, { input: { pictures: false } }, { as: token });
    const after = await api.gql<{ viewer: { displayPreferences: Prefs } }>(READ, {}, { as: token });
    expect(after.body.data?.viewer.displayPreferences).toEqual({
      language: "ur",
      easyRead: true,
      pictures: false,
      textSize: "LARGEST",
    });
  });

  it("are each person's own: another account does not see them", async () => {
    const first = await person("display-prefs-first");
    const second = await person("display-prefs-second");
    await api.gql(SET, { input: { language: "pl" } }, { as: first.token });
    const other = await api.gql<{ viewer: { displayPreferences: Prefs } }>(
      READ,
      {},
      { as: second.token },
    );
    expect(other.body.data?.viewer.displayPreferences.language).toBeNull();
  });

  it("refuse anyone not signed in as a person, and a partner system", async () => {
    const anonymous = await api.gql(SET, { input: { language: "ur" } }, { as: null });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const read = await api.gql<{ viewer: { displayPreferences: Prefs | null } }>(
      READ,
      {},
      { as: null },
    );
    expect(read.body.data?.viewer.displayPreferences).toBeNull();

    const { client, secret } = await createApiClient(api.db, {
      name: "partner display",
      scopes: ["people:read"] as never,
      organisationIds: [],
    });
    const issued = await issueAccessToken(api.db, client.id, secret, undefined, new Date());
    if (!issued.ok) throw new Error(issued.description);
    const partner = await api.gql(SET, { input: { language: "ur" } }, { as: issued.accessToken });
    expect(partner.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuse a language that is not a language tag", async () => {
    const { token } = await person("display-prefs-bad");
    for (const language of ["urdu", "<script>", "UR", ""]) {
      const result = await api.gql(SET, { input: { language } }, { as: token });
      expect(result.body.errors?.[0]?.extensions?.code, language).toBe("BAD_USER_INPUT");
    }
  });
});
