/**
 * Generates the add-in icons (assets/icon-16.png … icon-128.png): a white milk drop on a blue rounded
 * square. Pure Node (zlib), no image library: the shapes are rasterised with 4×4 supersampling and written
 * as 8-bit RGBA PNGs.
 *
 *     npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];

const BLUE: Rgba = [0x1b, 0x6e, 0xc2, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const SHADE: Rgba = [0xd6, 0xe8, 0xf8, 255];

/** Coverage tests in unit coordinates (0..1, y down). */
function inRoundedSquare(x: number, y: number): boolean {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A drop: a circle and the cone of its two tangents from the tip. */
function inDrop(x: number, y: number): boolean {
  const cx = 0.5,
    cy = 0.62,
    r = 0.24,
    tipY = 0.12;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  const d = cy - tipY;
  const along = y - tipY; // distance from the tip along the axis
  const cutoff = (d * d - r * r) / d; // where the tangents touch the circle
  if (along < 0 || along > cutoff) return false;
  const halfWidth = along * Math.tan(Math.asin(r / d));
  return Math.abs(x - cx) <= halfWidth;
}

/** A small highlight on the lower left of the drop. */
function inHighlight(x: number, y: number): boolean {
  const cx = 0.42,
    cy = 0.66,
    rx = 0.05,
    ry = 0.09;
  return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
}

function colourAt(x: number, y: number): Rgba | null {
  if (!inRoundedSquare(x, y)) return null;
  if (inDrop(x, y)) return inHighlight(x, y) ? SHADE : WHITE;
  return BLUE;
}

/** RGBA pixels, premultiplied averaging of 4×4 samples per pixel. */
export function renderIcon(size: number): Buffer {
  const ss = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += c[3];
        }
      }
      const n = ss * ss;
      const o = (py * size + px) * 4;
      const alpha = a / n;
      pixels[o + 3] = Math.round(alpha);
      if (alpha > 0) {
        // Colour averaged over covered samples only (un-premultiplied).
        const covered = a / 255;
        pixels[o] = Math.round(r / covered);
        pixels[o + 1] = Math.round(g / covered);
        pixels[o + 2] = Math.round(b / covered);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
