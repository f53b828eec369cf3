import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

export default function NewInterviewLoading() {
  return (
    <div aria-busy="true" className="mx-auto grid max-w-2xl gap-6">
      <Spinner label="Loading" className="sr-only" />
      <div className="grid gap-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-full max-w-md" />
      </div>
      <Skeleton className="h-[32rem] rounded-xl" />
    </div>
  );
}
