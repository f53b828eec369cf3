import { NextResponse } from "next/server";
import type { AppError, ErrorCode } from "@/lib/errors";

/** The one response shape of the REST API (spec "Standard Error Response Format"). */
export interface ApiEnvelope<T> {
  success: boolean;
  data: T | null;
  meta: { timestamp: string; request_id: string } & Record<string, unknown>;
  error: {
    code: ErrorCode;
    message: string;
    details: Record<string, unknown> | null;
    request_id: string;
  } | null;
}

export function successResponse<T>(
  data: T,
  requestId: string,
  init: { status?: number; meta?: Record<string, unknown>; headers?: HeadersInit } = {},
): NextResponse<ApiEnvelope<T>> {
  const body: ApiEnvelope<T> = {
    success: true,
    data,
    meta: { timestamp: new Date().toISOString(), request_id: requestId, ...init.meta },
    error: null,
  };
  const headers = new Headers(init.headers);
  headers.set("X-Request-Id", requestId);
  return NextResponse.json(body, { status: init.status ?? 200, headers });
}

export function errorResponse(
  error: AppError,
  requestId: string,
  headers: HeadersInit = {},
): NextResponse<ApiEnvelope<never>> {
  const body: ApiEnvelope<never> = {
    success: false,
    data: null,
    meta: { timestamp: new Date().toISOString(), request_id: requestId },
    error: {
      code: error.code,
      message: error.message,
      details: error.details,
      request_id: requestId,
    },
  };
  const merged = new Headers(headers);
  for (const [k, v] of Object.entries(error.headers)) merged.set(k, v);
  merged.set("X-Request-Id", requestId);
  return NextResponse.json(body, { status: error.status, headers: merged });
}
