/**
 * The interview room's voice and live-status endpoints as route handlers: POST
 * /api/v1/transcriptions (multipart or raw audio; 401, 413, 415, 422, 503 as the upload and the
 * provider decide) against a fake Whisper server, with espeak-ng speech; an answer submitted with
 * its transcript gets spoken delivery feedback, a typed one text measures; GET /api/live streams
 * the user's evaluation status as the background evaluation moves it.
 */
import { NextRequest } from "next/server";
import * as live from "@/app/api/live/route";
import * as pdfRoute from "@/app/api/v1/interviews/[id]/summary/pdf/route";
import * as transcriptions from "@/app/api/v1/transcriptions/route";
import { getDeliveryTrend } from "@/lib/analytics/delivery-trend";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { closeLiveBus } from "@/lib/live";
import { api, newUser } from "../helpers/api-client";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import {
  startFakeTranscriptionServer,
  type FakeTranscriptionServer,
} from "../helpers/fake-transcription-server";
import { describeWithSpeech, speak } from "../helpers/speech-fixtures";
import { silentWav } from "../helpers/wav";

let fake: FakeTranscriptionServer;
let user: Awaited<ReturnType<typeof newUser>>;

beforeAll(async () => {
  fake = await startFakeTranscriptionServer();
  user = await newUser("Voice User");
});
afterAll(async () => {
  await inProcessQueue().onIdle();
  await configureOffline();
  await fake.close();
  await closeLiveBus();
  await disconnectDb();
  await closeCache();
});

async function configureSpeech(settings: Record<string, string> = {}) {
  await configureProviders(null, [], {
    GROQ_API_KEY: "test-key",
    GROQ_BASE_URL: fake.url,
    ...settings,
  });
  fake.reset();
}

const noParams = { params: Promise.resolve({}) };

