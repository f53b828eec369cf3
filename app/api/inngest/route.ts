import { serve } from "inngest/next";
import { functions } from "@/inngest";
import { inngest } from "@/inngest/client";
import { publicRoute } from "@/lib/api/handler";
import { isInngestConfigured } from "@/lib/env";
import { AppError } from "@/lib/errors";

// /api/inngest – Inngest calls the durable functions here when it is configured
const served = serve({ client: inngest, functions });

// Unconfigured, the SDK would answer 500 ("no signing key"); the functions run in-process then.
const notServed = publicRoute(() => {
  throw new AppError(
    "NOT_FOUND",
    "Inngest is not configured here: background functions run in-process",
  );
});

type Handler = typeof notServed;
const whenConfigured =
  (handler: Handler): Handler =>
  (request, context) =>
    isInngestConfigured() ? handler(request, context) : notServed(request, context);

export const GET = whenConfigured(served.GET);
export const POST = whenConfigured(served.POST);
export const PUT = whenConfigured(served.PUT);
