/** GET /health: 200 when the database answers (cache trouble only degrades), 503 otherwise. */
import { GET } from "@/app/health/route";
import { cache, closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";

afterAll(async () => {
  await disconnectDb();
  await closeCache();
});
afterEach(() => jest.restoreAllMocks());

async function health() {
  const res = await GET();
  return {
    status: res.status,
    body: await res.json(),
    cacheControl: res.headers.get("cache-control"),
  };
}

describe("GET /health", () => {
  it("is healthy when the database and the cache answer", async () => {
    const { status, body, cacheControl } = await health();
    expect(status).toBe(200);
    expect(cacheControl).toBe("no-store");
    expect(body).toMatchObject({
      status: "healthy",
      checks: { database: { status: "ok" }, cache: { status: "ok" } },
    });
    expect(body.checks.database.kind).toBe(
      process.env.DATABASE_URL ? "postgresql" : "embedded-pglite",
    );
  });

  it("is degraded, still 200, when the cache fails", async () => {
    jest.spyOn(cache(), "get").mockRejectedValue(new Error("redis down at 10.0.0.7:6379"));
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.status).toBe("degraded");
    expect(body.checks.cache).toMatchObject({ status: "error", error: "unreachable" });
  });

  it("is unhealthy (503) when the database fails, without exposing the cause", async () => {
    await db.$queryRawUnsafe("SELECT 1"); // the client exists, so it can be spied on
    const client = (globalThis as unknown as { __interviewMasterDb: typeof db })
      .__interviewMasterDb;
    jest
      .spyOn(client, "$queryRawUnsafe")
      .mockRejectedValue(new Error("Can't reach database server at 10.0.0.5:5432"));
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body.status).toBe("unhealthy");
    expect(body.checks.database).toMatchObject({ status: "error", error: "unreachable" });
    expect(JSON.stringify(body)).not.toContain("10.0.0.5");
  });
});
