import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionToken, readSignIn, storeSession } from "../app/lib/session.server";
import { loader as homeLoader } from "../app/routes/home";
import { action as requestAction } from "../app/routes/sign-in";
import { action as codeAction } from "../app/routes/sign-in-code";
import { loader as linkLoader } from "../app/routes/sign-in-link";
import {
  type Args,
  answer,
  args,
  cookieFrom,
  post,
  secret,
  sent,
  settle,
  signInCookie,
} from "./route-test-kit";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("asking for a code", () => {
  it("sends the address with this browser's secret, then goes to the code page with the address in a cookie", async () => {
    const fetch = answer({ requestSignIn: { sent: true, errors: [] } });
    vi.stubGlobal("fetch", fetch);
    const cookie = await signInCookie(null);
    const result = (await settle(() =>
      requestAction(
        args<Args<typeof requestAction>>(
          post("/sign-in", { email: " sarah@family.example ", returnTo: "/home" }, cookie),
        ),
      ),
    )) as Response;
    expect(sent(fetch).body.variables.input).toMatchObject({
      email: "sarah@family.example",
      browserSecret: secret,
      format: "PLAIN",
    });
    expect(result.status).toBe(303);
    expect(result.headers.get("location")).toBe("/sign-in/code?returnTo=%2Fhome");
    const state = await readSignIn(
      new Request("http://portal.test/", {
        headers: { cookie: cookieFrom(result.headers.get("set-cookie") ?? "") },
      }),
    );
    expect(state).toEqual({ browserSecret: secret, email: "sarah@family.example" });
  });

  it("an empty address is an error in words, without asking the API", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const result = (await requestAction(
      args<Args<typeof requestAction>>(post("/sign-in", { email: "  " })),
    )) as unknown as { data: { error: string }; init: { status: number } };
    expect(result.data.error).toBe("signIn.errors.emailRequired");
    expect(result.init.status).toBe(400);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("the API's EMAIL_FORMAT becomes friendly words, and what was typed is kept", async () => {
    vi.stubGlobal(
      "fetch",
      answer({
        requestSignIn: {
          sent: false,
          errors: [{ code: "EMAIL_FORMAT", field: "email", message: "Enter an email address" }],
        },
      }),
    );
    const result = (await requestAction(
      args<Args<typeof requestAction>>(post("/sign-in", { email: "sarah" })),
    )) as unknown as { data: { error: string; email: string } };
    expect(result.data).toMatchObject({ error: "signIn.errors.emailFormat", email: "sarah" });
  });

  it("RATE_LIMITED is a Too many tries page with HTTP 429 and the wait", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        Response.json(
          {
            errors: [
              { message: "Too many", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 600 } },
            ],
            data: null,
          },
          { status: 429 },
        ),
      ),
    );
    const result = (await requestAction(
      args<Args<typeof requestAction>>(post("/sign-in", { email: "sarah@family.example" })),
    )) as unknown as { data: { tooMany: { retryAfterSeconds: number } }; init: ResponseInit };
    expect(result.data.tooMany.retryAfterSeconds).toBe(600);
    expect(result.init.status).toBe(429);
  });
});

describe("typing the code", () => {
  it("ignores spaces, signs in, and stores the session", async () => {
    const fetch = answer({ completeSignIn: { token: "cetr_s_new", errors: [] } });
    vi.stubGlobal("fetch", fetch);
    const cookie = await signInCookie("sarah@family.example");
    const result = (await settle(() =>
      codeAction(
        args<Args<typeof codeAction>>(
          post("/sign-in/code", { code: " 482 913 ", returnTo: "/home" }, cookie),
        ),
      ),
    )) as Response;
    expect(sent(fetch).body.variables.input).toEqual({
      browserSecret: secret,
      email: "sarah@family.example",
      code: "482913",
    });
    expect(result.headers.get("location")).toBe("/home");
    const cookies = result.headers.getSetCookie().map(cookieFrom).join("; ");
    expect(
      await readSessionToken(new Request("http://portal.test/", { headers: { cookie: cookies } })),
    ).toBe("cetr_s_new");
  });

  it.each([
    ["SIGN_IN_CODE_INVALID", "signIn.code.errors.invalid"],
    ["SIGN_IN_USED", "signIn.code.errors.used"],
    ["SIGN_IN_WRONG_BROWSER", "signIn.code.errors.wrongBrowser"],
  ])("%s is shown in plain words, keeping what was typed", async (code, key) => {
    vi.stubGlobal(
      "fetch",
      answer({ completeSignIn: { token: null, errors: [{ code, field: "code", message: "x" }] } }),
    );
    const result = (await codeAction(
      args<Args<typeof codeAction>>(
        post("/sign-in/code", { code: "111 111" }, await signInCookie("sarah@family.example")),
      ),
    )) as unknown as { data: { error: string; code: string } };
    expect(result.data).toMatchObject({ error: key, code: "111 111" });
  });

  it("without a sign-in in progress, starts again", async () => {
    const result = (await settle(() =>
      codeAction(args<Args<typeof codeAction>>(post("/sign-in/code", { code: "482913" }))),
    )) as Response;
    expect(result.headers.get("location")).toMatch(/^\/sign-in\?/);
  });
});

