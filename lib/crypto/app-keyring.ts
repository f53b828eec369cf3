import { dataDirSecret } from "@/lib/data-dir-secret";
import { env } from "@/lib/env";
import { generateKeyMaterial, parseKeyring, type Keyring } from "./keyring";

let cached: { spec: string; keyring: Keyring } | undefined;

/**
 * The application's keyring for data encrypted at rest (resume text, personal free-text fields).
 * ENCRYPTION_KEYS (`id:base64key[,id:base64key…]`, current key first) when set; otherwise one key
 * generated into DATA_DIR. Rotation: put a new key first, run `npm run crypto:rotate`, then drop
 * the old key.
 */
export function appKeyring(): Keyring {
  const spec =
    env().ENCRYPTION_KEYS ??
    dataDirSecret("encryption-keys", "ENCRYPTION_KEYS", () => `k1:${generateKeyMaterial()}`);
  if (cached?.spec !== spec) cached = { spec, keyring: parseKeyring(spec) };
  return cached.keyring;
}
