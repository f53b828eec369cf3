import Link from "next/link";
import { MessagesSquareIcon } from "lucide-react";
import { cn } from "@/lib/utils";

/** The wordmark, linking home (or to the dashboard inside the app). */
export function Logo({ href = "/", className }: { href?: string; className?: string }) {
  return (
    <Link
      href={href}
      className={cn(
        "inline-flex items-center gap-2 rounded-md font-semibold tracking-tight",
        className,
      )}
    >
      <MessagesSquareIcon aria-hidden="true" className="size-5 text-primary" />
      <span>InterviewMaster</span>
    </Link>
  );
}
