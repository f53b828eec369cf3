"use client";

import { useEffect } from "react";
import Link from "next/link";
import { AlertTriangleIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

type RouteErrorProps = {
  error: unknown;
  retry: () => void;
  title?: string;
  homeHref?: string;
  homeLabel?: string;
};

/** Shared body of the error.tsx boundaries: a calm message, a retry and a way out. */
export function RouteError({
  error,
  retry,
  title = "Something went wrong",
  homeHref = "/",
  homeLabel = "Go to the home page",
}: RouteErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;

  return (
    <div
      role="alert"
      className="mx-auto flex max-w-md flex-col items-center gap-4 px-4 py-16 text-center"
    >
      <div className="flex size-12 items-center justify-center rounded-full bg-destructive/10 text-destructive">
        <AlertTriangleIcon aria-hidden="true" className="size-6" />
      </div>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-muted-foreground">
        An unexpected error stopped this page from loading. Your saved work is safe; try again, and
        if it keeps happening, come back in a few minutes.
      </p>
      {digest ? (
        <p className="font-mono text-xs text-muted-foreground">Reference: {digest}</p>
      ) : null}
      <div className="flex flex-wrap justify-center gap-2">
        <Button type="button" onClick={() => retry()}>
          Try again
        </Button>
        <Button asChild variant="outline">
          <Link href={homeHref}>{homeLabel}</Link>
        </Button>
      </div>
    </div>
  );
}
