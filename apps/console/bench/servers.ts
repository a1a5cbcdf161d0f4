/**
 * The API and the built console as `pnpm start` runs them (as e2e/support/servers.ts
 * does for the browser tests), here against a PostgreSQL database of the bench's own.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  log: () => string;
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Started {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(childEnv)) {
    if (value === undefined) delete childEnv[key];
  }
  const child = spawn(command, args, { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, log: () => output };
}

async function waitFor(url: string, { child, log }: Started, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited early:\n${log()}`);
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready in ${timeoutMs} ms:\n${log()}`);
}

export interface ConsoleServers {
  apiUrl: string;
  consoleUrl: string;
  stop(): Promise<void>;
}

/** Starts the API (PostgreSQL mode: the database must be migrated) and the built console. */
export async function startConsole(databaseUrl: string): Promise<ConsoleServers> {
  const [apiPort, consolePort] = await Promise.all([freePort(), freePort()]);
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "cetr-bench-outbox-"));
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const api = start(
    process.execPath,
    ["--import", "tsx", "src/main.ts"],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(apiPort),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      CETR_OUTBOX_DIR: outboxDir,
      PORTAL_URL: "http://127.0.0.1:9",
      CONSOLE_URL: consoleUrl,
      // As `pnpm start` runs it: not production, so the demo sign-in is on.
      NODE_ENV: undefined,
    },
    path.join(repoRoot, "apps/api"),
  );
  const web = start(
    path.join(repoRoot, "apps/console/node_modules/.bin/cetr-web-serve"),
    ["build/server/index.js"],
    { PORT: String(consolePort), API_URL: apiUrl, NODE_ENV: undefined },
    path.join(repoRoot, "apps/console"),
  );
  const stop = async () => {
    await Promise.all(
      [api, web].map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
          }),
      ),
    );
    fs.rmSync(outboxDir, { recursive: true, force: true });
  };
  try {
    await Promise.all([
      waitFor(apiUrl.replace("/graphql", "/readyz"), api),
      waitFor(`${consoleUrl}/sign-in`, web),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, consoleUrl, stop };
}
