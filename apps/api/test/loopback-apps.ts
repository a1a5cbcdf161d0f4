import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type AppOptions, createApp } from "../src/http/app.js";
import { createLogger } from "../src/logger.js";
import { schema } from "../src/schema/index.js";

/**
 * Real APIs listening on loopback, for tests the shared harness does not fit:
 * several apps over one database (as several API instances share one in
 * production), lowered limits, or a chosen "trust proxy". Call `stopAll` in afterAll.
 */
export function loopbackApps() {
  const running: { server: Server; stop: () => Promise<unknown> }[] = [];
  return {
    /** Starts one app and resolves to its origin, e.g. http://127.0.0.1:54321. */
    async start(options: Pick<AppOptions, "db" | "rateLimits" | "trustProxy">): Promise<string> {
      const { app, apollo } = await createApp({
        schema,
        logger: createLogger("silent"),
        production: false,
        bodyLimit: "100kb",
        mailer: { send: async () => {} },
        portalUrl: "http://portal.test",
        ...options,
      });
      const server = createServer(app);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      running.push({ server, stop: () => apollo.stop() });
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async stopAll() {
      for (const { server, stop } of running) {
        await new Promise((resolve) => server.close(resolve));
        await stop();
      }
    },
  };
}
