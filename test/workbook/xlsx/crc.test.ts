import * as zlib from "node:zlib";
import { crc32 } from "../../../src/workbook/xlsx/zip/crc32";

/** The bytes of a pseudo-random sequence (no fixture). */
function bytes(n: number, seed: number): Uint8Array {
  const d = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    d[i] = x & 0xff;
  }
  return d;
}

describe("crc32 (slice-by-8, the browser's zip checksum)", () => {
  test("the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  test("equals zlib's for every length around the 8-byte steps and for a large buffer", () => {
    const nodeCrc = (zlib as unknown as { crc32: (d: Uint8Array) => number }).crc32;
    for (let n = 0; n <= 40; n++) expect([n, crc32(bytes(n, n + 7))]).toEqual([n, nodeCrc(bytes(n, n + 7)) >>> 0]);
    const big = bytes(3_000_001, 42);
    expect(crc32(big)).toBe(nodeCrc(big) >>> 0);
  });
});
