import type { Organisation, User } from "@cetr/db";
import type { Context } from "../context.js";
import { builder } from "../schema/builder.js";
import { isUuid } from "../schema/guard.js";
import { rowsWhereIn } from "../schema/rows.js";

/**
 * Organisations and user accounts are not anyone's health record: anyone
 * signed in may see an organisation's name and kind, and a user's display
 * name (so a family can see who owns an action). Email addresses are
 * personal data: only the user themselves, and staff, see them.
 */

/** Organisations by id, in order (null for unknown); nothing at all for anonymous callers. */
export async function loadOrganisations(ctx: Context, ids: readonly string[]) {
  const valid = ctx.access.signedIn ? ids.filter(isUuid) : [];
  const rows = valid.length
    ? await ctx.db.prisma.organisation.findMany({ where: { id: { in: valid } } })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Users by id, in order (null for unknown); nothing at all for anonymous callers. */
export async function loadUsers(ctx: Context, ids: readonly string[]) {
  const valid = ctx.access.signedIn ? ids.filter(isUuid) : [];
  const rows = await rowsWhereIn<User>(ctx.db, "User", "id", valid);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** For non-null edges (dataloader plugin): a missing row becomes that item's error, not a null. */
export const orMissing = <T>(rows: (T | null)[]): (T | Error)[] =>
  rows.map((row) => row ?? new Error("Not found"));

export const OrganisationKindEnum = builder.enumType("OrganisationKind", {
  description: "ICB / commissioner, local authority, provider, school (§7, §29).",
  values: ["ICB", "LOCAL_AUTHORITY", "PROVIDER", "SCHOOL"] as const,
});

export const StaffRoleEnum = builder.enumType("StaffRole", {
  description: "What a member of staff does for an organisation (§7, §7.2.1, §14).",
  values: [
    "COMMISSIONER",
    "CARE_COORDINATOR",
    "SOCIAL_WORKER",
    "CLINICIAN",
    "DISCHARGE_FACILITATOR",
    "EDUCATION_STAFF",
    "EXPERT_BY_EXPERIENCE",
    "CLINICAL_EXPERT",
    "ADMINISTRATOR",
  ] as const,
});

export const OrganisationRef = builder.node(builder.objectRef<Organisation>("Organisation"), {
  description: "An organisation that commissions, provides, or takes part in reviews.",
  authScopes: { signedIn: true },
  id: { resolve: (org) => org.id },
  loadMany: (ids, ctx) => loadOrganisations(ctx, ids),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: OrganisationKindEnum }),
    odsCode: t.exposeString("odsCode", { nullable: true, description: "ODS code, where known." }),
  }),
});

export const UserRef = builder.node(builder.objectRef<User>("User"), {
  description: "Someone with a sign-in: staff, panel members, family members, advocates.",
  authScopes: { signedIn: true },
  id: { resolve: (user) => user.id },
  loadMany: (ids, ctx) => loadUsers(ctx, ids),
  fields: (t) => ({
    displayName: t.exposeString("displayName"),
    email: t.string({
      nullable: true,
      description: "Only for the user themselves and for staff; null otherwise.",
      resolve: async (user, _args, ctx) => {
        if (ctx.access.userId === user.id) return user.email;
        return (await ctx.access.memberships()).length > 0 ? user.email : null;
      },
    }),
  }),
});
