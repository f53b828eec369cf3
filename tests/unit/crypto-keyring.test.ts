import { inspect } from "node:util";
import {
  createKeyring,
  decodeKeyMaterial,
  decryptText,
  encryptText,
  generateKeyMaterial,
  keyIdOf,
  KeyringError,
  parseKeyring,
  reencrypt,
} from "@/lib/crypto";

const material = {
  old: generateKeyMaterial(),
  current: generateKeyMaterial(),
};

describe("keyring and rotation", () => {
  it("encrypts with the current key and decrypts values of retired keys", () => {
    const before = parseKeyring(`2024:${material.old}`);
    const stored = encryptText("Senior engineer, 8 years of Go", before, { associatedData: "r:1" });
    expect(keyIdOf(stored)).toBe("2024");

    const after = parseKeyring(`2025:${material.current},2024:${material.old}`);
    expect(decryptText(stored, after, { associatedData: "r:1" })).toBe(
      "Senior engineer, 8 years of Go",
    );
    expect(keyIdOf(encryptText("new", after))).toBe("2025");
  });

  it("re-encrypts old values under the current key and leaves current ones alone", () => {
    const before = parseKeyring(`2024:${material.old}`);
    const after = parseKeyring(`2025:${material.current},2024:${material.old}`);
    const stored = encryptText("résumé text — ünïcode", before, { associatedData: "r:7" });

    const rotated = reencrypt(stored, after, { associatedData: "r:7" });
    expect(rotated.changed).toBe(true);
    expect(keyIdOf(rotated.payload)).toBe("2025");
    // Once rotated, the retired key can leave the keyring.
    const onlyNew = parseKeyring(`2025:${material.current}`);
    expect(decryptText(rotated.payload, onlyNew, { associatedData: "r:7" })).toBe(
      "résumé text — ünïcode",
    );
    expect(reencrypt(rotated.payload, after, { associatedData: "r:7" })).toEqual({
      payload: rotated.payload,
      changed: false,
    });
  });

  it("says which key is missing when a retired key was dropped too early", () => {
    const stored = encryptText("x", parseKeyring(`old:${material.old}`));
    expect(() => decryptText(stored, parseKeyring(`new:${material.current}`))).toThrow(
      expect.objectContaining({ reason: "UNKNOWN_KEY", message: 'No key "old" in the keyring' }),
    );
  });

  it("detects a key id swapped in the envelope", () => {
    // Same key bytes under two ids: only the authenticated key id tells them apart.
    const ring = parseKeyring(`a:${material.current},b:${material.current}`);
    const stored = encryptText("secret", ring);
    const swapped = stored.replace(/^v1\.a\./, "v1.b.");
    expect(() => decryptText(swapped, ring)).toThrow(
      expect.objectContaining({ reason: "TAMPERED" }),
    );
  });

  it("rejects malformed values", () => {
    const ring = parseKeyring(`k:${material.current}`);
    for (const bad of ["", "plain text", "v2.k.aaaa.bbbb", "v1.k.AAAA.BBBB", "v1.k"]) {
      expect(() => decryptText(bad, ring)).toThrow(
        expect.objectContaining({ reason: "MALFORMED" }),
      );
    }
  });

  it("accepts base64, base64url and hex key material of exactly 32 bytes", () => {
    const bytes = Buffer.alloc(32, 7);
    for (const text of [
      bytes.toString("base64"),
      bytes.toString("base64url"),
      bytes.toString("hex"),
    ]) {
      expect(decodeKeyMaterial("k", text).bytes().equals(bytes)).toBe(true);
    }
    expect(() => decodeKeyMaterial("k", Buffer.alloc(16).toString("base64"))).toThrow(KeyringError);
    expect(() => decodeKeyMaterial("bad id!", bytes.toString("hex"))).toThrow(KeyringError);
    expect(() => parseKeyring("")).toThrow(KeyringError);
    expect(() => parseKeyring(`k:${material.old},k:${material.current}`)).toThrow("Duplicate");
    expect(() => parseKeyring(material.old)).toThrow(KeyringError);
  });

  it("never prints key material", () => {
    const text = generateKeyMaterial();
    const ring = parseKeyring(`k1:${text}`);
    const hex = ring.current.bytes().toString("hex");
    const b64 = ring.current.bytes().toString("base64");
    for (const shown of [
      inspect(ring, { depth: 10 }),
      JSON.stringify({ key: ring.current }),
      String(ring.current),
      `${inspect(createKeyring(ring.current))}`,
    ]) {
      expect(shown).toContain("k1");
      expect(shown).not.toContain(hex);
      expect(shown).not.toContain(b64.slice(0, 20));
      expect(shown).not.toContain(text.slice(0, 20));
    }
  });
});
