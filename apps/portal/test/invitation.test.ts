import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionToken, storeSession } from "../app/lib/session.server";
import { action, loader } from "../app/routes/invitation";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const cookieFrom = (setCookie: string) => setCookie.split(";")[0] ?? "";
const signedIn = async () =>
  cookieFrom(await storeSession(new Request("http://portal.test/"), "cetr_s_old"));

const valid = {
  portalInvitation: {
    status: "VALID",
    personName: "Alex",
    invitedByName: "Sam Patel",
    kind: "PARENT_CARER",
  },
};

type ActionArgs = Parameters<typeof action>[0];
type LoaderArgs = Parameters<typeof loader>[0];

const post = async (fields: Record<string, string>, cookie?: string) =>
  action({
    request: new Request("http://portal.test/invitation/inv1", {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { cookie: cookie ?? (await signedIn()) },
    }),
    params: { token: "inv1" },
    context: {},
  } as ActionArgs).catch((thrown: unknown) => thrown);

/** One answer per API call, in order. */
const answers = (...bodies: unknown[]) => {
  const fetch = vi.fn();
  for (const body of bodies) fetch.mockResolvedValueOnce(Response.json({ data: body }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
};

describe("the invitation page", () => {
  it("says who invited whom, and whether the reader is signed in", async () => {
    answers(valid);
    const result = await loader({
      request: new Request("http://portal.test/invitation/inv1"),
      params: { token: "inv1" },
      context: {},
    } as LoaderArgs);
    expect(result).toMatchObject({
      signedIn: false,
      status: "VALID",
      personName: "Alex",
      invitedByName: "Sam Patel",
    });
  });
});

describe("accepting", () => {
  it("sends the confirmation, stores the NEW token and goes home", async () => {
    const fetch = answers({ acceptInvitation: { token: "cetr_s_new", errors: [] } });
    const result = (await post({ confirmed: "yes" })) as Response;
    const sent = JSON.parse(String(fetch.mock.calls[0]?.[1]?.body));
    expect(sent.variables.input).toEqual({ token: "inv1", confirmed: true });
    expect(fetch.mock.calls[0]?.[1]?.headers).toMatchObject({ authorization: "Bearer cetr_s_old" });
    expect(result.headers.get("location")).toBe("/home");
    const cookie = cookieFrom(result.headers.get("set-cookie") ?? "");
    expect(
      await readSessionToken(new Request("http://portal.test/", { headers: { cookie } })),
    ).toBe("cetr_s_new");
  });

  it("not ticked: asks them to tick the box", async () => {
    const fetch = answers(
      {
        acceptInvitation: {
          token: null,
          errors: [{ code: "REQUIRED", field: "confirmed", message: "x" }],
        },
      },
      valid,
    );
    const result = (await post({})) as { data: { error: string }; init: ResponseInit };
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body)).variables.input.confirmed).toBe(
      false,
    );
    expect(result.data.error).toBe("invitation.errors.notConfirmed");
    expect(result.init.status).toBe(400);
  });

  it("signed in as someone else: says so plainly", async () => {
    answers(
      {
        acceptInvitation: {
          token: null,
          errors: [{ code: "INVITATION_WRONG_ACCOUNT", field: "token", message: "x" }],
        },
      },
      valid,
    );
    const result = (await post({ confirmed: "yes" })) as { data: { error: string } };
    expect(result.data.error).toBe("invitation.errors.wrongAccount");
  });

  it("signed out: sends the browser to sign in, and posts nothing", async () => {
    const fetch = answers();
    const result = (await post({ confirmed: "yes" }, "")) as Response;
    expect(result.headers.get("location")).toMatch(/^\/sign-in\?/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
