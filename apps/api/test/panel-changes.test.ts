import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { startWorld, type World } from "./world.js";

/** Removing a panel seat and changing its role or chair kind (§7.2.1), until the review is held. */

let api: Harness;
let world: World;
let tokens: Record<string, string>;

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
});
afterAll(() => api.close());

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

type Errors = { field: string; code: string; message: string }[];

const CHANGE = `mutation($input: ChangePanelMemberInput!) { changePanelMember(input: $input) {
  panelMember { id role chairKind delegatedAuthority review { panelBreaches { code } } }
  errors { field code message }
} }`;
type Changed = {
  changePanelMember: {
    panelMember: {
      role: string;
      chairKind: string | null;
      delegatedAuthority: string | null;
      review: { panelBreaches: { code: string }[] };
    } | null;
    errors: Errors;
  };
};
const REMOVE = `mutation($input: RemovePanelMemberInput!) { removePanelMember(input: $input) {
  removedPanelMemberId review { id panel { role } panelBreaches { code message } }
  errors { field code message }
} }`;
type Removed = {
  removePanelMember: {
    removedPanelMemberId: string | null;
    review: {
      panel: { role: string }[];
      panelBreaches: { code: string; message: string }[];
    } | null;
    errors: Errors;
  };
};

const ADD = `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) {
  panelMember { id } errors { field code message }
} }`;

/** A planned review of Pat's with a full panel, each seat's id by role. */
async function reviewWithPanel(status: "PLANNED" | "HELD" = "PLANNED") {
  const review = await api.db.prisma.review.create({
    data: {
      personId: world.pat.id,
      kind: "INPATIENT",
      status,
      enquirySetting: "INPATIENT",
      commissioningOrganisationId: world.orgA.id,
    },
  });
  const seat = (userId: string, role: "CHAIR" | "EXPERT_BY_EXPERIENCE" | "CLINICAL_EXPERT") =>
    api.db.prisma.panelMember.create({
      data: {
        reviewId: review.id,
        userId,
        role,
        chairKind: role === "CHAIR" ? "COMMISSIONER" : null,
      },
    });
  const chair = await seat(world.users.commissioner.id, "CHAIR");
  const ebe = await seat(world.users.panelMember.id, "EXPERT_BY_EXPERIENCE");
  const clinical = await seat(world.users.clinicianB.id, "CLINICAL_EXPERT");
  return { review, chair: chair.id, ebe: ebe.id, clinical: clinical.id };
}

const change = async (panelMemberId: string, input: Record<string, unknown>, as = "commissioner") =>
  (
    await api.gql<Changed>(
      CHANGE,
      { input: { panelMemberId: gid("PanelMember", panelMemberId), ...input } },
      { as: tokens[as] },
    )
  ).body.data?.changePanelMember;
const remove = async (panelMemberId: string, as = "commissioner") =>
  (
    await api.gql<Removed>(
      REMOVE,
      { input: { panelMemberId: gid("PanelMember", panelMemberId) } },
      { as: tokens[as] },
    )
  ).body.data?.removePanelMember;

describe("changePanelMember", () => {
  it("makes the chair a representative with delegated authority, and back (§7.2.1)", async () => {
    const { chair } = await reviewWithPanel();
    const delegate = await change(chair, {
      role: "CHAIR",
      chairKind: "DELEGATE",
      delegatedAuthority: "  Delegated by the ICB's director of commissioning, email of 3 May  ",
    });
    expect(delegate?.errors).toEqual([]);
    expect(delegate?.panelMember).toMatchObject({
      role: "CHAIR",
      chairKind: "DELEGATE",
      delegatedAuthority: "Delegated by the ICB's director of commissioning, email of 3 May",
    });
    const back = await change(chair, { role: "CHAIR" });
    expect(back?.panelMember).toMatchObject({
      chairKind: "COMMISSIONER",
      delegatedAuthority: null,
    });
    const audited = await api.db.prisma.auditEvent.count({
      where: { operation: "changePanelMember", outcome: "ALLOWED", targetId: chair },
    });
    expect(audited).toBe(2);
  });

  it("moves a member to a free seat; the panel then lacks the one they left", async () => {
    const { review, clinical } = await reviewWithPanel();
    await api.db.prisma.panelMember.deleteMany({
      where: { reviewId: review.id, role: "EXPERT_BY_EXPERIENCE" },
    });
    const moved = await change(clinical, { role: "EXPERT_BY_EXPERIENCE" });
    expect(moved?.errors).toEqual([]);
    expect(moved?.panelMember?.role).toBe("EXPERT_BY_EXPERIENCE");
    expect(moved?.panelMember?.review.panelBreaches.map((b) => b.code)).toContain(
      "PANEL_INCOMPLETE",
    );
  });

  it("says what is wrong with each field, and changes nothing", async () => {
    const { chair, ebe } = await reviewWithPanel();
    expect((await change(ebe, { role: "CHAIR" }))?.errors).toEqual([
      expect.objectContaining({ field: "role", code: "ALREADY_EXISTS" }),
    ]);
    expect((await change(ebe, { role: null }))?.errors).toEqual([
      expect.objectContaining({ field: "role", code: "REQUIRED" }),
    ]);
    expect(
      (await change(ebe, { role: "EXPERT_BY_EXPERIENCE", chairKind: "DELEGATE" }))?.errors,
    ).toEqual([expect.objectContaining({ field: "chairKind", code: "INVALID_CHOICE" })]);
    expect(
      (await change(chair, { role: "CHAIR", delegatedAuthority: "By email" }))?.errors,
    ).toEqual([expect.objectContaining({ field: "delegatedAuthority", code: "INVALID_CHOICE" })]);
    const stored = await api.db.prisma.panelMember.findUniqueOrThrow({ where: { id: ebe } });
    expect(stored.role).toBe("EXPERT_BY_EXPERIENCE");
  });

  it("is refused to a parent (can see, cannot change) and hidden from strangers, and audited", async () => {
    const { chair } = await reviewWithPanel();
    expect((await change(chair, { role: "CHAIR" }, "parentWithPr"))?.errors).toEqual([
      expect.objectContaining({ field: "panelMemberId", code: "FORBIDDEN" }),
    ]);
    expect((await change(chair, { role: "CHAIR" }, "stranger"))?.errors).toEqual([
      expect.objectContaining({ field: "panelMemberId", code: "NOT_FOUND" }),
    ]);
    const denied = await api.db.prisma.auditEvent.count({
      where: { operation: "changePanelMember", outcome: "DENIED", targetId: chair },
    });
    expect(denied).toBeGreaterThanOrEqual(1);
  });
});

