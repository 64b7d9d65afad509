#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png) with Node built-ins only.
 * The glyph: a sheet (white tile, green frame, light grid) holding three descending bars in the
 * A / B / C class colours — a Pareto chart, i.e. "customers sorted into classes".
 * Shapes are defined on the unit square and rendered with 8×8 supersampling, so every size is
 * drawn from the same geometry rather than scaled from one bitmap.
 * usage: node scripts/make-icons.mjs   (the PNGs are committed; rerun only to change the design)
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

// 16/32/80 are the ribbon sizes, 32/64 the manifest's IconUrl/HighResolutionIconUrl, 128 the store size.
const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;

const GREEN = [16, 124, 65, 255]; // #107C41, Excel's green
const WHITE = [255, 255, 255, 255];
const GRID = [200, 230, 212, 255];
const BAR_A = [16, 124, 65, 255];
const BAR_B = [242, 169, 0, 255]; // amber
const BAR_C = [209, 52, 56, 255]; // red

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of the topmost shape at unit coordinates (x, y), or null for transparent. */
function shade(x, y, size) {
  let colour = null;
  if (insideRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.16)) colour = GREEN;
  if (insideRoundedRect(x, y, 0.09, 0.09, 0.91, 0.91, 0.11)) colour = WHITE;
  // The grid only reads at 32 px and up; at 16 px it turns into mud.
  if (colour === WHITE && size >= 32) {
    const half = Math.max(0.5 / size, 0.012);
    for (const g of [0.36, 0.64]) {
      if (Math.abs(x - g) < half || Math.abs(y - g) < half) colour = GRID;
    }
  }
  const bottom = 0.8;
  const bars = [
    [0.18, 0.36, 0.24, BAR_A],
    [0.41, 0.59, 0.44, BAR_B],
    [0.64, 0.82, 0.6, BAR_C],
  ];
  for (const [left, right, top, c] of bars) {
    if (x >= left && x <= right && y >= top && y <= bottom) colour = c;
  }
  return colour;
}

function render(size) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = shade(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
            size,
          );
          if (c === null) continue;
          // Premultiplied accumulation so edge pixels do not darken.
          r += c[0];
          g += c[1];
          b += c[2];
          a += 255;
        }
      }
      const o = (py * size + px) * 4;
      const covered = a / 255;
      rgba[o] = covered ? Math.round(r / covered) : 0;
      rgba[o + 1] = covered ? Math.round(g / covered) : 0;
      rgba[o + 2] = covered ? Math.round(b / covered) : 0;
      rgba[o + 3] = Math.round(a / n);
    }
  }
  return rgba;
}

// CRC-32 as PNG requires (ISO 3309 / ITU-T V.42, polynomial 0xEDB88320), PNG spec §5.5.
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A PNG file: 8-bit RGBA (colour type 6), every scanline with filter type 0 (none). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const png = encodePng(size, render(size));
  writeFileSync(join(assets, `icon-${size}.png`), png);
  console.log(`assets/icon-${size}.png  ${png.length} bytes`);
}
