import { deflateSync } from "node:zlib";
import jpeg from "jpeg-js";

/** Photos as phones and editors write them, with metadata a profile must not carry (ADR 0028). */

export const SECRET = "51.5072N 0.1276W 12 Acacia Avenue";

/** A 4 × 2 JPEG, from a real encoder. */
export function plainJpeg(): Buffer {
  const data = Buffer.alloc(4 * 2 * 4, 0xff);
  for (let i = 0; i < 8; i++) data[i * 4] = i * 30; // a red gradient, so pixels are checkable
  return jpeg.encode({ data, width: 4, height: 2 }, 90).data;
}

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** An Exif APP1 as a phone writes it: Orientation plus a GPS-like ASCII tag, little-endian. */
function exifApp1(orientation: number): Buffer {
  const text = Buffer.from(`${SECRET}\0`, "latin1");
  const ifd = Buffer.alloc(2 + 2 * 12 + 4);
  ifd.writeUInt16LE(2, 0);
  // Orientation, SHORT, 1
  ifd.writeUInt16LE(0x0112, 2);
  ifd.writeUInt16LE(3, 4);
  ifd.writeUInt32LE(1, 6);
  ifd.writeUInt16LE(orientation, 10);
  // ImageDescription, ASCII, pointing after the IFD
  ifd.writeUInt16LE(0x010e, 14);
  ifd.writeUInt16LE(2, 16);
  ifd.writeUInt32LE(text.length, 18);
  ifd.writeUInt32LE(8 + ifd.length, 22);
  const tiff = Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), ifd, text]);
  return segment(0xe1, Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]));
}

/** The JPEG with Exif, an IPTC block and a comment inserted after its SOI and APP0. */
export function phoneJpeg(orientation: number): Buffer {
  const plain = plainJpeg();
  const app0End = 2 + 2 + plain.readUInt16BE(4);
  return Buffer.concat([
    plain.subarray(0, app0End),
    exifApp1(orientation),
    segment(0xed, Buffer.from(`Photoshop 3.0\0${SECRET}`, "latin1")),
    segment(0xfe, Buffer.from(`Taken at ${SECRET}`, "latin1")),
    plain.subarray(app0End),
  ]);
}

function pngChunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  // The CRC is not checked by the stripper; zero keeps the fixture short.
  return Buffer.concat([head, Buffer.from(type, "latin1"), body, Buffer.alloc(4)]);
}

export function phonePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("tEXt", Buffer.from(`Author\0${SECRET}`, "latin1")),
    pngChunk("iTXt", Buffer.from(`Comment\0\0\0\0\0${SECRET}`, "latin1")),
    pngChunk("zTXt", Buffer.concat([Buffer.from("Place\0\0"), deflateSync(SECRET)])),
    pngChunk("eXIf", Buffer.from(`MM\0*${SECRET}`, "latin1")),
    pngChunk("tIME", Buffer.from([0x07, 0xea, 11, 23, 9, 0, 0])),
    pngChunk("IDAT", deflateSync(Buffer.from([0, 128]))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
