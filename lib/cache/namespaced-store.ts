import type { CacheStore } from "./store";

/** Puts every key under the deployment's prefix, so apps and test runs can share one Redis. */
export class NamespacedStore implements CacheStore {
  constructor(
    private readonly inner: CacheStore,
    private readonly prefix: string,
  ) {}

  get kind() {
    return this.inner.kind;
  }

  private k = (key: string) => `${this.prefix}${key}`;

  get(key: string) {
    return this.inner.get(this.k(key));
  }
  set(key: string, value: string, ttlSeconds: number) {
    return this.inner.set(this.k(key), value, ttlSeconds);
  }
  setIfAbsent(key: string, value: string, ttlSeconds: number) {
    return this.inner.setIfAbsent(this.k(key), value, ttlSeconds);
  }
  del(...keys: string[]) {
    return this.inner.del(...keys.map(this.k));
  }
  delPrefix(prefix: string) {
    return this.inner.delPrefix(this.k(prefix));
  }
  incr(key: string, ttlSeconds: number, by?: number) {
    return this.inner.incr(this.k(key), ttlSeconds, by);
  }
  ttl(key: string) {
    return this.inner.ttl(this.k(key));
  }
  close() {
    return this.inner.close();
  }
}
