import { userData } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHALLENGE_TTL_MS,
  completeSignIn,
  MAX_CODE_ATTEMPTS,
  requestSignIn,
  type SignInEmail,
} from "../src/auth/sign-in.js";
import type { Mailer, OutgoingEmail } from "../src/email/mailer.js";
import { type Harness, startApi } from "./harness.js";

/**
 * Passwordless sign-in (issue 5): code and link, single use, 15 minutes,
 * bound to the browser, and never revealing whether an address has an account.
 */

let api: Harness;
const sent: OutgoingEmail[] = [];
const mailer: Mailer = { send: async (m) => void sent.push(m) };
const compose = async (e: SignInEmail): Promise<OutgoingEmail> => ({
  to: e.to,
  subject: "Your sign-in code",
  text: `code ${e.code} link ${e.link}`,
  language: "en-GB",
});
const BROWSER = "b".repeat(43);
const OTHER_BROWSER = "o".repeat(43);
let email: string;

beforeAll(async () => {
  api = await startApi();
  email = (await api.db.prisma.user.create({ data: userData("family-sign-in") })).email;
});
afterAll(() => api.close());

async function ask(address: string, browserSecret = BROWSER, now = new Date()) {
  sent.length = 0;
  const result = await requestSignIn(
    api.db,
    mailer,
    compose,
    { email: address, browserSecret, linkBase: "https://portal.example/sign-in/link" },
    now,
  );
  if (result.ok && result.deliver) await result.deliver();
  const text = sent[0]?.text ?? "";
  return {
    result,
    code: /code (\d{6})/.exec(text)?.[1] ?? "",
    link: decodeURIComponent(/token=(\S+)/.exec(text)?.[1] ?? ""),
  };
}

describe("asking for a code", () => {
  it("sends a 6-digit code and a link to a known address", async () => {
    const { result, code, link } = await ask(` ${email.toUpperCase()} `);
    expect(result.ok).toBe(true);
    expect(code).toMatch(/^\d{6}$/);
    expect(link.length).toBeGreaterThan(30);
    expect(sent[0]?.to).toBe(email);
  });

  it("answers an unknown address exactly as a known one, and sends nothing", async () => {
    const known = await ask(email);
    const unknown = await ask("nobody-here@cetr.example");
    expect(Object.keys(unknown.result).sort()).toEqual(Object.keys(known.result).sort());
    expect(unknown.result.ok).toBe(true);
    expect(sent).toEqual([]);
  });

  it("takes the same time for known and unknown addresses (generous ratio)", async () => {
    // Interleaved, and compared by median, so a busy machine slows both alike.
    const once = async (address: string) => {
      const started = performance.now();
      await requestSignIn(
        api.db,
        mailer,
        compose,
        { email: address, browserSecret: BROWSER, linkBase: "x" },
        new Date(),
      );
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 31; i++) {
      known.push(await once(email));
      unknown.push(await once("nobody-timing@cetr.example"));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const [a, b] = [median(known.slice(1)), median(unknown.slice(1))];
    expect(Math.max(a, b) / Math.min(a, b)).toBeLessThan(3);
  });

  it("refuses a malformed address with a field error", async () => {
    const { result } = await ask("not an email");
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: "email", code: "EMAIL_FORMAT" })],
    });
  });
});

