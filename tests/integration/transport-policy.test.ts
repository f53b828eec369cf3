/**
 * Policy once per transport: one wrapper for the signed-in area's server actions, one error
 * normaliser for actions and routes, named rate limits shared by the API and the web sign-in,
 * one client-IP function.
 */
import { authedAction } from "@/lib/actions/authed-action";
import { clientIp, SOCKET_ADDRESS_HEADER } from "@/lib/api/client-ip";
import { rateLimitRule } from "@/lib/api/rate-limit";
import { requireUser } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/next-auth";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { AppError, validationError } from "@/lib/errors";
import { normalizeError } from "@/lib/normalize-error";
import { findActiveUser } from "@/lib/users/get-user";
import { call, newUser, STRONG_PASSWORD } from "../helpers/api-client";

jest.mock("@/lib/auth/session", () => ({ requireUser: jest.fn() }));

afterAll(async () => {
  await disconnectDb();
  await closeCache();
});

describe("client IP", () => {
  it("is the socket's address by default, whatever forwarded headers say, bounded in length", () => {
    const socket = (ip: string, extra: Record<string, string> = {}) =>
      new Headers({ [SOCKET_ADDRESS_HEADER]: ip, ...extra });
    expect(
      clientIp(
        socket("198.51.100.9", { "x-forwarded-for": "203.0.113.7", "x-real-ip": "1.2.3.4" }),
      ),
    ).toBe("198.51.100.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBeNull();
    expect(clientIp(socket("a".repeat(100)))?.length).toBe(45);
  });
});

describe("error normaliser", () => {
  it("keeps AppErrors, makes faults of a dependency a 503 and anything else a generic 500", () => {
    const conflict = new AppError("CONFLICT", "Taken");
    expect(normalizeError(conflict)).toBe(conflict);
    const down = normalizeError(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    expect(down.code).toBe("SERVICE_UNAVAILABLE");
    expect(down.headers["Retry-After"]).toBe("5");
    // A transaction that could not start on an overloaded instance (Prisma P2028) is retryable.
    const busy = Object.assign(new Error("Transaction API error: Unable to start a transaction"), {
      code: "P2028",
    });
    expect(normalizeError(busy).code).toBe("SERVICE_UNAVAILABLE");
    const bug = normalizeError(new TypeError("secret internals at line 3"));
    expect(bug.code).toBe("INTERNAL_ERROR");
    expect(bug.message).not.toContain("secret");
  });
});

describe("authedAction", () => {
  const body = jest.fn();
  const action = authedAction({ id: "Interview session", from: (id) => `/x/${String(id)}` }, body);

  beforeEach(async () => {
    body.mockReset();
    const user = await newUser();
    jest.mocked(requireUser).mockResolvedValue((await findActiveUser(user.id))!);
  });

  it("signs the caller in first, then parses the id with the id rule", async () => {
    body.mockResolvedValue("done");
    expect(await action(42, "extra")).toEqual({ ok: true, data: "done" });
    expect(requireUser).toHaveBeenLastCalledWith("/x/42");
    expect(body).toHaveBeenCalledWith(
      expect.objectContaining({ id: expect.any(Number) }),
      42,
      "extra",
    );
    for (const bad of [0, -3, 1.5, "1e3" as unknown as number, 2 ** 31]) {
      const result = await action(bad);
      expect(result).toEqual({
        ok: false,
        error: { code: "NOT_FOUND", message: "Interview session not found" },
      });
    }
    expect(body).toHaveBeenCalledTimes(1);
  });

  it("maps failures the way routes do: field errors, 503, generic 500", async () => {
    body.mockRejectedValueOnce(validationError({ role: ["Role is required"] }));
    expect(await action(1)).toEqual({
      ok: false,
      error: {
        code: "VALIDATION_ERROR",
        message: "Invalid input data",
        fields: { role: ["Role is required"] },
      },
    });
    body.mockRejectedValueOnce(new Error("Can't reach database server"));
    expect(await action(1)).toMatchObject({ ok: false, error: { code: "SERVICE_UNAVAILABLE" } });
    body.mockRejectedValueOnce(new Error("boom"));
    const failed = await action(1);
    expect(failed).toMatchObject({ ok: false, error: { code: "INTERNAL_ERROR" } });
    expect(JSON.stringify(failed)).not.toContain("boom");
  });
});

describe("named rate limits", () => {
  it("give the API login and the web sign-in one budget per address", async () => {
    const user = await newUser();
    const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const { limit } = rateLimitRule("auth:login");
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (c: unknown, r: unknown) => Promise<unknown> };
    };
    const authorize = (email: string) =>
      provider.options.authorize(
        { email, password: STRONG_PASSWORD },
        { headers: { [SOCKET_ADDRESS_HEADER]: ip } },
      );
    // Spend the web sign-in's budget from one address, then the API login shares it.
    for (let i = 0; i < limit; i++) await authorize(user.email);
    await expect(authorize(user.email)).rejects.toThrow(/RATE_LIMIT_EXCEEDED/);
    const blocked = await call("POST", "/api/v1/auth/login", {
      body: { email: user.email, password: STRONG_PASSWORD },
      headers: { [SOCKET_ADDRESS_HEADER]: ip },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
