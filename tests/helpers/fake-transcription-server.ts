/**
 * A fake of Groq's speech-to-text endpoint on 127.0.0.1 (random port):
 *   POST /openai/v1/audio/transcriptions   (multipart: file, model, response_format, …)
 * It answers in a mode a test sets — well, slowly, 429, 500, garbage (not JSON), JSON of the
 * wrong shape, or 400 (an unreadable file) — and logs every call with its form fields and bytes.
 *
 * It cannot recognise speech, so a "good" reply says the text the test scripted. Its timings are
 * real, though: for a WAV upload it finds where the audio is voiced (frame energy) and spreads
 * the scripted words over those stretches, so a pause spoken into the recording is a gap in the
 * word timings, as with Whisper.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type SttMode =
  "good" | "slow" | "rate_limited" | "server_error" | "garbage" | "wrong_shape" | "rejected";

export interface SttCall {
  mode: SttMode;
  authorization: string | null;
  /** Form fields other than the file, each with every value sent. */
  fields: Record<string, string[]>;
  file: { name: string; type: string; bytes: Buffer } | null;
}

export interface FakeTranscriptionServer {
  /** GROQ_BASE_URL. */
  url: string;
  calls: SttCall[];
  mode: SttMode;
  /** Modes for the next calls, one each, before falling back to `mode`. */
  queue(modes: SttMode[]): void;
  /** What a good reply says was spoken. */
  script: string;
  slowMs: number;
  reset(): void;
  close(): Promise<void>;
}

interface Region {
  start: number;
  end: number;
}

/** Voiced stretches of a 16-bit PCM WAV (20 ms frames above 5 % of the peak energy). */
export function voicedRegions(wav: Buffer): { regions: Region[]; duration: number } | null {
  if (wav.toString("ascii", 0, 4) !== "RIFF" || wav.toString("ascii", 8, 12) !== "WAVE") {
    return null;
  }
  let at = 12;
  let rate = 0;
  let channels = 1;
  while (at + 8 <= wav.length) {
    const id = wav.toString("ascii", at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === "fmt ") {
      channels = wav.readUInt16LE(at + 10);
      rate = wav.readUInt32LE(at + 12);
    }
    if (id === "data") break;
    at += 8 + size + (size % 2);
  }
  if (!rate) return null;
  const samples = new Int16Array(
    wav.buffer.slice(
      wav.byteOffset + at + 8,
      wav.byteOffset + wav.length - ((wav.length - at - 8) % 2),
    ),
  );
  const frame = Math.round(rate * 0.02) * channels;
  const energies: number[] = [];
  for (let i = 0; i + frame <= samples.length; i += frame) {
    let sum = 0;
    for (let k = i; k < i + frame; k++) sum += (samples[k] ?? 0) ** 2;
    energies.push(Math.sqrt(sum / frame));
  }
  const threshold = 0.05 * Math.max(1, ...energies);
  const regions: Region[] = [];
  energies.forEach((e, i) => {
    if (e < threshold) return;
    const start = i * 0.02;
    const last = regions.at(-1);
    // Gaps under 0.3 s are between syllables or words, not pauses.
    if (last && start - last.end < 0.3) last.end = start + 0.02;
    else regions.push({ start, end: start + 0.02 });
  });
  return { regions, duration: samples.length / channels / rate };
}

/** Spreads words over the voiced regions in proportion to their length, evenly within each. */
function timedWords(words: string[], regions: Region[]) {
  const total = regions.reduce((t, r) => t + (r.end - r.start), 0);
  const out: Array<{ word: string; start: number; end: number }> = [];
  let next = 0;
  regions.forEach((r, i) => {
    const share =
      i === regions.length - 1
        ? words.length - next
        : Math.round((words.length * (r.end - r.start)) / total);
    const mine = words.slice(next, next + share);
    next += mine.length;
    const step = (r.end - r.start) / Math.max(1, mine.length);
    mine.forEach((word, k) =>
      out.push({ word, start: r.start + k * step, end: r.start + (k + 1) * step }),
    );
  });
  return out;
}

