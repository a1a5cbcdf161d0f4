import type { Database, Prisma } from "@cetr/db";
import { londonCalendarDate } from "@cetr/domain";
import DataLoader from "dataloader";
import type { Viewer } from "../auth/viewer.js";
import {
  ADVOCATE_READ,
  ADVOCATE_WRITE,
  type Area,
  FAMILY_READ,
  FAMILY_WRITE,
  PANEL_PERSON_READ,
  PANEL_REVIEW_READ,
  PANEL_REVIEW_WRITE,
  partnerAreas,
  STAFF_READ,
  STAFF_WRITE,
} from "./areas.js";
import type { AuditLog, AuditTarget } from "./audit.js";

const FAMILY_KINDS = ["PARENT_CARER", "OTHER_FAMILY"] as const;
const PANEL_CONSENT = ["REVIEW", "SHARE_WITH_PANEL"] as const;

/** The `viewer` row visiblePeopleSql's condition reads: `WITH ${VIEWER_CTE} SELECT … FROM "Person" p, viewer v`. */
export const VIEWER_CTE =
  "viewer AS (SELECT $1::uuid AS user_id, $2::date AS today, $3::uuid[] AS orgs)";

/**
 * One way to be allowed to see a person, as SQL over the `viewer` row `v`:
 * rows of `from` whose `person` column names a person the viewer may see.
 */
interface Branch {
  from: string;
  person: string;
  where: string;
}

/**
 * Access.visiblePeopleSql's answer: the same people two ways. `where` is a
 * condition on a "Person" row `p`, for lists of people; `ids` is a subquery
 * of their ids (a UNION of the ways in), for lists of other rows about
 * people: PostgreSQL can start from the viewer's few people instead of
 * testing every row in the country against an OR of conditions (ADR 0029).
 * Both use `v` (VIEWER_CTE) and `params` as its $1-$3.
 */
export interface VisiblePeopleSql {
  where: string;
  ids: string;
  params: unknown[];
}

/** What gives a user a basis to see one person (BASIS_SQL), as the database reports it. */
export interface Basis {
  accountUserId: string | null;
  relationships: { kind: string; hasParentalResponsibility: boolean }[];
  consents: string[];
  caseload: string[];
  panelReviewIds: string[];
}

/**
 * One person's Basis as a json object, for `p` (a "Person" row) and the
 * viewer `v` of VIEWER_CTE: their active relationships to the user, consents
 * shared with them, caseloads of their organisations, and open panel seats.
 */
export const BASIS_SQL = `json_build_object(
  'accountUserId', p."accountUserId",
  'relationships', COALESCE((SELECT json_agg(json_build_object('kind', r.kind, 'hasParentalResponsibility', r."hasParentalResponsibility"))
                   FROM "Relationship" r
                   WHERE r."personId" = p.id AND r."userId" = v.user_id
                     AND r."startedOn" <= v.today AND (r."endedOn" IS NULL OR r."endedOn" > v.today)), '[]'),
  'consents', COALESCE((SELECT json_agg(c.purpose) FROM "ConsentRecord" c
                   WHERE c."personId" = p.id AND c."sharedWithId" = v.user_id AND c.answer = 'GIVEN'
                     AND c."withdrawnAt" IS NULL AND c.purpose IN ('SHARE_WITH_FAMILY', 'SHARE_WITH_ADVOCATE')), '[]'),
  'caseload', COALESCE((SELECT json_agg(ca."organisationId") FROM "CaseloadAssignment" ca
                   WHERE ca."personId" = p.id AND ca."organisationId" = ANY(v.orgs)
                     AND ca."startedOn" <= v.today AND (ca."endedOn" IS NULL OR ca."endedOn" > v.today)), '[]'),
  'panelReviewIds', COALESCE((SELECT json_agg(rv.id) FROM "Review" rv
                   WHERE rv."personId" = p.id
                     AND EXISTS (SELECT 1 FROM "PanelMember" pm WHERE pm."reviewId" = rv.id AND pm."userId" = v.user_id)
                     AND EXISTS (SELECT 1 FROM "ConsentRecord" rc WHERE rc."reviewId" = rv.id
                                 AND rc.purpose IN (${PANEL_CONSENT.map((c) => `'${c}'`).join(", ")})
                                 AND rc.answer = 'GIVEN' AND rc."withdrawnAt" IS NULL)
                     AND NOT EXISTS (SELECT 1 FROM "Report" rp WHERE rp."reviewId" = rv.id AND rp."sentAt" IS NOT NULL)), '[]'))`;

