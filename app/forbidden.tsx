import Link from "next/link";
import { ShieldXIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Not allowed" };

export default function Forbidden() {
  return (
    // Rendered inside the signed-in layout (its header and main landmark), so content only.
    <div className="mx-auto flex max-w-md flex-col items-center justify-center gap-4 px-4 py-16 text-center">
      <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <ShieldXIcon aria-hidden="true" className="size-6" />
      </div>
      <h1 className="text-2xl font-semibold">You do not have access to this page</h1>
      <p className="text-sm text-muted-foreground">
        This area is for administrators. If you think you should have access, ask an administrator
        of this installation.
      </p>
      <Button asChild>
        <Link href="/dashboard">Go to your dashboard</Link>
      </Button>
    </div>
  );
}
