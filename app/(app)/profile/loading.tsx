import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

export default function ProfileLoading() {
  return (
    <div aria-busy="true" className="mx-auto grid max-w-2xl gap-6">
      <Spinner label="Loading profile" className="sr-only" />
      <div className="grid gap-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-4 w-64" />
      </div>
      <Skeleton className="h-[30rem] rounded-xl" />
    </div>
  );
}
