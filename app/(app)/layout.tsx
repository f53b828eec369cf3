import { requireUser } from "@/lib/auth/session";
import { AppHeader } from "./_components/app-header";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader user={{ name: user.name, email: user.email, isAdmin: user.role === "admin" }} />
      <main id="main-content" tabIndex={-1} className="flex-1 focus-visible:outline-offset-[-2px]">
        <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-8">{children}</div>
      </main>
    </div>
  );
}
