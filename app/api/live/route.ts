import { userRoute } from "@/lib/api/handler";
import { liveEventStream } from "@/lib/live";

// Streams are long-lived and per user: never cached, never prerendered.
export const dynamic = "force-dynamic";

// GET /api/live – the signed-in user's status events as server-sent events (see lib/live)
export const GET = userRoute(({ request, user }) =>
  Promise.resolve(liveEventStream(request, user.id)),
);
