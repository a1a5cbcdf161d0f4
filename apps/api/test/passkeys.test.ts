import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import { userData } from "@cetr/db/testing";
import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { relyingPartyFor } from "../src/auth/passkeys.js";
import { type Harness, startApi } from "./harness.js";

/**
 * Passkeys (issue 5, ADR 0011) through the real HTTP API, with a software
 * authenticator written here: an ES256 key from node:crypto, authenticator
 * data and a "none" attestation built byte by byte as WebAuthn specifies, so
 * SimpleWebAuthn verifies real signatures, not a mock.
 */

const ORIGIN = "http://portal.test"; // the harness's portal URL
const RP_ID = "portal.test";
const BROWSER = "p".repeat(43);
const OTHER_BROWSER = "q".repeat(43);

const b64url = (bytes: Uint8Array) => isoBase64URL.fromBuffer(new Uint8Array(bytes));
/** tiny-cbor's types want its own value type; these maps are plain CBOR maps. */
const cbor = (value: Map<unknown, unknown>) =>
  isoCBOR.encode(value as Parameters<typeof isoCBOR.encode>[0]);
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

const FLAG = { UP: 0x01, UV: 0x04, BE: 0x08, BS: 0x10, AT: 0x40 } as const;

/** A platform authenticator holding one discoverable ES256 credential. */
class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  /** Signature counter; `null` for authenticators that keep none (always 0). */
  counter: number | null;
  userHandle = "";

  constructor({ counter = null as number | null } = {}) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = privateKey;
    this.publicJwk = publicKey.export({ format: "jwk" }) as { x: string; y: string };
    this.counter = counter;
  }

  get id() {
    return b64url(this.credentialId);
  }

  private coseKey(): Uint8Array {
    // COSE_Key (RFC 9053): kty EC2, alg ES256, crv P-256, x, y.
    return cbor(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(this.publicJwk.x, "base64url")],
        [-3, Buffer.from(this.publicJwk.y, "base64url")],
      ]),
    );
  }

  private authData(rpId: string, flags: number, counter: number, attested: boolean): Buffer {
    const parts = [sha256(rpId), Buffer.from([flags]), u32(counter)];
    if (attested) {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(this.credentialId.length);
      parts.push(Buffer.alloc(16), length, this.credentialId, Buffer.from(this.coseKey()));
    }
    return Buffer.concat(parts);
  }

  private nextCounter(): number {
    if (this.counter === null) return 0;
    this.counter += 1;
    return this.counter;
  }

  /** What navigator.credentials.create() returns, as RegistrationResponseJSON. */
  create(
    options: { challenge: string; rp: { id?: string }; user: { id: string } },
    origin = ORIGIN,
  ) {
    this.userHandle = options.user.id;
    const clientDataJSON = Buffer.from(
      JSON.stringify({ type: "webauthn.create", challenge: options.challenge, origin }),
    );
    const authData = this.authData(
      options.rp.id ?? RP_ID,
      FLAG.UP | FLAG.UV | FLAG.BE | FLAG.BS | FLAG.AT,
      this.counter ?? 0,
      true,
    );
    const attestationObject = cbor(
      new Map<string, unknown>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]),
    );
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: ["internal"],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }

  /** What navigator.credentials.get() returns, as AuthenticationResponseJSON. */
  get(
    challenge: string,
    {
      origin = ORIGIN,
      rpId = RP_ID,
      counter = this.nextCounter(),
      userHandle = this.userHandle,
    } = {},
  ) {
    const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin }));
    const authenticatorData = this.authData(
      rpId,
      FLAG.UP | FLAG.UV | FLAG.BE | FLAG.BS,
      counter,
      false,
    );
    const signature = sign(
      "sha256",
      Buffer.concat([authenticatorData, sha256(clientDataJSON)]),
      this.privateKey,
    );
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform",
    };
  }
}

const START_REGISTRATION = `mutation($input: StartPasskeyRegistrationInput!) {
  startPasskeyRegistration(input: $input) { optionsJSON errors { field code message } } }`;
const FINISH_REGISTRATION = `mutation($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) { passkey { id name backedUp lastUsedAt } errors { field code message } } }`;
const START_SIGN_IN = `mutation($input: StartPasskeySignInInput!) {
  startPasskeySignIn(input: $input) { optionsJSON errors { field code } } }`;
const FINISH_SIGN_IN = `mutation($input: FinishPasskeySignInInput!) {
  finishPasskeySignIn(input: $input) { token expiresAt errors { field code message } } }`;
