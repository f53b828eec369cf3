/**
 * Real speech for tests, made with espeak-ng (Debian package `espeak-ng`; CI installs it). Tests
 * that need it skip with a message when it is missing locally; in CI its absence is an error.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const espeakAvailable: boolean =
  spawnSync("espeak-ng", ["--version"], { stdio: "ignore" }).status === 0;

if (!espeakAvailable) {
  if (process.env.CI) throw new Error("espeak-ng is required in CI (see .ci/run)");
  console.warn(
    "espeak-ng is not installed: speech-fixture tests are skipped (apt-get install espeak-ng)",
  );
}

/** `describe` when espeak-ng is installed, else `describe.skip`. */
export const describeWithSpeech = (name: string, body: () => void): void =>
  (espeakAvailable ? describe : describe.skip)(name, body);

/**
 * A WAV (16-bit mono PCM, 22,050 Hz) of `ssml` spoken at `wordsPerMinute`. SSML lets a test put
 * pauses in: `<break time="3000ms"/>`.
 */
export function speak(ssml: string, wordsPerMinute = 150): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), "im-speech-"));
  const file = path.join(dir, "speech.wav");
  try {
    const run = spawnSync(
      "espeak-ng",
      ["-v", "en-us", "-s", String(wordsPerMinute), "-m", "-w", file, `<speak>${ssml}</speak>`],
      { encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`espeak-ng failed: ${run.stderr}`);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
