import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { openApiDocument } from "@/lib/openapi/document";

// GET /api/v1/openapi.json – the OpenAPI 3.1 document, generated from the zod schemas
export const GET = publicRoute(() => Promise.resolve(NextResponse.json(openApiDocument())));

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
