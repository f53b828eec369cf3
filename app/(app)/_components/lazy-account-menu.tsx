"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { whenIdle } from "@/components/ui/when-idle";
import { AccountButton, type AccountUser } from "./account-button";
import type { AccountMenu as AccountMenuType } from "./account-menu";

type Loaded = { Menu: typeof AccountMenuType; open: boolean; focus: boolean };

/**
 * The account menu, its radix code (dropdown, popper, focus scope: ≈26 KB gzipped) loaded when the
 * browser is first idle instead of before the page can paint. Until then the same button stands in;
 * pressing it loads the menu at once and opens it, and focus stays on the button across the swap.
 */
export function LazyAccountMenu({ user }: { user: AccountUser }) {
  const standIn = useRef<HTMLButtonElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const load = useCallback((open: boolean) => {
    void import("./account-menu").then(({ AccountMenu }) => {
      const focus = standIn.current !== null && standIn.current === document.activeElement;
      setLoaded((m) => m ?? { Menu: AccountMenu, open, focus: focus && !open });
    });
  }, []);
  useEffect(() => whenIdle(() => load(false), 3000), [load]);
  if (loaded) {
    return <loaded.Menu user={user} defaultOpen={loaded.open} focusTrigger={loaded.focus} />;
  }
  return (
    <AccountButton
      ref={standIn}
      user={user}
      aria-haspopup="menu"
      aria-expanded={false}
      onClick={() => load(true)}
    />
  );
}
