/**
 * GET /api/v1/openapi.json: an OpenAPI 3.1 document that covers every route module under
 * app/api/v1 (and the compatibility routes) method by method — a new route without an entry in
 * lib/openapi/operations.ts fails here — with consistent structure (unique operation ids,
 * declared path parameters, resolvable references, the envelope on every JSON answer).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import type { OpenApiDocument } from "@/lib/openapi/document";
import { HTTP_METHODS } from "@/lib/openapi/operations";
import { call } from "../helpers/api-client";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { NextRequest } from "next/server";

const ROOT = path.resolve(__dirname, "../..");
// Route modules of other frameworks' protocols, not API operations of ours.
const NOT_OPERATIONS = new Set([
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/inngest/route.ts",
  "app/api/live/route.ts",
  "app/api/v1/[...path]/route.ts",
]);

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return routeFiles(rel);
    return entry.name === "route.ts" ? [rel] : [];
  });
}

/** Every (template, method) a route module serves, read from its exports (405 stubs excluded). */
function servedOperations(): { template: string; method: string; file: string }[] {
  return routeFiles("app/api")
    .filter((file) => !NOT_OPERATIONS.has(file))
    .flatMap((file) => {
      const template = file
        .replace(/^app/, "")
        .replace(/\/route\.ts$/, "")
        .replace(/\[(\w+)\]/g, "{$1}");
      const source = readFileSync(path.join(ROOT, file), "utf8");
      return HTTP_METHODS.filter((m) =>
        new RegExp(`export const ${m} = (?!methodNotAllowed)`).test(source),
      ).map((method) => ({ template, method: method.toLowerCase(), file }));
    });
}

async function fetchDocument(): Promise<OpenApiDocument> {
  const res = await openapiRoute.GET(new NextRequest("http://localhost/api/v1/openapi.json"), {
    params: Promise.resolve({}),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  return (await res.json()) as OpenApiDocument;
}

afterAll(async () => {
  await disconnectDb();
  await closeCache();
});

describe("OpenAPI document", () => {
  it("documents every operation every route module serves, and nothing else", async () => {
    const doc = await fetchDocument();
    const served = servedOperations();
    expect(served.length).toBeGreaterThan(70);
    const missing = served.filter((s) => !doc.paths[s.template]?.[s.method]);
    expect(missing).toEqual([]);
    const documented = Object.entries(doc.paths).flatMap(([template, ops]) =>
      Object.keys(ops).map((method) => `${method} ${template}`),
    );
    const servedKeys = new Set(served.map((s) => `${s.method} ${s.template}`));
    expect(documented.filter((d) => !servedKeys.has(d))).toEqual([]);
  });

  it("is a structurally sound OpenAPI 3.1 document", async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const ids = new Set<string>();
    const json = JSON.stringify(doc);
    for (const [, name] of json.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) {
      expect(Object.keys(doc.components.schemas as object)).toContain(name);
    }
    for (const [template, ops] of Object.entries(doc.paths)) {
      const declared = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(ops)) {
        expect(HTTP_METHODS.map((m) => m.toLowerCase())).toContain(method);
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        expect(op.summary.length).toBeGreaterThan(3);
        const pathParams = op.parameters.filter((p) => p.in === "path").map((p) => p.name);
        expect(pathParams.sort()).toEqual([...declared].sort());
        expect(Object.keys(op.responses).some((s) => /^2\d\d$/.test(s))).toBe(true);
        expect(op.responses["405"]).toBeDefined();
        if (op.security.length > 0) expect(op.responses["401"]).toBeDefined();
        const body = op.requestBody?.content;
        if (body) {
          const [media] = Object.keys(body);
          expect(["application/json", "multipart/form-data"]).toContain(media);
          const schema = (body as unknown as Record<string, { schema: Record<string, unknown> }>)[
            media!
          ]!.schema;
          expect(schema.type).toBe("object");
          expect(schema).not.toHaveProperty("$schema");
        }
      }
    }
  });

  it("carries the zod rules of a request body (register)", async () => {
    const doc = await fetchDocument();
    const schema = (
      doc.paths["/api/v1/auth/register"]!.post!.requestBody!.content as unknown as Record<
        string,
        { schema: { required: string[]; properties: Record<string, Record<string, unknown>> } }
      >
    )["application/json"]!.schema;
    expect(schema.required).toEqual(expect.arrayContaining(["email", "password", "name"]));
    expect(schema.properties.password).toMatchObject({ type: "string", minLength: 8 });
  });

  it("answers other methods with 405 in the envelope", async () => {
    const res = await call("POST", "/api/v1/openapi.json", {});
    expect(res.status).toBe(405);
    expect(res.body).toMatchObject({ success: false, error: { code: "METHOD_NOT_ALLOWED" } });
  });
});
