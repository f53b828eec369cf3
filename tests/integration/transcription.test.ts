/**
 * Speech to text through the provider router against a fake Groq Whisper endpoint, with real
 * speech made by espeak-ng: the multipart request Groq receives, delivery feedback computed from
 * the reply's timings, every fault (429, 500, garbage, wrong shape, slow, unreadable file), the
 * breaker and quota of the speech endpoint (apart from Groq's chat models), usage rows and log
 * lines, and the checks an upload passes before anything is sent.
 */
import { breakerView } from "@/lib/ai/router/breakers";
import { transcribeAudio, type TranscriptionResult } from "@/lib/ai/transcribe";
import { closeCache } from "@/lib/cache";
import { disconnectDb } from "@/lib/db/client";
import { analyzeDelivery } from "@/lib/delivery";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { withRequestContext } from "@/lib/request-context";
import { configureOffline, configureProviders } from "../helpers/ai-providers";
import { expectDelta, providerUsage } from "../helpers/ai-usage";
import { advanceClock, freezeClockMidWindow, releaseClock } from "../helpers/clock";
import {
  startFakeTranscriptionServer,
  type FakeTranscriptionServer,
  type SttMode,
} from "../helpers/fake-transcription-server";
import { describeWithSpeech, espeakAvailable, speak } from "../helpers/speech-fixtures";
import { silentWav } from "../helpers/wav";

let fake: FakeTranscriptionServer;

beforeAll(async () => {
  fake = await startFakeTranscriptionServer();
});
afterAll(async () => {
  await configureOffline();
  await fake.close();
  await disconnectDb();
  await closeCache();
});

/** Groq's speech endpoint pointed at the fake, with any other settings. */
async function configureSpeech(settings: Record<string, string> = {}) {
  await configureProviders(null, [], {
    GROQ_API_KEY: "test-key",
    GROQ_BASE_URL: fake.url,
    ...settings,
  });
  fake.reset();
}

// A tiny but well-formed WAV (0.1 s of silence) where the test is not about speech.
const wavUpload = (bytes: Buffer = silentWav(0.1)) => ({ bytes, mimeType: "audio/wav" });

const groqUsage = () => providerUsage("groq");

// The router's failure lines, so a failed transcription says why.
let routerWarnings: unknown[] = [];
beforeEach(() => {
  routerWarnings = [];
  jest.spyOn(logger, "warn").mockImplementation((_msg, fields) => void routerWarnings.push(fields));
});
afterEach(() => jest.restoreAllMocks());

function expectOk(result: TranscriptionResult) {
  if (!result.ok) {
    throw new Error(`transcription ${result.reason}: ${JSON.stringify(routerWarnings.at(-1))}`);
  }
  return result;
}

describe("transcription without a provider", () => {
  it("says no provider is configured, and sends nothing", async () => {
    await configureOffline();
    expect(await transcribeAudio(wavUpload())).toEqual({
      ok: false,
      reason: "not_configured",
      message: expect.any(String),
    });
    // A base URL alone serves chat models; speech needs the key.
    await configureProviders(null, [], { GROQ_BASE_URL: fake.url });
    fake.reset();
    expect(await transcribeAudio(wavUpload())).toMatchObject({ reason: "not_configured" });
    expect(fake.calls).toHaveLength(0);
  });
});

