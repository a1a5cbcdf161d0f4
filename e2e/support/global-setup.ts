import type { FullConfig } from "@playwright/test";
import { startServers } from "./servers.js";
import { pointWorkerAtItsStack, STACKS_ENV } from "./stack.js";

/**
 * Starts one stack of servers (API, portal, console, fresh database) per
 * worker for the whole run; each worker picks its own (stack.ts). Workers are
 * spawned after this, with this process's environment.
 */
export default async function globalSetup(config: FullConfig) {
  const stacks = await Promise.all(Array.from({ length: config.workers }, () => startServers()));
  process.env[STACKS_ENV] = JSON.stringify(
    stacks.map(({ apiUrl, portalUrl, consoleUrl, outboxDir }) => ({
      apiUrl,
      portalUrl,
      consoleUrl,
      outboxDir,
    })),
  );
  pointWorkerAtItsStack();
  return () => Promise.all(stacks.map((servers) => servers.stop()));
}
