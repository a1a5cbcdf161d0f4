import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "@cetr/db/testing";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

/** The API as `pnpm start` runs it: a real process, real signals, a real data folder. */
const main = path.resolve(import.meta.dirname, "../src/main.ts");
const apiDir = path.resolve(import.meta.dirname, "..");
// Plain node with tsx's loader, as `pnpm start` runs it: signals reach the API itself.
const node = (args: string[]) => [process.execPath, ["--import", "tsx", ...args]] as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cetr-api-process-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startApi(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const [command, args] = node([main]);
  const child = spawn(command, args, {
    cwd: apiDir,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    stdio: "pipe",
  });
  let output = "";
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`API exited: ${output}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`API did not start: ${output}`);
}

/** Runs the API expecting it to refuse to start; returns its exit status and output. */
function startExpectingFailure(env: NodeJS.ProcessEnv) {
  const [command, args] = node([main]);
  return spawnSync(command, args, {
    cwd: apiDir,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  return exited;
}

const gql = async (
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) =>
  (await (
    await fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as {
    // biome-ignore lint/suspicious/noExplicitAny: the test reads ad-hoc JSON shapes
    data: Record<string, any>;
  };

describe("the API process", () => {
  it("keeps what was written across a restart", async () => {
    let env: NodeJS.ProcessEnv = { CETR_DATA_DIR: path.join(tmp, "restart"), DATABASE_URL: "" };
    let cleanup = async () => {};
    // Embedded mode seeds the fictional demo staff; on PostgreSQL the test adds one.
    let email = "grace.holt@icb.example";
    if (process.env.DATABASE_URL) {
      const db = await createTestDatabase();
      if (db.target.kind !== "postgres") throw new Error("expected PostgreSQL");
      env = { DATABASE_URL: db.target.url };
      email = "process-test@cetr.example";
      const org = await db.prisma.organisation.create({
        data: { kind: "ICB", name: "Process ICB" },
      });
      const user = await db.prisma.user.create({ data: { email, displayName: "Process Test" } });
      await db.prisma.membership.create({
        data: {
          userId: user.id,
          organisationId: org.id,
          role: "COMMISSIONER",
          startedOn: new Date("2024-01-01"),
        },
      });
      await db.prisma.$disconnect();
      cleanup = () => db.close();
    }
    const signIn = async (url: string) =>
      (
        await gql(
          url,
          `mutation($input: DemoSignInInput!) { demoSignIn(input: $input) { token } }`,
          {
            input: { email },
          },
        )
      ).data.demoSignIn.token as string;
    try {
      const first = await startApi(env);
      const token = await signIn(first.url);
      const created = await gql(
        first.url,
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } errors { code } } }`,
        {
          input: {
            name: "Survives Restart",
            dateOfBirth: "2005-05-05",
            nhsNumber: "9990000980",
            diagnosis: "BOTH",
          },
        },
        token,
      );
      expect(created.data.createPerson.errors).toEqual([]);
      // A clean exit on SIGTERM: the database was closed and its lock released.
      expect(await stop(first.child)).toBe(0);
      if (!process.env.DATABASE_URL)
        expect(fs.existsSync(path.join(tmp, "restart", "cetr.lock"))).toBe(false);

      const second = await startApi(env);
      // Sessions live in the database too: the same token still works after the restart.
      const found = await gql(
        second.url,
        `query($id: ID!) { person(id: $id) { name } }`,
        { id: created.data.createPerson.person.id },
        token,
      );
      expect(found.data.person).toEqual({ name: "Survives Restart" });
      expect(await stop(second.child)).toBe(0);
    } finally {
      await cleanup();
    }
  });

  it.each([
    [
      "mysql://localhost/cetr",
      /^cetr api: DATABASE_URL must start with postgresql:\/\/ or postgres:\/\//,
    ],
    [
      "postgresql://postgres@127.0.0.1:1/cetr",
      /^cetr api: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/cetr: connection refused/,
    ],
  ])("refuses to start with DATABASE_URL=%s, in one line that says what to fix", (url, message) => {
    const result = startExpectingFailure({ DATABASE_URL: url });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });

  it(
    process.env.DATABASE_URL
      ? "on PostgreSQL, refuses to start with pending migrations and says to run pnpm db:migrate"
      : "embedded, migrates a new database by itself and starts",
    async () => {
      if (!process.env.DATABASE_URL) {
        const { child, url } = await startApi({
          CETR_DATA_DIR: path.join(tmp, "fresh"),
          CETR_DEMO_DATA: "false",
        });
        // Migrated and answering, with no demo accounts because demo data was switched off.
        const result = await gql(url, "{ demoAccounts { email } }");
        expect(result.data.demoAccounts).toEqual([]);
        expect(await stop(child)).toBe(0);
        return;
      }
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const name = `cetr_test_unmigrated_${process.pid}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      try {
        const url = Object.assign(new URL(process.env.DATABASE_URL), {
          pathname: `/${name}`,
        }).toString();
        const result = startExpectingFailure({ DATABASE_URL: url });
        expect(result.status).toBe(1);
        expect(result.stderr.trim()).toMatch(
          /^cetr api: The PostgreSQL database at .* has \d+ pending migration\(s\) \(.*\): run `pnpm db:migrate`$/,
        );
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