describeWithSpeech("transcription of real speech", () => {
  const SCRIPT =
    "So, um, I think the cache was cold after the deploy, you know. We added a warm-up step that loads the hottest keys before the service takes traffic, and the errors stopped.";
  const SSML =
    'So, um, I think the cache was cold after the deploy, you know. <break time="3000ms"/> We added a warm-up step that loads the hottest keys before the service takes traffic, and the errors stopped.';

  it("sends the recording to Groq's Whisper endpoint as multipart, asking for word timings", async () => {
    await configureSpeech();
    fake.script = SCRIPT;
    const wav = speak(SSML, 120);
    const result = expectOk(await transcribeAudio({ bytes: wav, mimeType: "audio/wav" }));
    expect(fake.calls).toHaveLength(1);
    const call = fake.calls[0]!;
    expect(call.authorization).toBe("Bearer test-key");
    expect(call.fields).toMatchObject({
      model: ["whisper-large-v3-turbo"],
      response_format: ["verbose_json"],
      "timestamp_granularities[]": ["word", "segment"],
      temperature: ["0"],
    });
    // The prompt shows Whisper fillers kept, so "um" and "uh" survive into the transcript.
    expect(call.fields.prompt?.[0]).toMatch(/\bUmm\b.*\buh\b/);
    expect(call.file).toMatchObject({ name: "answer.wav", type: "audio/wav" });
    expect(call.file!.bytes.equals(wav)).toBe(true);
    expect(result).toMatchObject({ ok: true, provider: "groq", model: "whisper-large-v3-turbo" });
    expect(result.text).toBe(SCRIPT);
    expect(result.words.length).toBe(SCRIPT.split(/\s+/).length);
  });

  it("passes the language and the question as context when given", async () => {
    await configureSpeech();
    await transcribeAudio({
      bytes: speak("Kubernetes restarts the pod."),
      mimeType: "audio/wav",
      metadata: { language: "en", context: "How does Kubernetes handle a crashing pod?" },
    });
    const call = fake.calls[0]!;
    expect(call.fields.language).toEqual(["en"]);
    expect(call.fields.prompt?.[0]).toMatch(/^How does Kubernetes handle a crashing pod\? Umm,/);
  });

  it("gives delivery feedback from the reply's timings: the spoken pause, fillers, pace", async () => {
    await configureSpeech();
    fake.script = SCRIPT;
    const wav = speak(SSML, 120);
    const t = expectOk(await transcribeAudio({ bytes: wav, mimeType: "audio/wav" }));
    // The WAV header, not the recorder, says how long the recording is.
    expect(t.durationSeconds).toBeGreaterThan(10);
    const report = analyzeDelivery({
      mode: "spoken",
      transcript: t.text,
      durationSeconds: t.durationSeconds,
      timeLimitSeconds: 120,
      words: t.words,
      segments: t.segments,
    });
    expect(report.pauses).toMatchObject({ measured: true, source: "words", count: 1 });
    if (!report.pauses.measured) return;
    expect(report.pauses.longestSeconds).toBeGreaterThan(2.5);
    expect(report.pauses.longestSeconds).toBeLessThan(3.8);
    expect(report.fillers.terms.map((x) => x.term).sort()).toEqual(["so", "um", "you know"]);
    expect(report.hedges.terms).toEqual([{ term: "i think", count: 1 }]);
    expect(report.pace.measured).toBe(true);
    // About 30 words in 13 s, with two minutes to answer: too short.
    expect(report.length).toMatchObject({ verdict: "too_short", limitSeconds: 120 });
  });

  it.each([
    [80, "slow"],
    [120, "good"],
    [200, "fast"],
  ] as const)("hears speech at espeak rate %i as %s", async (rate, verdict) => {
    await configureSpeech();
    const text =
      "The first thing I would do is measure where the time goes with a profiler and with traces from production. Then I would add an index for the slowest query and cache the hot reads with a short expiry.";
    fake.script = text;
    const t = expectOk(await transcribeAudio({ bytes: speak(text, rate), mimeType: "audio/wav" }));
    const report = analyzeDelivery({ mode: "spoken", ...t, transcript: t.text });
    expect(report.pace).toMatchObject({ measured: true, verdict });
  });

  it("accounts the call to Groq's usage row: one request, the transcript's characters, a cost", async () => {
    await configureSpeech();
    fake.script = SCRIPT;
    const before = await groqUsage();
    await transcribeAudio({ bytes: speak(SSML, 120), mimeType: "audio/wav" });
    const after = await groqUsage();
    expectDelta(after.requests - before.requests, 1);
    expectDelta(after.failures - before.failures, 0);
    expectDelta(after.characters - before.characters, SCRIPT.length);
    expect(after.cost).toBeGreaterThan(before.cost);
  });
});

describe("transcription faults", () => {
  it.each<[SttMode, string]>([
    ["rate_limited", "rate_limited"],
    ["server_error", "server_error"],
    ["garbage", "malformed"],
    ["wrong_shape", "schema"],
  ])("answers %s as unavailable, metered and logged with the request id", async (mode, kind) => {
    await configureSpeech();
    fake.mode = mode;
    const before = await groqUsage();
    const warn = jest.spyOn(logger, "warn");
    const result = await withRequestContext({ requestId: "req_stt_1" }, () =>
      transcribeAudio(wavUpload()),
    );
    const lines = warn.mock.calls.filter(([msg]) => msg === "ai provider call");
    warn.mockRestore();
    expect(result).toMatchObject({ ok: false, reason: "unavailable" });
    expect(fake.calls).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toMatchObject({
      request_id: "req_stt_1",
      task: "transcribe_audio",
      provider: "groq_stt",
      outcome: "failure",
      failure: kind,
    });
    const after = await groqUsage();
    expectDelta(after.requests - before.requests, 1);
    expectDelta(after.failures - before.failures, 1);
  });

  it("gives up on a reply that does not come within the timeout", async () => {
    // Were the slow reply awaited, the test would time out.
    await configureSpeech({ AI_TRANSCRIBE_TIMEOUT_MS: "300" });
    fake.slowMs = 10 * 60_000;
    fake.mode = "slow";
    expect(await transcribeAudio(wavUpload())).toMatchObject({ ok: false, reason: "unavailable" });
  });

  it("says a file the provider cannot read is rejected, without holding it against the provider", async () => {
    await configureSpeech({ AI_BREAKER_THRESHOLD: "2" });
    fake.mode = "rejected";
    for (let i = 0; i < 3; i++) {
      expect(await transcribeAudio(wavUpload())).toMatchObject({ ok: false, reason: "rejected" });
    }
    expect(fake.calls).toHaveLength(3);
    expect(breakerView("groq_stt").state).toBe("closed");
  });
});

