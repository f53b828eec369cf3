import { authedRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { sendVerificationEmail } from "@/lib/auth/email-verification";
import { publicOrigin } from "@/lib/auth/public-origin";

// POST /api/v1/users/me/verification – mail a new email-verification link
export const POST = authedRoute(async ({ request, user, audit }) => ({
  status: 202,
  data: await sendVerificationEmail(user.id, { ...audit, origin: publicOrigin(request.headers) }),
}));

// Every other method: 405 in the API's envelope.
export const GET = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const DELETE = methodNotAllowed("POST");
