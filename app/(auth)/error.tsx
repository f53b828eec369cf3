"use client";

import { RouteError } from "@/components/site/route-error";

export default function AuthError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="We could not load this page" />;
}
