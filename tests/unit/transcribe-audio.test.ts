/**
 * Upload checks and reply parsing of speech-to-text: the container is read from the bytes, a WAV
 * header gives the length, and Whisper's verbose_json becomes a transcript (or a classified
 * failure); none of it throws anything but its own errors on arbitrary bytes.
 */
import fc from "fast-check";
import { formatOfMime, sniffAudioFormat, wavDurationSeconds } from "@/lib/ai/transcribe/audio";
import { parseVerboseJson } from "@/lib/ai/transcribe/groq-whisper";
import { ProviderError } from "@/lib/ai/llm/errors";
import { silentWav } from "../helpers/wav";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    Buffer.concat(
      parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))),
    ),
  );

const wav = (seconds: number, rate = 16_000, declaredSize?: number) =>
  new Uint8Array(silentWav(seconds, rate, declaredSize));

describe("audio containers", () => {
  it.each([
    [bytes([0x1a, 0x45, 0xdf, 0xa3], "\x00".repeat(12)), "webm"],
    [bytes("OggS", "\x00".repeat(12)), "ogg"],
    [bytes("\x00\x00\x00\x20ftypM4A ", "\x00".repeat(8)), "mp4"],
    [bytes("ID3\x04", "\x00".repeat(12)), "mpeg"],
    [bytes([0xff, 0xfb, 0x90, 0x64], "\x00".repeat(12)), "mpeg"],
    [wav(0.1), "wav"],
    [bytes("just some text, no audio"), null],
    [bytes([0xff, 0xe0], "\x00".repeat(12)), null],
    [bytes("OggS"), null],
  ])("sniffs sample %# as %s", (input, format) => {
    expect(sniffAudioFormat(input)).toBe(format);
  });

  it("reads MIME types with parameters and refuses others", () => {
    expect(formatOfMime("audio/webm;codecs=opus")).toBe("webm");
    expect(formatOfMime("Audio/MP4")).toBe("mp4");
    expect(formatOfMime("audio/x-wav")).toBe("wav");
    expect(formatOfMime("text/plain")).toBeNull();
    expect(formatOfMime("")).toBeNull();
  });

  it("takes a WAV's length from its header, or from its bytes when streamed without a size", () => {
    expect(wavDurationSeconds(wav(2.5))).toBeCloseTo(2.5, 5);
    expect(wavDurationSeconds(wav(1, 22_050, 0xffffffff))).toBeCloseTo(1, 5);
    expect(wavDurationSeconds(bytes("RIFFxxxxWAVE"))).toBeNull();
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (b, asWav) => {
        const input = asWav ? new Uint8Array([...bytes("RIFF\x00\x00\x00\x00WAVE"), ...b]) : b;
        sniffAudioFormat(input);
        const d = wavDurationSeconds(input);
        expect(d === null || (Number.isFinite(d) && d >= 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("verbose_json replies", () => {
  it("keeps text, language, duration, words and segments", () => {
    const t = parseVerboseJson(
      JSON.stringify({
        text: "  Um, a mutex. ",
        language: "English",
        duration: 2.4,
        words: [
          { word: " Um,", start: 0.1, end: 0.4 },
          { word: "a", start: 0.9, end: 0.7 },
        ],
        segments: [{ id: 0, start: 0, end: 2.4, text: " Um, a mutex." }],
      }),
    );
    expect(t).toEqual({
      text: "Um, a mutex.",
      language: "English",
      durationSeconds: 2.4,
      words: [
        { word: "Um,", start: 0.1, end: 0.4 },
        // An end before its start is clamped, not passed on.
        { word: "a", start: 0.9, end: 0.9 },
      ],
      segments: [{ text: "Um, a mutex.", start: 0, end: 2.4 }],
    });
  });

  it("accepts a reply without timings", () => {
    expect(parseVerboseJson('{"text":"hello"}')).toEqual({
      text: "hello",
      language: null,
      durationSeconds: null,
      words: [],
      segments: [],
    });
  });

  it.each([
    ["<html>bad gateway</html>", "malformed"],
    ['{"transcript":"x"}', "schema"],
    ['{"text":42}', "schema"],
  ])("classifies %s as %s", (body, kind) => {
    expect(() => parseVerboseJson(body)).toThrow(ProviderError);
    try {
      parseVerboseJson(body);
    } catch (error) {
      expect((error as ProviderError).kind).toBe(kind);
    }
  });
});
