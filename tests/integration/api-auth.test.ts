/** Auth over the REST API: registration rules, login, lockout, token rotation, logout, bad input. */
import { disconnectDb } from "@/lib/db/client";
import { closeCache } from "@/lib/cache";
import { api, call, newUser, STRONG_PASSWORD } from "../helpers/api-client";

afterAll(async () => {
  await disconnectDb();
  await closeCache();
});

const email = () => `auth${Date.now()}${Math.random().toString(36).slice(2)}@example.com`;

describe("POST /api/v1/auth/register", () => {
  it("creates the account (201) in the spec's envelope", async () => {
    const address = email();
    const res = await api.post("/api/v1/auth/register", {
      email: address,
      password: STRONG_PASSWORD,
      name: "Ada",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      success: true,
      data: { email: address, name: "Ada", email_verified: false },
      error: null,
      meta: { request_id: expect.stringMatching(/^req_/) },
    });
    expect(typeof res.body.data.user_id).toBe("number");
    expect(res.headers.get("x-request-id")).toBe(res.body.meta.request_id);
  });

  it("rejects a duplicate email, case-insensitively (409)", async () => {
    const address = email();
    await api.post("/api/v1/auth/register", {
      email: address,
      password: STRONG_PASSWORD,
      name: "A",
    });
    const res = await api.post("/api/v1/auth/register", {
      email: address.toUpperCase(),
      password: STRONG_PASSWORD,
      name: "B",
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: "CONFLICT" });
  });

  it("returns 422 with field details for a bad email and a weak password", async () => {
    const res = await api.post("/api/v1/auth/register", {
      email: "not-an-email",
      password: "weak",
      name: "",
    });
    expect(res.status).toBe(422);
    expect(res.body.success).toBe(false);
    expect(res.body.error.code).toBe("VALIDATION_ERROR");
    expect(res.body.error.details).toMatchObject({
      email: ["Invalid email format"],
      password: expect.arrayContaining(["Password must be at least 8 characters"]),
      name: ["Name is required"],
    });
  });

  it("keeps an optional IANA time zone (UTC without one) and rejects an unknown zone (422)", async () => {
    const zoned = { email: email(), password: STRONG_PASSWORD, name: "Zoe" };
    expect(
      (await api.post("/api/v1/auth/register", { ...zoned, timezone: "Asia/Kolkata" })).status,
    ).toBe(201);
    const login = await api.post("/api/v1/auth/login", zoned);
    const me = await api.get("/api/v1/users/me", login.body.data.access_token);
    expect(me.body.data.timezone).toBe("Asia/Kolkata");

    const plain = { email: email(), password: STRONG_PASSWORD, name: "Uma" };
    await api.post("/api/v1/auth/register", plain);
    const plainLogin = await api.post("/api/v1/auth/login", plain);
    const plainMe = await api.get("/api/v1/users/me", plainLogin.body.data.access_token);
    expect(plainMe.body.data.timezone).toBe("UTC");

    const bad = await api.post("/api/v1/auth/register", {
      email: email(),
      password: STRONG_PASSWORD,
      name: "Bo",
      timezone: "Mars/Olympus_Mons",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.timezone).toEqual([
      "Unknown time zone (use an IANA name such as Europe/Berlin)",
    ]);
  });

  it("rejects malformed JSON (422), a non-JSON body (415) and a body over 1 MB (413)", async () => {
    const malformed = await call("POST", "/api/v1/auth/register", {
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.details).toEqual({ body: ["Request body must be valid JSON"] });
    const text = await call("POST", "/api/v1/auth/register", {
      rawBody: "email=a",
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
    const huge = await call("POST", "/api/v1/auth/register", {
      rawBody: JSON.stringify({
        email: email(),
        password: STRONG_PASSWORD,
        name: "x".repeat(1024 * 1024 + 10),
      }),
      headers: { "content-type": "application/json" },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("POST /api/v1/auth/login and lockout", () => {
  it("returns tokens and the user", async () => {
    const address = email();
    await api.post("/api/v1/auth/register", {
      email: address,
      password: STRONG_PASSWORD,
      name: "Lin",
    });
    const res = await api.post("/api/v1/auth/login", { email: address, password: STRONG_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      token_type: "Bearer",
      expires_in: 900,
      user: { email: address, name: "Lin", target_role: null, experience_level: null },
    });
    expect(res.body.data.access_token).toMatch(/^ey/);
    expect(res.body.data.refresh_token).toMatch(/^ey/);
  });

  it("gives the same 401 for an unknown email and a wrong password", async () => {
    const unknown = await api.post("/api/v1/auth/login", {
      email: email(),
      password: STRONG_PASSWORD,
    });
    const address = email();
    await api.post("/api/v1/auth/register", {
      email: address,
      password: STRONG_PASSWORD,
      name: "X",
    });
    const wrong = await api.post("/api/v1/auth/login", {
      email: address,
      password: "Wr0ng!Password",
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it("locks the account after 5 failed logins (423 with Retry-After), even for the right password", async () => {
    const address = email();
    await api.post("/api/v1/auth/register", {
      email: address,
      password: STRONG_PASSWORD,
      name: "Lock",
    });
    for (let i = 1; i <= 4; i++) {
      const res = await api.post("/api/v1/auth/login", {
        email: address,
        password: "Wr0ng!Password",
      });
      expect(res.status).toBe(401);
    }
    const fifth = await api.post("/api/v1/auth/login", {
      email: address,
      password: "Wr0ng!Password",
    });
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe("ACCOUNT_LOCKED");
    expect(Number(fifth.headers.get("retry-after"))).toBeGreaterThan(800);
    const right = await api.post("/api/v1/auth/login", {
      email: address,
      password: STRONG_PASSWORD,
    });
    expect(right.status).toBe(423);
  });
});

describe("tokens: /users/me, refresh rotation, logout", () => {
  it("requires a valid bearer token", async () => {
    expect((await api.get("/api/v1/users/me")).status).toBe(401);
    expect((await api.get("/api/v1/users/me", "garbage.token.value")).status).toBe(401);
    const user = await newUser("Me");
    const res = await api.get("/api/v1/users/me", user.token);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: user.id,
      email: user.email,
      name: "Me",
      role: "user",
    });
    expect(JSON.stringify(res.body)).not.toContain("password");
  });

  it("rotates the refresh token; reusing the old one revokes the family", async () => {
    const user = await newUser();
    const first = await api.post("/api/v1/auth/refresh", { refresh_token: user.refresh });
    expect(first.status).toBe(200);
    const rotated = first.body.data.refresh_token as string;
    expect(rotated).not.toBe(user.refresh);
    const reuse = await api.post("/api/v1/auth/refresh", { refresh_token: user.refresh });
    expect(reuse.status).toBe(401);
    // The theft signal revoked the whole family, including the newest token.
    const afterReuse = await api.post("/api/v1/auth/refresh", { refresh_token: rotated });
    expect(afterReuse.status).toBe(401);
  });

  it("logout revokes the refresh token and the access token", async () => {
    const user = await newUser();
    const out = await api.post("/api/v1/auth/logout", { refresh_token: user.refresh }, user.token);
    expect(out.status).toBe(200);
    expect((await api.get("/api/v1/users/me", user.token)).status).toBe(401);
    expect((await api.post("/api/v1/auth/refresh", { refresh_token: user.refresh })).status).toBe(
      401,
    );
  });

  it("updates the profile with validation (422 for an unknown time zone)", async () => {
    const user = await newUser();
    const bad = await api.put("/api/v1/users/me", { timezone: "Mars/Olympus" }, user.token);
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.timezone).toBeDefined();
    const ok = await api.put(
      "/api/v1/users/me",
      {
        target_role: "  backend   ENGINEER ",
        timezone: "Europe/Berlin",
        experience_level: "Senior",
      },
      user.token,
    );
    expect(ok.status).toBe(200);
    const me = await api.get("/api/v1/users/me", user.token);
    expect(me.body.data).toMatchObject({
      target_role: "Backend Engineer",
      timezone: "Europe/Berlin",
      experience_level: "Senior",
    });
    // A title the bank does not know is kept as typed, tidied.
    await api.put("/api/v1/users/me", { target_role: " Robotics  Engineer " }, user.token);
    const custom = await api.get("/api/v1/users/me", user.token);
    expect(custom.body.data.target_role).toBe("Robotics Engineer");
  });
});

describe("an unknown /api/v1 endpoint", () => {
  it("answers 404 in the API's envelope for every method", async () => {
    const user = await newUser();
    for (const method of ["GET", "POST", "PUT", "DELETE"] as const) {
      const res = await call(method, "/api/v1/health/deep?x=1", {
        token: user.token,
        body: method === "GET" ? undefined : {},
      });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(res.body.success).toBe(false);
      expect(res.body.error.code).toBe("NOT_FOUND");
      expect(res.body.error.message).toContain(`${method} /api/v1/health/deep`);
      expect(res.body.meta.request_id).toEqual(expect.any(String));
    }
  });
});
