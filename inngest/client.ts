import { Inngest } from "inngest";
import { env } from "@/lib/env";

/**
 * The Inngest client. It is only used when Inngest is configured (INNGEST_EVENT_KEY, INNGEST_DEV
 * or INNGEST_BASE_URL); otherwise the same function bodies run in-process (lib/jobs).
 */
export const inngest = new Inngest({
  id: "interviewmaster",
  ...(env().INNGEST_BASE_URL ? { baseUrl: env().INNGEST_BASE_URL } : {}),
});
