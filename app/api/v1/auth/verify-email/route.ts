import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { publicRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { verifyEmail } from "@/lib/auth/email-verification";

// POST /api/v1/auth/verify-email – confirm the email with the mailed token
export const POST = publicRoute(
  async ({ request, audit }) => ({
    data: await verifyEmail(await readJsonBody(request, z.unknown()), audit),
  }),
  { rateLimit: "auth:mail" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
