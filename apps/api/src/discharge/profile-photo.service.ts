import type { FieldError } from "@cetr/domain";
import type { Context } from "../context.js";
import { PersonGuard } from "../people/people.guard.js";
import { UnreadableImageError, withoutMetadata } from "./image-metadata.js";
import { idError, requiredText } from "./inputs.js";
import { openDraft, type PlannerResult } from "./planner.service.js";

/**
 * The optional photo on a one-page profile (ADR 0022): stored in the
 * database beside the draft it belongs to, sent with it, and copied into the
 * next draft like the answers are.
 */

/** 1 MB: a phone photo made smaller; several fit comfortably in a page of the sheet. */
export const MAX_PHOTO_BYTES = 1024 * 1024;
/** Alt text is a sentence, not a story: it is read out before the profile's answers. */
export const MAX_PHOTO_ALT_TEXT = 150;

const refused = (errors: FieldError[]): PlannerResult => ({ document: null, errors });

/**
 * What a file really is, from its first bytes: the name and the declared
 * type are the uploader's word, and a renamed GIF or text file must not pass.
 */
export function imageType(bytes: Uint8Array): "image/png" | "image/jpeg" | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > png.length && png.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return "image/jpeg";
  return null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes and checks the image (real base64, not empty, at most 1 MB, a PNG or JPEG) and drops its metadata. */
export function readImage(errors: FieldError[], base64: string) {
  const text = base64.replace(/\s+/g, "");
  if (!text) {
    errors.push({ field: "imageBase64", code: "REQUIRED", message: "Choose a photo" });
    return null;
  }
  // Refused before decoding: 4 base64 characters carry 3 bytes.
  if (Math.floor((text.length * 3) / 4) - 2 > MAX_PHOTO_BYTES) {
    errors.push({
      field: "imageBase64",
      code: "PHOTO_TOO_LARGE",
      message: "The photo must be 1 MB or smaller",
    });
    return null;
  }
  const bytes = BASE64.test(text) && text.length % 4 === 0 ? Buffer.from(text, "base64") : null;
  const contentType = bytes ? imageType(bytes) : null;
  if (!bytes || !contentType) {
    errors.push({
      field: "imageBase64",
      code: "PHOTO_NOT_JPEG_OR_PNG",
      message: "The photo must be a JPEG or PNG picture",
    });
    return null;
  }
  if (bytes.length > MAX_PHOTO_BYTES) {
    errors.push({
      field: "imageBase64",
      code: "PHOTO_TOO_LARGE",
      message: "The photo must be 1 MB or smaller",
    });
    return null;
  }
  try {
    return { bytes: withoutMetadata(bytes, contentType), contentType };
  } catch (error) {
    if (!(error instanceof UnreadableImageError)) throw error;
    errors.push({
      field: "imageBase64",
      code: "PHOTO_NOT_JPEG_OR_PNG",
      message: "The photo could not be read. Save it again as a JPEG or PNG and choose it again",
    });
    return null;
  }
}

async function writablePerson(ctx: Context, personId: string, operation: string) {
  if (!ctx.access.userId)
    return {
      error: {
        field: "personId",
        code: "FORBIDDEN",
        message: "A profile photo is added by a person signed in, not by a partner system",
      } satisfies FieldError,
    };
  const person = await PersonGuard.loadWritable(ctx, personId, operation, "PLANNER_DRAFT");
  if (!person.row) return { error: idError("personId", person.code, "person") };
  return { person: person.row, userId: ctx.access.userId };
}

/**
 * Puts a photo on the person's one-page profile draft (opening the draft, as
 * a copy of what was sent, when there is none), replacing any photo it had.
 */
export async function setProfilePhoto(
  ctx: Context,
  input: { personId: string; imageBase64: string; altText: string },
): Promise<PlannerResult> {
  const who = await writablePerson(ctx, input.personId, "setProfilePhoto");
  if (who.error) return refused([who.error]);
  const errors: FieldError[] = [];
  const image = readImage(errors, input.imageBase64);
  const altText = requiredText(errors, "altText", input.altText, MAX_PHOTO_ALT_TEXT);
  if (!image || errors.length) return refused(errors);
  const document = await openDraft(ctx, who.person.id, "ONE_PAGE_PROFILE", null);
  const photo = {
    contentType: image.contentType,
    bytes: image.bytes,
    size: image.bytes.length,
    altText,
    uploadedById: who.userId,
    uploadedAt: ctx.now,
  };
  await ctx.db.prisma.profilePhoto.upsert({
    where: { documentId: document.id },
    create: { ...photo, documentId: document.id },
    update: photo,
  });
  return { document, errors: [] };
}

/**
 * Takes the photo off the profile: off the draft, opening one when only the
 * sent version has a photo (that version keeps it, as sent). Nothing to take
 * off is not an error; the result is the same.
 */
export async function removeProfilePhoto(
  ctx: Context,
  input: { personId: string },
): Promise<PlannerResult> {
  const who = await writablePerson(ctx, input.personId, "removeProfilePhoto");
  if (who.error) return refused([who.error]);
  const latest = await ctx.db.prisma.plannerDocument.findFirst({
    where: { personId: who.person.id, kind: "ONE_PAGE_PROFILE" },
    orderBy: { version: "desc" },
    include: { photo: { select: { id: true } } },
  });
  if (!latest) return refused([]);
  if (latest.status === "SUBMITTED" && !latest.photo) {
    const { photo: _photo, ...document } = latest;
    return { document, errors: [] };
  }
  const document = await openDraft(ctx, who.person.id, "ONE_PAGE_PROFILE", null);
  // Only while it is a draft: a racing submit sends the photo, and the next draft takes it off.
  await ctx.db.prisma.profilePhoto.deleteMany({
    where: { documentId: document.id, document: { status: "DRAFT" } },
  });
  return { document, errors: [] };
}
