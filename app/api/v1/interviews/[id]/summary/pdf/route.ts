import { formatSessionDate } from "@/components/summary/format-session-date";
import { renderSummaryPdf } from "@/components/summary/summary-pdf";
import { userRoute } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { getSessionSummary } from "@/lib/summaries/get-summary";
import { findActiveUser } from "@/lib/users/get-user";
import { toId } from "@/lib/validations/id";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// GET /api/v1/interviews/{id}/summary/pdf – the session summary as a PDF download
export const GET = userRoute<{ id: string }>(async ({ params, user, requestId }) => {
  const sessionId = toId(params.id, "Interview session");
  const [summary, owner] = await Promise.all([
    getSessionSummary(user.id, sessionId),
    findActiveUser(user.id),
  ]);
  if (!owner) throw notFound("User");
  const pdf = await renderSummaryPdf(summary, {
    dateLabel: formatSessionDate(summary.start_time, owner.timezone),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="interview-${sessionId}-summary.pdf"`,
      "cache-control": "private, no-store",
      "x-request-id": requestId,
    },
  });
});

// Every other method: 405 in the API's envelope.
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const DELETE = methodNotAllowed("GET");
