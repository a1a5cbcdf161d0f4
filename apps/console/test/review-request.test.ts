import { afterEach, describe, expect, it, vi } from "vitest";
import { decisionHref } from "../app/lib/request-decision";
import { storeSession } from "../app/lib/session.server";
import { action, loader } from "../app/routes/review-request";

/**
 * A request for a review made without the portal's form (through the API,
 * §14, Figure 9) has its own page, /review-requests/:id, where staff record
 * the decision with the same form, checks and words as a form's page.
 */

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const ID = "UmV2aWV3UmVxdWVzdDox";
const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";
type Call = { query: string; variables: Record<string, unknown> };

const request = (formReference: string | null) => ({
  id: ID,
  stage: "WITH_CARE_COORDINATOR",
  nextStages: ["RESOLVED_WITHOUT_REVIEW", "WITH_COMMISSIONER"],
  route: "VIA_CARE_COORDINATOR",
  requester: "FAMILY_OR_CARER",
  requesterName: null,
  requestedBy: { displayName: "Joy Okafor" },
  reason: "No plan for the move to adult services",
  receivedOn: "2026-11-16",
  decidedOn: null,
  decisionReason: null,
  formReference,
  review: null,
  timeline: [],
  person: { id: "UGVyc29uOjE=", name: "Bethany Okafor", reviews: [] },
});

/** The API as the console's server sees it; the mutation refuses with `refusals`. */
function fakeApi(
  formReference: string | null = null,
  refusals: { field: string; code: string; message: string }[] = [],
) {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Call;
      calls.push(body);
      return Response.json({
        data: body.query.includes("advanceReviewRequest")
          ? { advanceReviewRequest: { errors: refusals } }
          : { node: request(formReference) },
      });
    }),
  );
  return calls;
}

const args = async (path: string, form?: Record<string, string>) =>
  ({
    request: new Request(`http://console.test${path}`, {
      method: form ? "POST" : "GET",
      headers: { cookie: cookieOf(await storeSession("cetr_s_test")) },
      body: form ? new URLSearchParams(form) : undefined,
    }),
    params: { id: ID },
    context: {},
  }) as never;

/** What a loader or action threw or returned: a redirect's status and place, or the data. */
async function outcome(run: Promise<unknown>) {
  try {
    const result = (await run) as { init?: { status?: number }; data?: unknown };
    return { status: result.init?.status ?? 200, data: result.data ?? result };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return { status: thrown.status, location: thrown.headers.get("Location") };
  }
}

const advances = (calls: Call[]) => calls.filter((c) => c.query.includes("advanceReviewRequest"));

describe("a request for a review's own page", () => {
  it("is where a request without a form is decided; one from a form is decided on its form's page", () => {
    expect(decisionHref({ id: ID, formReference: null })).toBe(`/review-requests/${ID}`);
    expect(decisionHref({ id: ID, formReference: "RQ-7K4M-2P9X" })).toBe("/requests/RQ-7K4M-2P9X");
  });

  it("sends a request that came from a form to the form's page", async () => {
    fakeApi("RQ-7K4M-2P9X");
    expect(await outcome(loader(await args(`/review-requests/${ID}`)))).toMatchObject({
      status: 303,
      location: "/requests/RQ-7K4M-2P9X",
    });
  });

  it("asks where the request goes, keeping the note, without asking the API", async () => {
    const calls = fakeApi();
    const result = await outcome(
      action(await args(`/review-requests/${ID}`, { intent: "advance", note: "Met Joy" })),
    );
    expect(result).toMatchObject({
      status: 400,
      data: { errors: { to: "Choose where the request goes next" }, values: { note: "Met Joy" } },
    });
    expect(advances(calls)).toHaveLength(0);
  });

  it("moves the request on and comes back to it", async () => {
    const calls = fakeApi();
    const result = await outcome(
      action(
        await args(`/review-requests/${ID}`, {
          intent: "advance",
          to: "WITH_COMMISSIONER",
          note: " Joy still wants a review ",
          reviewId: "stale",
        }),
      ),
    );
    expect(result).toMatchObject({
      status: 303,
      location: `/review-requests/${ID}?done=advance`,
    });
    expect(advances(calls)[0]?.variables).toEqual({
      input: {
        requestId: ID,
        to: "WITH_COMMISSIONER",
        note: "Joy still wants a review",
        reviewId: null,
      },
    });
  });

  it("shows the API's refusal on its field, in the console's words", async () => {
    fakeApi(null, [{ field: "note", code: "REQUIRED", message: "note is required" }]);
    const result = await outcome(
      action(
        await args(`/review-requests/${ID}`, { intent: "advance", to: "RESOLVED_WITHOUT_REVIEW" }),
      ),
    );
    expect(result).toMatchObject({
      status: 400,
      data: {
        errors: { note: "Say why: the requester will be told" },
        values: { to: "RESOLVED_WITHOUT_REVIEW" },
      },
    });
  });
});
