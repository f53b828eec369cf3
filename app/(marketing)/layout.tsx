export default function MarketingLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      {children}
      <footer className="border-t px-4 py-6 text-center text-sm text-muted-foreground sm:px-6">
        InterviewMaster — interview practice with feedback you can check.
      </footer>
    </div>
  );
}
