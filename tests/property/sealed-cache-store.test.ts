/**
 * The shared cache's values are sealed (lib/cache/sealed-store.ts): what reaches the store is
 * ciphertext bound to its key, reads return the value, a value copied under another key is a
 * miss (and dropped), and counters stay plain numbers Redis can add to.
 */
import fc from "fast-check";
import { MemoryStore } from "@/lib/cache/memory-store";
import { SealedStore } from "@/lib/cache/sealed-store";
import { generateKeyMaterial } from "@/lib/crypto";
import { isSealed } from "@/lib/crypto/sealed-field";
import { resetEnvForTests } from "@/lib/env";

const previous = process.env.ENCRYPTION_KEYS;
beforeAll(() => {
  process.env.ENCRYPTION_KEYS = `c1:${generateKeyMaterial()}`;
  resetEnvForTests();
});
afterAll(() => {
  if (previous === undefined) delete process.env.ENCRYPTION_KEYS;
  else process.env.ENCRYPTION_KEYS = previous;
  resetEnvForTests();
});

const key = fc.stringMatching(/^[a-z]{1,8}:[0-9]{1,6}$/);
const value = fc.string({ unit: "grapheme", minLength: 0, maxLength: 400 });

describe("sealed cache store", () => {
  it("stores ciphertext bound to the key and reads the value back", async () => {
    await fc.assert(
      fc.asyncProperty(key, key, value, async (k, other, v) => {
        fc.pre(k !== other);
        const inner = new MemoryStore();
        const store = new SealedStore(inner);
        await store.set(k, v, 60);
        const raw = await inner.get(k);
        expect(raw).not.toBeNull();
        expect(isSealed(raw!)).toBe(true);
        if (v.length >= 6) expect(raw).not.toContain(v);
        expect(await store.get(k)).toBe(v);
        // Copied under another key: a miss, and the entry is gone.
        await inner.set(other, raw!, 60);
        expect(await store.get(other)).toBeNull();
        expect(await inner.get(other)).toBeNull();
        // setIfAbsent seals too, and only the first call sets.
        expect(await store.setIfAbsent(`${k}:lock`, v, 60)).toBe(true);
        expect(await store.setIfAbsent(`${k}:lock`, "other", 60)).toBe(false);
        expect(await store.get(`${k}:lock`)).toBe(v);
        await store.close();
      }),
      { numRuns: 100 },
    );
  });

  it("leaves counters as plain numbers", async () => {
    await fc.assert(
      fc.asyncProperty(
        key,
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
        async (k, steps) => {
          const inner = new MemoryStore();
          const store = new SealedStore(inner);
          for (const by of steps) await store.incr(k, 60, by);
          const total = String(steps.reduce((a, b) => a + b, 0));
          expect(await inner.get(k)).toBe(total);
          expect(await store.get(k)).toBe(total);
          await store.close();
        },
      ),
      { numRuns: 100 },
    );
  });
});
