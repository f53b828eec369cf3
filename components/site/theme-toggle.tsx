"use client";

import { MonitorIcon, MoonIcon, SunIcon } from "lucide-react";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

// One button that steps through the three choices: no menu library on the public pages' first load.
const THEMES = [
  { value: "light", label: "Light", icon: SunIcon },
  { value: "dark", label: "Dark", icon: MoonIcon },
  { value: "system", label: "System", icon: MonitorIcon },
] as const;

const subscribe = () => () => {};

/** True once hydrated: the stored theme is only known in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** The appearance switch: light, dark, or follow the system, in turn. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const hydrated = useHydrated();
  const index = Math.max(
    0,
    THEMES.findIndex((t) => t.value === (hydrated ? (theme ?? "system") : "system")),
  );
  const current = THEMES[index] ?? THEMES[2];
  const next = THEMES[(index + 1) % THEMES.length] ?? THEMES[0];
  const Icon = current.icon;
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      aria-label={`Theme: ${current.label}. Switch to ${next.label}`}
      title={`Theme: ${current.label} (click for ${next.label})`}
      onClick={() => setTheme(next.value)}
    >
      <Icon aria-hidden="true" />
    </Button>
  );
}
