import { env } from "@/lib/env";
import { AppError, validationError } from "@/lib/errors";
import { AUDIO_FORMATS, type AudioFormat } from "@/lib/validations/transcription";

/** A recording ready to send: its bytes, its container, and its length when known. */
export interface CheckedAudio {
  bytes: Uint8Array;
  format: AudioFormat;
  /** From the WAV header when there is one, else the recorder's own measure, else null. */
  durationSeconds: number | null;
}

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

/** The container the bytes really are, from their first bytes (never trusting the label). */
export function sniffAudioFormat(bytes: Uint8Array): AudioFormat | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    return "webm";
  }
  if (ascii(bytes, 0, 4) === "OggS") return "ogg";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WAVE") return "wav";
  if (ascii(bytes, 4, 4) === "ftyp") return "mp4";
  if (ascii(bytes, 0, 3) === "ID3") return "mpeg";
  // An MPEG audio frame header: 11 sync bits, then a layer other than "reserved".
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  if (b0 === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x06) !== 0) return "mpeg";
  return null;
}

/** The format a Content-Type names (parameters such as `;codecs=opus` ignored), or null. */
export function formatOfMime(mime: string): AudioFormat | null {
  const base = mime.split(";")[0]?.trim().toLowerCase() ?? "";
  for (const [format, spec] of Object.entries(AUDIO_FORMATS)) {
    if ((spec.mime as readonly string[]).includes(base)) return format as AudioFormat;
  }
  return null;
}

/** Seconds of sound in a PCM WAV file (data size over byte rate), or null if unreadable. */
export function wavDurationSeconds(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let byteRate = 0;
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = ascii(bytes, at, 4);
    const size = view.getUint32(at + 4, true);
    if (id === "fmt " && at + 16 <= bytes.length) byteRate = view.getUint32(at + 16, true);
    if (id === "data") {
      // A streamed WAV may say "unknown size" (0 or 0xFFFFFFFF): count what is there.
      const available = bytes.length - (at + 8);
      const data = size === 0 || size > available ? available : size;
      return byteRate > 0 ? data / byteRate : null;
    }
    at += 8 + size + (size % 2);
  }
  return null;
}

/**
 * Checks an upload before anything is sent anywhere: 413 when larger than AUDIO_MAX_BYTES, 415
 * when the type is not an accepted audio type or the bytes are not audio of a known container,
 * 422 when it is empty or longer than AUDIO_MAX_SECONDS.
 */
export function checkAudio(
  bytes: Uint8Array,
  mime: string,
  declaredSeconds?: number,
): CheckedAudio {
  const { AUDIO_MAX_BYTES, AUDIO_MAX_SECONDS } = env();
  if (bytes.length > AUDIO_MAX_BYTES) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `Recordings can be at most ${Math.floor(AUDIO_MAX_BYTES / 1024 / 1024)} MB`,
    );
  }
  if (bytes.length === 0) throw validationError({ audio: ["The recording is empty"] });
  const declared = formatOfMime(mime);
  const format = sniffAudioFormat(bytes);
  if (!declared || !format) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Recordings must be WebM, Ogg, MP4, WAV or MP3 audio",
    );
  }
  const measured = format === "wav" ? wavDurationSeconds(bytes) : null;
  const durationSeconds = measured ?? declaredSeconds ?? null;
  if (durationSeconds !== null && durationSeconds > AUDIO_MAX_SECONDS) {
    throw validationError({
      audio: [`Recordings can be at most ${Math.round(AUDIO_MAX_SECONDS / 60)} minutes long`],
    });
  }
  // The bytes decide the container: a recorder that mislabels its output still works.
  return { bytes, format, durationSeconds };
}
