"use client";

import { useLinkStatus } from "next/link";
import { Loader2Icon } from "lucide-react";
import { cn } from "@/lib/utils";

/**
 * Inside a `<Link>`: a small spinner while the navigation it started is waiting for the next
 * page. Pages that render their content in the first response (no route `loading.tsx`, so the
 * content is drawn with the page on a direct load) keep the previous page on screen meanwhile;
 * this is the sign that the click was taken. It appears after a short delay, so a fast
 * navigation does not flash it.
 */
export function LinkPending({ className }: { className?: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      data-testid="link-pending"
      className={cn(
        "inline-flex shrink-0 animate-in fade-in fill-mode-backwards delay-150",
        className,
      )}
    >
      <Loader2Icon aria-hidden="true" className="size-3.5 motion-safe:animate-spin" />
    </span>
  );
}
