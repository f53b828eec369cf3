/**
 * Kept recordings (issue 13): off by default, a transcribed recording leaves nothing behind; with
 * the profile's keep_recordings on, it is stored sealed, attached to the answer it was a take of,
 * playable by its owner only (404 for anyone else), deletable, in the export, removed by the
 * retention job (AUDIO_RETENTION_DAYS, and takes never submitted) and with the account.
 */
import { NextRequest } from "next/server";
import * as audioRoute from "@/app/api/v1/recordings/[id]/audio/route";
import * as transcriptions from "@/app/api/v1/transcriptions/route";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { SCHEDULE } from "@/lib/jobs/schedule";
import { closeLiveBus } from "@/lib/live";
import { exportUserData } from "@/lib/privacy/export-data";
import { listSessionRecordings } from "@/lib/recordings/recording-queries";
import { deleteExpiredRecordings } from "@/lib/recordings/retention";
import { storeFor } from "@/lib/resumes/storage";
import { api, newUser } from "../helpers/api-client";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import {
  startFakeTranscriptionServer,
  type FakeTranscriptionServer,
} from "../helpers/fake-transcription-server";
import { silentWav } from "../helpers/wav";

type User = Awaited<ReturnType<typeof newUser>>;
let fake: FakeTranscriptionServer;

beforeAll(async () => {
  fake = await startFakeTranscriptionServer();
});
beforeEach(async () => {
  await configureProviders(null, [], { GROQ_API_KEY: "test-key", GROQ_BASE_URL: fake.url });
  fake.script = "I would put a cache in front of the database and measure the hit rate.";
});
afterAll(async () => {
  await inProcessQueue().onIdle();
  delete process.env.AUDIO_RETENTION_DAYS;
  await configureOffline();
  await fake.close();
  await closeLiveBus();
  await disconnectDb();
  await closeCache();
});

const noParams = { params: Promise.resolve({}) };
const DAY = 24 * 60 * 60 * 1000;

async function transcribe(user: User, audio: Blob) {
  const form = new FormData();
  form.set("audio", audio, "answer");
  form.set("duration_seconds", "0.5");
  const response = await transcriptions.POST(
    new NextRequest("http://localhost/api/v1/transcriptions", {
      method: "POST",
      headers: { authorization: `Bearer ${user.token}` },
      body: form,
    }),
    noParams,
  );
  return { status: response.status, body: await response.json() };
}

async function audioOf(user: User, id: number, range?: string) {
  return audioRoute.GET(
    new NextRequest(`http://localhost/api/v1/recordings/${id}/audio`, {
      headers: { authorization: `Bearer ${user.token}`, ...(range ? { range } : {}) },
    }),
    { params: Promise.resolve({ id: String(id) }) },
  );
}

const wav = silentWav(0.5);
const wavBlob = () => new Blob([new Uint8Array(wav)], { type: "audio/wav" });

async function optIn(user: User, on = true) {
  const res = await api.put("/api/v1/users/me", { keep_recordings: on }, user.token);
  expect(res.status).toBe(200);
  expect(res.body.data.keep_recordings).toBe(on);
}

async function startSession(user: User) {
  const res = await api.post(
    "/api/v1/interviews",
    { role: "Software Engineer", difficulty: "Easy", question_count: 2, categories: ["Technical"] },
    user.token,
  );
  expect(res.status).toBe(201);
  return {
    sessionId: res.body.data.session_id as number,
    questionId: res.body.data.first_question.question_id as number,
  };
}

function submit(user: User, sessionId: number, questionId: number, recordingIds: number[]) {
  return api.post(
    `/api/v1/interviews/${sessionId}/answers`,
    {
      question_id: questionId,
      answer_text: fake.script,
      spoken: { transcript: fake.script, duration_seconds: 0.5, recording_ids: recordingIds },
    },
    user.token,
  );
}

