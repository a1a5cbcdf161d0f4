import type { PanelMemberPhoto } from "@cetr/db";
import type { FieldError } from "@cetr/domain";
import type { Context } from "../context.js";
import { requiredText } from "../discharge/inputs.js";
import { photoDataUrl, photoInputFields } from "../discharge/photo-input.js";
import { MAX_PHOTO_ALT_TEXT, readImage } from "../discharge/profile-photo.service.js";
import { builder } from "../schema/builder.js";
import { PanelMemberGuard, WITH_PERSON } from "./guards.js";
import { PanelMemberRef } from "./nodes.js";
import { panelPayload } from "./reviews.schema.js";
import type { PanelMemberResult } from "./reviews.service.js";

/**
 * A panel member's photo, so the person and their family can see who they
 * will meet (issue 6 "meeting the panel"; standard 5.3). The profile photo's
 * rules and checks (ADR 0022), per seat (ADR 0023): staff who may change the
 * review add or remove it; whoever may see the seat sees it.
 */

/**
 * The seat, if the viewer is staff who may change its review. A panel member
 * may read their review but never changes another member's photo; only staff
 * hold REVIEW write (panel members write ENQUIRY alone).
 */
async function writableSeat(ctx: Context, panelMemberId: string, operation: string) {
  if (!ctx.access.userId)
    return {
      error: {
        field: "panelMemberId",
        code: "FORBIDDEN",
        message: "A panel photo is added by a member of staff signed in, not by a partner system",
      } satisfies FieldError,
    };
  const seat = await PanelMemberGuard.loadWritable(ctx, panelMemberId, operation);
  if (!seat.row)
    return {
      error: {
        field: "panelMemberId",
        code: seat.code,
        message:
          seat.code === "NOT_FOUND"
            ? "There is no panel seat with this ID that you can reach"
            : "You can see this panel seat but not change it",
      } satisfies FieldError,
    };
  return { seat: seat.row, userId: ctx.access.userId };
}

export async function setPanelMemberPhoto(
  ctx: Context,
  input: { panelMemberId: string; imageBase64: string; altText: string },
): Promise<PanelMemberResult> {
  const who = await writableSeat(ctx, input.panelMemberId, "setPanelMemberPhoto");
  if (who.error) return { panelMember: null, errors: [who.error] };
  const errors: FieldError[] = [];
  const image = readImage(errors, input.imageBase64);
  const altText = requiredText(errors, "altText", input.altText, MAX_PHOTO_ALT_TEXT);
  if (!image || errors.length) return { panelMember: null, errors };
  const photo = {
    contentType: image.contentType,
    bytes: image.bytes,
    size: image.bytes.length,
    altText,
    uploadedById: who.userId,
    uploadedAt: ctx.now,
  };
  await ctx.db.prisma.panelMemberPhoto.upsert({
    where: { panelMemberId: who.seat.id },
    create: { ...photo, panelMemberId: who.seat.id },
    update: photo,
  });
  return { panelMember: who.seat, errors: [] };
}

/** Takes the photo off the seat; no photo to take off is not an error. */
export async function removePanelMemberPhoto(
  ctx: Context,
  input: { panelMemberId: string },
): Promise<PanelMemberResult> {
  const who = await writableSeat(ctx, input.panelMemberId, "removePanelMemberPhoto");
  if (who.error) return { panelMember: null, errors: [who.error] };
  await ctx.db.prisma.panelMemberPhoto.deleteMany({ where: { panelMemberId: who.seat.id } });
  const seat = await ctx.db.prisma.panelMember.findUniqueOrThrow({
    where: { id: who.seat.id },
    include: WITH_PERSON,
  });
  return { panelMember: seat, errors: [] };
}

const PanelMemberPhotoRef = builder.objectRef<PanelMemberPhoto>("PanelMemberPhoto").implement({
  authScopes: { viaParent: true },
  description:
    "A panel member's photo: a JPEG or PNG of at most 1 MB, with its alt text (ADR 0023). " +
    "Whoever may see the panel seat may see it.",
  fields: (t) => ({
    contentType: t.exposeString("contentType", { description: '"image/jpeg" or "image/png".' }),
    size: t.exposeInt("size", { description: "Bytes in the image." }),
    altText: t.exposeString("altText", {
      description: "What the photo shows, for people who cannot see it.",
    }),
    dataUrl: t.string({
      description: "The image as a data: URL, ready for an <img> element's src.",
      resolve: photoDataUrl,
    }),
    uploadedAt: t.expose("uploadedAt", { type: "DateTime" }),
  }),
});

builder.objectField(PanelMemberRef, "photo", (t) =>
  t.loadable({
    type: PanelMemberPhotoRef,
    nullable: true,
    description: "Their photo for “meeting the panel”, when staff have added one.",
    load: async (ids: string[], ctx) => {
      const photos = await ctx.db.prisma.panelMemberPhoto.findMany({
        where: { panelMemberId: { in: ids } },
      });
      const bySeat = new Map(photos.map((p) => [p.panelMemberId, p]));
      return ids.map((id) => bySeat.get(id) ?? null);
    },
    resolve: (seat) => seat.id,
  }),
);

const SetPanelMemberPhotoInput = builder.inputType("SetPanelMemberPhotoInput", {
  fields: (t) => ({
    panelMemberId: t.globalID({ for: PanelMemberRef, required: true }),
    ...photoInputFields(t),
  }),
});
const RemovePanelMemberPhotoInput = builder.inputType("RemovePanelMemberPhotoInput", {
  fields: (t) => ({ panelMemberId: t.globalID({ for: PanelMemberRef, required: true }) }),
});

builder.mutationFields((t) => ({
  setPanelMemberPhoto: t.field({
    type: panelPayload("SetPanelMemberPhotoPayload"),
    description:
      "Puts a photo on a panel seat, replacing any it had, for the person and family to see " +
      "who they will meet. Staff who may change the review.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetPanelMemberPhotoInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      setPanelMemberPhoto(ctx, {
        panelMemberId: input.panelMemberId.id,
        imageBase64: input.imageBase64,
        altText: input.altText,
      }),
  }),
  removePanelMemberPhoto: t.field({
    type: panelPayload("RemovePanelMemberPhotoPayload"),
    description: "Takes the photo off a panel seat. Staff who may change the review.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RemovePanelMemberPhotoInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      removePanelMemberPhoto(ctx, { panelMemberId: input.panelMemberId.id }),
  }),
}));