async function upload(
  body: BodyInit,
  headers: Record<string, string> = {},
  { token = user.token, query = "" } = {},
) {
  const request = new NextRequest(`http://localhost/api/v1/transcriptions${query}`, {
    method: "POST",
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
  const response = await transcriptions.POST(request, noParams);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

function form(audio: Blob | null, fields: Record<string, string> = {}) {
  const f = new FormData();
  if (audio) f.set("audio", audio, "answer");
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const wavBlob = (bytes: Buffer) => new Blob([new Uint8Array(bytes)], { type: "audio/wav" });

describe("POST /api/v1/transcriptions", () => {
  it("needs a signed-in caller", async () => {
    await configureSpeech();
    const res = await upload(form(wavBlob(silentWav(0.5))), {}, { token: "" });
    expect(res.status).toBe(401);
    expect(fake.calls).toHaveLength(0);
  });

  it("says 503 not_configured when no speech provider is set, so the page falls back", async () => {
    await configureOffline();
    const res = await upload(form(wavBlob(silentWav(0.5))));
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      details: { reason: "not_configured" },
    });
  });

  it("rejects what is not audio before sending anything: 415 for the type or the bytes", async () => {
    await configureSpeech();
    const text = await upload("hello", { "content-type": "text/plain" });
    expect(text.status).toBe(415);
    const fakeAudio = await upload(
      form(
        new Blob([new TextEncoder().encode("not really a recording at all")], {
          type: "audio/webm",
        }),
      ),
    );
    expect(fakeAudio.status).toBe(415);
    expect(fake.calls).toHaveLength(0);
  });

  it("is 413 past AUDIO_MAX_BYTES, whether declared or streamed", async () => {
    await configureSpeech({ AUDIO_MAX_BYTES: "2000" });
    const big = silentWav(1); // 8,000 samples of 16-bit audio
    const raw = await upload(new Uint8Array(big), { "content-type": "audio/wav" });
    expect(raw.status).toBe(413);
    const multipart = await upload(form(wavBlob(big)));
    expect(multipart.status).toBe(413);
    expect(fake.calls).toHaveLength(0);
  });

  it("is 422 for a missing file, a bad language or a recording over the time limit", async () => {
    await configureSpeech({ AUDIO_MAX_SECONDS: "60" });
    const missing = await upload(form(null, { language: "en" }));
    expect(missing.status).toBe(422);
    expect(missing.body.error.details).toHaveProperty("audio");
    const language = await upload(form(wavBlob(silentWav(0.5)), { language: "english" }));
    expect(language.status).toBe(422);
    expect(language.body.error.details).toHaveProperty("language");
    const long = await upload(form(wavBlob(silentWav(61))));
    expect(long.status).toBe(422);
    expect(fake.calls).toHaveLength(0);
  });

  it("is 503 with Retry-After when the provider fails, 422 when it cannot read the file", async () => {
    await configureSpeech();
    fake.mode = "server_error";
    const down = await upload(form(wavBlob(silentWav(0.5))));
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("30");
    expect(down.body.error.details).toEqual({ reason: "unavailable" });
    await configureSpeech();
    fake.mode = "rejected";
    const unreadable = await upload(form(wavBlob(silentWav(0.5))));
    expect(unreadable.status).toBe(422);
  });
});

describeWithSpeech("spoken answers end to end", () => {
  const SAID =
    'So, um, I think I would start by measuring, you know. <break time="2500ms"/> Then I would add an index for the slowest query, cache the hottest reads with a short expiry, and watch the error rate after the deploy.';
  const SCRIPT = SAID.replace(/ ?<break[^>]*>/, "");

  it("transcribes a multipart recording with its question as context, then scores delivery on submit", async () => {
    await configureSpeech();
    fake.script = SCRIPT;
    const session = await api.post(
      "/api/v1/interviews",
      {
        role: "Software Engineer",
        difficulty: "Medium",
        question_count: 2,
        categories: ["Technical"],
      },
      user.token,
    );
    expect(session.status).toBe(201);
    const question = session.body.data.first_question;

    const res = await upload(
      form(wavBlob(speak(SAID, 140)), { language: "en", context: question.question_text }),
    );
    expect(res.status).toBe(200);
    const t = res.body.data;
    expect(t).toMatchObject({ text: SCRIPT, provider: "groq", language: expect.anything() });
    expect(t.words.length).toBeGreaterThan(20);
    expect(fake.calls[0]!.fields.prompt?.[0]).toContain(question.question_text);
    expect(fake.calls[0]!.fields.language).toEqual(["en"]);

    // The candidate corrects the transcript (drops the fillers) and submits it with the timings.
    const corrected = SCRIPT.replace("So, um, ", "").replace(", you know", "");
    const submitted = await api.post(
      `/api/v1/interviews/${session.body.data.session_id}/answers`,
      {
        question_id: question.question_id,
        answer_text: corrected,
        spoken: {
          transcript: t.text,
          duration_seconds: t.duration_seconds,
          words: t.words,
          segments: t.segments,
        },
      },
      user.token,
    );
    expect(submitted.status).toBe(201);
    const delivery = submitted.body.data.delivery;
    expect(delivery).toMatchObject({ mode: "spoken", rateBasis: "measured" });
    // What was said counts, not the corrected text: the fillers and the pause are reported.
    expect(delivery.fillers.terms.map((x: { term: string }) => x.term).sort()).toEqual([
      "so",
      "um",
      "you know",
    ]);
    expect(delivery.pauses).toMatchObject({ measured: true, count: 1 });
    expect(delivery.pace.measured).toBe(true);
    const stored = await db.answer.findUniqueOrThrow({
      where: { id: submitted.body.data.answer_id },
    });
    expect(stored.delivery).toMatchObject({ mode: "spoken" });
    const read = await api.get(`/api/v1/answers/${submitted.body.data.answer_id}`, user.token);
    expect(read.body.data.delivery).toMatchObject({ mode: "spoken" });
  });
});

describe("delivery of typed answers", () => {
  it("gets text measures, and typing over a recording makes an answer typed", async () => {
    await configureOffline();
    const session = await api.post(
      "/api/v1/interviews",
      {
        role: "Software Engineer",
        difficulty: "Easy",
        question_count: 2,
        categories: ["Technical"],
      },
      user.token,
    );
    const sessionId = session.body.data.session_id;
    const first = session.body.data.first_question;
    const typed =
      "Basically I think a hash map stores keys in buckets chosen by a hash function, so lookups are constant time on average, and collisions are chained or probed.";
    const a = await api.post(
      `/api/v1/interviews/${sessionId}/answers`,
      {
        question_id: first.question_id,
        answer_text: typed,
        // A recording of something else entirely: the submitted text was typed.
        spoken: { transcript: "um so yeah I am not sure", duration_seconds: 4 },
      },
      user.token,
    );
    expect(a.status).toBe(201);
    expect(a.body.data.delivery).toMatchObject({
      mode: "typed",
      pace: { measured: false, reason: "typed" },
      hedges: { count: 1 },
      length: { limitSeconds: first.time_limit_seconds },
    });
    const second = a.body.data.next_question;
    const bad = await api.post(
      `/api/v1/interviews/${sessionId}/answers`,
      {
        question_id: second.question_id,
        answer_text: typed,
        spoken: { transcript: typed, words: [{ word: "x", start: 5, end: 1 }] },
      },
      user.token,
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.details).join(" ")).toMatch(/spoken\.words\.0\.end/);
  });
});

describe("GET /api/live", () => {
  function openStream(token: string | null) {
    const controller = new AbortController();
    const request = new NextRequest("http://localhost/api/live", {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: controller.signal,
    });
    return { request, abort: () => controller.abort() };
  }

  it("is 401 in the envelope without a session or token", async () => {
    const { request } = openStream(null);
    const res = await live.GET(request, noParams);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("AUTHENTICATION_ERROR");
  });

  it("streams the user's evaluation status as the background evaluation moves it", async () => {
    await configureOffline();
    const { request, abort } = openStream(user.token);
    const res = await live.GET(request, noParams);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (done: (all: string) => boolean) => {
      while (!done(text)) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
      }
      return text;
    };
    await readUntil((t) => t.includes("event: ready"));

    const session = await api.post(
      "/api/v1/interviews",
      {
        role: "Software Engineer",
        difficulty: "Easy",
        question_count: 1,
        categories: ["Technical"],
      },
      user.token,
    );
    const q = session.body.data.first_question;
    const submitted = await api.post(
      `/api/v1/interviews/${session.body.data.session_id}/answers`,
      {
        question_id: q.question_id,
        answer_text:
          "I would profile first, then add an index on the filtered column and cache hot reads.",
      },
      user.token,
    );
    expect(submitted.status).toBe(201);
    const answerId = submitted.body.data.answer_id;
    // Earlier tests' evaluations may still finish on this stream: wait for this answer's own.
    const eventsIn = (t: string) =>
      t
        .split("\n\n")
        .filter((f) => f.startsWith("id: "))
        .map((f) => JSON.parse(f.slice(f.indexOf("data: ") + 6)).event)
        .filter((e) => e.answerId === answerId);
    await readUntil((t) => eventsIn(t).some((e) => e.status === "completed"));
    abort();
    const mine = eventsIn(text);
    expect(mine.map((e) => e.status)).toEqual(["processing", "completed"]);
    expect(mine[1]).toMatchObject({
      type: "evaluation.updated",
      sessionId: session.body.data.session_id,
      overallScore: expect.any(Number),
    });
  });
});

