/**
 * The admin area end to end through the API: who may call every admin endpoint (normal user,
 * suspended user, admin), suspension taking effect at once, every action audited with address
 * and agent, the last admin kept; community submission → moderation → practice, and votes that
 * stay one per user under concurrent requests.
 */
import { setUserRole } from "@/lib/admin/roles";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { api, call, newUser } from "../helpers/api-client";
import { SOCKET_ADDRESS_HEADER } from "@/lib/api/client-ip";

type Caller = Awaited<ReturnType<typeof newUser>>;
let admin: Caller;
let normal: Caller;
let suspended: Caller;
let target: Caller;

beforeAll(async () => {
  admin = await newUser("Ada Admin");
  await setUserRole(
    { email: admin.email },
    { actorId: null, role: "admin", via: "cli", context: {} },
  );
  normal = await newUser("Norma Normal");
  suspended = await newUser("Sus Pended");
  target = await newUser("Tara Target");
  const res = await api.post(
    `/api/v1/admin/users/${suspended.id}/suspend`,
    { reason: "spam submissions" },
    admin.token,
  );
  expect(res.status).toBe(200);
});

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

describe("admin endpoint authorization", () => {
  const endpoints = (): [Method, string, unknown][] => [
    ["GET", "/api/v1/admin/users?q=example", undefined],
    ["GET", `/api/v1/admin/users/${target.id}`, undefined],
    ["POST", `/api/v1/admin/users/${target.id}/suspend`, { reason: "testing access" }],
    ["POST", `/api/v1/admin/users/${target.id}/unsuspend`, {}],
    ["PUT", `/api/v1/admin/users/${target.id}/role`, { role: "user" }],
    ["DELETE", `/api/v1/admin/users/999999`, { reason: "testing access" }],
    ["GET", "/api/v1/admin/audit-logs?event_type=admin.", undefined],
    ["GET", "/api/v1/admin/questions?q=cache", undefined],
    ["GET", "/api/v1/admin/questions/1", undefined],
    ["PATCH", "/api/v1/admin/questions/999999", { retired: true }],
    ["GET", "/api/v1/admin/feature-flags", undefined],
    [
      "PUT",
      "/api/v1/admin/feature-flags",
      { name: "probe_flag", enabled: false, rollout_percentage: 0 },
    ],
    ["DELETE", "/api/v1/admin/feature-flags/no_such_flag", undefined],
    ["GET", "/api/v1/admin/community-questions", undefined],
    ["PUT", "/api/v1/admin/community-questions/999999", { action: "flag" }],
    ["GET", "/api/v1/admin/ai-status", undefined],
  ];

  it("refuses signed-out callers (401), normal users and suspended users (403)", async () => {
    for (const [method, url, body] of endpoints()) {
      const anonymous = await call(method, url, { body });
      expect([method, url, anonymous.status]).toEqual([method, url, 401]);
      const asNormal = await call(method, url, { body, token: normal.token });
      expect([method, url, asNormal.status, asNormal.body.error.code]).toEqual([
        method,
        url,
        403,
        "AUTHORIZATION_ERROR",
      ]);
      const asSuspended = await call(method, url, { body, token: suspended.token });
      expect([method, url, asSuspended.status]).toEqual([method, url, 403]);
    }
    // Nothing a refused call asked for happened.
    expect(await db.featureFlag.count({ where: { featureName: "probe_flag" } })).toBe(0);
  });

  it("lets an admin through every endpoint", async () => {
    for (const [method, url, body] of endpoints()) {
      const res = await call(method, url, { body, token: admin.token });
      expect([method, url, [401, 403].includes(res.status)]).toEqual([method, url, false]);
      expect(res.status).toBeLessThan(500);
    }
  });
});

async function freshToken(caller: Caller): Promise<string> {
  const login = await api.post("/api/v1/auth/login", {
    email: caller.email,
    password: "Str0ng!Passw0rd",
  });
  expect(login.status).toBe(200);
  return login.body.data.access_token as string;
}

