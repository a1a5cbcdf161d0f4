import type { builder } from "../schema/builder.js";

/** The input field builder every input type's `fields` receives. */
type InputFields = Parameters<NonNullable<Parameters<typeof builder.inputType>[1]["fields"]>>[0];

/**
 * The photo itself, as every photo upload takes it (the one-page profile,
 * a panel seat): the same rules, so the same words (ADR 0022, 0023, 0028).
 */
export const photoInputFields = (t: InputFields) => ({
  imageBase64: t.string({
    required: true,
    description:
      "The image file, base64: a JPEG or PNG (checked from its first bytes), at most 1 MB. " +
      "Its metadata (location, time, camera, comments) is dropped before it is stored.",
  }),
  altText: t.string({
    required: true,
    description: "What the photo shows, for people who cannot see it: 150 characters or fewer.",
  }),
});

/** A stored photo as a data: URL, ready for an <img> element's src (profile and panel photos alike). */
export const photoDataUrl = (photo: { contentType: string; bytes: Uint8Array }) =>
  `data:${photo.contentType};base64,${Buffer.from(photo.bytes).toString("base64")}`;