const MY_PASSKEYS = "{ viewer { user { email } passkeys { id name lastUsedAt } } }";
const REMOVE = `mutation($input: RemovePasskeyInput!) {
  removePasskey(input: $input) { passkey { id } errors { field code } } }`;
const RENAME = `mutation($input: RenamePasskeyInput!) {
  renamePasskey(input: $input) { passkey { name } errors { field code } } }`;

type Err = { field: string; code: string; message: string };
type Options = { challenge: string; rp: { id: string; name: string }; user: { id: string } };

let api: Harness;

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());
// Every call here comes from 127.0.0.1: start each case with the IP's sign-in budget unspent.
beforeEach(async () => {
  await api.db.prisma.rateLimitBucket.deleteMany({});
});

async function newFamilyMember(label: string) {
  const user = await api.db.prisma.user.create({ data: userData(label) });
  return { user, token: await api.signIn(user.id) };
}

async function startRegistration(token: string, name = "My phone") {
  const { body } = await api.gql<{
    startPasskeyRegistration: { optionsJSON: string | null; errors: Err[] };
  }>(START_REGISTRATION, { input: { name } }, { as: token });
  const payload = body.data?.startPasskeyRegistration;
  return {
    errors: payload?.errors ?? [],
    options: payload?.optionsJSON ? (JSON.parse(payload.optionsJSON) as Options) : null,
  };
}

async function finishRegistration(token: string, response: unknown, name = "My phone") {
  const { body } = await api.gql<{
    finishPasskeyRegistration: { passkey: { id: string; name: string } | null; errors: Err[] };
  }>(FINISH_REGISTRATION, { input: { name, response: JSON.stringify(response) } }, { as: token });
  return body.data?.finishPasskeyRegistration ?? { passkey: null, errors: [] };
}

/** Registers a new authenticator on the account behind `token`. */
async function addPasskey(
  token: string,
  authenticator = new SoftAuthenticator(),
  name = "My phone",
) {
  const { options } = await startRegistration(token, name);
  if (!options) throw new Error("no registration options");
  const result = await finishRegistration(token, authenticator.create(options), name);
  expect(result.errors).toEqual([]);
  return { authenticator, passkey: result.passkey };
}

async function startSignIn(browserSecret = BROWSER) {
  const { body } = await api.gql<{ startPasskeySignIn: { optionsJSON: string | null } }>(
    START_SIGN_IN,
    { input: { browserSecret } },
    { as: null },
  );
  const json = body.data?.startPasskeySignIn.optionsJSON;
  if (!json) throw new Error(`no sign-in options: ${JSON.stringify(body)}`);
  return JSON.parse(json) as { challenge: string; rpId: string; allowCredentials?: unknown[] };
}

async function finishSignIn(response: unknown, browserSecret = BROWSER) {
  const { status, body } = await api.gql<{
    finishPasskeySignIn: { token: string | null; errors: Err[] };
  }>(
    FINISH_SIGN_IN,
    { input: { browserSecret, response: JSON.stringify(response) } },
    {
      as: null,
    },
  );
  return { status, body, ...(body.data?.finishPasskeySignIn ?? { token: null, errors: [] }) };
}