describe("question bank edits", () => {
  // Found by the endpoint matrix: the bank's advisory lock was read back as a void column (500).
  it("edits a bank question through the API and keeps the edit for re-seeding", async () => {
    const question = await db.question.findFirstOrThrow({
      where: { ownerUserId: null, bankKey: { not: null }, retiredAt: null },
    });
    const res = await call("PATCH", `/api/v1/admin/questions/${question.id}`, {
      body: { timeLimitSeconds: question.timeLimitSeconds === 300 ? 240 : 300 },
      token: admin.token,
    });
    expect(res.status).toBe(200);
    expect(await db.questionBankEdit.count({ where: { bankKey: question.bankKey! } })).toBe(1);
  });
});

describe("suspension", () => {
  it("stops the user's access and refresh tokens at once and is audited with who, target, ip, agent", async () => {
    const victim = await newUser("Vic Tim");
    expect((await api.get("/api/v1/users/me", victim.token)).status).toBe(200);
    const res = await call("POST", `/api/v1/admin/users/${victim.id}/suspend`, {
      body: { reason: "abusive answers" },
      token: admin.token,
      headers: { [SOCKET_ADDRESS_HEADER]: "203.0.113.7", "user-agent": "AdminConsole/1.0" },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.refresh_tokens_revoked).toBe(1);
    expect((await api.get("/api/v1/users/me", victim.token)).status).toBe(403);
    const refreshed = await api.post("/api/v1/auth/refresh", { refresh_token: victim.refresh });
    expect(refreshed.status).toBe(401);
    const login = await api.post("/api/v1/auth/login", {
      email: victim.email,
      password: "Str0ng!Passw0rd",
    });
    expect(login.status).toBe(403);

    const row = await db.auditLog.findFirst({
      where: { eventType: "admin.user_suspended", userId: admin.id },
      orderBy: { id: "desc" },
    });
    expect(row).toMatchObject({ ipAddress: "203.0.113.7", userAgent: "AdminConsole/1.0" });
    expect(row?.eventData).toMatchObject({
      target_type: "user",
      target_id: String(victim.id),
      reason: "abusive answers",
    });

    const back = await api.post(`/api/v1/admin/users/${victim.id}/unsuspend`, {}, admin.token);
    expect(back.status).toBe(200);
    // Sessions ended by the suspension stay ended; the reinstated user signs in again.
    expect((await api.get("/api/v1/users/me", victim.token)).status).toBe(401);
    expect((await api.get("/api/v1/users/me", await freshToken(victim))).status).toBe(200);
  });

  it("needs a reason, and never applies to oneself", async () => {
    const noReason = await api.post(`/api/v1/admin/users/${target.id}/suspend`, {}, admin.token);
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.details.reason).toBeDefined();
    const self = await api.post(
      `/api/v1/admin/users/${admin.id}/suspend`,
      { reason: "oops" },
      admin.token,
    );
    expect(self.status).toBe(409);
  });
});

describe("admin role", () => {
  it("grants and revokes with an audit row, and never revokes the last active admin", async () => {
    const granted = await api.put(
      `/api/v1/admin/users/${target.id}/role`,
      { role: "admin" },
      admin.token,
    );
    expect(granted.body.data).toMatchObject({ role: "admin", changed: true });
    // An earlier test suspended and reinstated target, which ended its sessions.
    const token = await freshToken(target);
    expect((await api.get("/api/v1/admin/users", token)).status).toBe(200);
    const revoked = await api.put(
      `/api/v1/admin/users/${target.id}/role`,
      { role: "user" },
      admin.token,
    );
    expect(revoked.body.data).toMatchObject({ role: "user", changed: true });
    expect((await api.get("/api/v1/admin/users", token)).status).toBe(403);

    const admins = await db.user.findMany({ where: { role: "admin" }, select: { id: true } });
    expect(admins.map((a) => a.id)).toContain(admin.id);
    // On PostgreSQL the run's other files share the database and have admins of their own: the
    // last-admin rule is checked where this file's admin is the only one (its own database).
    if (admins.length === 1) {
      const last = await api.put(
        `/api/v1/admin/users/${admin.id}/role`,
        { role: "user" },
        admin.token,
      );
      expect(last.status).toBe(409);
    }
    const events = await db.auditLog.findMany({
      where: { eventType: { in: ["admin.role_granted", "admin.role_revoked"] } },
    });
    expect(events.length).toBeGreaterThanOrEqual(3);
  });
});

