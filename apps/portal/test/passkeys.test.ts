import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionToken } from "../app/lib/session.server";
import { action as passkeysAction } from "../app/routes/passkeys";
import { action as registerAction } from "../app/routes/passkeys-register";
import { action as signInAction } from "../app/routes/sign-in-passkey";
import {
  type Args,
  answer,
  args,
  cookieFrom,
  post,
  secret,
  sent,
  sessionCookie,
  sessionToken,
  settle,
  signInCookie,
} from "./route-test-kit";

/**
 * The portal's half of passkeys (ADR 0011): the browser gets options and
 * gives back answers; the session token only ever travels in the httpOnly
 * cookie, and the API's codes become words in the person's register.
 */

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const token = sessionToken;

describe("signing in with a passkey", () => {
  it("starts with this browser's secret and hands the browser only the options", async () => {
    const options = { challenge: "abc", rpId: "portal.test", allowCredentials: [] };
    const fetch = answer({
      startPasskeySignIn: { optionsJSON: JSON.stringify(options), errors: [] },
    });
    vi.stubGlobal("fetch", fetch);
    const response = (await signInAction(
      args<Args<typeof signInAction>>(
        post("/sign-in/passkey", { intent: "options" }, await signInCookie()),
      ),
    )) as Response;
    expect(sent(fetch).body.variables.input).toEqual({ browserSecret: secret });
    expect(sent(fetch).headers.get("authorization")).toBeNull();
    expect(await response.json()).toEqual({ options });
  });

  it("finishing puts the token in the httpOnly cookie, never in what the browser reads", async () => {
    const fetch = answer({ finishPasskeySignIn: { token, errors: [] } });
    vi.stubGlobal("fetch", fetch);
    const response = (await signInAction(
      args<Args<typeof signInAction>>(
        post(
          "/sign-in/passkey",
          { intent: "finish", response: '{"id":"x"}', returnTo: "//evil.example" },
          await signInCookie(),
        ),
      ),
    )) as Response;
    expect(sent(fetch).body.variables.input).toEqual({
      browserSecret: secret,
      response: '{"id":"x"}',
    });
    const text = await response.text();
    expect(text).not.toContain(token);
    // Only same-site paths: anything else goes home.
    expect(JSON.parse(text)).toEqual({ redirectTo: "/home" });
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith("cetr_portal_session="));
    expect(session).toMatch(/HttpOnly/i);
    expect(
      await readSessionToken(
        new Request("http://portal.test/", { headers: { cookie: cookieFrom(session ?? "") } }),
      ),
    ).toBe(token);
  });

  it("a passkey the API does not know becomes friendly words, and no cookie", async () => {
    vi.stubGlobal(
      "fetch",
      answer({
        finishPasskeySignIn: {
          token: null,
          errors: [{ code: "PASSKEY_NOT_RECOGNISED", field: "response" }],
        },
      }),
    );
    const response = (await signInAction(
      args<Args<typeof signInAction>>(
        post("/sign-in/passkey", { intent: "finish", response: "{}" }, await signInCookie()),
      ),
    )) as Response;
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "passkeys.signIn.errors.notRecognised" });
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("over the API's limit: HTTP 429 with the wait", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        Response.json(
          {
            errors: [
              {
                message: "Too many",
                extensions: { code: "RATE_LIMITED", retryAfterSeconds: 90 },
              },
            ],
          },
          { status: 429 },
        ),
      ),
    );
    const response = (await signInAction(
      args<Args<typeof signInAction>>(
        post("/sign-in/passkey", { intent: "options" }, await signInCookie()),
      ),
    )) as Response;
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("90");
    expect(await response.json()).toEqual({ error: "passkeys.signIn.errors.tooMany" });
  });
});

describe("adding a passkey", () => {
  it("needs a session: without one it goes to sign in", async () => {
    const result = (await settle(() =>
      registerAction(
        args<Args<typeof registerAction>>(
          post("/passkeys/register", { intent: "options", name: "Phone" }),
        ),
      ),
    )) as Response;
    expect(result.status).toBe(302);
    expect(result.headers.get("location")).toMatch(/^\/sign-in\?/);
  });

  it("asks the API as the signed-in person and turns its codes into words", async () => {
    const fetch = answer({
      startPasskeyRegistration: {
        optionsJSON: null,
        errors: [{ code: "REQUIRED", field: "name" }],
      },
    });
    vi.stubGlobal("fetch", fetch);
    const response = (await registerAction(
      args<Args<typeof registerAction>>(
        post("/passkeys/register", { intent: "options", name: " " }, await sessionCookie()),
      ),
    )) as Response;
    expect(sent(fetch).headers.get("authorization")).toBe(`Bearer ${token}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "passkeys.errors.nameRequired" });
  });

  it("finishes with the name and the device's answer", async () => {
    const fetch = answer({
      finishPasskeyRegistration: { passkey: { name: "My phone" }, errors: [] },
    });
    vi.stubGlobal("fetch", fetch);
    const response = (await registerAction(
      args<Args<typeof registerAction>>(
        post(
          "/passkeys/register",
          { intent: "finish", name: "My phone", response: '{"id":"x"}' },
          await sessionCookie(),
        ),
      ),
    )) as Response;
    expect(sent(fetch).body.variables.input).toEqual({ name: "My phone", response: '{"id":"x"}' });
    expect(await response.json()).toEqual({ added: "My phone" });
  });
});

describe("renaming and removing (plain forms)", () => {
  it("a refused rename keeps what was typed and says why", async () => {
    vi.stubGlobal(
      "fetch",
      answer({ renamePasskey: { passkey: null, errors: [{ code: "TOO_LONG", field: "name" }] } }),
    );
    const long = "x".repeat(61);
    const result = (await passkeysAction(
      args<Args<typeof passkeysAction>>(
        post(
          "/passkeys",
          { intent: "rename", id: "UGFzc2tleTox", name: long },
          await sessionCookie(),
        ),
      ),
    )) as { data: unknown; init: ResponseInit | null };
    expect(result.init?.status).toBe(400);
    expect(result.data).toEqual({
      renameError: { id: "UGFzc2tleTox", error: "passkeys.errors.nameTooLong", value: long },
    });
  });

  it("removing says which passkey went", async () => {
    const fetch = answer({ removePasskey: { passkey: { name: "Old phone" }, errors: [] } });
    vi.stubGlobal("fetch", fetch);
    const result = (await passkeysAction(
      args<Args<typeof passkeysAction>>(
        post("/passkeys", { intent: "remove", id: "UGFzc2tleTox" }, await sessionCookie()),
      ),
    )) as { data: unknown };
    expect(sent(fetch).body.variables.input).toEqual({ id: "UGFzc2tleTox" });
    expect(result.data).toEqual({ notice: { kind: "removed", name: "Old phone" } });
  });
});
