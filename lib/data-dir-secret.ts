import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, IN_MEMORY_DATA_DIR } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * A secret kept in DATA_DIR so that a fresh checkout runs with no configuration: read when it
 * exists, else generated once (the first of several racing processes wins). In-memory data
 * directories (tests) get a fresh secret per process. Scaled-out deployments set the variable
 * named in `variable` instead.
 */
const inMemorySecrets = new Map<string, string>();
// Read once per file: the keyring and the auth secret are asked for on every seal, open and
// request, and a secret file never changes once written.
const fileSecrets = new Map<string, string>();

export function dataDirSecret(fileName: string, variable: string, generate: () => string): string {
  const e = env();
  if (e.DATABASE_URL && e.NODE_ENV === "production") {
    throw new Error(`${variable} is required when running on a shared PostgreSQL database`);
  }
  if (e.DATA_DIR === IN_MEMORY_DATA_DIR) {
    // One per process, not per call: values encrypted a moment ago must still decrypt.
    const secret = inMemorySecrets.get(fileName) ?? generate();
    inMemorySecrets.set(fileName, secret);
    return secret;
  }
  const file = path.resolve(e.DATA_DIR, fileName);
  const known = fileSecrets.get(file);
  if (known !== undefined) return known;
  const secret = readOrCreate(file, variable, generate);
  fileSecrets.set(file, secret);
  return secret;
}

function readOrCreate(file: string, variable: string, generate: () => string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = generate();
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      logger.warn(`${variable} is not set; generated one in DATA_DIR (set it for production)`);
      return secret;
    } catch {
      // Another process created it first: use theirs.
      return readFileSync(file, "utf8").trim();
    }
  }
}
