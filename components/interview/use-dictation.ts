"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { SpokenTake } from "./spoken-takes";

// The Web Speech API's recognition, as Chrome, Edge and Safari expose it (not in TypeScript's DOM
// types): only the parts used here.
interface RecognitionResult {
  isFinal: boolean;
  0: { transcript: string };
}
interface RecognitionEvent {
  resultIndex: number;
  results: ArrayLike<RecognitionResult>;
}
interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((e: RecognitionEvent) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
}
type RecognitionConstructor = new () => Recognition;

function recognitionClass(): RecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

const noSubscription = () => () => {};

function errorMessage(code: string): string {
  if (code === "not-allowed" || code === "service-not-allowed") {
    return "Microphone access is blocked. Allow it in your browser's site settings, or type your answer.";
  }
  if (code === "audio-capture") return "No microphone was found. Connect one, or type your answer.";
  if (code === "network") {
    return "Your browser's dictation needs a network connection. Type your answer instead.";
  }
  return "Dictation stopped unexpectedly. Try again, or type your answer.";
}

/**
 * The browser's own speech recognition (Web Speech API) as dictation: final phrases go to
 * `onText` as they are recognised, and when dictation ends the whole take (text with each
 * phrase's time) goes to `onTake` for delivery feedback. `supported` is null until hydrated.
 */
export function useDictation({
  onText,
  onTake,
  lang,
}: {
  onText: (text: string) => void;
  onTake: (take: SpokenTake) => void;
  lang?: string;
}) {
  const supported = useSyncExternalStore(
    noSubscription,
    () => recognitionClass() !== null,
    () => null,
  );
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState("");
  const [error, setError] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const handlers = useRef({ onText, onTake });
  useEffect(() => {
    handlers.current = { onText, onTake };
  });

  const start = () => {
    const Ctor = recognitionClass();
    if (!Ctor || recognition.current) return;
    const rec = new Ctor();
    rec.continuous = true;
    rec.interimResults = true;
    rec.lang = lang ?? (navigator.language || "en-US");
    const startedAt = performance.now();
    const seconds = () => (performance.now() - startedAt) / 1000;
    // When each phrase was first heard, by its index in the results.
    const heardAt = new Map<number, number>();
    const segments: SpokenTake["segments"] = [];
    rec.onresult = (e) => {
      let pending = "";
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const result = e.results[i];
        if (!result) continue;
        if (!heardAt.has(i)) heardAt.set(i, seconds());
        const text = result[0].transcript;
        if (result.isFinal) {
          if (text.trim() === "") continue;
          segments.push({ text: text.trim(), start: heardAt.get(i) ?? 0, end: seconds() });
          handlers.current.onText(text);
        } else pending += text;
      }
      setInterim(pending);
    };
    rec.onerror = (e) => {
      if (e.error !== "no-speech" && e.error !== "aborted") setError(errorMessage(e.error));
    };
    rec.onend = () => {
      recognition.current = null;
      setListening(false);
      setInterim("");
      if (segments.length > 0) {
        handlers.current.onTake({
          transcript: segments.map((s) => s.text).join(" "),
          durationSeconds: seconds(),
          words: [],
          segments,
        });
      }
    };
    setError(null);
    recognition.current = rec;
    try {
      rec.start();
      setListening(true);
    } catch {
      recognition.current = null;
      setError(errorMessage("start"));
    }
  };

  const stop = () => recognition.current?.stop();

  // Leaving the page stops listening.
  useEffect(() => () => recognition.current?.abort(), []);

  return { supported, listening, interim, error, start, stop };
}