/** What the viewer holds over one person's record, worked out once per request. */
export interface PersonGrant {
  read: ReadonlySet<Area>;
  write: ReadonlySet<Area>;
  /** Reviews of this person the viewer sits on while the panel may see them. */
  panelReviewIds: ReadonlySet<string>;
  /** e.g. "SELF", "PARENT_CARER", "STAFF:COMMISSIONER", "PANEL", "PARTNER". */
  actingAs: string[];
}

const NONE: PersonGrant = {
  read: new Set(),
  write: new Set(),
  panelReviewIds: new Set(),
  actingAs: [],
};

export interface Target extends AuditTarget {
  /** The review it belongs to, for panel access (§7.2.1). */
  reviewId?: string | null;
  /** The action it is, or belongs to: its named owner may read and work on it (ownerMay, ADR 0041). */
  actionOwnerId?: string | null;
}

/** What the audit trail says an action's owner acted as, when ownership alone let them in. */
export const ACTION_OWNER = "ACTION_OWNER";

/**
 * What the named owner of an action may change without any other basis
 * (ADR 0041): record progress (which can mark it done, with the note the
 * family reads) and answer the family's questions about it. Nothing else.
 */
const OWNER_OPERATIONS = new Set(["addActionUpdate", "answerActionQuestion"]);

/**
 * Decides, for one request, what the viewer may read and change. Deny by
 * default: a person the viewer has no recorded basis for gets NONE. The basis
 * is read from the database on every request (batched per person), so ending
 * a relationship, a membership or withdrawing consent takes effect at once.
 * Every decision about a person's record is written to the audit trail.
 */
export class Access {
  private membershipsPromise?: Promise<{ organisationId: string; role: string }[]>;
  /** Whether the viewer is staff today, once memberships() has answered (ownerMay needs it synchronously). */
  private staffToday?: boolean;
  private readonly grants: DataLoader<string, PersonGrant>;
  /** Grants already loaded in this request (never across requests: consent can change). */
  private readonly settled = new Map<string, PersonGrant>();

  constructor(
    private readonly db: Database,
    readonly viewer: Viewer,
    private readonly now: Date,
    readonly audit: AuditLog,
  ) {
    this.grants = new DataLoader((ids) => this.loadGrants(ids), { maxBatchSize: 1000 });
  }

  get signedIn(): boolean {
    return this.viewer.kind !== "anonymous";
  }

  get userId(): string | null {
    return this.viewer.kind === "user" ? this.viewer.userId : null;
  }

  /** Today in England: relationships and memberships start and end on calendar dates. */
  private get today(): Date {
    return new Date(`${londonCalendarDate(this.now)}T00:00:00Z`);
  }

  /** Started, and not yet ended: the same shape on memberships, caseloads and relationships. */
  private active() {
    return {
      startedOn: { lte: this.today },
      OR: [{ endedOn: null }, { endedOn: { gt: this.today } }] as [
        { endedOn: null },
        { endedOn: { gt: Date } },
      ],
    };
  }

  /** The viewer's current staff memberships (user viewers only). */
  memberships(): Promise<{ organisationId: string; role: string }[]> {
    const userId = this.userId;
    if (!userId) return Promise.resolve([]);
    if (this.membershipsPromise) return this.membershipsPromise;
    if (this.viewer.kind === "user" && this.viewer.memberships) {
      this.membershipsPromise = Promise.resolve([...this.viewer.memberships]);
    }
    // Runs on every signed-in request: raw, like basisRows (ADR 0017). The same rule as active().
    this.membershipsPromise ??= this.db.query<{ organisationId: string; role: string }>(
      `SELECT "organisationId"::text AS "organisationId", role::text AS role FROM "Membership"
       WHERE "userId" = $1::uuid AND "startedOn" <= $2::date AND ("endedOn" IS NULL OR "endedOn" > $2::date)
       ORDER BY "startedOn", id`,
      [userId, londonCalendarDate(this.now)],
    );
    this.membershipsPromise = this.membershipsPromise.then((rows) => {
      this.staffToday = rows.length > 0;
      return rows;
    });
    return this.membershipsPromise;
  }

