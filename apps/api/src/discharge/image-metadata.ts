/**
 * Takes out what a photo says beyond its pixels before it is stored (ADR
 * 0028): phones write where and when a
 * picture was taken, the camera's serial number, editing software and
 * comments into JPEG APP segments and PNG text chunks. A one-page profile's
 * photo is shown to a panel and printed; the young person's home address
 * must not travel with it.
 *
 * Written here rather than with an image library: re-encoding (sharp,
 * jpeg-js) would lose quality and cost CPU on every upload, while dropping
 * segments is a byte copy. Only the structure is read, never the pixels.
 */

/** The photo could not be walked segment by segment, so nothing can be promised about it. */
export class UnreadableImageError extends Error {}

/**
 * JPEG markers kept before the image data: APP0 (JFIF: pixel density), APP2
 * (ICC colour profile), APP14 (Adobe: how to read the colours) and every
 * non-APP marker (tables, frame header). Dropped: APP1 (Exif, XMP: GPS,
 * time, camera), APP3–APP13 (IPTC captions, vendor notes), APP15 and COM
 * (comments).
 */
function keepJpegMarker(marker: number): boolean {
  if (marker === 0xfe) return false; // COM
  if (marker < 0xe0 || marker > 0xef) return true;
  return marker === 0xe0 || marker === 0xe2 || marker === 0xee;
}

/** The Exif Orientation value (1–8), or null: the one tag a photo needs to show the right way up. */
function exifOrientation(app1: Uint8Array): number | null {
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
  if (app1.length < 14 || !exif.every((b, i) => app1[i] === b)) return null;
  const tiff = new DataView(app1.buffer, app1.byteOffset + 6, app1.length - 6);
  const little = tiff.getUint16(0) === 0x4949;
  const ifd = tiff.getUint32(4, little);
  if (ifd + 2 > tiff.byteLength) return null;
  const count = tiff.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.byteLength) return null;
    if (tiff.getUint16(entry, little) === 0x0112) {
      const value = tiff.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** An APP1 segment holding only Orientation: big-endian TIFF, one IFD, one SHORT entry. */
function orientationSegment(orientation: number): Uint8Array {
  const body = [
    ...[0x45, 0x78, 0x69, 0x66, 0, 0], // "Exif\0\0"
    ...[0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8], // "MM", 42, IFD0 at 8
    ...[0, 1], // one entry
    ...[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0], // Orientation, SHORT, 1 value
    ...[0, 0, 0, 0], // no next IFD
  ];
  const length = body.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

function stripJpeg(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [bytes.subarray(0, 2)]; // SOI
  let orientation: number | null = null;
  let at = 2;
  for (;;) {
    if (at + 4 > bytes.length || bytes[at] !== 0xff) throw new UnreadableImageError();
    while (bytes[at + 1] === 0xff) at++; // fill bytes before a marker
    const marker = bytes[at + 1] as number;
    if (marker === 0xd9) throw new UnreadableImageError(); // EOI before any image data
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new UnreadableImageError();
    if (marker === 0xe1) orientation ??= exifOrientation(bytes.subarray(at + 4, end));
    if (marker === 0xda) {
      // Start of scan: the compressed pixels follow; copy them and the rest unchanged.
      if (orientation && orientation !== 1) parts.splice(1, 0, orientationSegment(orientation));
      parts.push(bytes.subarray(at));
      break;
    }
    if (keepJpegMarker(marker)) parts.push(bytes.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}

/**
 * PNG chunks that carry words or dates rather than pixels: text in three
 * encodings, Exif, and the last-modified time. Everything else — including
 * chunks this code does not know — is kept, because a decoder may need it.
 */
const PNG_DROPPED = new Set(["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]);

function stripPng(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  let at = 8;
  for (;;) {
    if (at + 12 > bytes.length) throw new UnreadableImageError();
    const end = at + 12 + view.getUint32(at);
    if (end > bytes.length) throw new UnreadableImageError();
    const type = Buffer.from(bytes.subarray(at + 4, at + 8)).toString("latin1");
    if (!PNG_DROPPED.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === "IEND") break; // anything after IEND is not part of the picture
  }
  return Buffer.concat(parts);
}

/** The same picture without its metadata; throws UnreadableImageError if its structure is broken. */
export function withoutMetadata(
  bytes: Uint8Array,
  contentType: "image/png" | "image/jpeg",
): Uint8Array<ArrayBuffer> {
  return contentType === "image/png" ? stripPng(bytes) : stripJpeg(bytes);
}
