import { afterEach, describe, expect, it, vi } from "vitest";
import { storeSession } from "../app/lib/session.server";
import { action as addAction } from "../app/routes/person-register";
import { action as rateAction } from "../app/routes/register-entry";
import { action as removeAction } from "../app/routes/register-entry-remove";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const signedIn = async () => (await storeSession("cetr_s_test")).split(";")[0] ?? "";

type Reply = { init: { status: number } | null; data: Record<string, unknown> };

/**
 * A fake API: the page's query answers with one person and one organisation;
 * the mutation answers with `mutation`. Records every operation's variables.
 */
function fakeApi(mutation: Record<string, unknown>) {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as {
        query: string;
        variables: Record<string, unknown>;
      };
      calls.push(body);
      if (body.query.includes("mutation")) return Response.json({ data: mutation });
      if (body.query.includes("RegisterEntryPage"))
        return Response.json({
          data: {
            node: {
              __typename: "RegisterEntry",
              id: "RE1",
              ratingHistory: [],
              person: { id: "P1", name: "Kept Example" },
            },
          },
        });
      return Response.json({
        data: {
          person: { id: "P1", name: "Kept Example" },
          viewer: { memberships: [{ organisation: { id: "O1", name: "Northvale ICB" } }] },
        },
      });
    }),
  );
  return calls;
}

const post = async (
  action: (args: never) => Promise<unknown>,
  fields: [string, string][],
  params: Record<string, string>,
) => {
  const request = new Request("http://console.test/x", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { cookie: await signedIn() },
  });
  return (await action({ request, params, context: {} } as never)) as unknown as Reply;
};

const typed: [string, string][] = [
  ["consentBasis", "BEST_INTERESTS"],
  ["riskFactors", "NO_FIXED_ADDRESS"],
  ["riskFactors", "LIFE_EVENTS"],
  ["rating", "AMBER"],
  ["reason", ""],
  ["ratedOn-day", "23"],
  ["ratedOn-month", "11"],
  ["ratedOn-year", "2026"],
];

describe("add to the register", () => {
  it("sends the answers, with the only organisation, to addToRegister", async () => {
    const calls = fakeApi({ addToRegister: { entry: { id: "RE1" }, errors: [] } });
    const thrown = await post(addAction, typed, { id: "P1" }).catch((e: unknown) => e);
    expect((thrown as Response).status).toBe(303);
    expect((thrown as Response).headers.get("location")).toBe("/register/RE1?added=1");
    expect(calls.at(-1)?.variables.input).toEqual({
      personId: "P1",
      organisationId: "O1",
      consentBasis: "BEST_INTERESTS",
      rating: "AMBER",
      reason: "",
      addedOn: "2026-11-23",
      nextReviewOn: null,
      riskFactors: [{ factor: "NO_FIXED_ADDRESS" }, { factor: "LIFE_EVENTS" }],
    });
  });

  it("shows the API's refusal in the form's words, keeping every answer", async () => {
    fakeApi({
      addToRegister: {
        entry: null,
        errors: [{ field: "reason", code: "REQUIRED", message: "Say why the rating is given" }],
      },
    });
    const reply = await post(addAction, typed, { id: "P1" });
    expect(reply.init?.status).toBe(400);
    expect(reply.data.errors).toEqual({ reason: "Enter why you have given this rating" });
    expect(reply.data.values).toMatchObject({
      consentBasis: "BEST_INTERESTS",
      rating: "AMBER",
      riskFactors: ["NO_FIXED_ADDRESS", "LIFE_EVENTS"],
      "ratedOn-day": "23",
    });
  });

  it("without a rating or consent, says so (and what else is missing) without asking the API", async () => {
    const calls = fakeApi({});
    const reply = await post(
      addAction,
      [
        ["reason", ""],
        ["ratedOn-day", "23"],
        ["ratedOn-year", "2026"],
      ],
      { id: "P1" },
    );
    expect(reply.init?.status).toBe(400);
    expect(reply.data.errors).toEqual({
      consentBasis: "Select how they agreed to be on the register",
      rating: "Select a rating",
      reason: "Enter why you have given this rating",
      ratedOn: "The date of the rating must include a month",
    });
    expect(calls.some((c) => c.query.includes("mutation"))).toBe(false);
  });

  it("says so above the form when they are already on the register", async () => {
    fakeApi({
      addToRegister: {
        entry: null,
        errors: [{ field: "personId", code: "ALREADY_EXISTS", message: "already" }],
      },
    });
    const reply = await post(addAction, [...typed.slice(0, 4), ["reason", "Why"]], { id: "P1" });
    expect(reply.data.formErrors).toEqual(["They are already on this organisation's register"]);
  });
});

describe("record a new rating", () => {
  it("refuses a date before the last rating with the API's words, on the date", async () => {
    fakeApi({
      rateRegisterEntry: {
        entry: null,
        errors: [
          {
            field: "ratedOn",
            code: "RATING_HISTORY_OUT_OF_ORDER",
            message: "The rating is dated before the previous one (2026-11-02)",
          },
        ],
      },
    });
    const reply = await post(
      rateAction,
      [
        ["rating", "RED"],
        ["reason", "Crisis"],
        ["ratedOn-day", "1"],
        ["ratedOn-month", "11"],
        ["ratedOn-year", "2026"],
      ],
      { entryId: "RE1" },
    );
    expect(reply.init?.status).toBe(400);
    expect(reply.data.errors).toEqual({
      ratedOn: "The rating is dated before the previous one (2026-11-02)",
    });
    expect(reply.data.values).toMatchObject({ rating: "RED", reason: "Crisis" });
  });
});

describe("take someone off the register", () => {
  it("sends the date and reason, and words a too-early date for the form", async () => {
    const calls = fakeApi({
      removeFromRegister: {
        entry: null,
        errors: [
          {
            field: "removedOn",
            code: "DATE_INVALID",
            message: "The person joined the register on 2026-09-01: removal cannot be earlier",
          },
          { field: "reason", code: "REQUIRED", message: "This cannot be blank" },
        ],
      },
    });
    const reply = await post(
      removeAction,
      [
        ["removedOn-day", "1"],
        ["removedOn-month", "8"],
        ["removedOn-year", "2026"],
        ["removedReason", ""],
      ],
      { entryId: "RE1" },
    );
    expect(calls.at(-1)?.variables.input).toEqual({
      entryId: "RE1",
      removedOn: "2026-08-01",
      reason: "",
    });
    expect(reply.init?.status).toBe(400);
    expect(reply.data.errors).toEqual({
      removedOn:
        "The date they came off the register must be a real date, on or after the day they joined it",
      removedReason: "Enter why they are coming off the register",
    });
    expect(reply.data.values).toMatchObject({ "removedOn-month": "8" });
  });
});