function goodReply(script: string, file: SttCall["file"]) {
  const words = script.split(/\s+/).filter(Boolean);
  const voiced = file ? voicedRegions(file.bytes) : null;
  // Not a WAV: the words at an even 150 words a minute.
  const regions = voiced?.regions.length
    ? voiced.regions
    : [{ start: 0, end: (words.length * 60) / 150 }];
  const timed = timedWords(words, regions);
  const segments = regions.map((r, id) => ({
    id,
    start: r.start,
    end: r.end,
    text: timed
      .filter((w) => w.start >= r.start && w.start < r.end)
      .map((w) => w.word)
      .join(" "),
    avg_logprob: -0.2,
    no_speech_prob: 0.01,
  }));
  return {
    task: "transcribe",
    language: "English",
    duration: voiced?.duration ?? regions.at(-1)?.end ?? 0,
    text: ` ${script}`,
    words: timed,
    segments,
    x_groq: { id: `req_${Date.now()}` },
  };
}

export async function startFakeTranscriptionServer(): Promise<FakeTranscriptionServer> {
  const timers = new Set<NodeJS.Timeout>();
  const queued: SttMode[] = [];
  const state = {
    mode: "good" as SttMode,
    script: "I would add a cache in front of the database.",
    slowMs: 5_000,
  };
  const calls: SttCall[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        if (req.method !== "POST" || req.url !== "/openai/v1/audio/transcriptions") {
          res.writeHead(404).end();
          return;
        }
        const call: SttCall = {
          mode: queued.shift() ?? state.mode,
          authorization: req.headers.authorization ?? null,
          fields: {},
          file: null,
        };
        try {
          // The platform's own multipart parser reads the form as Groq's server would.
          const form = await new Request("http://fake/", {
            method: "POST",
            headers: { "content-type": req.headers["content-type"] ?? "" },
            body: Buffer.concat(chunks),
          }).formData();
          for (const [key, value] of form) {
            if (typeof value === "string") (call.fields[key] ??= []).push(value);
            else
              call.file = {
                name: value.name,
                type: value.type,
                bytes: Buffer.from(await value.arrayBuffer()),
              };
          }
        } catch {
          // Logged with what could be read; answered by mode.
        }
        calls.push(call);
        respond(res, call);
      })();
    });
  });

  function respond(res: http.ServerResponse, call: SttCall) {
    const json = (status: number, body: unknown) => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    switch (call.mode) {
      case "rate_limited":
        return json(429, { error: { message: "Rate limit reached", type: "rate_limit_exceeded" } });
      case "server_error":
        return json(500, { error: { message: "Internal server error", type: "server_error" } });
      case "rejected":
        return json(400, {
          error: { message: "could not process file", type: "invalid_request_error" },
        });
      case "garbage":
        res.writeHead(200, { "content-type": "application/json" });
        return res.end("<html>upstream hiccup</html>");
      case "wrong_shape":
        return json(200, { transcript: state.script });
      case "slow": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          json(200, goodReply(state.script, call.file));
        }, state.slowMs);
        timers.add(timer);
        return;
      }
      default:
        return json(200, goodReply(state.script, call.file));
    }
  }

  // Node closes idle keep-alive sockets after 5 s; on a loaded machine the client may reuse one
  // just as it closes ("other side closed"). Real providers keep them far longer.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    get mode() {
      return state.mode;
    },
    set mode(m: SttMode) {
      state.mode = m;
    },
    get script() {
      return state.script;
    },
    set script(s: string) {
      state.script = s;
    },
    get slowMs() {
      return state.slowMs;
    },
    set slowMs(ms: number) {
      state.slowMs = ms;
    },
    queue: (modes) => void queued.push(...modes),
    reset() {
      state.mode = "good";
      state.slowMs = 5_000;
      queued.length = 0;
      calls.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
