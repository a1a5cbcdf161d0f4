import type { AuditEvent, Prisma, User } from "@cetr/db";
import type { Context } from "../context.js";
import { isUuid } from "../schema/guard.js";
import {
  type ConnectionArgs,
  cursorPart,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";

export type AuditEntry = AuditEvent & {
  actor: User | null;
  clientName: string | null;
  /** The organisation a member of staff acted for, when it can be told (see `staffOrganisations`). */
  organisationName?: string | null;
};

export interface AuditTrailFilter {
  outcome?: "ALLOWED" | "DENIED" | null;
  actorKind?: "USER" | "PARTNER_CLIENT" | "SYSTEM" | null;
  /** Calendar days in England, both inclusive ("YYYY-MM-DD"). */
  from?: string | null;
  to?: string | null;
  /** Leave out what this user did (a family's own page is about other people's looks). */
  notByUserId?: string | null;
}

type AuditKey = [at: string, id: string];

const isoInstant = (v: unknown): v is string =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v);
const decodeAuditKey = keyDecoder<AuditKey>(isoInstant, cursorPart.uuid);

/**
 * Midnight at the start of a calendar day in England, as an instant: staff and
 * families mean London days when they filter, not UTC ones (an hour apart in summer).
 */
export function londonMidnight(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMidnight));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return new Date(utcMidnight - (wall - utcMidnight));
}

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

function auditWhere(personId: string, filter: AuditTrailFilter): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = londonMidnight(filter.from);
  if (filter.to) at.lt = londonMidnight(nextDay(filter.to));
  return {
    personId,
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.actorKind ? { actorKind: filter.actorKind } : {}),
    // `actorId` is null for partners and the system: a plain `not` would drop them too (SQL NULL).
    ...(filter.notByUserId
      ? { OR: [{ actorId: null }, { actorId: { not: filter.notByUserId } }] }
      : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}

/**
 * One person's audit trail, newest first. The caller has already checked the
 * AUDIT area; this only reads. Partner client names are looked up in one query
 * per page, since AuditEvent keeps the client id as free text (actorRef).
 */
export async function listAuditTrail(
  ctx: Context,
  personId: string,
  args: ConnectionArgs & AuditTrailFilter,
) {
  const page = pageFromArgs(args, decodeAuditKey);
  const where = auditWhere(personId, args);
  const count = () => ctx.db.prisma.auditEvent.count({ where });
  if (!(await ctx.access.canRead("AUDIT", { personId, type: "AuditTrail", id: personId }))) {
    return { ...toConnection([] as AuditEntry[], page, () => null), count: async () => 0 };
  }
  // Newest first going forwards; `last`/`before` walks back towards the newest.
  const direction = page.backwards ? "asc" : "desc";
  const beyond = page.backwards ? "gt" : "lt";
  const cursor = page.cursor;
  const rows = await ctx.db.prisma.auditEvent.findMany({
    where: cursor
      ? {
          AND: [
            where,
            {
              OR: [
                { at: { [beyond]: new Date(cursor[0]) } },
                { at: new Date(cursor[0]), id: { [beyond]: cursor[1] } },
              ],
            },
          ],
        }
      : where,
    orderBy: [{ at: direction }, { id: direction }],
    include: { actor: true },
    take: page.take,
  });
  const clientIds = [
    ...new Set(
      rows
        .filter((r) => r.actorKind === "PARTNER_CLIENT" && r.actorRef && isUuid(r.actorRef))
        .map((r) => r.actorRef as string),
    ),
  ];
  const clients = clientIds.length
    ? await ctx.db.prisma.apiClient.findMany({
        where: { id: { in: clientIds } },
        select: { id: true, name: true },
      })
    : [];
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const organisations = await staffOrganisations(ctx, personId, rows);
  const entries: AuditEntry[] = rows.map((r) => ({
    ...r,
    clientName: r.actorRef ? (names.get(r.actorRef) ?? null) : null,
    organisationName: organisations.get(r.id) ?? null,
  }));
  const connection = toConnection(entries, page, (row): AuditKey => [row.at.toISOString(), row.id]);
  return { ...connection, count };
}

