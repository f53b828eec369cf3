"use client";

import { RouteError } from "@/components/site/route-error";

export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      title="This page could not be loaded"
      homeHref="/dashboard"
      homeLabel="Back to dashboard"
    />
  );
}
