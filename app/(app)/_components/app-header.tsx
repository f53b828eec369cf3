"use client";

import { useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { LogOutIcon, MenuIcon, XIcon } from "lucide-react";
import { Logo } from "@/components/site/logo";
import { ThemeToggle } from "@/components/site/theme-toggle";
import { Button } from "@/components/ui/button";
import { LinkPending } from "@/components/ui/link-pending";
import { cn } from "@/lib/utils";
import { LazyAccountMenu } from "./lazy-account-menu";
import { signOutNow } from "./sign-out";

const NAV = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/interviews/new", label: "New interview" },
  { href: "/resumes", label: "Resumes" },
  { href: "/jobs", label: "Job match" },
  { href: "/study-plan", label: "Study plan" },
  { href: "/coaching", label: "Coaching" },
  { href: "/achievements", label: "Achievements" },
  { href: "/leaderboard", label: "Leaderboard" },
  { href: "/community", label: "Community" },
  { href: "/profile", label: "Profile" },
] as const;

function isActive(pathname: string, href: string) {
  return pathname === href || (href !== "/dashboard" && pathname.startsWith(`${href}/`));
}

export function AppHeader({ user }: { user: { name: string; email: string; isAdmin: boolean } }) {
  const pathname = usePathname();
  const nav = user.isAdmin ? [...NAV, { href: "/admin", label: "Admin" } as const] : NAV;
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="sticky top-0 z-40 border-b print:hidden bg-background/95 backdrop-blur supports-backdrop-filter:bg-background/80">
      <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-4 px-4 sm:px-6">
        <Logo href="/dashboard" />
        {/* Ten or eleven links fit in one row from 1280 px; narrower screens get the menu button. */}
        <nav aria-label="Main" className="hidden xl:block">
          <ul className="flex items-center gap-0.5">
            {nav.map((item) => {
              const active = isActive(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "inline-flex items-center gap-1 rounded-md px-1.5 py-2 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
                      active && "bg-accent text-accent-foreground",
                    )}
                  >
                    {item.label}
                    <LinkPending />
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <ThemeToggle />
          <LazyAccountMenu user={user} />
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="xl:hidden"
            aria-expanded={menuOpen}
            aria-controls="mobile-nav"
            aria-label={menuOpen ? "Close menu" : "Open menu"}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {menuOpen ? <XIcon aria-hidden="true" /> : <MenuIcon aria-hidden="true" />}
          </Button>
        </div>
      </div>
      <nav
        id="mobile-nav"
        aria-label="Main"
        hidden={!menuOpen}
        className="border-t px-4 pb-3 xl:hidden"
      >
        <ul className="grid gap-1 pt-2">
          {nav.map((item) => {
            const active = isActive(pathname, item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  onClick={() => setMenuOpen(false)}
                  className={cn(
                    "flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground hover:bg-accent hover:text-accent-foreground",
                    active && "bg-accent text-accent-foreground",
                  )}
                >
                  {item.label}
                  <LinkPending />
                </Link>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              onClick={signOutNow}
              className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm font-medium text-muted-foreground hover:bg-accent hover:text-accent-foreground"
            >
              <LogOutIcon aria-hidden="true" className="size-4" />
              Sign out
            </button>
          </li>
        </ul>
      </nav>
    </header>
  );
}
