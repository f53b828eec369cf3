import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Keyring, SecretKey } from "./keyring";

// Format: `v1.<keyId>.<iv>.<ciphertext><tag>` with base64url parts. The version and key id are
// authenticated too (part of the associated data), so neither can be swapped unnoticed.
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type DecryptionFailure = "MALFORMED" | "UNKNOWN_KEY" | "TAMPERED";

/** Carries no key material or plaintext, only what went wrong and the key id. */
export class DecryptionError extends Error {
  readonly reason: DecryptionFailure;

  constructor(reason: DecryptionFailure, message: string) {
    super(message);
    this.name = "DecryptionError";
    this.reason = reason;
  }
}

export interface CipherOptions {
  /**
   * Binds the ciphertext to its context (e.g. `resume:42`): decrypting with other associated
   * data fails, so a value copied into another row cannot be read there.
   */
  associatedData?: string;
}

function aad(keyId: string, options: CipherOptions): Buffer {
  return Buffer.from(`${VERSION}.${keyId}.${options.associatedData ?? ""}`, "utf8");
}

function encryptWith(key: SecretKey, plaintext: Uint8Array, options: CipherOptions): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key.bytes(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(key.id, options));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, key.id, iv.toString("base64url"), body.toString("base64url")].join(".");
}

/** Encrypts with the keyring's current key and a fresh random 96-bit IV. */
export function encryptBytes(
  plaintext: Uint8Array,
  keyring: Keyring,
  options: CipherOptions = {},
): string {
  return encryptWith(keyring.current, plaintext, options);
}

export function encryptText(plaintext: string, keyring: Keyring, options: CipherOptions = {}) {
  return encryptBytes(Buffer.from(plaintext, "utf8"), keyring, options);
}

interface Envelope {
  keyId: string;
  iv: Buffer;
  body: Buffer;
}

function parseEnvelope(payload: string): Envelope {
  const parts = payload.split(".");
  const [version, keyId, iv, body] = parts;
  if (parts.length !== 4 || version !== VERSION || !keyId || !iv || !body) {
    throw new DecryptionError("MALFORMED", "Not an encrypted value of a known format");
  }
  const envelope = {
    keyId,
    iv: Buffer.from(iv, "base64url"),
    body: Buffer.from(body, "base64url"),
  };
  if (envelope.iv.length !== IV_BYTES || envelope.body.length < TAG_BYTES) {
    throw new DecryptionError("MALFORMED", "Encrypted value is truncated");
  }
  return envelope;
}

/** The id of the key a value was encrypted with (no decryption). */
export function keyIdOf(payload: string): string {
  return parseEnvelope(payload).keyId;
}

export function decryptBytes(payload: string, keyring: Keyring, options: CipherOptions = {}) {
  const { keyId, iv, body } = parseEnvelope(payload);
  const key = keyring.keys.get(keyId);
  if (!key) throw new DecryptionError("UNKNOWN_KEY", `No key "${keyId}" in the keyring`);
  const decipher = createDecipheriv("aes-256-gcm", key.bytes(), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad(keyId, options));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(body.subarray(0, body.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new DecryptionError("TAMPERED", "Encrypted value failed authentication");
  }
}

export function decryptText(payload: string, keyring: Keyring, options: CipherOptions = {}) {
  return decryptBytes(payload, keyring, options).toString("utf8");
}

/**
 * Key rotation for one stored value: decrypts with whichever key it names and encrypts again with
 * the current key. Values already under the current key come back unchanged (no needless write).
 */
export function reencrypt(
  payload: string,
  keyring: Keyring,
  options: CipherOptions = {},
): { payload: string; changed: boolean } {
  if (keyIdOf(payload) === keyring.current.id) {
    // Still authenticate it: rotation must not carry a tampered value forward silently.
    decryptBytes(payload, keyring, options);
    return { payload, changed: false };
  }
  return {
    payload: encryptBytes(decryptBytes(payload, keyring, options), keyring, options),
    changed: true,
  };
}
