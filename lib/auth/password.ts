import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

// bcrypt reads only 72 bytes; a SHA-256 pre-hash lets every character of a long password count.
const prehash = (password: string) =>
  createHash("sha256").update(password, "utf8").digest("base64");

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(prehash(password), env().BCRYPT_ROUNDS);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(prehash(password), hash);
}

let dummy: Promise<string> | undefined;

/** Compares against a throwaway hash so unknown emails take as long as wrong passwords. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword("timing-equaliser");
  await bcrypt.compare(prehash(password), await dummy);
}
