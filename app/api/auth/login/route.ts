import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { publicRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { compatLogin } from "@/lib/compat/contract";

// POST /api/auth/login – the smaller design's sign-in ({ username: email, password } → token)
export const POST = publicRoute(
  async ({ request, audit }) => ({
    data: await compatLogin(await readJsonBody(request, z.unknown()), audit),
  }),
  { rateLimit: "auth:login" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
