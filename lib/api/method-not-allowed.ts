import { AppError } from "@/lib/errors";
import { recordApiRequest } from "@/lib/metrics/record";
import { errorResponse } from "./envelope";
import { requestIdFrom } from "./request-id";
import { routeTemplate } from "./route-template";

/**
 * The handler for a method a route does not serve: 405 in the API's envelope with an Allow
 * header (Next.js would answer an empty 405). Each route module exports it for the methods it
 * lacks, e.g. `export const DELETE = methodNotAllowed("GET, POST");`.
 */
export function methodNotAllowed(allow: string) {
  return function methodNotAllowedHandler(request: Request): Promise<Response> {
    const requestId = requestIdFrom(request.headers);
    const error = new AppError(
      "METHOD_NOT_ALLOWED",
      `${request.method} is not supported here; use ${allow}`,
      { details: { allowed_methods: allow.split(", ") }, headers: { Allow: allow } },
    );
    const path = new URL(request.url).pathname;
    const route = routeTemplate(path);
    recordApiRequest({ requestId, route, path, method: request.method, status: 405, ms: 0 });
    return Promise.resolve(errorResponse(error, requestId));
  };
}
