import { readJsonBody } from "@/lib/api/body";
import { publicRoute } from "@/lib/api/handler";
import { publicOrigin } from "@/lib/auth/public-origin";
import { registerUser, sendWelcomeVerification } from "@/lib/users/register-user";
import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// POST /api/v1/auth/register – create an account
export const POST = publicRoute(
  async ({ request, audit }) => {
    const body = await readJsonBody(request, z.unknown());
    const user = await registerUser(body, audit);
    await sendWelcomeVerification(user.id, { ...audit, origin: publicOrigin(request.headers) });
    return {
      status: 201,
      data: {
        user_id: user.id,
        email: user.email,
        name: user.name,
        email_verified: user.emailVerified,
      },
    };
  },
  { rateLimit: "auth:register" },
);

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
