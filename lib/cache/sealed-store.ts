import { isSealed, openField, sealField } from "@/lib/crypto/sealed-field";
import { logger } from "@/lib/logger";
import type { CacheStore } from "./store";

const context = (key: string) => `cache:${key}`;

/**
 * Encrypts every value a shared cache (Redis) holds with the app's keyring, bound to its key:
 * cached sessions, evaluations and dashboards quote answers, which are encrypted at rest in the
 * database too. A value that does not open (a retired key, or copied from another key) is a
 * miss and is dropped. Counters (`incr`) stay plain numbers: they carry no personal data and
 * Redis must add to them; `get` passes such plain values through.
 */
export class SealedStore implements CacheStore {
  constructor(private readonly inner: CacheStore) {}

  get kind() {
    return this.inner.kind;
  }

  async get(key: string): Promise<string | null> {
    const stored = await this.inner.get(key);
    if (stored === null || !isSealed(stored)) return stored;
    try {
      return openField(stored, context(key));
    } catch (error) {
      logger.warn("cache entry did not open; dropped", { key, error: String(error) });
      await this.inner.del(key);
      return null;
    }
  }
  set(key: string, value: string, ttlSeconds: number) {
    return this.inner.set(key, sealField(value, context(key)), ttlSeconds);
  }
  setIfAbsent(key: string, value: string, ttlSeconds: number) {
    return this.inner.setIfAbsent(key, sealField(value, context(key)), ttlSeconds);
  }
  del(...keys: string[]) {
    return this.inner.del(...keys);
  }
  delPrefix(prefix: string) {
    return this.inner.delPrefix(prefix);
  }
  incr(key: string, ttlSeconds: number, by?: number) {
    return this.inner.incr(key, ttlSeconds, by);
  }
  ttl(key: string) {
    return this.inner.ttl(key);
  }
  close() {
    return this.inner.close();
  }
}