describe("the email's link", () => {
  it("signs in with the link token and this browser's secret", async () => {
    const fetch = answer({ completeSignIn: { token: "cetr_s_link", errors: [] } });
    vi.stubGlobal("fetch", fetch);
    const request = new Request("http://portal.test/sign-in/link?token=abc", {
      headers: { cookie: await signInCookie("sarah@family.example") },
    });
    const result = (await settle(() =>
      linkLoader(args<Args<typeof linkLoader>>(request)),
    )) as Response;
    expect(sent(fetch).body.variables.input).toEqual({ browserSecret: secret, linkToken: "abc" });
    expect(result.headers.get("location")).toBe("/home");
  });

  it("in another browser (no secret) says what to do, without asking the API", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const result = (await linkLoader(
      args<Args<typeof linkLoader>>(new Request("http://portal.test/sign-in/link?token=abc")),
    )) as unknown as { data: { reason: string }; init: ResponseInit };
    expect(result.data.reason).toBe("other");
    expect(result.init.status).toBe(400);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("home", () => {
  it("signed out: sends the browser to sign in and back", async () => {
    const result = (await settle(() =>
      homeLoader(args<Args<typeof homeLoader>>(new Request("http://portal.test/home"))),
    )) as Response;
    expect(result.headers.get("location")).toBe("/sign-in?returnTo=%2Fhome");
  });

  it("an ended session: signs in again and forgets the cookie", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        Response.json({
          errors: [{ message: "x", extensions: { code: "UNAUTHENTICATED" } }],
          data: null,
        }),
      ),
    );
    const cookie = cookieFrom(await storeSession(new Request("http://portal.test/"), "cetr_s_old"));
    const result = (await settle(() =>
      homeLoader(
        args<Args<typeof homeLoader>>(
          new Request("http://portal.test/home", { headers: { cookie } }),
        ),
      ),
    )) as Response;
    expect(result.headers.get("location")).toBe("/sign-in?returnTo=%2Fhome&ended=1");
    expect(result.headers.get("set-cookie")).toMatch(/Max-Age=0/);
  });

  it("lists the people with the next review date, using the session token", async () => {
    const fetch = answer({
      viewer: {
        user: { displayName: "Sarah Morgan" },
        unreadNotificationCount: 2,
        people: [
          {
            id: "p1",
            name: "Alexander Morgan",
            preferredName: "Alex",
            yourRoles: ["PARENT_CARER"],
            reviews: [
              {
                id: "r1",
                kind: "COMMUNITY",
                status: "CLOSED",
                scheduledOn: "2020-01-01",
                heldOn: "2020-01-02",
                report: { isSent: true },
              },
              {
                id: "r2",
                kind: "COMMUNITY",
                status: "PLANNED",
                scheduledOn: "2999-03-03",
                heldOn: null,
                report: null,
              },
            ],
            actions: [
              { status: "OPEN", isOverdue: true },
              { status: "DONE", isOverdue: false },
            ],
            plannerDocuments: [],
            dischargePlans: [],
          },
        ],
      },
    });
    vi.stubGlobal("fetch", fetch);
    const cookie = cookieFrom(await storeSession(new Request("http://portal.test/"), "cetr_s_abc"));
    const result = await homeLoader(
      args<Args<typeof homeLoader>>(
        new Request("http://portal.test/home", { headers: { cookie } }),
      ),
    );
    expect(fetch.mock.calls[0]?.[1]?.headers).toMatchObject({ authorization: "Bearer cetr_s_abc" });
    expect(result).toEqual({
      name: "Sarah Morgan",
      // Tasks come from lib/home.ts (tested there): a review ahead makes the planner the next step.
      people: [
        {
          id: "p1",
          name: "Alex",
          isSelf: false,
          // The action tracker's link says how many are late; each sent report gets a link.
          hasActions: true,
          lateActions: 1,
          reports: [{ reviewId: "r1", heldOn: "2020-01-02" }],
          nextReview: "2999-03-03",
          planner: "notStarted",
          profile: "notStarted",
          // No discharge plan: no leaving-hospital task.
          leaving: null,
          next: "planner",
        },
      ],
      // The link to Notifications says how many are new.
      unreadNotifications: 2,
    });
  });
});
