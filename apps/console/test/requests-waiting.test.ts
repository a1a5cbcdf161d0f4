import { afterEach, describe, expect, it, vi } from "vitest";
import { storeSession } from "../app/lib/session.server";
import { loader as dashboardLoader } from "../app/routes/home";
import { loader as requestsLoader } from "../app/routes/requests";

/**
 * "Requests waiting" on the dashboard counts the two lists on /requests
 * (§14, Figure 9): forms not yet matched to a person
 * (incomingReviewRequests(waiting: true)) and matched requests waiting for
 * the care coordinator's or commissioner's decision
 * (reviewRequests(waitingForDecision: true)). The card and the page ask the
 * API for each list with the same arguments and the organisation chosen, so
 * neither count can disagree with its rows.
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

/** A list field's arguments in a query, without paging: the list's definition. */
const listDefinition = (query: string, field: string) =>
  [
    ...(new RegExp(`\\b${field}\\(([^)]*)\\)`).exec(query)?.[1] ?? "").matchAll(
      /(\w+):\s*(\$?\w+)/g,
    ),
  ]
    .map(([, name, value]) => `${name}: ${value}`)
    .filter((a) => !/^(first|after|last|before):/.test(a))
    .sort();

describe("requests waiting", () => {
  it("the dashboard counts the same two lists the requests page shows, for the organisation chosen", async () => {
    const calls = fakeApi();
    await dashboardLoader(await args(`/?organisation=${ORG}`));
    await requestsLoader(await args(`/requests?organisation=${ORG}`));
    const [dashboard, requests] = calls;
    const lists = {
      incomingReviewRequests: ["organisationId: $organisationId", "waiting: true"],
      reviewRequests: ["organisationId: $organisationId", "waitingForDecision: true"],
    };
    for (const [field, definition] of Object.entries(lists)) {
      expect(listDefinition(dashboard?.query ?? "", field)).toEqual(definition);
      expect(listDefinition(requests?.query ?? "", field)).toEqual(definition);
    }
    expect(dashboard?.variables.organisationId).toBe(ORG);
    expect(requests?.variables.organisationId).toBe(ORG);
  });

  it("pages each list of the requests page on its own, keeping the other's page", async () => {
    const calls = fakeApi();
    await requestsLoader(await args("/requests?after=A1&decisionBefore=D9"));
    expect(calls[0]?.variables).toMatchObject({
      first: 20,
      after: "A1",
      decisionLast: 20,
      decisionBefore: "D9",
      decisionFirst: null,
    });
  });
});
