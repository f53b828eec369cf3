import Link from "next/link";
import { ShieldXIcon } from "lucide-react";
import { Logo } from "@/components/site/logo";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Not allowed" };

export default function Forbidden() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b px-4 py-3 sm:px-6">
        <Logo />
      </header>
      <main
        id="main-content"
        tabIndex={-1}
        className="mx-auto flex max-w-md flex-1 flex-col items-center justify-center gap-4 px-4 py-16 text-center"
      >
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
      </main>
    </div>
  );
}