describe("adding a passkey", () => {
  it("registers a discoverable, user-verified ES256 credential for the signed-in person", async () => {
    const { user, token } = await newFamilyMember("passkey-register");
    const { options, errors } = await startRegistration(token);
    expect(errors).toEqual([]);
    expect(options).toMatchObject({
      rp: { id: RP_ID, name: relyingPartyFor(ORIGIN).name },
      authenticatorSelection: { residentKey: "required", userVerification: "required" },
      attestation: "none",
    });
    // The user handle is the opaque account id, never the email address.
    expect(Buffer.from(options?.user.id ?? "", "base64url").toString()).toBe(user.id);
    const authenticator = new SoftAuthenticator();
    const result = await finishRegistration(
      token,
      authenticator.create(options as Options),
      "  Kitchen tablet ",
    );
    expect(result.errors).toEqual([]);
    expect(result.passkey).toMatchObject({ name: "Kitchen tablet" });

    const stored = await api.db.prisma.passkey.findUniqueOrThrow({
      where: { credentialId: authenticator.id },
    });
    expect(stored).toMatchObject({
      userId: user.id,
      counter: 0n,
      transports: ["internal"],
      deviceType: "multiDevice",
      backedUp: true,
      lastUsedAt: null,
    });
    const { body } = await api.gql<{ viewer: { passkeys: { name: string }[] } }>(
      MY_PASSKEYS,
      {},
      { as: token },
    );
    expect(body.data?.viewer.passkeys.map((p) => p.name)).toEqual(["Kitchen tablet"]);
  });

  it("needs a name, and a short one; the name is checked before the device is asked", async () => {
    const { token } = await newFamilyMember("passkey-name");
    expect((await startRegistration(token, "  ")).errors).toEqual([
      expect.objectContaining({ field: "name", code: "REQUIRED" }),
    ]);
    expect((await startRegistration(token, "x".repeat(61))).errors).toEqual([
      expect.objectContaining({ field: "name", code: "TOO_LONG" }),
    ]);
  });

  it("is refused without a session", async () => {
    const { body } = await api.gql(START_REGISTRATION, { input: { name: "Phone" } }, { as: null });
    expect(body.data?.startPasskeyRegistration ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(
      await api.db.prisma.passkeyChallenge.count({ where: { purpose: "REGISTER", userId: null } }),
    ).toBe(0);
  });

  it("only finishes in the session that started it, once", async () => {
    const { user, token } = await newFamilyMember("passkey-other-session");
    const otherSession = await api.signIn(user.id);
    const { options } = await startRegistration(token);
    const response = new SoftAuthenticator().create(options as Options);
    expect((await finishRegistration(otherSession, response)).errors).toEqual([
      expect.objectContaining({ code: "PASSKEY_CHALLENGE_INVALID" }),
    ]);
    // Someone else's session cannot finish it either.
    const stranger = await newFamilyMember("passkey-stranger-session");
    expect((await finishRegistration(stranger.token, response)).errors[0]?.code).toBe(
      "PASSKEY_CHALLENGE_INVALID",
    );
    expect((await finishRegistration(token, response)).errors).toEqual([]);
    expect((await finishRegistration(token, response)).errors[0]?.code).toBe(
      "PASSKEY_CHALLENGE_INVALID",
    );
    expect(await api.db.prisma.passkey.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an answer made for another site", async () => {
    const { user, token } = await newFamilyMember("passkey-register-origin");
    const { options } = await startRegistration(token);
    const response = new SoftAuthenticator().create(options as Options, "https://evil.test");
    expect((await finishRegistration(token, response)).errors).toEqual([
      expect.objectContaining({ field: "response", code: "PASSKEY_NOT_VERIFIED" }),
    ]);
    expect(await api.db.prisma.passkey.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses something that is not an authenticator's answer, without a server error", async () => {
    const { token } = await newFamilyMember("passkey-garbage");
    await startRegistration(token);
    const { body } = await api.gql<{ finishPasskeyRegistration: { errors: Err[] } }>(
      FINISH_REGISTRATION,
      { input: { name: "Phone", response: "{not json" } },
      { as: token },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.finishPasskeyRegistration.errors[0]?.code).toBe("PASSKEY_NOT_VERIFIED");
  });
});

describe("signing in with a passkey", () => {
  it("asks for no email address and opens a session like the emailed code does", async () => {
    const { user, token } = await newFamilyMember("passkey-sign-in");
    const { authenticator } = await addPasskey(token);
    const options = await startSignIn();
    // Discoverable credentials: nothing about any account goes to an anonymous caller.
    expect(options.allowCredentials ?? []).toEqual([]);
    expect(options.rpId).toBe(RP_ID);
    const result = await finishSignIn(authenticator.get(options.challenge));
    expect(result.errors).toEqual([]);
    expect(result.token).toMatch(/^cetr_s_/);

    const { body } = await api.gql<{ viewer: { user: { email: string } } }>(
      MY_PASSKEYS,
      {},
      { as: result.token },
    );
    expect(body.data?.viewer.user.email).toBe(user.email);
    const session = await api.db.prisma.session.findFirstOrThrow({
      where: { userId: user.id, method: "passkey" },
    });
    expect(session.revokedAt).toBeNull();
    const stored = await api.db.prisma.passkey.findUniqueOrThrow({
      where: { credentialId: authenticator.id },
    });
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it("refuses an answer to a challenge the API never gave", async () => {
    const { token } = await newFamilyMember("passkey-wrong-challenge");
    const { authenticator } = await addPasskey(token);
    await startSignIn();
    const forged = authenticator.get(b64url(randomBytes(32)));
    const result = await finishSignIn(forged);
    expect(result.token).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ field: "response", code: "PASSKEY_CHALLENGE_INVALID" }),
    ]);
  });

  it("refuses a replayed answer", async () => {
    const { token } = await newFamilyMember("passkey-replay");
    const { authenticator } = await addPasskey(token);
    const options = await startSignIn();
    const answer = authenticator.get(options.challenge);
    expect((await finishSignIn(answer)).token).toMatch(/^cetr_s_/);
    const replayed = await finishSignIn(answer);
    expect(replayed.token).toBeNull();
    expect(replayed.errors[0]?.code).toBe("PASSKEY_CHALLENGE_INVALID");
  });

  it("refuses an answer made for another site, and spends the challenge", async () => {
    const { token } = await newFamilyMember("passkey-wrong-origin");
    const { authenticator } = await addPasskey(token);
    const options = await startSignIn();
    const phished = await finishSignIn(
      authenticator.get(options.challenge, { origin: "https://portal.test.evil.example" }),
    );
    expect(phished.errors).toEqual([
      expect.objectContaining({ field: "response", code: "PASSKEY_NOT_VERIFIED" }),
    ]);
    // The same challenge cannot then be tried again with a good answer.
    expect((await finishSignIn(authenticator.get(options.challenge))).errors[0]?.code).toBe(
      "PASSKEY_CHALLENGE_INVALID",
    );
    const otherRp = await finishSignIn(
      authenticator.get((await startSignIn()).challenge, { rpId: "evil.test" }),
    );
    expect(otherRp.errors[0]?.code).toBe("PASSKEY_NOT_VERIFIED");
  });

  it("only finishes in the browser that started it", async () => {
    const { token } = await newFamilyMember("passkey-wrong-browser");
    const { authenticator } = await addPasskey(token);
    const options = await startSignIn(BROWSER);
    const result = await finishSignIn(authenticator.get(options.challenge), OTHER_BROWSER);
    expect(result.errors[0]?.code).toBe("PASSKEY_CHALLENGE_INVALID");
  });

  it("refuses an expired challenge", async () => {
    const { token } = await newFamilyMember("passkey-expired");
    const { authenticator } = await addPasskey(token);
    const options = await startSignIn();
    await api.db.prisma.passkeyChallenge.update({
      where: { challenge: options.challenge },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await finishSignIn(authenticator.get(options.challenge))).errors[0]?.code).toBe(
      "PASSKEY_CHALLENGE_INVALID",
    );
  });

  it("keeps the signature counter and refuses one that goes backwards (a copied passkey)", async () => {
    const { token } = await newFamilyMember("passkey-counter");
    const { authenticator } = await addPasskey(token, new SoftAuthenticator({ counter: 4 }));
    const first = await finishSignIn(authenticator.get((await startSignIn()).challenge));
    expect(first.errors).toEqual([]);
    const stored = () =>
      api.db.prisma.passkey.findUniqueOrThrow({ where: { credentialId: authenticator.id } });
    expect((await stored()).counter).toBe(5n);

    const cloned = await finishSignIn(
      authenticator.get((await startSignIn()).challenge, { counter: 5 }),
    );
    expect(cloned.token).toBeNull();
    expect(cloned.errors[0]?.code).toBe("PASSKEY_NOT_VERIFIED");
    expect((await stored()).counter).toBe(5n);

    const next = await finishSignIn(authenticator.get((await startSignIn()).challenge));
    expect(next.errors).toEqual([]);
    expect((await stored()).counter).toBe(6n);
  });

  it("accepts authenticators that keep no counter (always 0), every time", async () => {
    const { token } = await newFamilyMember("passkey-no-counter");
    const { authenticator } = await addPasskey(token, new SoftAuthenticator({ counter: null }));
    for (let i = 0; i < 2; i++) {
      const result = await finishSignIn(authenticator.get((await startSignIn()).challenge));
      expect(result.errors).toEqual([]);
    }
  });

  it("refuses an answer whose user handle names another account", async () => {
    const { token } = await newFamilyMember("passkey-handle");
    const { authenticator } = await addPasskey(token);
    const other = await newFamilyMember("passkey-handle-other");
    const result = await finishSignIn(
      authenticator.get((await startSignIn()).challenge, {
        userHandle: b64url(Buffer.from(other.user.id)),
      }),
    );
    expect(result.errors[0]?.code).toBe("PASSKEY_NOT_RECOGNISED");
  });

  it("counts towards the sign-in limits per IP: HTTP 429 with Retry-After", async () => {
    let last = await finishSignIn({});
    for (let i = 0; i < 40 && last.status !== 429; i++) {
      await startSignIn().catch(() => undefined);
      last = await finishSignIn({});
    }
    expect(last.status).toBe(429);
    expect(last.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });
});

describe("your own passkeys", () => {
  it("a removed passkey can no longer sign in", async () => {
    const { token } = await newFamilyMember("passkey-removed");
    const { authenticator, passkey } = await addPasskey(token);
    const { body } = await api.gql<{ removePasskey: { passkey: unknown; errors: Err[] } }>(
      REMOVE,
      { input: { id: passkey?.id } },
      { as: token },
    );
    expect(body.data?.removePasskey.errors).toEqual([]);
    const result = await finishSignIn(authenticator.get((await startSignIn()).challenge));
    expect(result.token).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ field: "response", code: "PASSKEY_NOT_RECOGNISED" }),
    ]);
  });

  it("nobody can remove or rename another person's passkey; it answers as if there were none", async () => {
    const owner = await newFamilyMember("passkey-owner");
    const { passkey, authenticator } = await addPasskey(owner.token, undefined, "Owner's phone");
    const attacker = await newFamilyMember("passkey-attacker");
    const removed = await api.gql<{ removePasskey: { passkey: unknown; errors: Err[] } }>(
      REMOVE,
      { input: { id: passkey?.id } },
      { as: attacker.token },
    );
    expect(removed.body.data?.removePasskey).toEqual({
      passkey: null,
      errors: [{ field: "id", code: "NOT_FOUND" }],
    });
    const renamed = await api.gql<{ renamePasskey: { errors: Err[] } }>(
      RENAME,
      { input: { id: passkey?.id, name: "Mine now" } },
      { as: attacker.token },
    );
    expect(renamed.body.data?.renamePasskey.errors[0]?.code).toBe("NOT_FOUND");
    // An ID of another kind is not a passkey either.
    const otherKind = Buffer.from(`User:${owner.user.id}`).toString("base64");
    const wrongKind = await api.gql<{ removePasskey: { errors: Err[] } }>(
      REMOVE,
      { input: { id: otherKind } },
      { as: owner.token },
    );
    expect(wrongKind.body.data?.removePasskey.errors[0]?.code).toBe("NOT_FOUND");

    const stored = await api.db.prisma.passkey.findUniqueOrThrow({
      where: { credentialId: authenticator.id },
    });
    expect(stored.name).toBe("Owner's phone");
    const { body } = await api.gql<{ viewer: { passkeys: unknown[] } }>(
      MY_PASSKEYS,
      {},
      {
        as: attacker.token,
      },
    );
    expect(body.data?.viewer.passkeys).toEqual([]);
  });

  it("renames your own passkey, with the same name rules", async () => {
    const { token } = await newFamilyMember("passkey-rename");
    const { passkey } = await addPasskey(token);
    const empty = await api.gql<{ renamePasskey: { errors: Err[] } }>(
      RENAME,
      { input: { id: passkey?.id, name: "" } },
      { as: token },
    );
    expect(empty.body.data?.renamePasskey.errors[0]).toMatchObject({
      field: "name",
      code: "REQUIRED",
    });
    const renamed = await api.gql<{ renamePasskey: { passkey: { name: string } } }>(
      RENAME,
      { input: { id: passkey?.id, name: "Old phone" } },
      { as: token },
    );
    expect(renamed.body.data?.renamePasskey.passkey.name).toBe("Old phone");
  });

  it("the same authenticator cannot be added twice", async () => {
    const { token } = await newFamilyMember("passkey-twice");
    const { authenticator } = await addPasskey(token);
    const { options } = await startRegistration(token, "Again");
    expect(options).toMatchObject({ excludeCredentials: [{ id: authenticator.id }] });
    const again = await finishRegistration(
      token,
      authenticator.create(options as Options),
      "Again",
    );
    expect(again.errors[0]?.code).toBe("ALREADY_EXISTS");
  });
});

describe("configuration", () => {
  it("takes the RP ID and origin from the portal URL, or a parent domain when set", () => {
    expect(relyingPartyFor("https://portal.cetr.example/", {})).toMatchObject({
      id: "portal.cetr.example",
      origin: "https://portal.cetr.example",
    });
    expect(
      relyingPartyFor("https://portal.cetr.example", { PASSKEY_RP_ID: "cetr.example" }).id,
    ).toBe("cetr.example");
    // An IP address cannot be an RP ID: a local run on 127.0.0.1 uses localhost.
    expect(relyingPartyFor("http://127.0.0.1:3000", {})).toMatchObject({
      id: "localhost",
      origin: "http://localhost:3000",
    });
  });
});
