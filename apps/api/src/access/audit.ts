import { randomBytes } from "node:crypto";
import type { Database, Prisma } from "@cetr/db";
import type { Viewer } from "../auth/viewer.js";

export interface AuditTarget {
  personId: string;
  type: string;
  id: string;
}

/**
 * The request's audit trail, written once when the response is ready
 * (http/audit-plugin.ts) so that a query touching 50 people costs one INSERT,
 * not 50. Reads are grouped per person; each denial and each change is its own row.
 */
export class AuditLog {
  private readonly reads = new Map<
    string,
    { actingAs: Set<string>; targets: Map<string, Set<string>> }
  >();
  private readonly rows: Prisma.AuditEventCreateManyInput[] = [];

  constructor(
    private readonly viewer: Viewer,
    private readonly requestId: string | undefined,
    private readonly at: Date,
  ) {}

  read(target: AuditTarget, actingAs: string): void {
    let entry = this.reads.get(target.personId);
    if (!entry) {
      entry = { actingAs: new Set(), targets: new Map() };
      this.reads.set(target.personId, entry);
    }
    entry.actingAs.add(actingAs);
    let ids = entry.targets.get(target.type);
    if (!ids) {
      ids = new Set();
      entry.targets.set(target.type, ids);
    }
    ids.add(target.id);
  }

  denied(target: AuditTarget, operation: string, actingAs: string): void {
    this.push(target, operation, "DENIED", actingAs);
  }

  changed(
    target: AuditTarget,
    operation: string,
    actingAs: string,
    detail?: Prisma.InputJsonValue,
  ): void {
    this.push(target, operation, "ALLOWED", actingAs, detail);
  }

  /**
   * A read of figures about many people (counts, shares) that names no one:
   * one event for the request, with no person, saying what was asked for.
   */
  summaryRead(operation: string, actingAs: string, detail: Prisma.InputJsonValue): void {
    this.rows.push({
      ...this.actor(),
      at: this.at,
      actingAs,
      personId: null,
      operation,
      outcome: "ALLOWED",
      targetType: null,
      targetId: null,
      requestId: this.requestId,
      detail,
    });
  }

  private push(
    target: AuditTarget,
    operation: string,
    outcome: "ALLOWED" | "DENIED",
    actingAs: string,
    detail?: Prisma.InputJsonValue,
  ): void {
    const key = `${outcome}|${operation}|${target.type}|${target.id}`;
    if (this.rows.some((r) => `${r.outcome}|${r.operation}|${r.targetType}|${r.targetId}` === key))
      return;
    this.rows.push({
      ...this.actor(),
      at: this.at,
      actingAs,
      personId: target.personId,
      operation,
      outcome,
      targetType: target.type,
      targetId: target.id,
      requestId: this.requestId,
      detail,
    });
  }

  private actor(): Pick<Prisma.AuditEventCreateManyInput, "actorKind" | "actorId" | "actorRef"> {
    switch (this.viewer.kind) {
      case "user":
        return { actorKind: "USER", actorId: this.viewer.userId, actorRef: null };
      case "partner":
        return { actorKind: "PARTNER_CLIENT", actorId: null, actorRef: this.viewer.clientId };
      default:
        return { actorKind: "SYSTEM", actorId: null, actorRef: "anonymous" };
    }
  }

  get size(): number {
    return this.rows.length + this.reads.size;
  }

  /** Writes everything recorded in one statement. */
  async flush(db: Database, operationName: string | undefined): Promise<void> {
    const reads: Prisma.AuditEventCreateManyInput[] = [...this.reads].map(([personId, entry]) => ({
      ...this.actor(),
      at: this.at,
      actingAs: [...entry.actingAs].sort().join(","),
      personId,
      operation: "read",
      outcome: "ALLOWED",
      requestId: this.requestId,
      detail: {
        operationName: operationName ?? null,
        targets: Object.fromEntries([...entry.targets].map(([type, ids]) => [type, [...ids]])),
      },
    }));
    const all = [...reads, ...this.rows];
    this.reads.clear();
    this.rows.length = 0;
    if (all.length) await insertAuditEvents(db, all);
  }
}

const COLUMNS = [
  "id",
  "at",
  "actorKind",
  "actorId",
  "actorRef",
  "actingAs",
  "personId",
  "operation",
  "outcome",
  "targetType",
  "targetId",
  "requestId",
  "detail",
] as const;
const COLUMN_LIST = COLUMNS.map((c) => `"${c}"`).join(", ");

/**
 * One INSERT for the whole request, with the rows as one JSON parameter: it
 * runs on every request that reads a record, so it skips Prisma altogether
 * (createMany is one statement too, but slower to prepare; ADR 0017).
 */
async function insertAuditEvents(db: Database, rows: Prisma.AuditEventCreateManyInput[]) {
  // One call for every row's random bits: a page of 50 people is 50 rows.
  const random = randomBytes(16 * rows.length);
  const json = JSON.stringify(
    rows.map((row, i) => ({
      ...row,
      id: row.id ?? uuidv7(random.subarray(16 * i, 16 * i + 16)),
      detail: row.detail ?? null,
    })),
  );
  await db.query(
    `INSERT INTO "AuditEvent" (${COLUMN_LIST})
     SELECT ${COLUMN_LIST} FROM json_populate_recordset(NULL::"AuditEvent", $1::json)`,
    [json],
  );
}

/** A time-ordered UUID (RFC 9562 version 7) from 16 random bytes, like the ids Prisma gives every other row. */
function uuidv7(bytes: Buffer): string {
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