describe("signing in with the code or the link", () => {
  it("the code works once, in the same browser", async () => {
    const { code } = await ask(email);
    const first = await completeSignIn(api.db, { email, code, browserSecret: BROWSER }, new Date());
    expect(first.ok).toBe(true);
    const again = await completeSignIn(api.db, { email, code, browserSecret: BROWSER }, new Date());
    expect(again).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: "SIGN_IN_USED" })],
    });
    // The session it opened is real.
    if (first.ok)
      expect((await api.gql(`{ viewer { kind } }`, {}, { as: first.token })).body.data).toEqual({
        viewer: { kind: "USER" },
      });
  });

  it("the link works once, in the same browser; in another browser it says so", async () => {
    const { link } = await ask(email);
    const elsewhere = await completeSignIn(
      api.db,
      { linkToken: link, browserSecret: OTHER_BROWSER },
      new Date(),
    );
    expect(elsewhere).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: "SIGN_IN_WRONG_BROWSER" })],
    });
    expect(
      (await completeSignIn(api.db, { linkToken: link, browserSecret: BROWSER }, new Date())).ok,
    ).toBe(true);
    expect(
      await completeSignIn(api.db, { linkToken: link, browserSecret: BROWSER }, new Date()),
    ).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: "SIGN_IN_USED" })],
    });
  });

  it("the code typed in another browser says to use the browser that asked", async () => {
    const { code } = await ask(email);
    const result = await completeSignIn(
      api.db,
      { email, code, browserSecret: OTHER_BROWSER },
      new Date(),
    );
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: "SIGN_IN_WRONG_BROWSER" })],
    });
  });

  it("expires after 15 minutes", async () => {
    const asked = new Date();
    const { code, link } = await ask(email, BROWSER, asked);
    const later = new Date(asked.getTime() + CHALLENGE_TTL_MS + 1000);
    expect(await completeSignIn(api.db, { email, code, browserSecret: BROWSER }, later)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: "SIGN_IN_CODE_INVALID" })],
    });
    expect(
      (await completeSignIn(api.db, { linkToken: link, browserSecret: BROWSER }, later)).ok,
    ).toBe(false);
  });

  it("a wrong code counts; after too many, even the right one fails", async () => {
    const { code } = await ask(email);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) {
      expect(
        (await completeSignIn(api.db, { email, code: wrong, browserSecret: BROWSER }, new Date()))
          .ok,
      ).toBe(false);
    }
    expect(
      (await completeSignIn(api.db, { email, code, browserSecret: BROWSER }, new Date())).ok,
    ).toBe(false);
  });

  it("only the newest code works", async () => {
    const older = await ask(email);
    const newer = await ask(email);
    if (older.code !== newer.code) {
      expect(
        (
          await completeSignIn(
            api.db,
            { email, code: older.code, browserSecret: BROWSER },
            new Date(),
          )
        ).ok,
      ).toBe(false);
    }
    expect(
      (
        await completeSignIn(
          api.db,
          { email, code: newer.code, browserSecret: BROWSER },
          new Date(),
        )
      ).ok,
    ).toBe(true);
  });

  it("an unknown address's code can never sign in, and fails like a wrong code", async () => {
    await ask("nobody-else@cetr.example");
    const result = await completeSignIn(
      api.db,
      { email: "nobody-else@cetr.example", code: "123456", browserSecret: BROWSER },
      new Date(),
    );
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: "SIGN_IN_CODE_INVALID" })],
    });
  });

  it("stores no code, link or browser secret in clear", async () => {
    const { code, link } = await ask(email);
    const rows = JSON.stringify(await api.db.prisma.signInChallenge.findMany());
    expect(rows).not.toContain(link);
    expect(rows).not.toContain(BROWSER);
    expect(rows).not.toMatch(new RegExp(`"${code}"`));
  });
});

describe("through the API", () => {
  const REQUEST = `mutation($input: RequestSignInInput!) { requestSignIn(input: $input) { sent expiresAt errors { field code } } }`;

  it("known and unknown addresses get the same status and the same shape of answer", async () => {
    const known = await api.gql(
      REQUEST,
      { input: { email, browserSecret: BROWSER } },
      { as: null },
    );
    const unknown = await api.gql(
      REQUEST,
      { input: { email: "nobody-api@cetr.example", browserSecret: BROWSER } },
      { as: null },
    );
    expect(unknown.status).toBe(known.status);
    const shape = (body: unknown) =>
      JSON.stringify(body).replace(/"expiresAt":"[^"]+"/, '"expiresAt":"…"');
    expect(shape(unknown.body)).toBe(shape(known.body));
    expect(await api.waitForMail(email)).toMatchObject({ to: email });
    expect(api.mail.some((m) => m.to === "nobody-api@cetr.example")).toBe(false);
  });

  it("too many requests for one address get HTTP 429 with Retry-After, known or not", async () => {
    for (const address of [email, "nobody-limit@cetr.example"]) {
      let last: Response | undefined;
      for (let i = 0; i < 8; i++) {
        last = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: REQUEST,
            variables: { input: { email: address, browserSecret: BROWSER } },
          }),
        });
      }
      expect(last?.status).toBe(429);
      expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = (await last?.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("RATE_LIMITED");
    }
  });
});
