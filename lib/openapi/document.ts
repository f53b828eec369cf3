import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors";
import { API_PATHS, HTTP_METHODS, type HttpMethod, type Operation } from "./operations";

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect): what a client sends, or receives. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    // Refinements and transforms have no JSON Schema form; their input side is documented.
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("ErrorEnvelope") } },
});

const ENVELOPE_META = {
  type: "object",
  properties: {
    timestamp: { type: "string", format: "date-time" },
    request_id: { type: "string" },
  },
  required: ["timestamp", "request_id"],
  additionalProperties: true,
};

const COMPONENT_SCHEMAS = {
  SuccessEnvelope: {
    type: "object",
    description: "Every JSON answer of the API: `data` on success, `error` otherwise.",
    properties: {
      success: { const: true },
      data: { description: "The operation's result" },
      meta: ENVELOPE_META,
      error: { type: "null" },
    },
    required: ["success", "data", "meta", "error"],
  },
  ErrorEnvelope: {
    type: "object",
    properties: {
      success: { const: false },
      data: { type: "null" },
      meta: ENVELOPE_META,
      error: {
        type: "object",
        properties: {
          code: { type: "string", enum: ERROR_CODES },
          message: { type: "string" },
          details: {
            description:
              "VALIDATION_ERROR: field name → messages; METHOD_NOT_ALLOWED: allowed_methods; else null or context",
            oneOf: [{ type: "object", additionalProperties: true }, { type: "null" }],
          },
          request_id: { type: "string" },
        },
        required: ["code", "message", "details", "request_id"],
      },
    },
    required: ["success", "data", "meta", "error"],
  },
};

const pathParam = (name: string) => ({
  name,
  in: "path",
  required: true,
  schema:
    name === "name"
      ? { type: "string", minLength: 1 }
      : { type: "integer", minimum: 1, maximum: 2_147_483_647 },
});

function queryParams(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const json = jsonSchemaOf(schema) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

function requestBody(body: Operation["body"]) {
  if (!body) return undefined;
  if ("multipart" in body) {
    const fields = body.multipart.fields
      ? (jsonSchemaOf(body.multipart.fields) as { properties?: JsonSchema; required?: string[] })
      : {};
    return {
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: {
              [body.multipart.file]: {
                type: "string",
                contentMediaType: "application/octet-stream",
              },
              ...fields.properties,
            },
            required: [body.multipart.file, ...(fields.required ?? [])],
          },
        },
      },
    };
  }
  return { required: true, content: { "application/json": { schema: jsonSchemaOf(body) } } };
}

// The compatibility routes (outside /api/v1) get a "Compat" prefix, so ids stay unique.
const operationId = (method: HttpMethod, path: string) =>
  method.toLowerCase() +
  (path.startsWith("/api/v1/") ? "" : "Compat") +
  path
    .replace(/^\/api(\/v1)?/, "")
    .split(/[/.-]/)
    .filter(Boolean)
    .map((part) => {
      const word = part.replace(/[{}]/g, "");
      const cased = word.charAt(0).toUpperCase() + word.slice(1);
      return part.startsWith("{") ? `By${cased}` : cased;
    })
    .join("");

function operation(method: HttpMethod, path: string, op: Operation) {
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => pathParam(m[1]!));
  const success = op.status ?? 200;
  const responses: Record<string, unknown> = {
    [success]: op.produces
      ? {
          description: "Success",
          content: {
            [op.produces]: {
              schema:
                op.produces === "application/json"
                  ? { type: "object" }
                  : { type: "string", contentMediaType: op.produces },
            },
          },
        }
      : {
          description: "Success",
          content: {
            "application/json": {
              schema: op.response
                ? {
                    allOf: [
                      ref("SuccessEnvelope"),
                      { type: "object", properties: { data: jsonSchemaOf(op.response, "output") } },
                    ],
                  }
                : ref("SuccessEnvelope"),
            },
          },
        },
  };
  if (op.access !== "public")
    responses["401"] = errorResponse("Missing, expired or revoked credentials");
  if (op.access === "admin") responses["403"] = errorResponse("Administrator role required");
  if (params.length > 0) responses["404"] = errorResponse("No such resource for this caller");
  responses["405"] = errorResponse("Method not supported (see the Allow header)");
  if (op.body && !("multipart" in op.body)) responses["413"] = errorResponse("Body too large");
  if (op.body || op.query || params.length > 0)
    responses["422"] = errorResponse("Invalid input (error.details names each field)");
  responses["429"] = errorResponse("Rate limit exceeded (see Retry-After)");
  responses["500"] = errorResponse("Unexpected error (reported with the request id)");
  const security =
    op.access === "public"
      ? []
      : op.access === "bearer_or_session"
        ? [{ bearerAuth: [] }, { sessionCookie: [] }]
        : [{ bearerAuth: [] }];
  return {
    operationId: operationId(method, path),
    summary: op.summary,
    tags: [op.tag],
    security,
    ...(op.access === "admin" ? { description: "Administrators only." } : {}),
    parameters: [...params, ...queryParams(op.query)],
    ...(op.body ? { requestBody: requestBody(op.body) } : {}),
    responses,
  };
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: Record<string, unknown>;
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, ReturnType<typeof operation>>>;
  components: Record<string, unknown>;
}

let cached: OpenApiDocument | undefined;

/** The OpenAPI 3.1 document of every /api/v1 operation (and the compatibility routes). */
export function openApiDocument(): OpenApiDocument {
  if (cached) return cached;
  const paths: OpenApiDocument["paths"] = {};
  const tags = new Set<string>();
  for (const [path, ops] of Object.entries(API_PATHS)) {
    paths[path] = {};
    for (const method of HTTP_METHODS) {
      const op = ops[method];
      if (!op) continue;
      tags.add(op.tag);
      paths[path][method.toLowerCase()] = operation(method, path, op);
    }
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "InterviewMaster API",
      version: "1.0.0",
      description:
        "Every JSON answer is the envelope { success, data, meta, error }. Authenticate with `Authorization: Bearer <access_token>` from POST /api/v1/auth/login. Unsupported methods answer 405 in the envelope. Documentation: /docs/api.",
    },
    servers: [{ url: "/" }],
    tags: [...tags].map((name) => ({ name })),
    paths,
    components: {
      schemas: COMPONENT_SCHEMAS,
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The web app's own session (same-origin requests only)",
        },
      },
    },
  };
  return cached;
}
