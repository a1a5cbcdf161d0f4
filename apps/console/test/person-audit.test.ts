import { afterEach, describe, expect, it, vi } from "vitest";
import { csvCell, readFilters, toCsv } from "../app/lib/audit-trail";
import { storeSession } from "../app/lib/session.server";
import { loader as pageLoader } from "../app/routes/person-audit";
import { loader as csvLoader } from "../app/routes/person-audit-csv";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const signedIn = async () => (await storeSession("cetr_s_test")).split(";")[0] ?? "";
const ID = "UGVyc29uOjE=";

type Row = { at: string; actorName: string; actingAs: string; what: string; outcome: string };
const row = (i: number, overrides: Partial<Row> = {}): Row =>
  ({
    at: new Date(Date.UTC(2026, 5, 1, 12, 0, 0) - i * 60_000).toISOString(),
    actorName: `Person ${i}`,
    actingAs: "STAFF:COMMISSIONER",
    operation: "read",
    what: "Looked at: profile",
    outcome: "ALLOWED",
    ...overrides,
  }) as Row;

/** An API that serves `rows` in pages as the console asks, recording each request's variables. */
function fakeApi(rows: Row[], { endless = false, person = true } = {}) {
  const calls: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { variables } = JSON.parse(String(init.body)) as { variables: Record<string, unknown> };
    calls.push(variables);
    if (!person) return Response.json({ data: { person: null } });
    const start = variables.after ? Number(variables.after) : 0;
    const size = Number(variables.first ?? variables.last);
    const page = endless
      ? Array.from({ length: size }, (_, i) => row(start + i))
      : rows.slice(start, start + size);
    const end = start + page.length;
    return Response.json({
      data: {
        person: {
          name: "Pat O'Neil, Jr",
          auditTrail: {
            totalCount: endless ? 1_000_000 : rows.length,
            edges: page.map((node) => ({ node })),
            pageInfo: {
              hasNextPage: endless || end < rows.length,
              hasPreviousPage: start > 0,
              startCursor: String(start),
              endCursor: String(end),
            },
          },
        },
      },
    });
  });
  vi.stubGlobal("fetch", fetch);
  return { fetch, calls };
}

const get = async (path: string, cookie?: string) =>
  new Request(`http://console.test${path}`, { headers: { cookie: cookie ?? (await signedIn()) } });
const args = (request: Request) =>
  ({ request, params: { id: ID }, context: {} }) as Parameters<typeof csvLoader>[0] &
    Parameters<typeof pageLoader>[0];

describe("audit trail: signed out", () => {
  it.each([
    ["page", pageLoader],
    ["CSV", csvLoader],
  ] as const)("the %s sends the browser to sign in and asks the API nothing", async (_, loader) => {
    const { fetch } = fakeApi([]);
    const thrown = await loader(args(await get(`/people/${ID}/audit`, ""))).catch(
      (e: unknown) => e,
    );
    expect((thrown as Response).headers.get("location")).toMatch(/^\/sign-in\?returnTo=/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("audit trail page", () => {
  it("asks for one page with the filters from the address", async () => {
    const { calls } = fakeApi([row(1), row(2)]);
    const result = await pageLoader(
      args(await get(`/people/${ID}/audit?outcome=DENIED&from=2026-01-01&to=2026-02-01`)),
    );
    expect(calls[0]).toMatchObject({
      id: ID,
      outcome: "DENIED",
      from: "2026-01-01",
      to: "2026-02-01",
      first: 25,
      after: null,
    });
    expect(result).toMatchObject({ name: "Pat O'Neil, Jr", problems: [] });
    expect(result.trail.edges).toHaveLength(2);
  });

  it("pages backwards with `before`, and drops filters the API would refuse", async () => {
    const { calls } = fakeApi([row(1)]);
    const result = await pageLoader(
      args(await get(`/people/${ID}/audit?before=5&outcome=MAYBE&from=2026-02-30`)),
    );
    expect(calls[0]).toMatchObject({ last: 25, before: "5", outcome: null, from: null });
    expect(result.problems).toEqual(["From must be a real date, like 2026-03-31"]);
  });

  it("is a 404 for someone the viewer cannot see", async () => {
    fakeApi([], { person: false });
    const thrown = await pageLoader(args(await get(`/people/${ID}/audit`))).catch(
      (e: unknown) => e,
    );
    expect(thrown).toMatchObject({ init: { status: 404 } });
  });
});

describe("audit trail CSV", () => {
  it("is a text/csv download of every page, with the same filters", async () => {
    const rows = Array.from({ length: 230 }, (_, i) => row(i));
    const { calls } = fakeApi(rows);
    const response = await csvLoader(
      args(await get(`/people/${ID}/audit.csv?outcome=ALLOWED&to=2026-06-01`)),
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-trail-pat-o-neil-jr-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(calls.map((c) => c.first)).toEqual([100, 100, 100]);
    expect(calls.map((c) => c.after)).toEqual([null, "100", "200"]);
    expect(calls.every((c) => c.outcome === "ALLOWED" && c.to === "2026-06-01")).toBe(true);
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("When (UTC),When (England),Who,Acting as,What,Outcome");
    expect(lines[1]).toBe(
      "2026-06-01T12:00:00.000Z,1 June 2026 at 13:00,Person 0,Staff: commissioner,Looked at: profile,Allowed",
    );
    expect(lines).toHaveLength(1 + 230 + 1); // header, rows, and the final CRLF
  });

  it("escapes quotes, commas and newlines, and neutralises formulas", async () => {
    fakeApi([
      row(1, {
        actorName: '=HYPERLINK("http://evil.example","Click")',
        what: "Changed: a, b\nc",
        outcome: "DENIED",
        actingAs: "PARENT_CARER",
      }),
      row(2, { actorName: "+44 7700 900000", what: "-1", actingAs: "SELF" }),
      row(3, { actorName: "@SUM(A1)", what: "\tTab" }),
    ]);
    const text = await (await csvLoader(args(await get(`/people/${ID}/audit.csv`)))).text();
    const lines = text.split("\r\n");
    expect(lines[1]).toContain(
      `"'=HYPERLINK(""http://evil.example"",""Click"")",Parent carer,"Changed: a, b\nc",Refused`,
    );
    expect(lines[2]).toContain(",'+44 7700 900000,The person themselves,'-1,Allowed");
    expect(lines[3]).toContain(",'@SUM(A1),Staff: commissioner,'\tTab,");
  });

  it("stops at 10 000 rows and says so in the file", async () => {
    const { calls } = fakeApi([], { endless: true });
    const text = await (await csvLoader(args(await get(`/people/${ID}/audit.csv`)))).text();
    expect(calls).toHaveLength(100);
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + 10_000 + 1);
    expect(lines.at(-1)).toBe("Only the newest 10000 entries are included.");
  });
});

describe("audit trail helpers", () => {
  it("quotes only when needed", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(toCsv([["a", "b,c"]])).toBe('a,"b,c"\r\n');
  });

  it("refuses From after To", () => {
    const { problems } = readFilters(new URL("http://x/?from=2026-03-02&to=2026-03-01"));
    expect(problems).toEqual(["From must be on or before To"]);
  });
});
