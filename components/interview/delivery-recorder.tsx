"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { MicIcon, MicOffIcon, SquareIcon, Trash2Icon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { formatClock } from "./format-clock";
import { useAudioLevel } from "./use-audio-level";

export interface Recording {
  blob: Blob;
  mimeType: string;
  durationSeconds: number;
}

type State =
  | { kind: "idle" }
  | { kind: "requesting" }
  | { kind: "recording"; startedAt: number }
  | { kind: "blocked"; message: string };

// What MediaRecorder makes in Chrome/Edge (WebM), Firefox (Ogg) and Safari (MP4), best first.
const PREFERRED_TYPES = [
  "audio/webm;codecs=opus",
  "audio/webm",
  "audio/ogg;codecs=opus",
  "audio/mp4",
];

function recorderType(): string | undefined {
  return PREFERRED_TYPES.find((t) => MediaRecorder.isTypeSupported?.(t));
}

const noSubscription = () => () => {};

function canRecord(): boolean {
  return (
    typeof window.MediaRecorder === "function" &&
    typeof navigator.mediaDevices?.getUserMedia === "function"
  );
}

function blockedMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") {
    return "Microphone access is blocked. Allow it in your browser's site settings, or type your answer.";
  }
  if (name === "NotFoundError" || name === "OverconstrainedError") {
    return "No microphone was found. Connect one, or type your answer.";
  }
  if (name === "NotReadableError") {
    return "The microphone is in use by another application. Close it, or type your answer.";
  }
  return "The recording could not start. Try again, or type your answer.";
}

type Props = {
  /** Receives the finished recording (not called when it is discarded). */
  onRecorded: (recording: Recording) => void;
  /** Recording stops by itself after this many seconds. */
  maxSeconds?: number;
  /** Told when recording starts and when it ends (stopped, discarded or automatic). */
  onRecordingChange?: (recording: boolean) => void;
  disabled?: boolean;
  className?: string;
};

/**
 * Record / stop / discard a spoken answer with MediaRecorder: elapsed time against the maximum,
 * an input level meter, and clear states when the browser cannot record or the microphone is
 * blocked. Native buttons, focus moved to Stop while recording, changes announced politely.
 */
export function DeliveryRecorder({
  onRecorded,
  maxSeconds = 600,
  disabled,
  className,
  onRecordingChange,
}: Props) {
  // Unknown (null) on the server and while hydrating, so both render the same.
  const supported = useSyncExternalStore(noSubscription, canRecord, () => null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [elapsed, setElapsed] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const [stream, setStream] = useState<MediaStream | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const discard = useRef(false);
  const stopButton = useRef<HTMLButtonElement>(null);
  const onRecordedRef = useRef(onRecorded);
  const onChangeRef = useRef(onRecordingChange);
  useEffect(() => {
    onRecordedRef.current = onRecorded;
    onChangeRef.current = onRecordingChange;
  });
  const level = useAudioLevel(stream);

  const media = useRef<MediaStream | null>(null);

  const release = () => {
    recorder.current = null;
    media.current?.getTracks().forEach((t) => t.stop());
    media.current = null;
    setStream(null);
  };

  const start = async () => {
    setState({ kind: "requesting" });
    let input: MediaStream;
    try {
      input = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true },
      });
    } catch (error) {
      setState({ kind: "blocked", message: blockedMessage(error) });
      setAnnouncement("");
      return;
    }
    const type = recorderType();
    const rec = new MediaRecorder(input, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    const startedAt = Date.now();
    rec.addEventListener("dataavailable", (e: BlobEvent) => {
      if (e.data.size > 0) chunks.push(e.data);
    });
    rec.addEventListener("stop", () => {
      const durationSeconds = (Date.now() - startedAt) / 1000;
      const mimeType = rec.mimeType || type || "audio/webm";
      release();
      setState({ kind: "idle" });
      if (discard.current) {
        setAnnouncement("Recording discarded.");
        onChangeRef.current?.(false);
        return;
      }
      setAnnouncement(`Recording stopped: ${formatClock(durationSeconds)} recorded.`);
      onRecordedRef.current({
        blob: new Blob(chunks, { type: mimeType }),
        mimeType,
        durationSeconds,
      });
      // After the hand-over, so a caller that transcribes is already busy with it.
      onChangeRef.current?.(false);
    });
    discard.current = false;
    recorder.current = rec;
    media.current = input;
    // Chunks every second, so a crash or a tab close loses at most one second.
    rec.start(1000);
    setStream(input);
    setElapsed(0);
    setState({ kind: "recording", startedAt });
    onChangeRef.current?.(true);
    setAnnouncement("Recording. Press Stop when you are done.");
  };

  const stop = (throwAway: boolean) => {
    discard.current = throwAway;
    if (recorder.current?.state !== "inactive") recorder.current?.stop();
  };

  // The clock, and the automatic stop at the maximum length.
  useEffect(() => {
    if (state.kind !== "recording") return;
    stopButton.current?.focus();
    const timer = setInterval(() => {
      const seconds = (Date.now() - state.startedAt) / 1000;
      setElapsed(seconds);
      if (seconds >= maxSeconds && recorder.current?.state === "recording") {
        discard.current = false;
        recorder.current.stop();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [state, maxSeconds]);

  // Leaving the page mid-recording stops the microphone and keeps nothing.
  useEffect(
    () => () => {
      discard.current = true;
      if (recorder.current && recorder.current.state !== "inactive") recorder.current.stop();
      media.current?.getTracks().forEach((t) => t.stop());
    },
    [],
  );

  if (supported === false) {
    return (
      <p
        className={cn("flex items-center gap-2 text-sm text-muted-foreground", className)}
        role="status"
      >
        <MicOffIcon aria-hidden="true" className="size-4" />
        Recording is not available in this browser. Type your answer instead.
      </p>
    );
  }

  const recording = state.kind === "recording";
  return (
    <div className={cn("flex flex-wrap items-center gap-3", className)}>
      {recording ? (
        <>
          <Button ref={stopButton} type="button" variant="destructive" onClick={() => stop(false)}>
            <SquareIcon aria-hidden="true" />
            Stop recording
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => stop(true)}>
            <Trash2Icon aria-hidden="true" />
            Discard
          </Button>
          <span className="inline-flex items-center gap-2 text-sm tabular-nums">
            <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-destructive" />
            <span>
              <span className="sr-only">Recorded </span>
              {formatClock(elapsed)} / {formatClock(maxSeconds)}
            </span>
          </span>
          {level !== null ? (
            <span
              role="meter"
              aria-label="Microphone level"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(level * 100)}
              className="h-2 w-24 overflow-hidden rounded-full bg-muted"
            >
              <span
                className="block h-full bg-success transition-[width] duration-100"
                style={{ width: `${Math.round(level * 100)}%` }}
              />
            </span>
          ) : null}
        </>
      ) : (
        <Button
          type="button"
          variant="outline"
          onClick={() => void start()}
          disabled={disabled || supported === null || state.kind === "requesting"}
        >
          <MicIcon aria-hidden="true" />
          {state.kind === "blocked" ? "Try recording again" : "Record answer"}
        </Button>
      )}
      {state.kind === "blocked" ? (
        <p role="alert" className="basis-full text-sm text-destructive">
          {state.message}
        </p>
      ) : null}
      <span className="sr-only" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
