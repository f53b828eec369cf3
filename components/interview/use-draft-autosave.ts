"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

export type SaveStatus = "idle" | "saving" | "saved" | "offline";

type StoredDraft = { text: string; savedAt: number };

/** localStorage key of the on-device backup of one question's draft. */
export function draftStorageKey(sessionId: number, questionId: number): string {
  return `interviewmaster:draft:${sessionId}:${questionId}`;
}

function readStoredDraft(key: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredDraft>;
    return typeof value.text === "string" && typeof value.savedAt === "number"
      ? { text: value.text, savedAt: value.savedAt }
      : null;
  } catch {
    return null;
  }
}

function writeStoredDraft(key: string, text: string) {
  try {
    window.localStorage.setItem(key, JSON.stringify({ text, savedAt: Date.now() }));
  } catch {
    // Storage full or disabled (private mode): the server copy still saves.
  }
}

export function clearStoredDraft(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // ignore
  }
}

type Options = {
  storageKey: string;
  /** The server's draft (rendered first, so server and client markup agree). */
  serverText: string | null;
  serverSavedAt: string | null;
  save: (text: string) => Promise<ActionResult<unknown>>;
  delayMs?: number;
};

/**
 * The text of an answer being written: every change goes to localStorage at once and to the server
 * after a pause (`delayMs`). On mount, a local copy newer than the server's draft wins.
 */
export function useDraftAutosave({
  storageKey,
  serverText,
  serverSavedAt,
  save,
  delayMs = 1000,
}: Options) {
  const [text, setTextState] = useState(serverText ?? "");
  const [status, setStatus] = useState<SaveStatus>(serverText ? "saved" : "idle");
  const [restored, setRestored] = useState(false);
  const latest = useRef(serverText ?? "");
  const lastSaved = useRef(serverText ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(async (value: string) => {
    setStatus("saving");
    let saved = false;
    try {
      const result = await saveRef.current(value);
      saved = result.ok;
    } catch {
      saved = false;
    }
    // A newer edit is waiting for its own save; let that one report.
    if (latest.current !== value) return;
    if (saved) lastSaved.current = value;
    setStatus(saved ? "saved" : "offline");
  }, []);

  const schedule = useCallback(
    (value: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(value), delayMs);
    },
    [flush, delayMs],
  );

  const setText = useCallback(
    (value: string) => {
      latest.current = value;
      setTextState(value);
      writeStoredDraft(storageKey, value);
      setStatus("saving");
      schedule(value);
    },
    [storageKey, schedule],
  );

  // Restore a newer on-device copy (e.g. typed while offline, then reloaded).
  useEffect(() => {
    const local = readStoredDraft(storageKey);
    const serverTime = serverSavedAt ? Date.parse(serverSavedAt) : 0;
    if (local && local.savedAt > serverTime && local.text !== (serverText ?? "")) {
      latest.current = local.text;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- syncing from localStorage, unavailable during SSR
      setTextState(local.text);
      setRestored(true);
      setStatus("saving");
      schedule(local.text);
    }
    // Mount only: later server props belong to another question (the caller remounts per question).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back online: push what the server is missing.
  useEffect(() => {
    const onOnline = () => {
      if (latest.current !== lastSaved.current) void flush(latest.current);
    };
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [flush]);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Stop a scheduled save (the answer is being submitted) and forget the local copy. */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    clearStoredDraft(storageKey);
  }, [storageKey]);

  /** Stop a scheduled save without forgetting the local copy. */
  const cancelPending = useCallback(() => clearTimeout(timer.current), []);

  return { text, setText, status, restored, discard, cancelPending };
}
