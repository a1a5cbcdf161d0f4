import { afterEach, describe, expect, it, vi } from "vitest";
import { action as start } from "../app/routes/sign-in-oidc";
import { loader as callback } from "../app/routes/sign-in-oidc-callback";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

type Body = { query: string; variables: Record<string, unknown> };

/** The API, answering each operation by name; every call is kept to inspect. */
function fakeApi(answers: Record<string, unknown>) {
  const calls: Body[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Body;
    calls.push(body);
    const name = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
    if (name === "DemoAccounts") {
      return Response.json({ errors: [{ message: "off", extensions: { code: "FORBIDDEN" } }] });
    }
    if (name === "SignInMethods") {
      return Response.json({ data: { signInMethods: { oidc: true, oidcProviderName: "NHS" } } });
    }
    return Response.json({ data: answers[name] });
  });
  vi.stubGlobal("fetch", fetch);
  return calls;
}

const args = <T>(request: Request) => ({ request, params: {}, context: {} }) as T;

describe("organisation sign-in: start", () => {
  it("asks the API with the public callback and sends the browser to the provider (303)", async () => {
    const calls = fakeApi({
      StartOidcSignIn: {
        startOidcSignIn: { authorizationUrl: "https://idp.example/authorize?x=1", errors: [] },
      },
    });
    const request = new Request("http://internal:3001/sign-in/oidc", {
      method: "POST",
      body: new URLSearchParams({ returnTo: "/people?after=abc" }),
    });
    const thrown = await start(args<Parameters<typeof start>[0]>(request)).catch((e) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(303);
    expect((thrown as Response).headers.get("location")).toBe("https://idp.example/authorize?x=1");
    expect(calls[0]?.variables).toEqual({
      input: {
        redirectUri: "http://localhost:3001/sign-in/oidc/callback",
        returnTo: "/people?after=abc",
      },
    });
  });

  it("shows the API's reason on the sign-in page when it refuses", async () => {
    fakeApi({
      StartOidcSignIn: {
        startOidcSignIn: { authorizationUrl: null, errors: [{ message: "Not set up" }] },
      },
    });
    const request = new Request("http://internal:3001/sign-in/oidc", {
      method: "POST",
      body: new URLSearchParams({ returnTo: "//evil.example" }),
    });
    const result = (await start(args<Parameters<typeof start>[0]>(request))) as unknown as {
      data: Record<string, unknown>;
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(result.data).toMatchObject({
      error: { fieldId: "oidc-sign-in", message: "Not set up" },
      oidcProviderName: "NHS",
      returnTo: "/",
    });
  });
});

describe("organisation sign-in: callback", () => {
  it("completes with the full public URL, keeps the token in the cookie and goes back", async () => {
    const calls = fakeApi({
      CompleteOidcSignIn: {
        completeOidcSignIn: { token: "cetr_s_new", returnTo: "/people/new", errors: [] },
      },
    });
    const request = new Request("http://internal:3001/sign-in/oidc/callback?code=c&state=s");
    const thrown = await callback(args<Parameters<typeof callback>[0]>(request)).catch((e) => e);
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/people/new");
    expect(response.headers.get("set-cookie")).toMatch(/^cetr_console_session=.*HttpOnly/i);
    expect(calls[0]?.variables).toEqual({
      input: { callbackUrl: "http://localhost:3001/sign-in/oidc/callback?code=c&state=s" },
    });
  });

  it("shows a clear error, and sets no cookie, when the API refuses", async () => {
    fakeApi({
      CompleteOidcSignIn: {
        completeOidcSignIn: {
          token: null,
          returnTo: null,
          errors: [{ message: "The sign-in did not complete: please try again" }],
        },
      },
    });
    const request = new Request("http://internal:3001/sign-in/oidc/callback?code=c&state=s");
    const result = (await callback(args<Parameters<typeof callback>[0]>(request))) as unknown as {
      data: Record<string, unknown>;
      init: { status: number; headers: Record<string, string> };
    };
    expect(result.init.status).toBe(400);
    expect(result.init.headers).not.toHaveProperty("Set-Cookie");
    expect(result.data).toMatchObject({
      error: { fieldId: "oidc-sign-in", message: "The sign-in did not complete: please try again" },
      accounts: null,
    });
  });
});
