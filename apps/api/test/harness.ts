import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import {
  createTestDatabase,
  day,
  organisationData,
  type TestDatabase,
  userData,
} from "@cetr/db/testing";
import { openSession } from "../src/auth/sessions.js";
import type { OutgoingEmail } from "../src/email/mailer.js";
import { createApp } from "../src/http/app.js";
import { createLogger } from "../src/logger.js";
import { schema } from "../src/schema/index.js";

export interface Harness {
  db: TestDatabase;
  url: string;
  /** Every structured log line the API wrote, parsed. */
  logs: Record<string, unknown>[];
  /**
   * Sends a GraphQL request. `as` is a bearer token (from `signIn` or a
   * partner token); without it the request is anonymous.
   */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    init?: RequestInit & { as?: string | null },
  ): Promise<{
    status: number;
    body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  }>;
  /** Every email the API sent, newest last (a capturing mailer: SMTP itself is tested in email-smtp). */
  mail: OutgoingEmail[];
  /** The next email to `to` not handed out yet, waiting briefly: sign-in emails go out after the response. */
  waitForMail(to: string): Promise<OutgoingEmail>;
  /** Opens a session for a user (by id) and returns its bearer token. */
  signIn(userId: string): Promise<string>;
  /**
   * With `startApi({ staff: true })`: a commissioner of a test ICB, signed in,
   * whose token `gql` sends unless told otherwise (`as: null` is anonymous).
   */
  staff: { token: string; userId: string; organisationId: string } | null;
  close(): Promise<void>;
}

/** The real HTTP stack on a free port, over a fresh test database. */
export async function startApi({
  production = false,
  bodyLimit = "100kb",
  staff: withStaff = false,
} = {}): Promise<Harness> {
  const db = await createTestDatabase();
  let staff: Harness["staff"] = null;
  if (withStaff) {
    const org = await db.prisma.organisation.create({ data: organisationData("harness") });
    const user = await db.prisma.user.create({ data: userData("harness-commissioner") });
    await db.prisma.membership.create({
      data: {
        userId: user.id,
        organisationId: org.id,
        role: "COMMISSIONER",
        startedOn: day("2024-01-01"),
      },
    });
    staff = {
      token: (await openSession(db, user.id, "test", new Date())).token,
      userId: user.id,
      organisationId: org.id,
    };
  }
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const mail: OutgoingEmail[] = [];
  const delivered = new Set<OutgoingEmail>();
  const { app, apollo } = await createApp({
    db,
    schema,
    mailer: { send: async (message) => void mail.push(message) },
    portalUrl: "http://portal.test",
    logger: createLogger("info", sink),
    production,
    bodyLimit,
  });
  const server: Server = createServer(app);
  // A test may spend longer than Node's 5 s keep-alive building data between two requests; on
  // a busy machine fetch can then reuse the socket just as the server closes it (ECONNRESET).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    url,
    logs,
    staff,
    mail,
    async waitForMail(to) {
      // Each email is handed out once, so a test always gets the one its last request caused.
      for (let i = 0; i < 200; i++) {
        const found = mail.find((m) => m.to === to && !delivered.has(m));
        if (found) {
          delivered.add(found);
          return found;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no email to ${to}`);
    },
    async gql(query, variables = {}, { as, ...init } = {}) {
      const token = as === undefined ? staff?.token : as;
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        ...init,
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async signIn(userId) {
      return (await openSession(db, userId, "test", new Date())).token;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await db.close();
    },
  };
}