const recordingRows = (userId: number) =>
  db.answerRecording.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("without opting in", () => {
  it("is off by default: a transcription keeps nothing and says recording_id null", async () => {
    const user = await newUser("No Keep");
    const me = await api.get("/api/v1/users/me", user.token);
    expect(me.body.data.keep_recordings).toBe(false);
    const res = await transcribe(user, wavBlob());
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ text: fake.script, recording_id: null });
    expect(await recordingRows(user.id)).toEqual([]);
  });

  it("rejects keep_recordings that is not a boolean (422 with the field)", async () => {
    const user = await newUser("Bad Setting");
    const res = await api.put("/api/v1/users/me", { keep_recordings: "yes" }, user.token);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toHaveProperty("keep_recordings");
  });
});

describe("with keep_recordings on", () => {
  it("stores the recording sealed, attaches it on submit, and plays it to its owner only", async () => {
    const owner = await newUser("Keeper");
    const other = await newUser("Other");
    await optIn(owner);
    const { sessionId, questionId } = await startSession(owner);

    const res = await transcribe(owner, wavBlob());
    expect(res.status).toBe(200);
    const id = res.body.data.recording_id as number;
    expect(id).toEqual(expect.any(Number));
    const [row] = await recordingRows(owner.id);
    expect(row).toMatchObject({ id, answerId: null, mimeType: "audio/wav", fileSize: wav.length });
    // At rest the file is ciphertext, not the WAV.
    const stored = await storeFor(row!.fileUrl).get(row!.fileUrl);
    expect(stored.includes(Buffer.from("RIFF"))).toBe(false);
    expect(stored.includes(wav.subarray(44, 200))).toBe(false);

    // Someone else naming the id does not take it.
    const theirs = await startSession(other);
    expect((await submit(other, theirs.sessionId, theirs.questionId, [id])).status).toBe(201);
    expect((await db.answerRecording.findUniqueOrThrow({ where: { id } })).answerId).toBeNull();

    const submitted = await submit(owner, sessionId, questionId, [id]);
    expect(submitted.status).toBe(201);
    const answerId = submitted.body.data.answer_id as number;
    expect((await db.answerRecording.findUniqueOrThrow({ where: { id } })).answerId).toBe(answerId);
    const listed = await listSessionRecordings(owner.id, sessionId);
    expect(listed[answerId]).toEqual([
      expect.objectContaining({ id, answer_id: answerId, mime_type: "audio/wav" }),
    ]);
    expect(await listSessionRecordings(other.id, sessionId)).toEqual({});

    const played = await audioOf(owner, id);
    expect(played.status).toBe(200);
    expect(played.headers.get("content-type")).toBe("audio/wav");
    expect(Buffer.from(await played.arrayBuffer()).equals(wav)).toBe(true);
    expect(played.headers.get("accept-ranges")).toBe("bytes");
    // The player seeks with ranges: a part is 206 with its place, past the end is 416.
    const part = await audioOf(owner, id, "bytes=100-199");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-199/${wav.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(wav.subarray(100, 200))).toBe(true);
    const tail = await audioOf(owner, id, "bytes=-10");
    expect(Buffer.from(await tail.arrayBuffer()).equals(wav.subarray(wav.length - 10))).toBe(true);
    const past = await audioOf(owner, id, `bytes=${wav.length}-`);
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${wav.length}`);
    expect((await past.json()).error.code).toBe("RANGE_NOT_SATISFIABLE");
    // Someone else's recording stays a 404, ranged or not.
    expect((await audioOf(other, id, "bytes=0-1")).status).toBe(404);
    const denied = await audioOf(other, id);
    expect(denied.status).toBe(404);
    expect((await denied.json()).error.code).toBe("NOT_FOUND");

    // In the owner's export as metadata, without the storage locator.
    const exported = await exportUserData(owner.id);
    expect(exported.tables.answer_recordings).toEqual([
      expect.objectContaining({ id, answerId, mimeType: "audio/wav" }),
    ]);
    expect(JSON.stringify(exported.tables.answer_recordings)).not.toContain(row!.fileUrl);

    // Delete: 404 for anyone else, then gone with its file for the owner.
    expect((await api.del(`/api/v1/recordings/${id}`, other.token)).status).toBe(404);
    const deleted = await api.del(`/api/v1/recordings/${id}`, owner.token);
    expect(deleted.status).toBe(200);
    expect(await recordingRows(owner.id)).toEqual([]);
    await expect(storeFor(row!.fileUrl).get(row!.fileUrl)).rejects.toThrow();
    expect((await audioOf(owner, id)).status).toBe(404);
  });

  it("keeps nothing for a refused upload: 413 too large, 415 not audio", async () => {
    const user = await newUser("Refused");
    await optIn(user);
    process.env.AUDIO_MAX_BYTES = "2000";
    resetEnvForTests();
    try {
      expect(
        (await transcribe(user, new Blob([new Uint8Array(silentWav(1))], { type: "audio/wav" })))
          .status,
      ).toBe(413);
    } finally {
      delete process.env.AUDIO_MAX_BYTES;
      resetEnvForTests();
    }
    const notAudio = await transcribe(
      user,
      new Blob([new TextEncoder().encode("not a recording at all, only text")], {
        type: "audio/webm",
      }),
    );
    expect(notAudio.status).toBe(415);
    expect(notAudio.body.success).toBe(false);
    expect(await recordingRows(user.id)).toEqual([]);
  });

  it("stops keeping new recordings when turned off", async () => {
    const user = await newUser("Changed Mind");
    await optIn(user);
    expect((await transcribe(user, wavBlob())).body.data.recording_id).toEqual(expect.any(Number));
    await optIn(user, false);
    expect((await transcribe(user, wavBlob())).body.data.recording_id).toBeNull();
    expect(await recordingRows(user.id)).toHaveLength(1);
  });
});

describe("retention", () => {
  it("is a scheduled job", () => {
    expect(SCHEDULE.map((t) => t.name)).toContain("delete-expired-recordings");
  });

  it("deletes recordings past AUDIO_RETENTION_DAYS and takes never submitted, files included", async () => {
    process.env.AUDIO_RETENTION_DAYS = "7";
    resetEnvForTests();
    const user = await newUser("Retention");
    await optIn(user);
    const { sessionId, questionId } = await startSession(user);
    const attached = (await transcribe(user, wavBlob())).body.data.recording_id as number;
    const loose = (await transcribe(user, wavBlob())).body.data.recording_id as number;
    expect((await submit(user, sessionId, questionId, [attached])).status).toBe(201);
    const rows = await recordingRows(user.id);
    const now = Date.now();

    // Within the day both stay (a take may still be submitted).
    await deleteExpiredRecordings(new Date(now + DAY / 2));
    expect((await recordingRows(user.id)).map((r) => r.id)).toEqual([attached, loose]);
    // After a day the unsubmitted take goes; the attached one stays until its 7 days are up.
    await deleteExpiredRecordings(new Date(now + DAY + 60_000));
    expect((await recordingRows(user.id)).map((r) => r.id)).toEqual([attached]);
    await deleteExpiredRecordings(new Date(now + 6 * DAY));
    expect((await recordingRows(user.id)).map((r) => r.id)).toEqual([attached]);
    const result = await deleteExpiredRecordings(new Date(now + 7 * DAY + 60_000));
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await recordingRows(user.id)).toEqual([]);
    for (const row of rows) await expect(storeFor(row.fileUrl).get(row.fileUrl)).rejects.toThrow();
    delete process.env.AUDIO_RETENTION_DAYS;
    resetEnvForTests();
  });
});

describe("account deletion", () => {
  it("removes the user's recordings and their files", async () => {
    const user = await newUser("Leaving");
    await optIn(user);
    await transcribe(user, wavBlob());
    const [row] = await recordingRows(user.id);
    expect(row).toBeDefined();
    const res = await api.del("/api/v1/users/me", user.token);
    expect(res.status).toBe(200);
    expect(await db.answerRecording.count({ where: { id: row!.id } })).toBe(0);
    await expect(storeFor(row!.fileUrl).get(row!.fileUrl)).rejects.toThrow();
  });
});