  grant(personId: string): Promise<PersonGrant> {
    const settled = this.settled.get(personId);
    if (settled) return Promise.resolve(settled);
    return this.grants.load(personId).then((grant) => {
      this.settled.set(personId, grant);
      return grant;
    });
  }

  /**
   * May the viewer read this part of the record? Records the decision either way.
   * Synchronous once the person's grant is known: a page of 750 objects then
   * costs no promise per object (plugin-scope-auth accepts either).
   */
  canRead(area: Area, target: Target): boolean | Promise<boolean> {
    const settled = this.settled.get(target.personId);
    const ownerUnknown = this.ownsAction(target) && this.staffToday === undefined;
    if (settled && !ownerUnknown) return this.decideRead(settled, area, target);
    return Promise.all([this.grant(target.personId), this.memberships()]).then(([grant]) =>
      this.decideRead(grant, area, target),
    );
  }

  /** The viewer is the action's named owner (whether they are staff today is ownerMay's question). */
  private ownsAction(target: Target): boolean {
    return target.actionOwnerId != null && target.actionOwnerId === this.userId;
  }

  /**
   * The need-to-know rule of ADR 0041: the named owner of an action, while
   * they are staff (a membership today), may read that action — its updates
   * and questions are ACTION rows that carry the same owner — and nothing
   * else of the person's record. The owner is read from the row on every
   * request, so when the action passes to someone else, access stops at once.
   */
  private ownerMay(area: Area, target: Target): boolean {
    return area === "ACTION" && this.staffToday === true && this.ownsAction(target);
  }

  /** Who the viewer acted as: their basis for the person, or the action's owner when only that let them in. */
  private actingAs(grant: PersonGrant, byOwnership: boolean): string {
    return grant.actingAs.join(",") || (byOwnership ? ACTION_OWNER : this.viewer.kind);
  }

  private decideRead(grant: PersonGrant, area: Area, target: Target): boolean {
    const byBasis =
      grant.read.has(area) ||
      (grant.panelReviewIds.size > 0 &&
        (PANEL_PERSON_READ.has(area) ||
          (target.reviewId != null &&
            grant.panelReviewIds.has(target.reviewId) &&
            PANEL_REVIEW_READ.has(area))));
    const byOwnership = !byBasis && this.ownerMay(area, target);
    const actingAs = this.actingAs(grant, byOwnership);
    if (byBasis || byOwnership) this.audit.read(target, actingAs);
    else this.audit.denied(target, `read:${area}`, actingAs);
    return byBasis || byOwnership;
  }

  /**
   * The viewer as an owner of actions (ADR 0041): their user id while they are
   * staff today, else null. Lists of actions and questions add the actions
   * they own to the people they may see (each row is still checked).
   */
  async actionOwnerToday(): Promise<string | null> {
    const userId = this.userId;
    if (!userId) return null;
    return (await this.memberships()).length > 0 ? userId : null;
  }

  /**
   * May the viewer see whose action this is — the person's name, nothing
   * more of their profile? Anyone who may read the profile, and the action's
   * owner, who needs to know whose action they are working on (ADR 0041).
   * Audited as a read of the person, or a refusal, like any other.
   */
  async canReadNameFor(action: Target): Promise<boolean> {
    const person: Target = { personId: action.personId, type: "Person", id: action.personId };
    const [grant] = await Promise.all([this.grant(action.personId), this.memberships()]);
    const byBasis =
      grant.read.has("PROFILE") ||
      (grant.panelReviewIds.size > 0 && PANEL_PERSON_READ.has("PROFILE"));
    const byOwnership = !byBasis && this.ownerMay("ACTION", action);
    const actingAs = this.actingAs(grant, byOwnership);
    if (byBasis || byOwnership) this.audit.read(person, actingAs);
    else this.audit.denied(person, "read:PROFILE", actingAs);
    return byBasis || byOwnership;
  }