describe("community questions", () => {
  const submission = {
    company: "Acme  Corp",
    role: "Backend Engineer",
    level: "Senior",
    interview_date: "2026-11-20",
    category: "System_Design",
    question_text: "Design a rate limiter for a public API that serves millions of clients.",
    notes: "They asked about Redis and sliding windows.",
  };

  it("goes from submission through moderation to a company practice session", async () => {
    const author = await newUser("Auth Or");
    const created = await api.post("/api/v1/community/questions", submission, author.token);
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe("pending_moderation");
    const id = created.body.data.id as number;

    // Not public before approval.
    const hidden = await api.get("/api/v1/community/questions?company=acme%20corp", normal.token);
    expect(hidden.body.data).toEqual([]);
    expect(
      (await api.put(`/api/v1/community/questions/${id}/vote`, { vote: "up" }, normal.token))
        .status,
    ).toBe(404);

    // Approval needs the points answers are scored against.
    const noPoints = await api.put(
      `/api/v1/admin/community-questions/${id}`,
      { action: "approve" },
      admin.token,
    );
    expect(noPoints.status).toBe(422);
    const approved = await api.put(
      `/api/v1/admin/community-questions/${id}`,
      {
        action: "approve",
        points: [
          "Chooses an algorithm such as token bucket or sliding window",
          "Stores counters in a shared fast store such as Redis",
          "Handles distributed consistency and clock skew",
        ],
      },
      admin.token,
    );
    expect(approved.status).toBe(200);
    expect(approved.body.data.status).toBe("approved");
    // Rejecting needs a reason; approving twice is not a transition.
    const again = await api.put(
      `/api/v1/admin/community-questions/${id}`,
      { action: "approve" },
      admin.token,
    );
    expect(again.status).toBe(409);

    const listed = await api.get(
      "/api/v1/community/questions?company=ACME%20corp&role=backend%20engineer",
      normal.token,
    );
    expect(listed.body.data.map((q: { id: number }) => q.id)).toEqual([id]);
    const companies = await api.get("/api/v1/community/companies", normal.token);
    // Other files' companies share a PostgreSQL run's database: look for this one by name.
    expect(
      companies.body.data.find((c: { company: string }) => c.company === "Acme Corp"),
    ).toMatchObject({ company: "Acme Corp", count: 1 });

    const session = await api.post(
      "/api/v1/community/sessions",
      { company: "acme corp" },
      normal.token,
    );
    expect(session.status).toBe(201);
    expect(session.body.data.first_question.question_text).toBe(submission.question_text);

    // A near-duplicate submission is accepted for moderation with the match attached.
    const twin = await api.post(
      "/api/v1/community/questions",
      {
        ...submission,
        question_text: "Design a rate limiter for a public API serving millions of clients.",
      },
      normal.token,
    );
    expect(twin.status).toBe(201);
    expect(twin.body.data.possible_duplicates[0]).toMatchObject({ kind: "community", id });

    // One report (too few to flag it) brings the approved question back to the moderators, with
    // its reason; a decision resolves the report and takes it out of the queue.
    const queue = async () =>
      (await api.get("/api/v1/admin/community-questions", admin.token)).body.data as {
        id: number;
        status: string;
        reports: { reason: string; details: string | null }[];
      }[];
    expect((await queue()).some((q) => q.id === id)).toBe(false);
    const badReason = await api.post(
      `/api/v1/community/questions/${id}/report`,
      { reason: "boring" },
      normal.token,
    );
    expect(badReason.status).toBe(422);
    const reported = await api.post(
      `/api/v1/community/questions/${id}/report`,
      { reason: "inaccurate", details: "Acme never asks this" },
      normal.token,
    );
    expect(reported.status).toBe(201);
    const inQueue = (await queue()).find((q) => q.id === id);
    expect(inQueue).toMatchObject({
      status: "approved",
      reports: [{ reason: "inaccurate", details: "Acme never asks this" }],
    });
    const flagged = await api.put(
      `/api/v1/admin/community-questions/${id}`,
      { action: "flag", note: "Checking with the author" },
      admin.token,
    );
    expect(flagged.body.data.status).toBe("flagged");
    expect((await queue()).find((q) => q.id === id)).toMatchObject({
      status: "flagged",
      reports: [],
    });
  });

  it("keeps one vote per user under concurrent requests, and counts match the votes", async () => {
    const author = await newUser("Vote Author");
    const created = await api.post(
      "/api/v1/community/questions",
      {
        ...submission,
        company: "Globex",
        question_text: "How would you find the median of a stream of numbers?",
        category: "Coding",
      },
      author.token,
    );
    const id = created.body.data.id as number;
    await api.put(
      `/api/v1/admin/community-questions/${id}`,
      {
        action: "approve",
        points: [
          "Uses two heaps for the lower and upper halves",
          "Keeps the heaps balanced by size",
          "Reads the median from the heap tops",
        ],
      },
      admin.token,
    );

    const voters = await Promise.all([newUser("V1"), newUser("V2"), newUser("V3")]);
    // The same user voting many times at once, and several users at once.
    const burst = await Promise.all([
      ...Array.from({ length: 12 }, () =>
        api.put(`/api/v1/community/questions/${id}/vote`, { vote: "up" }, voters[0].token),
      ),
      ...voters
        .slice(1)
        .map((v) => api.put(`/api/v1/community/questions/${id}/vote`, { vote: "down" }, v.token)),
    ]);
    expect(burst.every((r) => r.status === 200)).toBe(true);
    const votes = await db.communityVote.findMany({ where: { communityQuestionId: id } });
    expect(votes).toHaveLength(3);
    const row = await db.communityQuestion.findUniqueOrThrow({ where: { id } });
    expect([row.upvotes, row.downvotes]).toEqual([1, 2]);

    const changed = await api.put(
      `/api/v1/community/questions/${id}/vote`,
      { vote: "down" },
      voters[0].token,
    );
    expect(changed.body.data).toMatchObject({ upvotes: 0, downvotes: 3 });
    const removed = await api.put(
      `/api/v1/community/questions/${id}/vote`,
      { vote: "none" },
      voters[0].token,
    );
    expect(removed.body.data).toMatchObject({ upvotes: 0, downvotes: 2 });
    expect(
      (await api.put(`/api/v1/community/questions/${id}/vote`, { vote: "up" }, author.token))
        .status,
    ).toBe(409);

    // Confirmations: idempotent, three earn the badge.
    await Promise.all(
      voters.map((v) => api.post(`/api/v1/community/questions/${id}/confirm`, undefined, v.token)),
    );
    const confirmed = await api.post(
      `/api/v1/community/questions/${id}/confirm`,
      undefined,
      voters[0].token,
    );
    expect(confirmed.body.data).toMatchObject({ confirmations: 3, verified: true });

    // Three reports take it back to the moderators; a second report by one user is a conflict.
    for (const v of voters) {
      expect(
        (
          await api.post(
            `/api/v1/community/questions/${id}/report`,
            { reason: "inaccurate" },
            v.token,
          )
        ).status,
      ).toBe(201);
    }
    expect((await db.communityQuestion.findUniqueOrThrow({ where: { id } })).status).toBe(
      "flagged",
    );
    const queue = await api.get("/api/v1/admin/community-questions", admin.token);
    expect(queue.body.data.map((q: { id: number }) => q.id)).toContain(id);
  });
});
