import { NextRequest } from "next/server";
import { SOCKET_ADDRESS_HEADER } from "@/lib/api/client-ip";
import type { ApiEnvelope } from "@/lib/api/envelope";
import * as achievements from "@/app/api/v1/achievements/route";
import * as recording from "@/app/api/v1/recordings/[id]/route";
import * as adminAiStatus from "@/app/api/v1/admin/ai-status/route";
import * as analyticsComparison from "@/app/api/v1/analytics/comparison/route";
import * as analyticsDashboard from "@/app/api/v1/analytics/dashboard/route";
import * as analyticsPerformance from "@/app/api/v1/analytics/performance/route";
import * as answer from "@/app/api/v1/answers/[id]/route";
import * as answerRetry from "@/app/api/v1/answers/[id]/retry/route";
import * as answerFollowUp from "@/app/api/v1/answers/[id]/follow-up/route";
import * as followUp from "@/app/api/v1/follow-ups/[id]/route";
import * as followUpAnswer from "@/app/api/v1/follow-ups/[id]/answer/route";
import * as attempts from "@/app/api/v1/interviews/[id]/questions/[qid]/attempts/route";
import * as reviewQueue from "@/app/api/v1/review-queue/route";
import * as reviewSessions from "@/app/api/v1/review-queue/sessions/route";
import * as login from "@/app/api/v1/auth/login/route";
import * as logout from "@/app/api/v1/auth/logout/route";
import * as logoutAll from "@/app/api/v1/auth/logout-all/route";
import * as refresh from "@/app/api/v1/auth/refresh/route";
import * as register from "@/app/api/v1/auth/register/route";
import * as interviews from "@/app/api/v1/interviews/route";
import * as interview from "@/app/api/v1/interviews/[id]/route";
import * as interviewAbandon from "@/app/api/v1/interviews/[id]/abandon/route";
import * as interviewComplete from "@/app/api/v1/interviews/[id]/complete/route";
import * as answers from "@/app/api/v1/interviews/[id]/answers/route";
import * as drafts from "@/app/api/v1/interviews/[id]/drafts/route";
import * as question from "@/app/api/v1/interviews/[id]/questions/[qid]/route";
import * as skip from "@/app/api/v1/interviews/[id]/questions/[qid]/skip/route";
import * as summary from "@/app/api/v1/interviews/[id]/summary/route";
import * as me from "@/app/api/v1/users/me/route";
import * as mePassword from "@/app/api/v1/users/me/password/route";
import * as meActivity from "@/app/api/v1/users/me/activity/route";
import * as adminAuditLogs from "@/app/api/v1/admin/audit-logs/route";
import * as adminUserStatus from "@/app/api/v1/admin/users/[id]/status/route";
import * as meVerification from "@/app/api/v1/users/me/verification/route";
import * as passwordReset from "@/app/api/v1/auth/password-reset/route";
import * as passwordResetConfirm from "@/app/api/v1/auth/password-reset/confirm/route";
import * as verifyEmail from "@/app/api/v1/auth/verify-email/route";
import * as leaderboard from "@/app/api/v1/leaderboard/route";
import * as streaks from "@/app/api/v1/streaks/route";
import * as resumes from "@/app/api/v1/resumes/route";
import * as resume from "@/app/api/v1/resumes/[id]/route";
import * as resumePrimary from "@/app/api/v1/resumes/[id]/primary/route";
import * as resumeRetry from "@/app/api/v1/resumes/[id]/retry/route";
import * as jobDescriptions from "@/app/api/v1/job-descriptions/route";
import * as jobDescription from "@/app/api/v1/job-descriptions/[id]/route";
import * as jobMatch from "@/app/api/v1/job-descriptions/[id]/match/route";
import * as resumeAnalyze from "@/app/api/v1/resumes/[id]/analyze/route";
import * as agentStudyPlan from "@/app/api/v1/agents/study-plan/route";
import * as agentStudyTask from "@/app/api/v1/agents/study-plan/tasks/[taskId]/route";
import * as agentCoaching from "@/app/api/v1/agents/company-coaching/route";
import * as agentExecutions from "@/app/api/v1/agents/executions/route";
import * as agentExecution from "@/app/api/v1/agents/executions/[id]/route";
import * as unknownEndpoint from "@/app/api/v1/[...path]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as compatRegister from "@/app/api/auth/register/route";
import * as compatLogin from "@/app/api/auth/login/route";
import * as compatInterviews from "@/app/api/interviews/route";
import * as compatAnswers from "@/app/api/answers/route";
import * as compatAnswerStatus from "@/app/api/answers/[id]/status/route";
import * as compatReport from "@/app/api/reports/[id]/route";
import * as adminUsers from "@/app/api/v1/admin/users/route";
import * as adminUser from "@/app/api/v1/admin/users/[id]/route";
import * as adminUserSuspend from "@/app/api/v1/admin/users/[id]/suspend/route";
import * as adminUserUnsuspend from "@/app/api/v1/admin/users/[id]/unsuspend/route";
import * as adminUserRole from "@/app/api/v1/admin/users/[id]/role/route";
import * as adminQuestions from "@/app/api/v1/admin/questions/route";
import * as adminQuestion from "@/app/api/v1/admin/questions/[id]/route";
import * as adminFlags from "@/app/api/v1/admin/feature-flags/route";
import * as adminFlag from "@/app/api/v1/admin/feature-flags/[name]/route";
import * as adminCommunity from "@/app/api/v1/admin/community-questions/route";
import * as adminCommunityItem from "@/app/api/v1/admin/community-questions/[id]/route";
import * as featureFlags from "@/app/api/v1/feature-flags/route";
import * as community from "@/app/api/v1/community/questions/route";
import * as communityVote from "@/app/api/v1/community/questions/[id]/vote/route";
import * as communityConfirm from "@/app/api/v1/community/questions/[id]/confirm/route";
import * as communityReport from "@/app/api/v1/community/questions/[id]/report/route";
import * as communityCompanies from "@/app/api/v1/community/companies/route";
import * as communitySessions from "@/app/api/v1/community/sessions/route";

