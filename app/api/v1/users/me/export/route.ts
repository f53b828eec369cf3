import { userRoute } from "@/lib/api/handler";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { exportOwnData } from "@/lib/privacy/export-data";

// GET /api/v1/users/me/export – all of the caller's data as a JSON download (Bearer or web session)
export const GET = userRoute(
  async ({ user, audit, requestId }) => {
    const file = await exportOwnData(user.id, audit);
    return new Response(file.body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.name}"`,
        "X-Request-Id": requestId,
      },
    });
  },
  { rateLimit: "user:export" },
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