describe("delivery trend", () => {
  it("gives one point per session with delivery feedback, oldest first", async () => {
    const points = await getDeliveryTrend(user.id);
    // The typed session and the live-status one at least (the spoken one when espeak-ng is here).
    expect(points.length).toBeGreaterThanOrEqual(2);
    const dates = points.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const p of points) {
      expect(p.answers).toBeGreaterThanOrEqual(1);
      expect(p.spokenAnswers).toBeLessThanOrEqual(p.answers);
      expect(p.fillersPerMinute).toBeGreaterThanOrEqual(0);
    }
    if (points.some((p) => p.spokenAnswers > 0)) {
      expect(points.find((p) => p.spokenAnswers > 0)!.wordsPerMinute).toBeGreaterThan(0);
    }
    const stranger = await newUser("No Answers");
    expect(await getDeliveryTrend(stranger.id)).toEqual([]);
  });
});

describe("GET /api/v1/interviews/{id}/summary/pdf", () => {
  it("is a real PDF of the summary, any script in the answer, the owner's only", async () => {
    await configureOffline();
    const session = await api.post(
      "/api/v1/interviews",
      {
        role: "Software Engineer",
        difficulty: "Easy",
        question_count: 1,
        categories: ["Technical"],
      },
      user.token,
    );
    const sessionId = session.body.data.session_id;
    const answer =
      "An index trades write speed for faster reads — 索引 makes lookups quick, and I would check the plan with EXPLAIN.";
    const submitted = await api.post(
      `/api/v1/interviews/${sessionId}/answers`,
      { question_id: session.body.data.first_question.question_id, answer_text: answer },
      user.token,
    );
    expect(submitted.status).toBe(201);
    await inProcessQueue().onIdle();

    const get = (token: string) =>
      pdfRoute.GET(
        new NextRequest(`http://localhost/api/v1/interviews/${sessionId}/summary/pdf`, {
          headers: { authorization: `Bearer ${token}` },
        }),
        { params: Promise.resolve({ id: String(sessionId) }) },
      );
    const res = await get(user.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="interview-\d+-summary\.pdf"/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain("Interview summary");
    expect(text).toContain("Question 1");
    expect(text).toContain("makes lookups quick");
    expect(text).toMatch(/Delivery \(typed\)/);

    const other = await newUser("Someone Else");
    expect((await get(other.token)).status).toBe(404);
  });
});
