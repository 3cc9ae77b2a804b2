import { createHash } from "node:crypto";
import { sha256Hex } from "../../src/invoicing/sha256";

describe("sha256Hex", () => {
  it("gives the FIPS 180-4 digest of 'abc' and of the empty string", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("agrees with node:crypto on texts around the 55/56/64-byte padding edges and on accents", () => {
    for (const n of [54, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) {
      const s = "é€𝄞".repeat(n % 7) + "x".repeat(n);
      expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
    }
  });
});