// Route modules type their params precisely; the table only needs them callable.
type Handler = (req: NextRequest, ctx: { params: Promise<any> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

// The app's route table, so tests call handlers exactly as Next.js would for a URL.
const ROUTES: [RegExp, RouteModule][] = [
  [/^\/api\/v1\/auth\/register$/, register],
  [/^\/api\/v1\/auth\/login$/, login],
  [/^\/api\/v1\/auth\/refresh$/, refresh],
  [/^\/api\/v1\/auth\/logout$/, logout],
  [/^\/api\/v1\/auth\/logout-all$/, logoutAll],
  [/^\/api\/v1\/auth\/password-reset$/, passwordReset],
  [/^\/api\/v1\/auth\/password-reset\/confirm$/, passwordResetConfirm],
  [/^\/api\/v1\/auth\/verify-email$/, verifyEmail],
  [/^\/api\/v1\/users\/me$/, me],
  [/^\/api\/v1\/users\/me\/password$/, mePassword],
  [/^\/api\/v1\/users\/me\/activity$/, meActivity],
  [/^\/api\/v1\/admin\/audit-logs$/, adminAuditLogs],
  [/^\/api\/v1\/admin\/users\/(?<id>[^/]+)\/status$/, adminUserStatus],
  [/^\/api\/v1\/users\/me\/verification$/, meVerification],
  [/^\/api\/v1\/resumes\/(?<id>[^/]+)\/analyze$/, resumeAnalyze],
  [/^\/api\/v1\/agents\/study-plan$/, agentStudyPlan],
  [/^\/api\/v1\/agents\/study-plan\/tasks\/(?<taskId>[^/]+)$/, agentStudyTask],
  [/^\/api\/v1\/agents\/company-coaching$/, agentCoaching],
  [/^\/api\/v1\/agents\/executions$/, agentExecutions],
  [/^\/api\/v1\/agents\/executions\/(?<id>[^/]+)$/, agentExecution],
  [/^\/api\/v1\/interviews$/, interviews],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)$/, interview],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)\/answers$/, answers],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)\/drafts$/, drafts],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)\/summary$/, summary],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)\/complete$/, interviewComplete],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)\/abandon$/, interviewAbandon],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)\/questions\/(?<qid>[^/]+)$/, question],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)\/questions\/(?<qid>[^/]+)\/skip$/, skip],
  [/^\/api\/v1\/interviews\/(?<id>[^/]+)\/questions\/(?<qid>[^/]+)\/attempts$/, attempts],
  [/^\/api\/v1\/answers\/(?<id>[^/]+)$/, answer],
  [/^\/api\/v1\/answers\/(?<id>[^/]+)\/retry$/, answerRetry],
  [/^\/api\/v1\/answers\/(?<id>[^/]+)\/follow-up$/, answerFollowUp],
  [/^\/api\/v1\/follow-ups\/(?<id>[^/]+)$/, followUp],
  [/^\/api\/v1\/follow-ups\/(?<id>[^/]+)\/answer$/, followUpAnswer],
  [/^\/api\/v1\/review-queue$/, reviewQueue],
  [/^\/api\/v1\/review-queue\/sessions$/, reviewSessions],
  [/^\/api\/v1\/analytics\/dashboard$/, analyticsDashboard],
  [/^\/api\/v1\/analytics\/performance$/, analyticsPerformance],
  [/^\/api\/v1\/analytics\/comparison$/, analyticsComparison],
  [/^\/api\/v1\/achievements$/, achievements],
  [/^\/api\/v1\/streaks$/, streaks],
  [/^\/api\/v1\/leaderboard$/, leaderboard],
  [/^\/api\/v1\/admin\/ai-status$/, adminAiStatus],
  [/^\/api\/v1\/resumes$/, resumes],
  [/^\/api\/v1\/resumes\/(?<id>[^/]+)$/, resume],
  [/^\/api\/v1\/recordings\/(?<id>[^/]+)$/, recording],
  [/^\/api\/v1\/resumes\/(?<id>[^/]+)\/primary$/, resumePrimary],
  [/^\/api\/v1\/resumes\/(?<id>[^/]+)\/retry$/, resumeRetry],
  [/^\/api\/v1\/job-descriptions$/, jobDescriptions],
  [/^\/api\/v1\/job-descriptions\/(?<id>[^/]+)$/, jobDescription],
  [/^\/api\/v1\/job-descriptions\/(?<id>[^/]+)\/match$/, jobMatch],
  [/^\/api\/v1\/admin\/users$/, adminUsers],
  [/^\/api\/v1\/admin\/users\/(?<id>[^/]+)$/, adminUser],
  [/^\/api\/v1\/admin\/users\/(?<id>[^/]+)\/suspend$/, adminUserSuspend],
  [/^\/api\/v1\/admin\/users\/(?<id>[^/]+)\/unsuspend$/, adminUserUnsuspend],
  [/^\/api\/v1\/admin\/users\/(?<id>[^/]+)\/role$/, adminUserRole],
  [/^\/api\/v1\/admin\/questions$/, adminQuestions],
  [/^\/api\/v1\/admin\/questions\/(?<id>[^/]+)$/, adminQuestion],
  [/^\/api\/v1\/admin\/feature-flags$/, adminFlags],
  [/^\/api\/v1\/admin\/feature-flags\/(?<name>[^/]+)$/, adminFlag],
  [/^\/api\/v1\/admin\/community-questions$/, adminCommunity],
  [/^\/api\/v1\/admin\/community-questions\/(?<id>[^/]+)$/, adminCommunityItem],
  [/^\/api\/v1\/feature-flags$/, featureFlags],
  [/^\/api\/v1\/community\/questions$/, community],
  [/^\/api\/v1\/community\/questions\/(?<id>[^/]+)\/vote$/, communityVote],
  [/^\/api\/v1\/community\/questions\/(?<id>[^/]+)\/confirm$/, communityConfirm],
  [/^\/api\/v1\/community\/questions\/(?<id>[^/]+)\/report$/, communityReport],
  [/^\/api\/v1\/community\/companies$/, communityCompanies],
  [/^\/api\/v1\/community\/sessions$/, communitySessions],
  [/^\/api\/v1\/openapi\.json$/, openapi],
  // The smaller design's contract (static segments: before next-auth's catch-all).
  [/^\/api\/auth\/register$/, compatRegister],
  [/^\/api\/auth\/login$/, compatLogin],
  [/^\/api\/interviews$/, compatInterviews],
  [/^\/api\/answers$/, compatAnswers],
  [/^\/api\/answers\/(?<id>[^/]+)\/status$/, compatAnswerStatus],
  [/^\/api\/reports\/(?<id>[^/]+)$/, compatReport],
  // Next.js tries the catch-all last, as this table does.
  [/^\/api\/v1\/.*$/, unknownEndpoint],
];

