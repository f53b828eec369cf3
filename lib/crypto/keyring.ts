import { randomBytes } from "node:crypto";
import { inspect } from "node:util";

/** AES-256 needs exactly 32 bytes of key material. */
export const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Key material that cannot leak by accident: the bytes sit in a private field, and logging,
 * JSON or string conversion print only the key id.
 */
export class SecretKey {
  readonly id: string;
  readonly #bytes: Buffer;

  constructor(id: string, bytes: Uint8Array) {
    if (!KEY_ID.test(id)) {
      throw new KeyringError("Key id must be 1–64 characters of letters, digits, '-' or '_'");
    }
    if (bytes.length !== KEY_BYTES) {
      throw new KeyringError(`Key "${id}" must be ${KEY_BYTES} bytes, got ${bytes.length}`);
    }
    this.id = id;
    this.#bytes = Buffer.from(bytes);
  }

  /** The raw bytes, for the cipher only. */
  bytes(): Buffer {
    return this.#bytes;
  }

  toString(): string {
    return `SecretKey(${this.id})`;
  }

  toJSON(): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyringError";
  }
}

/** The current key encrypts; every key (current and retired) can decrypt. */
export interface Keyring {
  readonly current: SecretKey;
  readonly keys: ReadonlyMap<string, SecretKey>;
}

export function createKeyring(current: SecretKey, retired: readonly SecretKey[] = []): Keyring {
  const keys = new Map<string, SecretKey>([[current.id, current]]);
  for (const key of retired) {
    if (keys.has(key.id)) throw new KeyringError(`Duplicate key id "${key.id}"`);
    keys.set(key.id, key);
  }
  return { current, keys };
}

/** Fresh random key material, base64url-encoded (what a generated key file holds). */
export function generateKeyMaterial(): string {
  return randomBytes(KEY_BYTES).toString("base64url");
}

/** Key material written as base64, base64url or hex (64 hex digits). */
export function decodeKeyMaterial(id: string, text: string): SecretKey {
  const value = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(value)
    ? Buffer.from(value, "hex")
    : Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return new SecretKey(id, bytes);
}

/**
 * A keyring from its text form `id:material[,id:material…]`; the first entry is the current key.
 * Rotation: put the new key first, keep the old ones after it until everything is re-encrypted.
 */
export function parseKeyring(spec: string): Keyring {
  const entries = spec
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new KeyringError("The keyring is empty");
  const keys = entries.map((entry) => {
    const colon = entry.indexOf(":");
    if (colon <= 0) throw new KeyringError("Each keyring entry must look like id:base64key");
    return decodeKeyMaterial(entry.slice(0, colon), entry.slice(colon + 1));
  });
  return createKeyring(keys[0]!, keys.slice(1));
}
