import jpeg from "jpeg-js";
import { describe, expect, it } from "vitest";
import { UnreadableImageError, withoutMetadata } from "../src/discharge/image-metadata.js";
import { phoneJpeg, phonePng, plainJpeg, SECRET } from "./photo-fixtures.js";

/**
 * Uploaded photos lose what they say beyond their pixels (ADR 0028): where
 * and when they were taken, by which camera, with which comments — and keep
 * the pixels and the way up they are meant to be shown.
 */

const has = (bytes: Uint8Array, text: string) =>
  Buffer.from(bytes).includes(Buffer.from(text, "latin1"));

describe("a JPEG's metadata", () => {
  it("drops Exif, IPTC and comments and keeps the pixels exactly", () => {
    const original = phoneJpeg(1);
    expect(has(original, "Acacia")).toBe(true);
    const stripped = withoutMetadata(original, "image/jpeg");
    expect(has(stripped, "Acacia")).toBe(false);
    expect(has(stripped, "Exif")).toBe(false);
    expect(has(stripped, "Photoshop")).toBe(false);
    expect(jpeg.decode(stripped).data).toEqual(jpeg.decode(plainJpeg()).data);
  });

  it.each([3, 6, 8])("keeps Orientation %i, alone, so the photo stays the right way up", (o) => {
    const stripped = withoutMetadata(phoneJpeg(o), "image/jpeg");
    expect(has(stripped, "Acacia")).toBe(false);
    const app1 = Buffer.from(stripped).indexOf(Buffer.from([0xff, 0xe1]));
    expect(app1).toBe(2);
    // "MM\0*", IFD at 8, 1 entry: 0x0112 SHORT 1 = o
    const tiff = Buffer.from(stripped).subarray(app1 + 10);
    expect(tiff.readUInt16BE(8)).toBe(1);
    expect(tiff.readUInt16BE(10)).toBe(0x0112);
    expect(tiff.readUInt16BE(18)).toBe(o);
    expect(jpeg.decode(stripped).width).toBe(4);
  });

  it("leaves a JPEG with nothing to drop byte for byte the same", () => {
    const plain = plainJpeg();
    expect(Buffer.from(withoutMetadata(plain, "image/jpeg"))).toEqual(plain);
  });

  it.each([
    ["cut off before its image data", () => phoneJpeg(1).subarray(0, 40)],
    ["with a segment longer than the file", () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0])],
    ["only a start-of-image marker", () => Buffer.from([0xff, 0xd8, 0xff, 0xd9])],
  ])("refuses one %s rather than promise anything about it", (_, bytes) => {
    expect(() => withoutMetadata(bytes(), "image/jpeg")).toThrow(UnreadableImageError);
  });
});

describe("a PNG's metadata", () => {
  it("drops the text, Exif and time chunks and keeps the picture's chunks in order", () => {
    const stripped = withoutMetadata(phonePng(), "image/png");
    expect(has(stripped, "Acacia")).toBe(false);
    const types: string[] = [];
    for (let at = 8; at < stripped.length; ) {
      const view = Buffer.from(stripped);
      types.push(view.subarray(at + 4, at + 8).toString("latin1"));
      at += 12 + view.readUInt32BE(at);
    }
    expect(types).toEqual(["IHDR", "IDAT", "IEND"]);
  });

  it("drops anything after the end chunk and refuses a cut-off file", () => {
    const trailing = Buffer.concat([phonePng(), Buffer.from(SECRET)]);
    expect(has(withoutMetadata(trailing, "image/png"), "Acacia")).toBe(false);
    expect(() => withoutMetadata(phonePng().subarray(0, 30), "image/png")).toThrow(
      UnreadableImageError,
    );
  });
});