  /** May the viewer change this part of the record? Records the decision either way. */
  async canWrite(area: Area, target: Target, operation: string): Promise<boolean> {
    const grant = await this.grant(target.personId);
    await this.memberships();
    const byBasis =
      grant.write.has(area) ||
      (target.reviewId != null &&
        grant.panelReviewIds.has(target.reviewId) &&
        PANEL_REVIEW_WRITE.has(area));
    const byOwnership = !byBasis && OWNER_OPERATIONS.has(operation) && this.ownerMay(area, target);
    const actingAs = this.actingAs(grant, byOwnership);
    if (byBasis || byOwnership) this.audit.changed(target, operation, actingAs);
    else this.audit.denied(target, operation, actingAs);
    return byBasis || byOwnership;
  }

  /** Keeps the rows the viewer may read (one batched decision for all of them). */
  async filterReadable<Row>(
    rows: readonly Row[],
    describe: (row: Row) => { area: Area; target: Target },
  ) {
    const described = rows.map(describe);
    // Load every person's grant in one batch, then decide each row synchronously.
    await Promise.all(
      [...new Set(described.map((d) => d.target.personId))].map((id) => this.grant(id)),
    );
    return rows.filter((_, i) => {
      const d = described[i];
      return d !== undefined && this.canRead(d.area, d.target) === true;
    });
  }

  /**
   * People whose record has `area` readable by the viewer, as a Prisma filter
   * for lists. A narrowing only: rows it lets through are still checked one
   * by one (filterReadable), so a mistake here can hide a row, never leak one.
   */
  async peopleWhere(area: Area): Promise<Prisma.PersonWhereInput> {
    const nobody: Prisma.PersonWhereInput = { id: { in: [] } };
    const viewer = this.viewer;
    if (viewer.kind === "anonymous") return nobody;
    if (viewer.kind === "partner") {
      if (!partnerAreas(viewer.scopes).read.has(area)) return nobody;
      return {
        caseload: {
          some: { organisationId: { in: [...viewer.organisationIds] }, ...this.active() },
        },
      };
    }
    const userId = viewer.userId;
    const orgIds = (await this.memberships()).map((m) => m.organisationId);
    const branches: Prisma.PersonWhereInput[] = [];
    if (STAFF_READ.has(area) && orgIds.length) {
      branches.push({ caseload: { some: { organisationId: { in: orgIds }, ...this.active() } } });
    }
    if (FAMILY_READ.has(area)) {
      branches.push(
        { accountUserId: userId },
        {
          relationships: {
            some: {
              userId,
              kind: "PARENT_CARER",
              hasParentalResponsibility: true,
              ...this.active(),
            },
          },
        },
        {
          relationships: { some: { userId, kind: { in: [...FAMILY_KINDS] }, ...this.active() } },
          consents: {
            some: {
              sharedWithId: userId,
              purpose: "SHARE_WITH_FAMILY",
              answer: "GIVEN",
              withdrawnAt: null,
            },
          },
        },
      );
    }
    if (ADVOCATE_READ.has(area)) {
      branches.push({
        relationships: { some: { userId, kind: "ADVOCATE", ...this.active() } },
        consents: {
          some: {
            sharedWithId: userId,
            purpose: "SHARE_WITH_ADVOCATE",
            answer: "GIVEN",
            withdrawnAt: null,
          },
        },
      });
    }
    if (PANEL_PERSON_READ.has(area) || PANEL_REVIEW_READ.has(area)) {
      branches.push({ reviews: { some: this.openPanelReviews(userId) } });
    }
    return branches.length ? { OR: branches } : nobody;
  }

