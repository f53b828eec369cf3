/**
 * Issue 12's findings on sign-in and sessions, each as the attacker tried it: NUL bytes, forged
 * X-Forwarded-For, unlimited web sign-in, the lockout's account oracle, web sessions that
 * outlived "log out everywhere", and empty 405s.
 */
import bcrypt from "bcryptjs";
import type { JWT } from "next-auth/jwt";
import { SOCKET_ADDRESS_HEADER } from "@/lib/api/client-ip";
import { rateLimitRule } from "@/lib/api/rate-limit";
import { authOptions, encodeSignInError } from "@/lib/auth/next-auth";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import {
  api,
  call,
  newUser,
  ROUTE_TABLE,
  STRONG_PASSWORD,
  type Method,
} from "../helpers/api-client";

afterAll(async () => {
  await disconnectDb();
  await closeCache();
});

let n = 0;
const email = () => `sec${Date.now()}${n++}@example.com`;
const address = () => `198.18.${Math.floor(Math.random() * 250)}.${(n++ % 250) + 1}`;

type Authorize = (c: unknown, r: unknown) => Promise<unknown>;
const webAuthorize: Authorize = (credentials, req) =>
  (
    authOptions().providers[0] as unknown as { options: { authorize: Authorize } }
  ).options.authorize(credentials, req);
