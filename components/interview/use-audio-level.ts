"use client";

import { useEffect, useState } from "react";

type AudioContextClass = typeof AudioContext;

/**
 * The input level of a microphone stream, 0..1, about ten times a second (null without a stream
 * or where the Web Audio API is missing): shows the candidate the microphone hears them.
 */
export function useAudioLevel(stream: MediaStream | null): number | null {
  const [level, setLevel] = useState<number | null>(null);
  useEffect(() => {
    const Context =
      typeof window === "undefined"
        ? undefined
        : (window.AudioContext ??
          (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext);
    if (!stream || !Context) return;
    const context = new Context();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getByteTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += ((s - 128) / 128) ** 2;
      // Speech sits around 0.05–0.3 RMS: scaled so normal speaking fills most of the meter.
      setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 3));
    }, 100);
    return () => {
      clearInterval(timer);
      source.disconnect();
      void context.close();
      setLevel(null);
    };
  }, [stream]);
  return level;
}
