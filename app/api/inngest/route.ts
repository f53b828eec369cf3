import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

// /api/inngest – Inngest calls the durable functions here when it is configured
export const { GET, POST, PUT } = serve({ client: inngest, functions });
