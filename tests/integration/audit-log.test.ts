/** The audit log, readable by its user (own sign-in history) and by administrators. */
import { SOCKET_ADDRESS_HEADER } from "@/lib/api/client-ip";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { api, call, newUser, STRONG_PASSWORD } from "../helpers/api-client";

afterAll(async () => {
  await disconnectDb();
  await closeCache();
});

describe("own account activity", () => {
  it("shows the user's sign-ins and failures (address, agent), newest first, nobody else's", async () => {
    const user = await newUser();
    const other = await newUser();
    await call("POST", "/api/v1/auth/login", {
      body: { email: user.email, password: "Wr0ng!Password" },
      headers: { [SOCKET_ADDRESS_HEADER]: "192.0.2.77", "user-agent": "Probe/1.0" },
    });
    const res = await api.get("/api/v1/users/me/activity?limit=5", user.token);
    expect(res.status).toBe(200);
    const items = res.body.data.items as {
      event_type: string;
      user_id: number;
      ip_address: string;
      user_agent: string;
      id: number;
    }[];
    expect(items[0]).toMatchObject({
      event_type: "auth.login_failed",
      ip_address: "192.0.2.77",
      user_agent: "Probe/1.0",
    });
    expect(items.map((i) => i.event_type)).toEqual(
      expect.arrayContaining(["auth.login", "user.registered"]),
    );
    expect(items.every((i) => i.user_id === user.id)).toBe(true);
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort((a, b) => b - a));
    const otherView = await api.get("/api/v1/users/me/activity", other.token);
    expect(
      otherView.body.data.items.every((i: { user_id: number }) => i.user_id === other.id),
    ).toBe(true);
    // Paging back.
    const first = await api.get("/api/v1/users/me/activity?limit=1", user.token);
    const next = await api.get(
      `/api/v1/users/me/activity?limit=1&before=${first.body.data.next_before}`,
      user.token,
    );
    expect(next.body.data.items[0].id).toBeLessThan(first.body.data.items[0].id);
    expect((await api.get("/api/v1/users/me/activity?limit=0", user.token)).status).toBe(422);
  });
});

describe("admin audit log", () => {
  it("is for administrators only, filtered by user and event family", async () => {
    const user = await newUser();
    expect((await api.get("/api/v1/admin/audit-logs", user.token)).status).toBe(403);
    const admin = await newUser("Admin");
    await db.user.update({ where: { id: admin.id }, data: { role: "admin" } });
    const session = await api.post("/api/v1/auth/login", {
      email: admin.email,
      password: STRONG_PASSWORD,
    });
    const token = session.body.data.access_token as string;
    const res = await api.get(
      `/api/v1/admin/audit-logs?user_id=${user.id}&event_type=auth.`,
      token,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const item of res.body.data as { user: { id: number } | null; event_type: string }[]) {
      expect(item.user?.id).toBe(user.id);
      expect(item.event_type.startsWith("auth.")).toBe(true);
    }
    const bad = await api.get("/api/v1/admin/audit-logs?event_type=DROP%20TABLE", token);
    expect(bad.status).toBe(422);
  });
});
