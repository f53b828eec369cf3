import type { z } from "zod";
import { API_PATHS, type HttpMethod } from "@/lib/openapi/operations";

/** "POST /api/v1/interviews/[id]/answers": the route file's form of an OpenAPI path template. */
const keyOf = (method: HttpMethod, template: string) =>
  `${method} ${template.replace(/\{(\w+)\}/g, "[$1]")}`;

const operations = Object.entries(API_PATHS).flatMap(([template, byMethod]) =>
  Object.entries(byMethod).map(([method, op]) => ({
    key: keyOf(method as HttpMethod, template),
    method: method as HttpMethod,
    op,
  })),
);

/**
 * The input of every API handler that takes a body, by "METHOD /route/template": its zod schema
 * (the one the service parses with), "none" when the body is ignored, "multipart" for uploads.
 * Read from the operations table the OpenAPI document is made of (lib/openapi/operations.ts),
 * which a test keeps complete: the endpoint matrix and the document cannot disagree.
 */
export const ROUTE_INPUTS: Record<string, z.ZodType | "none" | "multipart"> = Object.fromEntries(
  operations
    .filter(({ method }) => method !== "GET")
    .map(({ key, op }) => [
      key,
      op.body === undefined ? "none" : "multipart" in op.body ? "multipart" : op.body,
    ]),
);

/** The query-string schema of every GET handler that reads its query. */
export const ROUTE_QUERIES: Record<string, z.ZodType> = Object.fromEntries(
  operations.flatMap(({ key, method, op }) =>
    method === "GET" && op.query ? [[key, op.query] as const] : [],
  ),
);
