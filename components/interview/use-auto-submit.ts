"use client";

import { useCallback, useSyncExternalStore } from "react";

const KEY = "interviewmaster:room:auto-submit";
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== "off";
  } catch {
    return true;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * Whether the answer is submitted by itself when the question's time runs out (the default, as in
 * a real timed interview) or the candidate keeps writing past the limit. Kept on this device and
 * shared by its tabs.
 */
export function useAutoSubmit(): [boolean, (on: boolean) => void] {
  const value = useSyncExternalStore(subscribe, read, () => true);
  const set = useCallback((on: boolean) => {
    try {
      window.localStorage.setItem(KEY, on ? "on" : "off");
    } catch {
      // Storage disabled: the choice lasts until the page changes.
    }
    for (const l of listeners) l();
  }, []);
  return [value, set];
}
