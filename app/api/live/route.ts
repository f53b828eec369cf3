import { userRoute } from "@/lib/api/handler";
import { liveEventStream } from "@/lib/live";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// Streams are long-lived and per user: never cached, never prerendered.
export const dynamic = "force-dynamic";

// GET /api/live – the signed-in user's status events as server-sent events (see lib/live)
export const GET = userRoute(({ request, user }) =>
  Promise.resolve(liveEventStream(request, user.id)),
);

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
