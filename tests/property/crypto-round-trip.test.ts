/**
 * Encryption at rest (AES-256-GCM): every value round-trips, every encryption uses a fresh IV, and
 * any change to any byte of a stored value, or to its associated data, is detected.
 */
import fc from "fast-check";
import {
  createKeyring,
  decodeKeyMaterial,
  decryptText,
  DecryptionError,
  encryptText,
  generateKeyMaterial,
} from "@/lib/crypto";

const keyring = createKeyring(decodeKeyMaterial("k1", generateKeyMaterial()));

describe("AES-256-GCM round trip", () => {
  it("decrypts what it encrypted, for any text and associated data", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), fc.string(), (text, ad) => {
        const payload = encryptText(text, keyring, { associatedData: ad });
        expect(decryptText(payload, keyring, { associatedData: ad })).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it("never reuses an IV and never shows the plaintext", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 200 }), (text) => {
        const a = encryptText(text, keyring);
        const b = encryptText(text, keyring);
        expect(a.split(".")[2]).not.toBe(b.split(".")[2]);
        expect(a).not.toBe(b);
        expect(a).not.toContain(text);
      }),
      { numRuns: 100 },
    );
  });

  it("rejects a value with any single character of the IV or body changed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), fc.nat(), (text, at, flip) => {
        const payload = encryptText(text, keyring);
        const [version, keyId, iv, body] = payload.split(".") as [string, string, string, string];
        const raw = Buffer.concat([Buffer.from(iv, "base64url"), Buffer.from(body, "base64url")]);
        const index = at % raw.length;
        raw[index] = raw[index]! ^ (1 + (flip % 255));
        const tampered = [
          version,
          keyId,
          raw.subarray(0, 12).toString("base64url"),
          raw.subarray(12).toString("base64url"),
        ].join(".");
        expect(() => decryptText(tampered, keyring)).toThrow(DecryptionError);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects a value read with other associated data", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (text, a, b) => {
        fc.pre(a !== b);
        const payload = encryptText(text, keyring, { associatedData: a });
        expect(() => decryptText(payload, keyring, { associatedData: b })).toThrow(
          expect.objectContaining({ reason: "TAMPERED" }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
