import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { publicRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { publicOrigin } from "@/lib/auth/public-origin";
import { compatRegister } from "@/lib/compat/contract";

// POST /api/auth/register – the smaller design's sign-up ({ username, email, password }); a
// static segment, so Next.js serves it before next-auth's [...nextauth] catch-all.
export const POST = publicRoute(
  async ({ request, audit }) => ({
    status: 201,
    data: await compatRegister(
      await readJsonBody(request, z.unknown()),
      audit,
      publicOrigin(request.headers),
    ),
  }),
  { rateLimit: "auth:register" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