/** The staff roles an entry was made in, e.g. "STAFF:COMMISSIONER,PANEL" → ["COMMISSIONER"]. */
export function staffRoles(actingAs: string): string[] {
  return actingAs
    .split(",")
    .filter((a) => a.startsWith("STAFF:"))
    .map((a) => a.slice("STAFF:".length));
}

/**
 * Which organisation each staff entry was made for, by entry id: the actor's
 * membership in the role they acted in, preferring an organisation with this
 * person on its caseload (the one that gave them access). The event keeps the
 * role, not the organisation, so this is read now; a membership since ended
 * still counts. Two statements per page, and none when no staff appear.
 */
async function staffOrganisations(
  ctx: Context,
  personId: string,
  rows: (AuditEvent & { actor: User | null })[],
): Promise<Map<string, string>> {
  const staffRows = rows.filter((r) => r.actorId && staffRoles(r.actingAs).length);
  if (!staffRows.length) return new Map();
  const [memberships, caseload] = await Promise.all([
    ctx.db.prisma.membership.findMany({
      where: { userId: { in: [...new Set(staffRows.map((r) => r.actorId as string))] } },
      select: {
        userId: true,
        role: true,
        organisationId: true,
        organisation: { select: { name: true } },
      },
      orderBy: { startedOn: "asc" },
    }),
    ctx.db.prisma.caseloadAssignment.findMany({
      where: { personId },
      select: { organisationId: true },
    }),
  ]);
  const onCaseload = new Set(caseload.map((c) => c.organisationId));
  const found = new Map<string, string>();
  for (const row of staffRows) {
    const roles = staffRoles(row.actingAs);
    const candidates = memberships.filter(
      (m) => m.userId === row.actorId && roles.includes(m.role),
    );
    const best = candidates.find((m) => onCaseload.has(m.organisationId)) ?? candidates[0];
    if (best) found.set(row.id, best.organisation.name);
  }
  return found;
}

/** The kinds of record an entry touched (GraphQL type names), for wording of the reader's own. */
export function targetTypes(entry: AuditEvent): string[] {
  if (entry.operation === "read") {
    const detail = entry.detail as { targets?: Record<string, unknown> } | null;
    return Object.keys(detail?.targets ?? {});
  }
  return entry.targetType ? [entry.targetType] : [];
}

export function actorName(entry: AuditEntry): string {
  if (entry.actor) return entry.actor.displayName;
  if (entry.actorKind === "PARTNER_CLIENT") return entry.clientName ?? "A partner system";
  if (entry.actorRef === "anonymous" || !entry.actorRef) return "Someone not signed in";
  return `Automatic task (${entry.actorRef})`;
}

/** Words for the node types a read touched, so a family can follow the trail without a glossary. */
const TYPE_WORDS: Record<string, string> = {
  Person: "profile",
  AuditTrail: "who looked at the record",
  Review: "reviews",
  Action: "actions",
  ActionUpdate: "action updates",
  EnquiryFinding: "lines of enquiry",
  Escalation: "escalations",
  Report: "reports",
  ConsentRecord: "consent decisions",
  DischargePlan: "discharge plans",
  PlannerDocument: "planners",
  SettingEvent: "setting history",
  RestrictedPatientMonitoring: "restricted-patient monitoring",
};

export function typeWords(type: string): string {
  const known = TYPE_WORDS[type];
  if (known) return known;
  const words = type.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`;
  return words.endsWith("s") ? words : `${words}s`;
}

/** A short plain description of one entry, e.g. "Looked at: reviews, actions". */
export function describeEntry(entry: AuditEvent): string {
  if (entry.operation === "read") {
    const detail = entry.detail as { targets?: Record<string, unknown> } | null;
    const types = Object.keys(detail?.targets ?? {});
    return types.length ? `Looked at: ${types.map(typeWords).join(", ")}` : "Looked at the record";
  }
  const thing = entry.targetType ? typeWords(entry.targetType) : null;
  if (entry.outcome === "DENIED") {
    const area = /^read:(.+)$/.exec(entry.operation)?.[1];
    if (area) return `Tried to look at: ${thing ?? area.toLowerCase()} (refused)`;
    return `Tried to change: ${entry.operation} (refused)`;
  }
  return `Changed: ${entry.operation}`;
}
