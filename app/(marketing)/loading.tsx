import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

export default function MarketingLoading() {
  return (
    // At least a screen tall: the footer below stays out of view until the page replaces this, so
    // the arriving page does not push it down in view (the landing's CLS was 0.07–0.11).
    <main
      id="main-content"
      aria-busy="true"
      className="mx-auto min-h-dvh w-full max-w-5xl px-4 py-16 sm:px-6"
    >
      <Spinner label="Loading page" className="sr-only" />
      <Skeleton className="h-6 w-56 rounded-full" />
      <Skeleton className="mt-6 h-12 w-full max-w-3xl" />
      <Skeleton className="mt-3 h-12 w-2/3 max-w-2xl" />
      <Skeleton className="mt-6 h-5 w-full max-w-2xl" />
    </main>
  );
}
