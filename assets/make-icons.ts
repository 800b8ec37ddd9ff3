/**
 * Draws the add-in's icons (a green rounded square with a white tick) as PNGs, so they are made by code in
 * the repo rather than by an image editor. Run: npx tsx assets/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join } from "node:path";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x21, 0x73, 0x46];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from p to the segment a–b. */
function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function icon(size: number): Buffer {
  const radius = size * 0.18;
  const stroke = Math.max(1.6, size / 9);
  const tick: [number, number][] = [
    [0.24, 0.52],
    [0.43, 0.71],
    [0.77, 0.3],
  ].map(([x, y]) => [x * size, y * size]);
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      // Rounded square coverage (signed distance, 1px anti-aliasing).
      const qx = Math.max(Math.abs(px - size / 2) - (size / 2 - radius), 0);
      const qy = Math.max(Math.abs(py - size / 2) - (size / 2 - radius), 0);
      const inside = Math.max(0, Math.min(1, radius - Math.hypot(qx, qy) + 0.5));
      const d = Math.min(segment(px, py, ...tick[0], ...tick[1]), segment(px, py, ...tick[1], ...tick[2]));
      const white = Math.max(0, Math.min(1, stroke / 2 - d + 0.5));
      const o = 1 + x * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(GREEN[c] * (1 - white) + 255 * white);
      row[o + 3] = Math.round(255 * inside);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(join(__dirname, `icon-${size}.png`), icon(size));