/** Every concrete route with a path that reaches it (ids filled in), for per-route matrices. */
export const ROUTE_TABLE: { sample: string; module: RouteModule }[] = ROUTES.filter(
  ([re]) => !re.source.includes(".*"),
).map(([re, module]) => ({
  sample: re.source
    .replace(/^\^|\$$/g, "")
    .replace(/\(\?<\w+>\[\^\/\]\+\)/g, "1")
    .replace(/\\([/.])/g, "$1"),
  module,
}));

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  // Loosely typed on purpose: tests assert on error and data shapes directly.
  body: Omit<ApiEnvelope<T>, "data" | "error"> & { data: T; error: any };
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is (for malformed JSON, wrong types, oversize bodies). */
  rawBody?: string;
  /** A multipart/form-data body (file uploads); the boundary header is set from it. */
  form?: FormData;
  token?: string;
  headers?: Record<string, string>;
}

// Random start: files running in parallel against one Redis must not share addresses.
let ipCounter = Math.floor(Math.random() * 60_000);

export async function call<T = any>(
  method: Method,
  url: string,
  options: CallOptions = {},
): Promise<ApiResponse<T>> {
  const parsed = new URL(url, "http://localhost");
  const match = ROUTES.map(([re, mod]) => ({ m: parsed.pathname.match(re), mod })).find((r) => r.m);
  if (!match) throw new Error(`no route for ${parsed.pathname}`);
  const handler = match.mod[method];
  if (!handler) throw new Error(`no ${method} handler for ${parsed.pathname}`);
  const headers = new Headers(options.headers);
  // Each call comes from its own socket address (as the HTTP server stamps it) unless a test
  // sets one, so per-address rate limits don't collide.
  if (!headers.has(SOCKET_ADDRESS_HEADER))
    headers.set(SOCKET_ADDRESS_HEADER, `10.0.${ipCounter >> 8}.${ipCounter++ & 255}`);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | FormData | undefined = options.form ?? options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new NextRequest(parsed, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve({ ...match.m!.groups }) });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as ApiResponse<T>["body"],
  };
}

