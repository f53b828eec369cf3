/**
 * Security headers on every page and API response, CORS for configured origins only, the safe
 * next-auth callback URL, and next-auth's origin never taken from a client's X-Forwarded-Host.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { resetEnvForTests } from "@/lib/env";
import { contentSecurityPolicy, corsHeaders } from "@/lib/security/headers";
import { proxy, config as proxyConfig } from "@/proxy";
// @ts-expect-error next.config.mjs is plain JavaScript, without types
import nextConfig from "@/next.config.mjs";

const BASE = "http://127.0.0.1:3300";

/** The URL of every page.tsx and route.ts under app/ (route groups dropped, params filled). */
function appPaths(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = /^\(.*\)$/.test(name)
        ? ""
        : `/${name.replace(/^\[\.\.\.\w+\]$/, "any/path").replace(/^\[\w+\]$/, "1")}`;
      return appPaths(full, `${prefix}${segment}`);
    }
    return name === "page.tsx" || name === "route.ts" ? [prefix || "/"] : [];
  });
}

function visit(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(new NextRequest(new URL(path, BASE), init));
}

/** The request headers the proxy hands on to the page or route (Next's override protocol). */
function forwardedRequestHeader(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

afterEach(() => {
  delete process.env.CORS_ORIGINS;
  resetEnvForTests();
});

describe("security headers (proxy.ts)", () => {
  const pages = ["/", "/login", "/register", "/dashboard", "/api/v1/leaderboard", "/health"];

  it.each(pages)(
    "%s gets CSP with a nonce, HSTS, framing, referrer and permissions policies",
    (path) => {
      const response = visit(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d{8,}/);
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    },
  );

  it("every page and API route on disk gets the same headers (found by walking app/)", () => {
    const found = appPaths(path.join(process.cwd(), "app"));
    expect(found.filter((p) => !p.startsWith("/api/")).length).toBeGreaterThan(25);
    expect(found.filter((p) => p.startsWith("/api/v1/")).length).toBeGreaterThan(60);
    const [matcher] = proxyConfig.matcher;
    const covered = new RegExp(`^${matcher!}$`);
    for (const url of found) {
      expect({ url, matched: covered.test(url) }).toEqual({ url, matched: true });
      const response = visit(url);
      const headers = {
        url,
        csp: /script-src [^;]*'nonce-[^']+'/.test(
          response.headers.get("content-security-policy") ?? "",
        ),
        hsts: /max-age=\d{8,}/.test(response.headers.get("strict-transport-security") ?? ""),
        frames: (response.headers.get("content-security-policy") ?? "").includes(
          "frame-ancestors 'none'",
        ),
        referrer: response.headers.get("referrer-policy"),
        permissions: Boolean(response.headers.get("permissions-policy")),
        nosniff: response.headers.get("x-content-type-options"),
        requestId: /^req_/.test(response.headers.get("x-request-id") ?? ""),
      };
      expect(headers).toEqual({
        url,
        csp: true,
        hsts: true,
        frames: true,
        referrer: "strict-origin-when-cross-origin",
        permissions: true,
        nosniff: "nosniff",
        requestId: true,
      });
    }
  });

  it("gives each response its own nonce, and hands it to the page with the request id", () => {
    const a = visit("/login");
    const b = visit("/login");
    const nonceA = forwardedRequestHeader(a, "x-nonce");
    expect(nonceA).toBeTruthy();
    expect(nonceA).not.toBe(forwardedRequestHeader(b, "x-nonce"));
    expect(a.headers.get("content-security-policy")).toContain(`'nonce-${nonceA}'`);
    expect(forwardedRequestHeader(a, "x-request-id")).toBe(a.headers.get("x-request-id"));
  });

  it("covers every page: the matcher skips only build assets", () => {
    const [matcher] = proxyConfig.matcher;
    const re = new RegExp(`^${matcher!}$`);
    for (const path of ["/", "/login", "/profile", "/api/v1/users/me", "/interviews/3/summary"])
      expect(re.test(path)).toBe(true);
    expect(re.test("/_next/static/chunks/app.js")).toBe(false);
  });

  it("marks responses to signed-in callers no-store", () => {
    const page = visit("/dashboard", { headers: { cookie: "next-auth.session-token=x" } });
    expect(page.headers.get("cache-control")).toBe("no-store");
    const api = visit("/api/v1/users/me", { headers: { authorization: "Bearer x" } });
    expect(api.headers.get("cache-control")).toBe("no-store");
  });

  it("the script policy has no unsafe-inline, and eval only in development", () => {
    fc.assert(
      fc.property(
        fc.base64String({ minLength: 24, maxLength: 24 }),
        fc.boolean(),
        fc.boolean(),
        (nonce, dev, https) => {
          const csp = contentSecurityPolicy({ nonce, dev, https });
          const script = csp.split("; ").find((d) => d.startsWith("script-src "))!;
          return (
            !script.includes("unsafe-inline") &&
            script.includes(`'nonce-${nonce}'`) &&
            script.includes("unsafe-eval") === dev &&
            csp.includes("upgrade-insecure-requests") === https
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("CORS", () => {
  it("answers only configured origins, preflight included", () => {
    process.env.CORS_ORIGINS = "https://app.example.com, https://admin.example.com/";
    resetEnvForTests();
    const preflight = visit("/api/v1/interviews", {
      method: "OPTIONS",
      headers: { origin: "https://app.example.com", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
    const other = visit("/api/v1/interviews", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const simple = visit("/api/v1/leaderboard", {
      headers: { origin: "https://admin.example.com" },
    });
    expect(simple.headers.get("access-control-allow-origin")).toBe("https://admin.example.com");
    expect(corsHeaders("https://evil.example", ["https://app.example.com"], false)).toBeNull();
  });

  it("is off when CORS_ORIGINS is unset", () => {
    const res = visit("/api/v1/leaderboard", { headers: { origin: "https://app.example.com" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("next-auth origin and callback URL", () => {
  it("never takes next-auth's origin from a client's X-Forwarded-Host", () => {
    const res = visit("/api/auth/signin/credentials", {
      method: "POST",
      headers: { host: "127.0.0.1:3300", "x-forwarded-host": "evil.example" },
    });
    expect(forwardedRequestHeader(res, "x-forwarded-host")).toBe("127.0.0.1:3300");
  });

  it("repairs an unparseable callback URL in the query or a planted cookie before next-auth sees it", () => {
    const query = visit("/api/auth/signin?callbackUrl=http%3A%2F%2F%5B%3A%3A1", {
      headers: { host: "127.0.0.1:3300" },
    });
    expect(query.status).toBe(307);
    expect(new URL(query.headers.get("location")!).searchParams.get("callbackUrl")).toBe(BASE);

    const planted = visit("/api/auth/callback/credentials", {
      method: "POST",
      headers: { host: "127.0.0.1:3300", cookie: "next-auth.callback-url=http://[::1; other=1" },
    });
    // next-auth gets the repaired cookie, the browser gets it back (so it heals), others untouched.
    const forwardedCookie = forwardedRequestHeader(planted, "cookie") ?? "";
    expect(forwardedCookie).toContain(`next-auth.callback-url=${encodeURIComponent(BASE)}`);
    expect(forwardedCookie).toContain("other=1");
    expect(planted.headers.get("set-cookie")).toContain(
      `next-auth.callback-url=${encodeURIComponent(BASE)}`,
    );
    // A good callback URL passes untouched.
    const fine = visit("/api/auth/signin?callbackUrl=%2Fdashboard", {
      headers: { host: "127.0.0.1:3300", cookie: "next-auth.callback-url=%2Fprofile" },
    });
    expect(fine.status).toBe(200);
    expect(fine.headers.get("set-cookie")).toBeNull();
  });

  it("follows only same-origin callback URLs and never throws on garbage", () => {
    const base = "http://127.0.0.1:3300";
    expect(safeCallbackUrl("/dashboard?x=1", base)).toBe(`${base}/dashboard?x=1`);
    expect(safeCallbackUrl(`${base}/profile`, base)).toBe(`${base}/profile`);
    for (const bad of [
      "http://[::1",
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "http://%zz",
      "javascript:alert(1)",
      "\u0000/x",
      "",
    ])
      expect(safeCallbackUrl(bad, base)).toBe(base);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (url) => {
        const out = safeCallbackUrl(url, base);
        return out === base || out.startsWith(`${base}/`);
      }),
      { numRuns: 500 },
    );
  });
});

describe("dev server origins", () => {
  it("lets a page opened at 127.0.0.1 hydrate (allowedDevOrigins)", () => {
    expect((nextConfig as { allowedDevOrigins?: string[] }).allowedDevOrigins).toEqual(
      expect.arrayContaining(["127.0.0.1", "localhost"]),
    );
  });
});