describe("speech endpoint breaker and quota", () => {
  beforeEach(() => freezeClockMidWindow());
  afterEach(() => releaseClock());

  it("opens after consecutive failures apart from Groq's chat breaker, then probes and closes", async () => {
    await configureSpeech({ AI_BREAKER_THRESHOLD: "3", AI_BREAKER_HALF_OPEN_MS: "60000" });
    fake.mode = "server_error";
    for (let i = 0; i < 3; i++) await transcribeAudio(wavUpload());
    expect(breakerView("groq_stt").state).toBe("open");
    expect(breakerView("groq").state).toBe("closed");
    // Open: not even tried.
    expect(await transcribeAudio(wavUpload())).toMatchObject({ reason: "unavailable" });
    expect(fake.calls).toHaveLength(3);
    advanceClock(60_000);
    fake.mode = "good";
    expectOk(await transcribeAudio(wavUpload()));
    expect(fake.calls).toHaveLength(4);
    expect(breakerView("groq_stt").state).toBe("closed");
  });

  it("skips the endpoint once its daily quota is used up", async () => {
    await configureSpeech({ GROQ_STT_DAILY_QUOTA: "2" });
    expectOk(await transcribeAudio(wavUpload()));
    expectOk(await transcribeAudio(wavUpload()));
    expect(await transcribeAudio(wavUpload())).toMatchObject({ reason: "unavailable" });
    expect(fake.calls).toHaveLength(2);
  });
});

describe("upload checks (nothing is sent for a bad upload)", () => {
  const code = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      if (error instanceof AppError) return error.code;
      throw error;
    }
    return "accepted";
  };
  const EBML = Buffer.from([
    0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81,
  ]);
  const webm = Buffer.concat([EBML, Buffer.alloc(2000, 7)]);

  it("refuses too large (413), not audio (415), empty or too long (422)", async () => {
    await configureSpeech({ AUDIO_MAX_BYTES: "4000", AUDIO_MAX_SECONDS: "5" });
    expect(await code(() => transcribeAudio(wavUpload(Buffer.alloc(5000))))).toBe(
      "PAYLOAD_TOO_LARGE",
    );
    expect(await code(() => transcribeAudio({ bytes: webm, mimeType: "text/plain" }))).toBe(
      "UNSUPPORTED_MEDIA_TYPE",
    );
    const noise = Buffer.from("this is not audio at all, just text pretending");
    expect(await code(() => transcribeAudio({ bytes: noise, mimeType: "audio/webm" }))).toBe(
      "UNSUPPORTED_MEDIA_TYPE",
    );
    expect(
      await code(() => transcribeAudio({ bytes: Buffer.alloc(0), mimeType: "audio/webm" })),
    ).toBe("VALIDATION_ERROR");
    // 6 s of WAV is over the limit by its own header, whatever the recorder claims.
    await configureSpeech({ AUDIO_MAX_SECONDS: "5" });
    const long = wavUpload(silentWav(6));
    expect(await code(() => transcribeAudio({ ...long, metadata: { durationSeconds: 1 } }))).toBe(
      "VALIDATION_ERROR",
    );
    expect(
      await code(() =>
        transcribeAudio({ bytes: webm, mimeType: "audio/webm", metadata: { durationSeconds: 9 } }),
      ),
    ).toBe("VALIDATION_ERROR");
    expect(
      await code(() =>
        transcribeAudio({ bytes: webm, mimeType: "audio/webm", metadata: { language: "english" } }),
      ),
    ).toBe("VALIDATION_ERROR");
    expect(fake.calls).toHaveLength(0);
  });

  it("names the file by what its bytes are, whatever the label says", async () => {
    await configureSpeech();
    expectOk(
      await transcribeAudio({
        bytes: webm,
        mimeType: "audio/ogg;codecs=opus",
        metadata: { durationSeconds: 3 },
      }),
    );
    expect(fake.calls[0]!.file).toMatchObject({ name: "answer.webm", type: "audio/webm" });
    expect(fake.calls[0]!.file!.bytes.equals(webm)).toBe(true);
  });
});

if (!espeakAvailable) {
  it.skip("real-speech tests need espeak-ng (apt-get install espeak-ng)", () => undefined);
}
