"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

export type EarnedAchievement = { type: string; title: string; description: string };

const storageKey = (sessionId: number) => `im:achievements-toasted:${sessionId}`;

/** Toasts the achievements a session earned, once per browser (not again on reload). */
export function useAchievementToasts(sessionId: number, earned: EarnedAchievement[]) {
  const router = useRouter();
  const key = earned.map((a) => a.type).join(",");
  useEffect(() => {
    if (!key) return;
    let seen: string[] = [];
    try {
      seen = JSON.parse(window.localStorage.getItem(storageKey(sessionId)) ?? "[]") as string[];
    } catch {
      seen = [];
    }
    const fresh = earned.filter((a) => !seen.includes(a.type));
    for (const a of fresh) {
      toast.success(`Achievement unlocked: ${a.title}`, {
        description: a.description,
        action: { label: "View badges", onClick: () => router.push("/achievements") },
      });
    }
    if (fresh.length > 0) {
      try {
        window.localStorage.setItem(
          storageKey(sessionId),
          JSON.stringify([...seen, ...fresh.map((a) => a.type)]),
        );
      } catch {
        // Private mode: the toast may show again on reload, which is harmless.
      }
    }
    // `key` captures the list's identity; `earned` itself is a new array on every poll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, key, router]);
}
