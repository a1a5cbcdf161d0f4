import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import {
  clientAddressMiddleware,
  currentClientAddress,
  parseTrustProxy,
  plainAddress,
  runWithClientAddress,
} from "../src/client-address.js";

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((r) => server.close(r));
});

/** A web app as cetr-web-serve builds it, whose one page says whose address it would forward. */
async function serve(trustProxy: string | undefined): Promise<string> {
  const app = express();
  app.set("trust proxy", parseTrustProxy(trustProxy));
  app.use(clientAddressMiddleware);
  app.use(async (_req, res) => {
    // After an await, as a loader's API call would be.
    await new Promise((r) => setTimeout(r, 5));
    res.json({ address: currentClientAddress() });
  });
  const server = createServer(app);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const addressSeen = async (url: string, forwardedFor?: string) => {
  const response = await fetch(url, {
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });
  return ((await response.json()) as { address: string | null }).address;
};

describe("the client address a web app forwards to the API", () => {
  it("is the TCP peer by default: a browser cannot choose it with X-Forwarded-For", async () => {
    const url = await serve(undefined);
    expect(await addressSeen(url, "203.0.113.9")).toBe("127.0.0.1");
  });

  it("comes from X-Forwarded-For only when the proxy in front is trusted", async () => {
    const url = await serve("loopback");
    expect(await addressSeen(url, "203.0.113.9")).toBe("203.0.113.9");
    // The trusted proxy appended the real address; what the browser sent before it is ignored.
    expect(await addressSeen(url, "192.0.2.1, 203.0.113.9")).toBe("203.0.113.9");
  });

  it("is kept apart for requests handled at the same time", async () => {
    const url = await serve("loopback");
    const ips = Array.from({ length: 10 }, (_, i) => `198.51.100.${i + 1}`);
    expect(await Promise.all(ips.map((ip) => addressSeen(url, ip)))).toEqual(ips);
  });

  it("is null outside a request", () => {
    expect(currentClientAddress()).toBeNull();
    expect(runWithClientAddress("192.0.2.5", () => currentClientAddress())).toBe("192.0.2.5");
  });

  it("writes IPv4 peers of a dual-stack socket as plain IPv4", () => {
    expect(plainAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(plainAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(plainAddress("198.51.100.3")).toBe("198.51.100.3");
  });

  it("reads TRUST_PROXY with the API's syntax", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("true")).toBe(true);
    expect(parseTrustProxy(" 1 ")).toBe(1);
    expect(parseTrustProxy("loopback, 10.0.0.0/8")).toBe("loopback, 10.0.0.0/8");
  });
});
