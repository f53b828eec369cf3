import type { NextRequest } from "next/server";
import type { AuditContext } from "@/lib/audit/log";
import { getCurrentUser } from "@/lib/auth/session";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { recordApiRequest } from "@/lib/metrics/record";
import { normalizeError } from "@/lib/normalize-error";
import { withRequestContext } from "@/lib/request-context";
import { authenticateBearer, type ApiUser } from "./bearer";
import { errorResponse, successResponse } from "./envelope";
import { clientIp, ipSubject } from "./client-ip";
import { enforceRateLimit, type RateLimitName } from "./rate-limit";
import { requestIdFrom } from "./request-id";
import { routeTemplate } from "./route-template";
import { assertSameOrigin } from "./same-origin";

export interface ApiContext<P> {
  request: NextRequest;
  params: P;
  requestId: string;
  audit: AuditContext;
}

export interface ApiResult<T> {
  data: T;
  status?: number;
  meta?: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface Options {
  /** The named limit of this endpoint (lib/api/rate-limit.ts); the per-caller "api" one else. */
  rateLimit?: RateLimitName;
}

type Segment<P> = { params: Promise<P> };

function wrap<P, X, T>(
  options: Options,
  identify: (ctx: ApiContext<P>) => Promise<{ subject: string; extra: X }>,
  run: (ctx: ApiContext<P> & X) => Promise<ApiResult<T> | Response>,
) {
  return async (request: NextRequest, segment: Segment<P>): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    // Services log with this id (e.g. every AI provider decision) without passing it around.
    return withRequestContext({ requestId }, () => handle(request, segment, requestId));
  };

  async function handle(request: NextRequest, segment: Segment<P>, requestId: string) {
    const started = performance.now();
    const ip = clientIp(request.headers);
    const ctx: ApiContext<P> = {
      request,
      params: await segment.params,
      requestId,
      audit: { ip, userAgent: request.headers.get("user-agent"), requestId },
    };
    let response: Response;
    try {
      const { subject, extra } = await identify(ctx);
      await enforceRateLimit(options.rateLimit ?? "api", subject);
      const result = await run({ ...ctx, ...extra });
      // A stream (server-sent events) goes out as it is; errors before it still get the envelope.
      response =
        result instanceof Response
          ? result
          : successResponse(result.data, requestId, {
              status: result.status,
              meta: { execution_time_ms: Math.round(performance.now() - started), ...result.meta },
              headers: result.headers,
            });
    } catch (error) {
      response = errorResponse(normalizeError(error), requestId);
    }
    // What an API call answers is the caller's own (and never worth a shared cache's copy).
    response.headers.set("Cache-Control", "no-store");
    const ms = performance.now() - started;
    const path = request.nextUrl.pathname;
    logger.info("api request", {
      request_id: requestId,
      method: request.method,
      path,
      status: response.status,
      ms: Math.round(ms),
    });
    recordApiRequest({
      requestId,
      route: routeTemplate(path),
      path,
      method: request.method,
      status: response.status,
      ms,
    });
    return response;
  }
}

/** A public endpoint (register, login, refresh, health): rate-limited per client address. */
export function publicRoute<P = Record<string, never>, T = unknown>(
  handler: (ctx: ApiContext<P>) => Promise<ApiResult<T> | Response>,
  options: Options = {},
) {
  return wrap<P, object, T>(
    options,
    (ctx) => Promise.resolve({ subject: ipSubject(ctx.audit.ip ?? null), extra: {} }),
    handler,
  );
}

/** An endpoint for a signed-in caller (Bearer access token): rate-limited per user. */
export function authedRoute<P = Record<string, never>, T = unknown>(
  handler: (ctx: ApiContext<P> & { user: ApiUser }) => Promise<ApiResult<T>>,
  options: Options & { admin?: boolean } = {},
) {
  return wrap<P, { user: ApiUser }, T>(
    options,
    async (ctx) => {
      // Authentication comes first so that the limit is per user, not per address.
      const user = await authenticateBearer(ctx.request.headers.get("authorization"));
      if (options.admin && user.role !== "admin") {
        throw new AppError("AUTHORIZATION_ERROR", "Administrator role required");
      }
      return { subject: `user:${user.id}`, extra: { user } };
    },
    handler,
  );
}

/**
 * An endpoint for the web app's own pages (the next-auth session cookie), in the same envelope:
 * for browser work a server action cannot do, such as an upload with progress. A cookie travels
 * with cross-site requests too, so only same-origin requests are served.
 */
export function sessionRoute<P = Record<string, never>, T = unknown>(
  handler: (ctx: ApiContext<P> & { user: { id: number } }) => Promise<ApiResult<T>>,
  options: Options = {},
) {
  return wrap<P, { user: { id: number } }, T>(
    options,
    async (ctx) => {
      assertSameOrigin(ctx.request);
      const user = await getCurrentUser();
      if (!user) throw new AppError("AUTHENTICATION_ERROR", "Sign in to continue");
      return { subject: `user:${user.id}`, extra: { user: { id: user.id } } };
    },
    handler,
  );
}

/** Who calls an endpoint that both API clients and the app's own pages use. */
export type ApiCaller = Pick<ApiUser, "id" | "email" | "role">;

/**
 * An endpoint for a signed-in caller, by Bearer token (API clients) or by the web session
 * cookie (the app's own pages: recordings, live status). A cookie is sent by the browser on its
 * own, so a cookie-authenticated request that changes anything must come from our origin.
 */
export function userRoute<P = Record<string, never>, T = unknown>(
  handler: (ctx: ApiContext<P> & { user: ApiCaller }) => Promise<ApiResult<T> | Response>,
  options: Options = {},
) {
  return wrap<P, { user: ApiCaller }, T>(
    options,
    async (ctx) => {
      const header = ctx.request.headers.get("authorization");
      let user: ApiCaller;
      if (header) {
        const { id, email, role } = await authenticateBearer(header);
        user = { id, email, role };
      } else {
        const hasSession = SESSION_COOKIES.some((name) => ctx.request.cookies.has(name));
        const web = hasSession ? await getCurrentUser() : null;
        if (!web) throw new AppError("AUTHENTICATION_ERROR", "Sign in, or send a Bearer token");
        assertSameOrigin(ctx.request);
        user = { id: web.id, email: web.email, role: web.role };
      }
      return { subject: `user:${user.id}`, extra: { user } };
    },
    handler,
  );
}