describe("removePanelMember", () => {
  it("takes the seat off; the panel's breaches now say the panel is incomplete", async () => {
    const { review, ebe } = await reviewWithPanel();
    const removed = await remove(ebe);
    expect(removed?.errors).toEqual([]);
    expect(removed?.removedPanelMemberId).toBe(gid("PanelMember", ebe));
    expect(removed?.review?.panel.map((m) => m.role).sort()).toEqual(["CHAIR", "CLINICAL_EXPERT"]);
    expect(removed?.review?.panelBreaches.map((b) => b.code)).toContain("PANEL_INCOMPLETE");
    expect(await api.db.prisma.panelMember.count({ where: { reviewId: review.id } })).toBe(2);
    expect(
      await api.db.prisma.auditEvent.count({
        where: { operation: "removePanelMember", outcome: "ALLOWED", targetId: ebe },
      }),
    ).toBe(1);
    // Removed once: the same request again finds nothing.
    expect((await remove(ebe))?.errors).toEqual([
      expect.objectContaining({ field: "panelMemberId", code: "NOT_FOUND" }),
    ]);
  });

  it("may remove the chair: the panel then lacks one, shown until someone takes the seat", async () => {
    const { chair } = await reviewWithPanel();
    const removed = await remove(chair);
    expect(removed?.errors).toEqual([]);
    expect(removed?.review?.panelBreaches.map((b) => b.message).join(" ")).toMatch(/chair/i);
  });

  it("is refused to a parent and hidden from strangers", async () => {
    const { clinical } = await reviewWithPanel();
    expect((await remove(clinical, "parentWithPr"))?.errors).toEqual([
      expect.objectContaining({ field: "panelMemberId", code: "FORBIDDEN" }),
    ]);
    expect((await remove(clinical, "stranger"))?.errors).toEqual([
      expect.objectContaining({ field: "panelMemberId", code: "NOT_FOUND" }),
    ]);
    expect(await api.db.prisma.panelMember.count({ where: { id: clinical } })).toBe(1);
  });
});

describe("once the review is held", () => {
  it("its panel gains no seat either (PANEL_LOCKED), even where a seat is free", async () => {
    const { review, clinical } = await reviewWithPanel("HELD");
    await api.db.prisma.panelMember.delete({ where: { id: clinical } });
    const added = (
      await api.gql<{ addPanelMember: { panelMember: { id: string } | null; errors: Errors } }>(
        ADD,
        {
          input: {
            reviewId: gid("Review", review.id),
            userId: gid("User", world.users.clinicianB.id),
            role: "CLINICAL_EXPERT",
          },
        },
        { as: tokens.commissioner },
      )
    ).body.data?.addPanelMember;
    expect(added?.panelMember).toBeNull();
    expect(added?.errors).toEqual([
      {
        field: "reviewId",
        code: "PANEL_LOCKED",
        message:
          "The review has been held, so its panel can no longer change: it is the panel that held it",
      },
    ]);
    expect(await api.db.prisma.panelMember.count({ where: { reviewId: review.id } })).toBe(2);
  });

  it("its panel can neither lose a seat nor change one (PANEL_LOCKED)", async () => {
    const { chair, ebe } = await reviewWithPanel("HELD");
    expect((await remove(ebe))?.errors).toEqual([
      expect.objectContaining({ field: "panelMemberId", code: "PANEL_LOCKED" }),
    ]);
    expect((await change(chair, { role: "CHAIR", chairKind: "DELEGATE" }))?.errors).toEqual([
      expect.objectContaining({ field: "panelMemberId", code: "PANEL_LOCKED" }),
    ]);
    expect(await api.db.prisma.panelMember.count({ where: { id: ebe } })).toBe(1);
  });
});
