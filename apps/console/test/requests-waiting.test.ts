import { afterEach, describe, expect, it, vi } from "vitest";
import { storeSession } from "../app/lib/session.server";
import { loader as dashboardLoader } from "../app/routes/home";
import { loader as requestsLoader } from "../app/routes/requests";

/**
 * "Requests waiting" on the dashboard and the /requests list are one list
 * (§14: forms waiting for triage, not yet matched to a person): both ask the
 * API for incomingReviewRequests with waiting: true and the organisation
 * chosen, so the count can never disagree with the rows.
 */

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const ORG = "T3JnYW5pc2F0aW9uOjE=";
const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";

type Call = { query: string; variables: Record<string, unknown> };

/** The API as the console's server sees it: empty lists, one organisation. */
function fakeApi() {
  const calls: Call[] = [];
  const empty = {
    totalCount: 0,
    overdueCount: 0,
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Call;
      calls.push(body);
      // The loaders only pass the lists on; each is empty here.
      const data: Record<string, unknown> = Object.fromEntries(
        [
          "dueReviews",
          "reportsDue",
          "lateReports",
          "actions",
          "actionQuestions",
          "reviewRequests",
          "incomingReviewRequests",
          "registerEntries",
          "restrictedOverdue",
        ].map((field) => [field, empty]),
      );
      data.viewer = {
        memberships: [{ role: "COMMISSIONER", organisation: { id: ORG, name: "Org" } }],
      };
      return Response.json({ data });
    }),
  );
  return calls;
}

const args = async (path: string) =>
  ({
    request: new Request(`http://console.test${path}`, {
      headers: { cookie: cookieOf(await storeSession("cetr_s_test")) },
    }),
    params: {},
    context: {},
  }) as never;

/** The incomingReviewRequests call in a query, without paging: the list's definition. */
const waitingList = (query: string) =>
  [...(/incomingReviewRequests\(([^)]*)\)/.exec(query)?.[1] ?? "").matchAll(/(\w+):\s*(\$?\w+)/g)]
    .map(([, name, value]) => `${name}: ${value}`)
    .filter((a) => !/^(first|after|last|before):/.test(a))
    .sort();

describe("requests waiting for triage", () => {
  it("the dashboard counts the same list the requests page shows, for the organisation chosen", async () => {
    const calls = fakeApi();
    await dashboardLoader(await args(`/?organisation=${ORG}`));
    await requestsLoader(await args(`/requests?organisation=${ORG}`));
    const [dashboard, requests] = calls;
    expect(waitingList(dashboard?.query ?? "")).toEqual([
      "organisationId: $organisationId",
      "waiting: true",
    ]);
    expect(waitingList(requests?.query ?? "")).toEqual(waitingList(dashboard?.query ?? ""));
    expect(dashboard?.variables.organisationId).toBe(ORG);
    expect(requests?.variables.organisationId).toBe(ORG);
  });
});
