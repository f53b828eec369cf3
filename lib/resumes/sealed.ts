import {
  decryptBytes,
  decryptText,
  encryptBytes,
  encryptText,
  keyIdOf,
  reencrypt,
} from "@/lib/crypto";
import { appKeyring } from "@/lib/crypto/app-keyring";
import { sealedJsonSchema } from "@/lib/validations/resume";

// Associated data binds each ciphertext to its row: a value copied elsewhere does not decrypt.
export const resumeTextContext = (resumeId: number): string => `resume:${resumeId}:text`;
// Files are sealed before their row exists: bound to their storage key instead.
export const resumeFileContext = (storageKey: string): string => `resume-file:${storageKey}`;
export const resumeAnalysisContext = (resumeId: number): string => `resume:${resumeId}:analysis`;

export function sealText(text: string, context: string): { sealed: string; keyId: string } {
  const sealed = encryptText(text, appKeyring(), { associatedData: context });
  return { sealed, keyId: keyIdOf(sealed) };
}

export const openText = (sealed: string, context: string): string =>
  decryptText(sealed, appKeyring(), { associatedData: context });

export function sealJson(value: unknown, context: string): { sealed: string; key_id: string } {
  const { sealed, keyId } = sealText(JSON.stringify(value), context);
  return { sealed, key_id: keyId };
}

export function openJson(stored: unknown, context: string): unknown {
  const { sealed } = sealedJsonSchema.parse(stored);
  return JSON.parse(openText(sealed, context)) as unknown;
}

/** Moves a value to the current key (unchanged when it already uses it). */
export const resealText = (sealed: string, context: string) =>
  reencrypt(sealed, appKeyring(), { associatedData: context });

/** The stored form of an uploaded file: its bytes encrypted like the text. */
export const sealFile = (bytes: Uint8Array, context: string): Buffer =>
  Buffer.from(encryptBytes(bytes, appKeyring(), { associatedData: context }), "utf8");

export const openFile = (stored: Buffer, context: string): Buffer =>
  decryptBytes(stored.toString("utf8"), appKeyring(), { associatedData: context });
