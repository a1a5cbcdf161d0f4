import type { ServerUrls } from "./servers.js";

/** Where global setup lists the stacks of servers it started, one per worker, as JSON. */
export const STACKS_ENV = "CETR_E2E_STACKS";

/**
 * Points this worker at its own stack of servers (global-setup.ts starts one
 * per worker, each on its own database), so journeys running at the same time
 * in two workers never read each other's changes. Playwright numbers workers
 * 0…workers-1 in TEST_PARALLEL_INDEX, and a worker started again after a
 * failure keeps its predecessor's number, so it gets the same stack.
 * Journeys read the chosen URLs from the same variables as before.
 */
export function pointWorkerAtItsStack() {
  const listed = process.env[STACKS_ENV];
  if (!listed) return;
  const stacks = JSON.parse(listed) as ServerUrls[];
  const stack = stacks[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % stacks.length];
  if (!stack) throw new Error(`${STACKS_ENV} lists no servers`);
  process.env.CETR_E2E_API_URL = stack.apiUrl;
  process.env.CETR_E2E_PORTAL_URL = stack.portalUrl;
  process.env.CETR_E2E_CONSOLE_URL = stack.consoleUrl;
  process.env.CETR_E2E_OUTBOX_DIR = stack.outboxDir;
}
