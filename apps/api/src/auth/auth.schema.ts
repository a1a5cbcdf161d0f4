import type { Membership, Person, User } from "@cetr/db";
import { londonCalendarDate } from "@cetr/domain";
import { GraphQLError } from "graphql";
import { BASIS_SQL, type Basis, VIEWER_CTE } from "../access/access.js";
import {
  loadOrganisations,
  OrganisationRef,
  orMissing,
  StaffRoleEnum,
  UserRef,
} from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { PersonRef } from "../people/people.schema.js";
import { primedPeople } from "../people/people.service.js";
import { builder } from "../schema/builder.js";
import { endAllSessions, endSession, openSession } from "./sessions.js";

const ViewerKindEnum = builder.enumType("ViewerKind", {
  values: ["ANONYMOUS", "USER", "PARTNER"] as const,
});

interface ViewerShape {
  kind: "ANONYMOUS" | "USER" | "PARTNER";
}

const MembershipRef = builder.objectRef<Membership>("Membership").implement({
  description: "The viewer's own staff role in one organisation.",
  authScopes: { viaParent: true },
  fields: (t) => ({
    role: t.expose("role", { type: StaffRoleEnum }),
    organisation: t.loadable({
      type: OrganisationRef,
      load: async (ids: string[], ctx) => orMissing(await loadOrganisations(ctx, ids)),
      resolve: (m) => m.organisationId,
    }),
  }),
});

export const ViewerRef = builder.objectRef<ViewerShape>("Viewer").implement({
  description: "Who is asking, as the API sees it.",
  authScopes: { anyone: true },
  fields: (t) => ({
    kind: t.field({ type: ViewerKindEnum, resolve: (v) => v.kind }),
    user: t.field({
      type: UserRef,
      nullable: true,
      resolve: (_v, _args, ctx) =>
        ctx.access.userId
          ? ctx.db.prisma.user.findUnique({ where: { id: ctx.access.userId } })
          : null,
    }),
    memberships: t.field({
      type: [MembershipRef],
      description: "Staff roles, current ones only.",
      resolve: async (_v, _args, ctx) => {
        const userId = ctx.access.userId;
        if (!userId) return [];
        const today = new Date(`${ctx.now.toISOString().slice(0, 10)}T00:00:00Z`);
        return ctx.db.prisma.membership.findMany({
          where: {
            userId,
            startedOn: { lte: today },
            OR: [{ endedOn: null }, { endedOn: { gt: today } }],
          },
          orderBy: { createdAt: "asc" },
        });
      },
    }),
    people: t.field({
      type: [PersonRef],
      description:
        "The people whose records this account holds as themselves, as family or as an advocate " +
        "(the family portal's home page). Staff caseloads are in `Query.people`.",
      resolve: async (_v, _args, ctx) => {
        const userId = ctx.access.userId;
        if (!userId) return [];
        // Raw: the portal's home page runs it on every visit (ADR 0017). A narrowing only.
        // With each one's basis, priming the grants below: one statement in all.
        const candidates = await primedPeople(
          ctx,
          await ctx.db.query<Person & { basis: Basis }>(
            `WITH ${VIEWER_CTE} SELECT p.*, ${BASIS_SQL} AS basis FROM "Person" p, viewer v
             WHERE p."accountUserId" = v.user_id
                OR EXISTS (SELECT 1 FROM "Relationship" r WHERE r."personId" = p.id AND r."userId" = v.user_id)
             ORDER BY p.name, p.id LIMIT 50`,
            [
              userId,
              londonCalendarDate(ctx.now),
              (await ctx.access.memberships()).map((m) => m.organisationId),
            ],
          ),
        );
        const grants = await Promise.all(candidates.map((p) => ctx.access.grant(p.id)));
        const family = candidates.filter((_, i) =>
          grants[i]?.actingAs.some((a) =>
            ["SELF", "PARENT_CARER", "OTHER_FAMILY", "ADVOCATE"].includes(a),
          ),
        );
        return PersonGuard.readable(ctx, family);
      },
    }),
  }),
});

