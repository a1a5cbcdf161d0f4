import { startServers } from "./servers.js";

/** Starts the servers once for the whole run; workers read their URLs from the environment. */
export default async function globalSetup() {
  const servers = await startServers();
  process.env.CETR_E2E_API_URL = servers.apiUrl;
  process.env.CETR_E2E_PORTAL_URL = servers.portalUrl;
  process.env.CETR_E2E_CONSOLE_URL = servers.consoleUrl;
  return () => servers.stop();
}
