/**
 * The cache layers around the services: L3 session data stays correct across every write, L4
 * user preferences are invalidated on change, hit/miss counters roll into cache_metadata with the
 * spec's formula (property 16), and warming fills L1 without counting as traffic.
 */
import { cache, closeCache } from "@/lib/cache";
import { questionsKey, sessionKey } from "@/lib/cache/keys";
import {
  bumpVersion,
  drainLayerCounts,
  peekLayerCounts,
  readThrough,
  versionedReadThrough,
} from "@/lib/cache/layers";
import { hitRate } from "@/lib/cache/hit-rate";
import { flushCacheMetrics } from "@/lib/cache/metrics";
import { db, disconnectDb } from "@/lib/db/client";
import type { CacheLayer } from "@/lib/db/generated/enums";
import { getInterview } from "@/lib/interviews/get-interview";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { finalizeSession } from "@/lib/summaries/finalize-session";
import { findActiveUser } from "@/lib/users/get-user";
import { commonPoolRequests, warmQuestionPools } from "@/lib/questions/warm-pools";
import { configureOffline } from "../helpers/ai-providers";
import { api, newUser } from "../helpers/api-client";

beforeAll(() => configureOffline());
afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
});

const counts = (layer: CacheLayer) => ({
  ...(peekLayerCounts().get(layer) ?? { hits: 0, misses: 0 }),
});

const ANSWER =
  "I would profile first, then cache the hot reads and move slow work to a background queue.";

async function session(questionCount = 2) {
  const user = await newUser();
  const res = await api.post(
    "/api/v1/interviews",
    {
      role: "Backend Engineer",
      difficulty: "Easy",
      question_count: questionCount,
      categories: ["Technical"],
    },
    user.token,
  );
  return {
    user,
    id: res.body.data.session_id as number,
    first: res.body.data.first_question.question_id as number,
  };
}

describe("L3 session cache", () => {
  it("serves repeated reads from the cache and never a stale one after a write", async () => {
    const s = await session();
    const before = counts("L3_Sessions");
    const first = await getInterview(s.user.id, s.id);
    const again = await getInterview(s.user.id, s.id);
    expect(again).toEqual(first);
    expect(counts("L3_Sessions")).toEqual({ hits: before.hits + 1, misses: before.misses + 1 });

    // Hold the evaluation back to see each state.
    const hold = jest.spyOn(inProcessQueue(), "enqueue").mockReturnValue(true);
    await api.post(
      `/api/v1/interviews/${s.id}/answers`,
      { question_id: s.first, answer_text: ANSWER },
      s.user.token,
    );
    hold.mockRestore();
    const answered = await getInterview(s.user.id, s.id);
    expect(answered.progress).toMatchObject({ answered: 1, remaining: 1, evaluations_pending: 1 });

    const { evaluateAnswerById } = await import("@/lib/evaluations/run-evaluation");
    await evaluateAnswerById(answered.questions[0]!.answer_id!);
    const evaluated = await getInterview(s.user.id, s.id);
    expect(evaluated.questions[0]).toMatchObject({ evaluation_status: "completed" });
    expect(evaluated.questions[0]!.overall_score).not.toBeNull();

    await api.post(
      `/api/v1/interviews/${s.id}/questions/${evaluated.current_question!.question_id}/skip`,
      {},
      s.user.token,
    );
    expect((await getInterview(s.user.id, s.id)).status).toBe("completed");
  });

  it("hides another user's session exactly as a missing one", async () => {
    const s = await session();
    const other = await newUser();
    await getInterview(s.user.id, s.id); // cached
    await expect(getInterview(other.id, s.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("drops the session's entry when the session completes", async () => {
    const s = await session(1);
    await api.post(
      `/api/v1/interviews/${s.id}/answers`,
      { question_id: s.first, answer_text: ANSWER },
      s.user.token,
    );
    await inProcessQueue().onIdle();
    await getInterview(s.user.id, s.id);
    expect(await cache().get(sessionKey(s.id))).not.toBeNull();
    await finalizeSession(s.id);
    expect(await cache().get(sessionKey(s.id))).toBeNull();
  });

  it("does not keep a value loaded while a write happened", async () => {
    let value = "before";
    const load = async () => {
      const seen = value;
      // A writer changes the data and invalidates while this load is in flight.
      value = "after";
      await bumpVersion("L3_Sessions", "session:race", "session:race:version");
      return seen;
    };
    expect(
      await versionedReadThrough("L3_Sessions", "session:race", "session:race:version", load),
    ).toBe("before");
    const fresh = await versionedReadThrough(
      "L3_Sessions",
      "session:race",
      "session:race:version",
      () => Promise.resolve(value),
    );
    expect(fresh).toBe("after");
  });
});

describe("L4 user preferences", () => {
  it("caches the profile and drops it when the profile changes", async () => {
    const user = await newUser("Before Name");
    await findActiveUser(user.id);
    const before = counts("L4_User_Prefs");
    expect((await findActiveUser(user.id))?.name).toBe("Before Name");
    expect(counts("L4_User_Prefs").hits).toBe(before.hits + 1);
    await api.put("/api/v1/users/me", { name: "After Name" }, user.token);
    expect((await findActiveUser(user.id))?.name).toBe("After Name");
  });
});

describe("hit rate rolled into cache_metadata", () => {
  const row = (layer: CacheLayer) =>
    db.cacheMetadata.findUnique({
      where: {
        cacheLayer_date: {
          cacheLayer: layer,
          date: new Date(new Date().toISOString().slice(0, 10)),
        },
      },
    });

  it("adds each flush's hits and misses to today's row and stores (H / (H + M)) × 100", async () => {
    await flushCacheMetrics();
    const start = await row("L2_Evaluations");
    drainLayerCounts();
    const load = () => Promise.resolve({ ok: true });
    await readThrough("L2_Evaluations", "eval:metrics:a", load); // miss
    for (let i = 0; i < 3; i++) await readThrough("L2_Evaluations", "eval:metrics:a", load); // hits
    await readThrough("L2_Evaluations", "eval:metrics:b", load); // miss
    await flushCacheMetrics();
    const after = (await row("L2_Evaluations"))!;
    const hits = after.cacheHits - (start?.cacheHits ?? 0);
    const misses = after.cacheMisses - (start?.cacheMisses ?? 0);
    expect({ hits, misses }).toEqual({ hits: 3, misses: 2 });
    expect(Number(after.hitRate)).toBeCloseTo(hitRate(after.cacheHits, after.cacheMisses), 2);
    // A flush with nothing new changes nothing.
    await flushCacheMetrics();
    expect((await row("L2_Evaluations"))!.cacheHits).toBe(after.cacheHits);
  });
});

describe("cache warming", () => {
  it("fills the L1 pools of common combinations without counting lookups, once", async () => {
    const requests = commonPoolRequests(["QA Engineer"]);
    const before = counts("L1_Questions");
    const first = await warmQuestionPools(requests);
    expect(first.loaded + first.cached).toBe(requests.length);
    expect(first.empty).toBe(0);
    expect(
      await cache().get(questionsKey("QA Engineer", "Medium", 5, ["Technical"])),
    ).not.toBeNull();
    expect(counts("L1_Questions")).toEqual(before);
    expect((await warmQuestionPools(requests)).cached).toBe(requests.length);

    const user = await newUser();
    const res = await api.post(
      "/api/v1/interviews",
      { role: "QA Engineer", difficulty: "Medium", question_count: 5, categories: ["Technical"] },
      user.token,
    );
    expect(res.status).toBe(201);
    expect(counts("L1_Questions").hits).toBe(before.hits + 1);
  });
});