  /**
   * peopleWhere as SQL, for the lists every dashboard runs (ADR 0017), as a
   * condition on `p` (a "Person" row) and as a subquery of ids, both over `v`
   * (the `viewer` row of VIEWER_CTE, whose three parameters are always $1-$3,
   * `params` here). The subquery names `viewer v` itself, so it is not
   * correlated with the outer row and runs once. The same rules, branch for branch;
   * test/access.test.ts holds the two to the same people for every viewer
   * and area. A narrowing only, like peopleWhere: every row is still checked.
   */
  async visiblePeopleSql(area: Area): Promise<VisiblePeopleSql> {
    const viewer = this.viewer;
    const today = londonCalendarDate(this.now);
    const active = (alias: string) =>
      `${alias}."startedOn" <= v.today AND (${alias}."endedOn" IS NULL OR ${alias}."endedOn" > v.today)`;
    const onCaseload: Branch = {
      from: `"CaseloadAssignment" ca`,
      person: `ca."personId"`,
      where: `ca."organisationId" = ANY(v.orgs) AND ${active("ca")}`,
    };
    const related = (kinds: readonly string[], extra = ""): Branch => ({
      from: `"Relationship" r`,
      person: `r."personId"`,
      where: `r."userId" = v.user_id AND r.kind IN (${kinds.map((k) => `'${k}'`).join(", ")}) ${extra} AND ${active("r")}`,
    });
    const sharedWith = (branch: Branch, purpose: string): Branch => ({
      ...branch,
      where: `${branch.where} AND EXISTS (SELECT 1 FROM "ConsentRecord" c WHERE c."personId" = ${branch.person}
        AND c."sharedWithId" = v.user_id AND c.purpose = '${purpose}' AND c.answer = 'GIVEN' AND c."withdrawnAt" IS NULL)`,
    });
    const result = (branches: Branch[], userId: string | null, orgIds: readonly string[]) => ({
      where: branches.length
        ? `(${branches.map((b) => `EXISTS (SELECT 1 FROM ${b.from} WHERE ${b.person} = p.id AND ${b.where})`).join(" OR ")})`
        : "FALSE",
      ids: branches.length
        ? `(${branches.map((b) => `SELECT ${b.person} FROM ${b.from}, viewer v WHERE ${b.where}`).join(" UNION ")})`
        : "(SELECT NULL::uuid WHERE FALSE)",
      params: [userId, today, [...orgIds]],
    });
    if (viewer.kind === "anonymous") return result([], null, []);
    if (viewer.kind === "partner") {
      if (!partnerAreas(viewer.scopes).read.has(area)) return result([], null, []);
      return result([onCaseload], null, viewer.organisationIds);
    }
    const orgIds = (await this.memberships()).map((m) => m.organisationId);
    const branches: Branch[] = [];
    if (STAFF_READ.has(area) && orgIds.length) branches.push(onCaseload);
    if (FAMILY_READ.has(area)) {
      branches.push(
        { from: `"Person" pa`, person: "pa.id", where: `pa."accountUserId" = v.user_id` },
        related(["PARENT_CARER"], `AND r."hasParentalResponsibility"`),
        sharedWith(related(FAMILY_KINDS), "SHARE_WITH_FAMILY"),
      );
    }
    if (ADVOCATE_READ.has(area)) {
      branches.push(sharedWith(related(["ADVOCATE"]), "SHARE_WITH_ADVOCATE"));
    }
    if (PANEL_PERSON_READ.has(area) || PANEL_REVIEW_READ.has(area)) {
      branches.push({
        from: `"Review" rv`,
        person: `rv."personId"`,
        where: `EXISTS (SELECT 1 FROM "PanelMember" pm WHERE pm."reviewId" = rv.id AND pm."userId" = v.user_id)
        AND EXISTS (SELECT 1 FROM "ConsentRecord" rc WHERE rc."reviewId" = rv.id
                    AND rc.purpose IN (${PANEL_CONSENT.map((c) => `'${c}'`).join(", ")})
                    AND rc.answer = 'GIVEN' AND rc."withdrawnAt" IS NULL)
        AND NOT EXISTS (SELECT 1 FROM "Report" rp WHERE rp."reviewId" = rv.id AND rp."sentAt" IS NOT NULL)`,
      });
    }
    return result(branches, viewer.userId, orgIds);
  }

  /** Reviews a user sits on while the panel may see them: consent recorded, report not yet sent. */
  private openPanelReviews(userId: string): Prisma.ReviewWhereInput {
    return {
      panel: { some: { userId } },
      consents: {
        some: { purpose: { in: [...PANEL_CONSENT] }, answer: "GIVEN", withdrawnAt: null },
      },
      OR: [{ report: { is: null } }, { report: { is: { sentAt: null } } }],
    };
  }

