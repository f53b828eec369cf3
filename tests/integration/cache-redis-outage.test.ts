/**
 * Cached reads stay correct when Redis goes away mid-run: they fall back to the database, the
 * outage is logged once, invalidations made meanwhile are replayed, and the cache is used again
 * once Redis is back. Against a Redis that is never there (always), and against the real one
 * behind a proxy that the test cuts and restores (when REDIS_URL is set).
 */
import net from "node:net";
import type { AddressInfo } from "node:net";
import { cache, closeCache } from "@/lib/cache";
import { peekLayerCounts } from "@/lib/cache/layers";
import { db, disconnectDb } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { logger } from "@/lib/logger";
import { findActiveUser } from "@/lib/users/get-user";
import { onProfileChanged } from "@/lib/users/profile-events";
import { eventually } from "../helpers/eventually";

const REAL_REDIS = process.env.REDIS_URL;

async function useRedisAt(url: string | undefined) {
  await closeCache();
  if (url) process.env.REDIS_URL = url;
  else delete process.env.REDIS_URL;
  resetEnvForTests();
}

afterAll(async () => {
  await useRedisAt(REAL_REDIS);
  await disconnectDb();
  await closeCache();
});

const l4 = () => ({ ...(peekLayerCounts().get("L4_User_Prefs") ?? { hits: 0, misses: 0 }) });

async function makeUser(name: string) {
  return db.user.create({
    data: { email: `outage${Date.now()}${Math.random()}@example.com`, passwordHash: "x", name },
  });
}

async function rename(userId: number, name: string) {
  await db.user.update({ where: { id: userId }, data: { name } });
  await onProfileChanged(userId);
}

describe("Redis unreachable from the start", () => {
  it("serves every read from the database and logs the outage once", async () => {
    await useRedisAt("redis://127.0.0.1:1");
    const warn = jest.spyOn(logger, "warn");
    const user = await makeUser("Offline Cache");
    for (let i = 0; i < 3; i++) expect((await findActiveUser(user.id))?.name).toBe("Offline Cache");
    await rename(user.id, "Renamed");
    expect((await findActiveUser(user.id))?.name).toBe("Renamed");
    const outageLines = warn.mock.calls.filter(([msg]) =>
      String(msg).startsWith("redis unavailable"),
    );
    warn.mockRestore();
    expect(outageLines).toHaveLength(1);
    expect(cache().kind).toBe("redis");
  });
});

const withRealRedis = REAL_REDIS ? describe : describe.skip;

withRealRedis("Redis going away mid-run and coming back", () => {
  let proxy: net.Server;
  let port = 0;
  const sockets = new Set<net.Socket>();
  const upstream = new URL(REAL_REDIS ?? "redis://127.0.0.1:6379");

  function listen(): Promise<void> {
    proxy = net.createServer((client) => {
      const server = net.connect(Number(upstream.port || 6379), upstream.hostname);
      for (const s of [client, server]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(server).pipe(client);
    });
    return new Promise((resolve) =>
      proxy.listen(port, "127.0.0.1", () => {
        port = (proxy.address() as AddressInfo).port;
        resolve();
      }),
    );
  }

  function cut(): Promise<void> {
    for (const s of sockets) s.destroy();
    return new Promise((resolve) => proxy.close(() => resolve()));
  }

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    if (proxy.listening) await new Promise((r) => proxy.close(r));
  });

  it("falls back to the database, replays invalidations, and recovers", async () => {
    await listen();
    await useRedisAt(`redis://127.0.0.1:${port}`);
    await eventually(async () => {
      await cache().set("probe", "1", 10);
      return (await cache().get("probe")) === "1";
    });
    const user = await makeUser("Alpha");
    expect((await findActiveUser(user.id))?.name).toBe("Alpha"); // miss, cached
    let before = l4();
    expect((await findActiveUser(user.id))?.name).toBe("Alpha");
    expect(l4().hits).toBe(before.hits + 1);

    const warn = jest.spyOn(logger, "warn");
    const info = jest.spyOn(logger, "info");
    await cut();
    expect((await findActiveUser(user.id))?.name).toBe("Alpha"); // from the database
    await rename(user.id, "Beta"); // its invalidation cannot reach Redis now
    expect((await findActiveUser(user.id))?.name).toBe("Beta");
    expect(warn.mock.calls.filter(([m]) => String(m).startsWith("redis unavailable"))).toHaveLength(
      1,
    );

    await listen();
    await eventually(async () => {
      await findActiveUser(user.id);
      return info.mock.calls.some(([m]) => m === "redis available again");
    });
    warn.mockRestore();
    info.mockRestore();
    // The entry cached before the outage ("Alpha") was deleted on recovery: never served stale.
    expect((await findActiveUser(user.id))?.name).toBe("Beta");
    before = l4();
    expect((await findActiveUser(user.id))?.name).toBe("Beta");
    expect(l4().hits).toBe(before.hits + 1);
  });
});