/** The web sign-in's error, as next-auth puts it into the redirect URL. */
async function webSignInError(credentials: unknown, ip = address()): Promise<string> {
  try {
    await webAuthorize(credentials, { headers: { [SOCKET_ADDRESS_HEADER]: ip } });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("web sign-in succeeded");
}

describe("a NUL byte in the email", () => {
  it("is a 422 on the API (never a 500) and a validation error on the web sign-in", async () => {
    const login = await api.post("/api/v1/auth/login", {
      email: "a\u0000@example.com",
      password: STRONG_PASSWORD,
    });
    expect(login.status).toBe(422);
    expect(login.body.error.details.email).toEqual(["Invalid email format"]);
    const register = await api.post("/api/v1/auth/register", {
      email: "a\u0000@example.com",
      password: STRONG_PASSWORD,
      name: "N",
    });
    expect(register.status).toBe(422);
    const web = await webSignInError({ email: "x\u0000@example.com", password: STRONG_PASSWORD });
    expect(JSON.parse(web)).toMatchObject({ code: "VALIDATION_ERROR" });
  });

  it("no database or library text ever reaches the sign-in redirect", () => {
    const prismaLike = new Error(
      'Invalid `prisma.user.findUnique()` invocation: invalid byte sequence for encoding "UTF8": 0x00',
    );
    const encoded = encodeSignInError(prismaLike);
    expect(JSON.parse(encoded)).toMatchObject({ code: "INTERNAL_ERROR" });
    expect(encoded).not.toMatch(/prisma|UTF8|0x00/i);
  });
});

describe("per-address limits cannot be dodged with X-Forwarded-For", () => {
  it("counts one socket address however many forwarded addresses it claims", async () => {
    const ip = address();
    const { limit } = rateLimitRule("auth:login");
    let last = 0;
    for (let i = 0; i <= limit; i++) {
      const res = await call("POST", "/api/v1/auth/login", {
        body: { email: email(), password: "Wr0ng!Password" },
        headers: { [SOCKET_ADDRESS_HEADER]: ip, "x-forwarded-for": `203.0.113.${i}` },
      });
      last = res.status;
      if (i < limit) expect(res.status).toBe(401);
    }
    expect(last).toBe(429);
  });

  it("records the socket address, not the forged one, in the audit log", async () => {
    const user = await newUser();
    const ip = address();
    await call("POST", "/api/v1/auth/login", {
      body: { email: user.email, password: STRONG_PASSWORD },
      headers: { [SOCKET_ADDRESS_HEADER]: ip, "x-forwarded-for": "6.6.6.6" },
    });
    const row = await db.auditLog.findFirst({
      where: { userId: user.id, eventType: "auth.login" },
      orderBy: { id: "desc" },
    });
    expect(row?.ipAddress).toBe(ip);
  });
});

describe("per-account limit on every sign-in path", () => {
  it("stops password spraying at one account from many addresses (429 + Retry-After)", async () => {
    const user = await newUser();
    const { limit } = rateLimitRule("auth:login:account");
    // Alternate the API and the web sign-in, each attempt from a new address; right passwords,
    // so the lockout never steps in: only the per-account budget can stop this.
    // newUser's own sign-in was the first attempt.
    for (let i = 0; i < limit - 1; i++) {
      if (i % 2 === 0) {
        const res = await call("POST", "/api/v1/auth/login", {
          body: { email: user.email, password: STRONG_PASSWORD },
          headers: { [SOCKET_ADDRESS_HEADER]: address() },
        });
        expect(res.status).toBe(200);
      } else {
        await webAuthorize(
          { email: user.email, password: STRONG_PASSWORD },
          { headers: { [SOCKET_ADDRESS_HEADER]: address() } },
        );
      }
    }
    const blocked = await call("POST", "/api/v1/auth/login", {
      body: { email: user.email, password: STRONG_PASSWORD },
      headers: { [SOCKET_ADDRESS_HEADER]: address() },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(
      JSON.parse(await webSignInError({ email: user.email, password: STRONG_PASSWORD })),
    ).toMatchObject({
      code: "RATE_LIMIT_EXCEEDED",
    });
  });
});

describe("lockout without an account oracle", () => {
  async function attempt(address_: string, password = "Wr0ng!Password") {
    return call("POST", "/api/v1/auth/login", {
      body: { email: address_, password },
      headers: { [SOCKET_ADDRESS_HEADER]: address() },
    });
  }

  it("answers a known and an unknown email the same way, with the same work, at every step", async () => {
    const known = email();
    await api.post("/api/v1/auth/register", { email: known, password: STRONG_PASSWORD, name: "K" });
    const unknown = email();
    const compare = jest.spyOn(bcrypt, "compare");
    try {
      for (let i = 1; i <= 6; i++) {
        compare.mockClear();
        const a = await attempt(known);
        const knownCompares = compare.mock.calls.length;
        compare.mockClear();
        const b = await attempt(unknown);
        expect(compare.mock.calls.length).toBe(knownCompares);
        expect(knownCompares).toBe(1);
        expect(a.status).toBe(i < 5 ? 401 : 423);
        expect(b.status).toBe(a.status);
        expect(b.body.error.code).toBe(a.body.error.code);
        expect(Object.keys(b.body.error.details ?? {})).toEqual(
          Object.keys(a.body.error.details ?? {}),
        );
        expect(b.headers.has("retry-after")).toBe(a.headers.has("retry-after"));
      }
    } finally {
      compare.mockRestore();
    }
    // Locked even with the right password (the lock is the email's, whoever asks).
    expect((await attempt(known, STRONG_PASSWORD)).status).toBe(423);
  });
});

describe("ending every session", () => {
  const jwt = (token: JWT) =>
    authOptions().callbacks!.jwt!({ token, user: undefined as never, account: null });

  async function webSession(userId: number): Promise<JWT> {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    return authOptions().callbacks!.jwt!({
      token: {},
      user: {
        id: String(user.id),
        email: user.email,
        role: user.role,
        sessionVersion: user.sessionVersion,
      },
      account: null,
    });
  }

  it("logout-all (API) ends the web sessions and the other devices' access tokens too", async () => {
    const user = await newUser();
    const laptop = await webSession(user.id);
    const phone = await api.post("/api/v1/auth/login", {
      email: user.email,
      password: STRONG_PASSWORD,
    });
    // Both sessions work before; what the API answers a signed-in caller is never stored.
    const mine = await api.get("/api/v1/users/me", user.token);
    expect(mine.headers.get("cache-control")).toBe("no-store");
    await expect(jwt(laptop)).resolves.toMatchObject({ uid: user.id });
    expect((await api.get("/api/v1/users/me", phone.body.data.access_token)).status).toBe(200);

    const out = await api.post("/api/v1/auth/logout-all", undefined, user.token);
    expect(out.status).toBe(200);

    await expect(jwt(laptop)).rejects.toThrow("Session revoked");
    expect((await api.get("/api/v1/users/me", phone.body.data.access_token)).status).toBe(401);
    expect(
      (await api.post("/api/v1/auth/refresh", { refresh_token: phone.body.data.refresh_token }))
        .status,
    ).toBe(401);
    // A new sign-in after that works.
    await expect(jwt(await webSession(user.id))).resolves.toMatchObject({ uid: user.id });
  });

  it("suspension (by an administrator) and deletion end a web session at once", async () => {
    const suspended = await newUser();
    const session = await webSession(suspended.id);
    const admin = await newUser("Admin");
    await db.user.update({ where: { id: admin.id }, data: { role: "admin" } });
    const adminToken = (
      await api.post("/api/v1/auth/login", { email: admin.email, password: STRONG_PASSWORD })
    ).body.data.access_token as string;
    expect(
      (
        await api.put(
          `/api/v1/admin/users/${suspended.id}/status`,
          { status: "suspended" },
          suspended.token,
        )
      ).status,
    ).toBe(403);
    const res = await api.put(
      `/api/v1/admin/users/${suspended.id}/status`,
      { status: "suspended" },
      adminToken,
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ user_id: suspended.id, account_status: "suspended" });
    await expect(jwt(session)).rejects.toThrow("Session revoked");
    expect((await api.get("/api/v1/users/me", suspended.token)).status).toBe(403);
    expect(
      (await api.post("/api/v1/auth/refresh", { refresh_token: suspended.refresh })).status,
    ).toBe(401);
    // Reinstated: a new sign-in works; the old sessions stay ended.
    await api.put(`/api/v1/admin/users/${suspended.id}/status`, { status: "active" }, adminToken);
    await expect(jwt(session)).rejects.toThrow("Session revoked");
    await expect(jwt(await webSession(suspended.id))).resolves.toMatchObject({ uid: suspended.id });

    const deleted = await newUser();
    const gone = await webSession(deleted.id);
    expect((await api.del("/api/v1/users/me", deleted.token)).status).toBe(200);
    await expect(jwt(gone)).rejects.toThrow("Session revoked");
  });
});

describe("methods a route does not serve", () => {
  const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

  it("get 405 in the API's envelope with an Allow header, on every route", async () => {
    const user = await newUser();
    let checked = 0;
    for (const { sample, module } of ROUTE_TABLE) {
      const served = METHODS.filter((m) => module[m] && !isMethodNotAllowed(module[m]));
      for (const method of METHODS.filter((m) => !served.includes(m))) {
        const body = method === "GET" ? undefined : {};
        const res = await call(method, sample, { token: user.token, body });
        expect({ sample, method, status: res.status }).toEqual({ sample, method, status: 405 });
        expect(res.body).toMatchObject({ success: false, error: { code: "METHOD_NOT_ALLOWED" } });
        expect(res.headers.get("allow")).toBe(served.join(", "));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});

function isMethodNotAllowed(handler: unknown): boolean {
  return (handler as { name?: string }).name === "methodNotAllowedHandler";
}