export const api = {
  get: <T = any>(url: string, token?: string) => call<T>("GET", url, { token }),
  post: <T = any>(url: string, body?: unknown, token?: string) =>
    call<T>("POST", url, { body, token }),
  put: <T = any>(url: string, body?: unknown, token?: string) =>
    call<T>("PUT", url, { body, token }),
  del: <T = any>(url: string, token?: string) => call<T>("DELETE", url, { token }),
};

let userCounter = 0;
export const STRONG_PASSWORD = "Str0ng!Passw0rd";

/** Uploads one file as the multipart field `field` (default "file"). */
export function upload<T = any>(
  url: string,
  file: { name: string; bytes: Uint8Array; type?: string },
  token?: string,
  field = "file",
) {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "" }), file.name);
  return call<T>("POST", url, { form, token });
}

/** Registers and logs in a fresh user; returns their tokens and id. */
export async function newUser(name = "Test User") {
  const email = `user${Date.now()}${process.pid}${userCounter++}@example.com`;
  const reg = await api.post("/api/v1/auth/register", { email, password: STRONG_PASSWORD, name });
  if (reg.status !== 201) throw new Error(`register failed: ${JSON.stringify(reg.body)}`);
  const res = await api.post("/api/v1/auth/login", { email, password: STRONG_PASSWORD });
  if (res.status !== 200) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return {
    email,
    id: res.body.data.user.id as number,
    token: res.body.data.access_token as string,
    refresh: res.body.data.refresh_token as string,
  };
}
