import type { NextRequest } from "next/server";
import type { AuditContext } from "@/lib/audit/log";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { normalizeError } from "@/lib/normalize-error";
import { withRequestContext } from "@/lib/request-context";
import { authenticateBearer, type ApiUser } from "./bearer";
import { errorResponse, successResponse } from "./envelope";
import { clientIp, ipSubject } from "./client-ip";
import { enforceRateLimit, type RateLimitName } from "./rate-limit";
import { requestIdFrom } from "./request-id";

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
  run: (ctx: ApiContext<P> & X) => Promise<ApiResult<T>>,
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
      response = successResponse(result.data, requestId, {
        status: result.status,
        meta: { execution_time_ms: Math.round(performance.now() - started), ...result.meta },
        headers: result.headers,
      });
    } catch (error) {
      response = errorResponse(normalizeError(error), requestId);
    }
    logger.info("api request", {
      request_id: requestId,
      method: request.method,
      path: request.nextUrl.pathname,
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    return response;
  }
}

/** A public endpoint (register, login, refresh, health): rate-limited per client address. */
export function publicRoute<P = Record<string, never>, T = unknown>(
  handler: (ctx: ApiContext<P>) => Promise<ApiResult<T>>,
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
      const site = ctx.request.headers.get("sec-fetch-site");
      const origin = ctx.request.headers.get("origin");
      const crossSite =
        (site !== null && site !== "same-origin" && site !== "none") ||
        (origin !== null &&
          origin !== ctx.request.nextUrl.origin &&
          !sameHost(origin, ctx.request));
      if (crossSite)
        throw new AppError("AUTHORIZATION_ERROR", "Cross-site requests are not allowed");
      const user = await getCurrentUser();
      if (!user) throw new AppError("AUTHENTICATION_ERROR", "Sign in to continue");
      return { subject: `user:${user.id}`, extra: { user: { id: user.id } } };
    },
    handler,
  );
}

// Behind a proxy nextUrl may carry the internal origin: compare with the Host the browser used.
function sameHost(origin: string, request: NextRequest): boolean {
  try {
    return new URL(origin).host === request.headers.get("host");
  } catch {
    return false;
  }
}