  /**
   * Everything that gives a user a basis to see these people, in ONE
   * statement: it runs for every request that touches a person (lists read
   * the same BASIS_SQL alongside their rows, and prime the grants). The rules
   * are peopleWhere's (and openPanelReviews') in SQL; test/access.test.ts and
   * the attack matrix hold both to the same answers.
   */
  private async basisRows(userId: string, ids: readonly string[], orgIds: readonly string[]) {
    const rows = await this.db.query<{ id: string; basis: Basis }>(
      `WITH ${VIEWER_CTE} SELECT p.id, ${BASIS_SQL} AS basis FROM "Person" p, viewer v
       WHERE p.id = ANY($4::uuid[])`,
      [userId, londonCalendarDate(this.now), [...orgIds], [...ids]],
    );
    return rows.map((row) => ({ ...row.basis, id: row.id }));
  }

  /**
   * Grants worked out from basis rows a list read with its people (BASIS_SQL
   * in the same statement), so that checking the list costs no statement of
   * its own. User viewers only: VIEWER_CTE's orgs must be their memberships.
   */
  async primeGrants(rows: readonly (Basis & { id: string })[]): Promise<void> {
    const userId = this.userId;
    if (!userId) return;
    const memberships = await this.memberships();
    for (const row of rows) {
      if (this.settled.has(row.id)) continue;
      const grant = grantFromBasis(row, userId, memberships);
      this.settled.set(row.id, grant);
      this.grants.prime(row.id, grant);
    }
  }

  private async loadGrants(ids: readonly string[]): Promise<PersonGrant[]> {
    const viewer = this.viewer;
    if (viewer.kind === "anonymous") return ids.map(() => NONE);
    if (viewer.kind === "partner") {
      const rows = await this.db.prisma.caseloadAssignment.findMany({
        where: {
          personId: { in: [...ids] },
          organisationId: { in: [...viewer.organisationIds] },
          ...this.active(),
        },
        select: { personId: true },
      });
      const onCaseload = new Set(rows.map((r) => r.personId));
      const areas = partnerAreas(viewer.scopes);
      const grant: PersonGrant = { ...areas, panelReviewIds: new Set(), actingAs: ["PARTNER"] };
      return ids.map((id) => (onCaseload.has(id) ? grant : NONE));
    }
    const userId = viewer.userId;
    const memberships = await this.memberships();
    const people = await this.basisRows(
      userId,
      ids,
      memberships.map((m) => m.organisationId),
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    return ids.map((id) => {
      const person = byId.get(id);
      return person ? grantFromBasis(person, userId, memberships) : NONE;
    });
  }
}

/** What one person's basis rows give the viewer (a user): the rules of peopleWhere, per person. */
function grantFromBasis(
  person: Basis,
  userId: string,
  memberships: readonly { organisationId: string; role: string }[],
): PersonGrant {
  const read = new Set<Area>();
  const write = new Set<Area>();
  const actingAs: string[] = [];
  const add = (as: string, r: Iterable<Area>, w: Iterable<Area>) => {
    actingAs.push(as);
    for (const a of r) read.add(a);
    for (const a of w) write.add(a);
  };
  if (person.accountUserId === userId) add("SELF", FAMILY_READ, FAMILY_WRITE);
  const kinds = new Set(person.relationships.map((r) => r.kind));
  const shared = new Set(person.consents);
  if (person.relationships.some((r) => r.kind === "PARENT_CARER" && r.hasParentalResponsibility)) {
    add("PARENT_CARER", FAMILY_READ, FAMILY_WRITE);
  } else if (FAMILY_KINDS.some((k) => kinds.has(k)) && shared.has("SHARE_WITH_FAMILY")) {
    add(kinds.has("PARENT_CARER") ? "PARENT_CARER" : "OTHER_FAMILY", FAMILY_READ, FAMILY_WRITE);
  }
  if (kinds.has("ADVOCATE") && shared.has("SHARE_WITH_ADVOCATE")) {
    add("ADVOCATE", ADVOCATE_READ, ADVOCATE_WRITE);
  }
  const caseloadOrgs = new Set(person.caseload);
  for (const m of memberships) {
    if (caseloadOrgs.has(m.organisationId))
      add(`STAFF:${m.role}`, STAFF_READ, STAFF_WRITE[m.role] ?? []);
  }
  const panelReviewIds = new Set(person.panelReviewIds);
  if (panelReviewIds.size) actingAs.push("PANEL");
  return { read, write, panelReviewIds, actingAs: [...new Set(actingAs)] };
}
