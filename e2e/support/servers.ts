import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited early:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready in ${timeoutMs} ms:\n${log()}`);
}

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const childEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(childEnv))
    if (value === undefined) delete childEnv[key];
  const child = spawn(command, args, {
    cwd,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { name, child, log: () => output };
}

/** Where one stack of servers listens, and the folder its API writes emails to. */
export interface ServerUrls {
  apiUrl: string;
  portalUrl: string;
  consoleUrl: string;
  outboxDir: string;
}

export interface Servers extends ServerUrls {
  stop(): Promise<void>;
}

/**
 * The three real servers, as `pnpm start` runs them, on free ports. The
 * database is a fresh embedded one in a temporary folder, or — when
 * DATABASE_URL is set — that PostgreSQL database, migrated first.
 */
export async function startServers(): Promise<Servers> {
  const [apiPort, portalPort, consolePort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
  ]);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cetr-e2e-"));
  // The API writes sign-in emails here (no SMTP in tests); journeys read the codes back.
  const outboxDir = path.join(dataDir, "outbox");
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  // The apps' own production server (@cetr/web-server), which forwards browsers' addresses to the API.
  const serve = (app: string) =>
    path.join(repoRoot, `apps/${app}/node_modules/.bin/cetr-web-serve`);

  if (process.env.DATABASE_URL) {
    // PostgreSQL mode never migrates on its own: do what an operator would.
    for (const script of ["migrate", "seed"]) {
      execFileSync("pnpm", ["--filter", "@cetr/db", "run", script], {
        cwd: repoRoot,
        stdio: "pipe",
      });
    }
  }
  const api = start(
    "api",
    // Plain node with tsx's loader: no wrapper process between the signal and the API.
    process.execPath,
    ["--import", "tsx", "src/main.ts"],
    {
      PORT: String(apiPort),
      HOST: "127.0.0.1",
      CETR_DATA_DIR: dataDir,
      CETR_OUTBOX_DIR: outboxDir,
      LOG_LEVEL: "warn",
      PORTAL_URL: portalUrl,
      CONSOLE_URL: consoleUrl,
    },
    path.join(repoRoot, "apps/api"),
  );
  const web = (app: string, port: number) =>
    start(
      app,
      serve(app),
      ["build/server/index.js"],
      // No NODE_ENV, exactly as `pnpm start` runs them: the server must choose production itself.
      // TRUST_PROXY: each test tells the servers a client address of its own (fixtures.ts), as a
      // proxy in front would, so the per-address limits apply per test, not to the whole run.
      { PORT: String(port), API_URL: apiUrl, NODE_ENV: undefined, TRUST_PROXY: "loopback" },
      path.join(repoRoot, `apps/${app}`),
    );
  const portal = web("portal", portalPort);
  const consoleApp = web("console", consolePort);
  const all = [api, portal, consoleApp];

  const stop = async () => {
    await Promise.all(
      all.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            // SIGTERM lets the API close PGlite cleanly.
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
          }),
      ),
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await Promise.all([
      waitFor(apiUrl.replace("/graphql", "/readyz"), api.child, api.log),
      waitFor(portalUrl, portal.child, portal.log),
      waitFor(`${consoleUrl}/people`, consoleApp.child, consoleApp.log),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, portalUrl, consoleUrl, outboxDir, stop };
}
