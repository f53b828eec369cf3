import { appKeyring } from "./app-keyring";
import { decryptText, encryptText, keyIdOf, reencrypt } from "./aes-gcm";

// The envelope of lib/crypto/aes-gcm.ts: v1.<keyId>.<iv>.<ciphertext+tag>, base64url parts.
const ENVELOPE = /^v1\.[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22,}$/;

/** Whether a stored free-text value is already encrypted (rows written before encryption are not). */
export const isSealed = (stored: string): boolean => ENVELOPE.test(stored);

/** Encrypts a personal free-text field, bound to its row and column (`context`). */
export const sealField = (plaintext: string, context: string): string =>
  encryptText(plaintext, appKeyring(), { associatedData: context });

/** The plaintext of a stored field; a value stored before encryption comes back as it is. */
export const openField = (stored: string, context: string): string =>
  isSealed(stored) ? decryptText(stored, appKeyring(), { associatedData: context }) : stored;

export const openOptionalField = (stored: string | null, context: string): string | null =>
  stored === null ? null : openField(stored, context);

/**
 * Rotation of one stored field: moved to the current key, and a value from before encryption is
 * encrypted. `null` when nothing needs writing.
 */
export function resealField(stored: string, context: string): string | null {
  if (!isSealed(stored)) return sealField(stored, context);
  if (keyIdOf(stored) === appKeyring().current.id) {
    openField(stored, context); // still authenticate it
    return null;
  }
  return reencrypt(stored, appKeyring(), { associatedData: context }).payload;
}
