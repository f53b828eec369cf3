"use client";

import { useRef, useState } from "react";
import { Loader2Icon, MicIcon, MicOffIcon, SquareIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { DeliveryRecorder, type Recording } from "./delivery-recorder";
import type { SpokenTake } from "./spoken-takes";
import { transcribeRecording } from "./transcribe-recording";
import { useDictation } from "./use-dictation";

type Props = {
  /** The server transcribes recordings (a speech-to-text provider is configured). */
  speechService: boolean;
  /** The question, sent with a recording so technical terms come out spelled right. */
  context: string;
  maxSeconds: number;
  disabled?: boolean;
  /** Recognised text for the editor (the candidate corrects it there). */
  onText: (text: string) => void;
  /** A finished recording or dictation, with its timings for delivery feedback. */
  onTake: (take: SpokenTake) => void;
  /** True while a recording is running or being transcribed (its text is still to come). */
  onBusyChange?: (busy: boolean) => void;
  className?: string;
};

/**
 * Answering by voice next to the editor: record and have the server transcribe when it can, else
 * the browser's own dictation where it exists, else a note that typing is the way. The audio is
 * sent once for transcription and kept only when the user opted in (profile: keep recordings).
 */
export function VoiceAnswer({
  speechService,
  context,
  maxSeconds,
  disabled,
  onText,
  onTake,
  onBusyChange,
  className,
}: Props) {
  // The server may turn out to have no service (or lose it): then dictation takes over.
  const [serviceGone, setServiceGone] = useState(false);
  const [transcribing, setTranscribing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const inFlight = useRef<AbortController | null>(null);
  const recording = useRef(false);
  const pending = useRef(false);
  const reportBusy = () => onBusyChange?.(recording.current || pending.current);
  const dictation = useDictation({
    onText,
    onTake: (take) => {
      onTake(take);
      setAnnouncement("Dictation stopped. Check the text in your answer.");
    },
  });
  const useService = speechService && !serviceGone;

  async function handleRecorded(audio: Recording) {
    pending.current = true;
    reportBusy();
    setTranscribing(true);
    setMessage(null);
    setAnnouncement("Transcribing your recording…");
    const controller = new AbortController();
    inFlight.current = controller;
    const outcome = await transcribeRecording(audio, context, controller.signal);
    inFlight.current = null;
    setTranscribing(false);
    try {
      settle(outcome);
    } finally {
      pending.current = false;
      reportBusy();
    }
  }

  function settle(outcome: Awaited<ReturnType<typeof transcribeRecording>>) {
    if (outcome.ok) {
      if (outcome.take.transcript.trim() === "") {
        setMessage("No speech was heard in that recording. Try again closer to the microphone.");
        setAnnouncement("");
        return;
      }
      onText(outcome.take.transcript);
      onTake(outcome.take);
      setAnnouncement("Transcript added to your answer. Correct it before you submit.");
      return;
    }
    setAnnouncement("");
    if (outcome.reason === "no_service" || outcome.reason === "unavailable") {
      if (dictation.supported) setServiceGone(true);
      setMessage(
        dictation.supported
          ? `${outcome.message} Use your browser's dictation below, or type.`
          : outcome.message,
      );
      return;
    }
    setMessage(outcome.message);
  }

  let control: React.ReactNode;
  if (useService) {
    control = transcribing ? (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Loader2Icon aria-hidden="true" className="size-4 animate-spin" />
        Transcribing your recording…
      </p>
    ) : (
      <DeliveryRecorder
        onRecordingChange={(on) => {
          recording.current = on;
          reportBusy();
        }}
        onRecorded={(r) => void handleRecorded(r)}
        maxSeconds={maxSeconds}
        disabled={disabled}
      />
    );
  } else if (dictation.supported) {
    control = (
      <div className="flex flex-wrap items-center gap-3">
        {dictation.listening ? (
          <Button type="button" variant="destructive" onClick={dictation.stop}>
            <SquareIcon aria-hidden="true" />
            Stop dictation
          </Button>
        ) : (
          <Button type="button" variant="outline" onClick={dictation.start} disabled={disabled}>
            <MicIcon aria-hidden="true" />
            Dictate answer
          </Button>
        )}
        {dictation.listening ? (
          <span className="inline-flex items-center gap-2 text-sm text-muted-foreground">
            <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-destructive" />
            Listening… your words go into the answer as you speak.
          </span>
        ) : null}
        {dictation.interim ? (
          <p className="basis-full text-sm text-muted-foreground italic" aria-hidden="true">
            {dictation.interim}
          </p>
        ) : null}
      </div>
    );
  } else if (dictation.supported === false) {
    control = (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <MicOffIcon aria-hidden="true" className="size-4" />
        Voice answers are not available in this browser. Type your answer.
      </p>
    );
  } else control = null;

  return (
    <div className={cn("grid gap-2", className)} data-testid="voice-answer">
      {control}
      {(message ?? dictation.error) ? (
        <p role="alert" className="text-sm text-destructive">
          {message ?? dictation.error}
        </p>
      ) : null}
      <span className="sr-only" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