const DemoAccountRef = builder.objectRef<User & { description: string }>("DemoAccount").implement({
  description: "A FICTIONAL demo account for the labelled local sign-in (never in production).",
  authScopes: { anyone: true },
  fields: (t) => ({
    email: t.exposeString("email"),
    displayName: t.exposeString("displayName"),
    description: t.exposeString("description", {
      description: 'What they do, e.g. "Commissioner, NHS Northvale ICB".',
    }),
  }),
});

const SignInPayload = builder
  .objectRef<{ token: string; expiresAt: Date }>("SignInPayload")
  .implement({
    description:
      "A new session. Keep the token server-side (an httpOnly cookie); never give it to browser JavaScript.",
    authScopes: { viaParent: true },
    fields: (t) => ({
      token: t.exposeString("token"),
      expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    }),
  });

const SignOutPayload = builder.objectRef<{ sessionsEnded: number }>("SignOutPayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({ sessionsEnded: t.exposeInt("sessionsEnded") }),
});

const demoOff = () =>
  new GraphQLError("The demo sign-in is switched off on this server", {
    extensions: { code: "FORBIDDEN" },
  });

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    authScopes: { anyone: true },
    description: "Who you are signed in as (ANONYMOUS without a token).",
    resolve: (_root, _args, ctx): ViewerShape => ({
      kind:
        ctx.viewer.kind === "user"
          ? "USER"
          : ctx.viewer.kind === "partner"
            ? "PARTNER"
            : "ANONYMOUS",
    }),
  }),
  demoAccounts: t.field({
    type: [DemoAccountRef],
    authScopes: { anyone: true },
    description:
      "The FICTIONAL demo accounts; an error when the demo sign-in is off (always in production).",
    resolve: async (_root, _args, ctx) => {
      if (!ctx.demoSignIn) throw demoOff();
      const users = await ctx.db.prisma.user.findMany({
        where: { email: { endsWith: ".example" } },
        include: {
          memberships: { include: { organisation: true } },
          relationships: { include: { person: true } },
          ownRecord: true,
        },
        orderBy: { displayName: "asc" },
      });
      return users.map((u) => ({
        ...u,
        description:
          [
            ...u.memberships.map(
              (m) => `${m.role.toLowerCase().replaceAll("_", " ")}, ${m.organisation.name}`,
            ),
            ...(u.ownRecord ? ["young person (their own record)"] : []),
            ...u.relationships
              .filter((r) => ["PARENT_CARER", "OTHER_FAMILY", "ADVOCATE"].includes(r.kind))
              .map((r) => `${r.kind.toLowerCase().replaceAll("_", " ")} of ${r.person.name}`),
          ].join("; ") || "no role",
      }));
    },
  }),
}));

builder.mutationFields((t) => ({
  demoSignIn: t.field({
    type: SignInPayload,
    authScopes: { anyone: true },
    description:
      "Signs in as a FICTIONAL demo account by email, without a password. Only for the local demo: " +
      "refused whenever NODE_ENV=production.",
    args: {
      input: t.arg({
        type: builder.inputType("DemoSignInInput", {
          fields: (f) => ({ email: f.string({ required: true }) }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.demoSignIn) throw demoOff();
      const user = await ctx.db.prisma.user.findUnique({
        where: { email: input.email.trim().toLowerCase() },
      });
      if (!user?.email.endsWith(".example")) {
        throw new GraphQLError("There is no demo account with that email address", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return openSession(ctx.db, user.id, "demo", ctx.now);
    },
  }),
  signOut: t.field({
    type: SignOutPayload,
    authScopes: { user: true },
    description: "Ends this session.",
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer.kind !== "user") return { sessionsEnded: 0 };
      await endSession(ctx.db, ctx.viewer.sessionId, ctx.now);
      return { sessionsEnded: 1 };
    },
  }),
  signOutEverywhere: t.field({
    type: SignOutPayload,
    authScopes: { user: true },
    description: "Ends every session of this account, on every device.",
    resolve: async (_root, _args, ctx) => ({
      sessionsEnded: ctx.access.userId
        ? await endAllSessions(ctx.db, ctx.access.userId, ctx.now)
        : 0,
    }),
  }),
}));
