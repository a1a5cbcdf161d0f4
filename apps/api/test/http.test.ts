import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startApi } from "./harness.js";

let api: Harness | undefined;
afterEach(async () => {
  await api?.close().catch(() => {});
  api = undefined;
});

describe("HTTP surface", () => {
  it("answers /healthz, and /readyz only while the database answers", async () => {
    api = await startApi();
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe("ready");

    await api.db.close();
    const down = await fetch(`${api.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "unavailable", reason: "database unreachable" });
  });

  it("refuses requests a browser on another site could forge (CSRF prevention)", async () => {
    api = await startApi();
    const get = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent("{ people { totalCount } }")}`,
    );
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const textPlain = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ people { totalCount } }" }),
    });
    expect(textPlain.status).toBe(400);
  });

  it("refuses a body over the size limit with 413 and a JSON error", async () => {
    api = await startApi({ bodyLimit: "1kb" });
    const response = await api.gql(`{ people { totalCount } }`, { padding: "x".repeat(4096) });
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("does not accept batched requests", async () => {
    api = await startApi();
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([
        { query: "{ people { totalCount } }" },
        { query: "{ people { totalCount } }" },
      ]),
    });
    expect(response.status).toBe(400);
  });

  it("allows introspection outside production", async () => {
    api = await startApi();
    const { body } = await api.gql(`{ __schema { queryType { name } } }`);
    expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("in production: no introspection, no stack traces, internal errors masked and logged", async () => {
    api = await startApi({ production: true, staff: true });
    const introspection = await api.gql(`{ __schema { queryType { name } } }`);
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);

    // Break the database under a running API (it fails already while checking the
    // session): the caller learns nothing internal.
    await api.db.close();
    const { body } = await api.gql(`{ people(first: 1) { totalCount } }`);
    expect(body.errors?.[0]).toEqual({
      message:
        "Something went wrong on our side. Please try again; if it keeps happening, contact support.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.js|PGlite|prisma/i);
    expect(api.logs.some((line) => line.level === 50 && line.msg === "unexpected error")).toBe(
      true,
    );
  });

  it("writes structured JSON request logs without cookies", async () => {
    api = await startApi();
    await api.gql(
      `{ people(first: 1) { totalCount } }`,
      {},
      {
        headers: { "content-type": "application/json", cookie: "session=secret" },
      },
    );
    const line = api.logs.find((l) => l.msg === "request completed");
    expect(line).toMatchObject({
      service: "cetr-api",
      req: { method: "POST", url: "/graphql" },
      res: { statusCode: 200 },
    });
    expect(JSON.stringify(api.logs)).not.toContain("session=secret");
  });
});
