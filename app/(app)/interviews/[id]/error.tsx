"use client";

import { RouteError } from "@/components/site/route-error";

export default function InterviewError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      title="This interview could not be loaded"
      homeHref="/dashboard"
      homeLabel="Back to dashboard"
    />
  );
}
