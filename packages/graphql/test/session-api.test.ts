import { afterEach, describe, expect, it, vi } from "vitest";
import { createSessionApi, graphql } from "../src/index.js";

const ViewerKind = graphql(`
  query ViewerKind { viewer { kind } }
`);

/** Records the headers of every call the session API makes. */
function recordFetch() {
  const seen: Headers[] = [];
  vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
    seen.push(new Headers(init.headers));
    return new Response(JSON.stringify({ data: { viewer: { kind: "ANONYMOUS" } } }), {
      headers: { "content-type": "application/json" },
    });
  });
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createSessionApi forwards the browser's address", () => {
  it("sends X-Forwarded-For per request, from whatever request is being served", async () => {
    const seen = recordFetch();
    let current: string | null = "203.0.113.7";
    const { apiFor } = createSessionApi({
      url: "http://api.test/graphql",
      readToken: async () => null,
      clearSession: async () => "",
      homePath: "/home",
      forwardedFor: () => current,
    });
    // One client shared by every request (the anonymous one), two browsers.
    const anonymous = apiFor(null);
    await anonymous.request(ViewerKind);
    current = "198.51.100.20";
    await anonymous.request(ViewerKind);
    await apiFor("session-token").request(ViewerKind);
    expect(seen.map((h) => h.get("x-forwarded-for"))).toEqual([
      "203.0.113.7",
      "198.51.100.20",
      "198.51.100.20",
    ]);
    expect(seen[2]?.get("authorization")).toBe("Bearer session-token");
  });

  it("sends no X-Forwarded-For outside a browser's request", async () => {
    const seen = recordFetch();
    const { apiFor } = createSessionApi({
      url: "http://api.test/graphql",
      readToken: async () => null,
      clearSession: async () => "",
      homePath: "/home",
      forwardedFor: () => null,
    });
    await apiFor(null).request(ViewerKind);
    expect(seen[0]?.has("x-forwarded-for")).toBe(false);
  });
});
