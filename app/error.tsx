"use client";

import { RouteError } from "@/components/site/route-error";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main-content" tabIndex={-1}>
      <RouteError error={error} retry={retry} />
    </main>
  );
}
