import Link from "next/link";
import { QuoteIcon, ShieldCheckIcon, WifiOffIcon } from "lucide-react";
import { Logo } from "@/components/site/logo";
import { ThemeToggle } from "@/components/site/theme-toggle";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { landingSample } from "@/lib/evaluations/landing-sample";
import { SampleFeedback } from "./_components/sample-feedback";

const FEATURES = [
  {
    icon: QuoteIcon,
    title: "Every score shows its evidence",
    body: "Each point a good answer should cover is marked covered or missed, with the exact words from your answer highlighted. No unexplained numbers.",
  },
  {
    icon: WifiOffIcon,
    title: "Works fully offline",
    body: "A built-in evaluator, measured against human graders, scores your answers without any external AI service — nothing you write has to leave the server.",
  },
  {
    icon: ShieldCheckIcon,
    title: "Survives provider failures",
    body: "When a hosted AI model is slow or down, evaluation falls back to the built-in evaluator, and your submitted answers are never lost.",
  },
] as const;

const STEPS = [
  "Pick a role, difficulty and the kinds of questions you want.",
  "Answer one question at a time against the clock; drafts save as you type.",
  "Review a summary with scores per criterion, quoted evidence and example answers.",
] as const;

export default async function LandingPage() {
  const [user, sample] = await Promise.all([getCurrentUser(), landingSample()]);

  return (
    <>
      <header className="border-b">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Logo />
          <nav aria-label="Account" className="flex items-center gap-2">
            <ThemeToggle />
            {user ? (
              <Button asChild size="sm">
                <Link href="/dashboard">Go to dashboard</Link>
              </Button>
            ) : (
              <>
                <Button asChild size="sm" variant="ghost">
                  <Link href="/login">Sign in</Link>
                </Button>
                {/* Under 640 px the hero's "Create a free account" is the one: the bar fits 360 px. */}
                <Button asChild size="sm" className="hidden sm:inline-flex">
                  <Link href="/register">Create account</Link>
                </Button>
              </>
            )}
          </nav>
        </div>
      </header>

      <main id="main-content" tabIndex={-1} className="flex-1">
        <section
          aria-labelledby="hero-heading"
          className="mx-auto flex max-w-5xl flex-col items-start gap-6 px-4 py-16 sm:px-6 sm:py-24"
        >
          <p className="rounded-full border px-3 py-1 text-xs font-medium text-muted-foreground">
            Interview practice with feedback you can check
          </p>
          <h1
            id="hero-heading"
            className="max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl"
          >
            Practise interviews. See exactly why you scored what you scored.
          </h1>
          <p className="max-w-2xl text-lg text-pretty text-muted-foreground">
            InterviewMaster asks realistic questions for your target role, times you like a real
            interview, and grades each answer against the points it should cover — quoting your own
            words as evidence.
          </p>
          <div className="flex flex-wrap gap-3">
            {user ? (
              <>
                <Button asChild size="lg">
                  <Link href="/dashboard">Go to your dashboard</Link>
                </Button>
                <Button asChild size="lg" variant="outline">
                  <Link href="/interviews/new">Start an interview</Link>
                </Button>
              </>
            ) : (
              <>
                <Button asChild size="lg">
                  <Link href="/register">Create a free account</Link>
                </Button>
                <Button asChild size="lg" variant="outline">
                  <Link href="/login">Sign in</Link>
                </Button>
              </>
            )}
          </div>
        </section>

        {sample ? (
          <section aria-labelledby="sample-heading" className="border-t">
            <div className="mx-auto grid max-w-5xl gap-6 px-4 py-16 sm:px-6">
              <div className="grid gap-2">
                <h2 id="sample-heading" className="text-2xl font-semibold tracking-tight">
                  What your feedback looks like
                </h2>
                <p className="max-w-2xl text-muted-foreground">
                  A real answer to a real question from the bank, scored on four criteria. Every
                  covered point is backed by the words that covered it.
                </p>
              </div>
              <SampleFeedback sample={sample} />
            </div>
          </section>
        ) : null}

        <section aria-labelledby="why-heading" className="border-t bg-muted/40">
          <div className="mx-auto max-w-5xl px-4 py-16 sm:px-6">
            <h2 id="why-heading" className="text-2xl font-semibold tracking-tight">
              Why it is different
            </h2>
            <ul className="mt-8 grid gap-6 md:grid-cols-3">
              {FEATURES.map(({ icon: Icon, title, body }) => (
                <li key={title} className="rounded-xl border bg-card p-6 shadow-sm">
                  <Icon aria-hidden="true" className="size-6 text-primary" />
                  <h3 className="mt-4 font-semibold">{title}</h3>
                  <p className="mt-2 text-sm text-muted-foreground">{body}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section aria-labelledby="how-heading" className="border-t">
          <div className="mx-auto max-w-5xl px-4 py-16 sm:px-6">
            <h2 id="how-heading" className="text-2xl font-semibold tracking-tight">
              How it works
            </h2>
            <ol className="mt-8 grid gap-6 md:grid-cols-3">
              {STEPS.map((step, index) => (
                <li key={step} className="flex gap-4">
                  <span
                    aria-hidden="true"
                    className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground"
                  >
                    {index + 1}
                  </span>
                  <p className="text-sm text-muted-foreground">{step}</p>
                </li>
              ))}
            </ol>
          </div>
        </section>
      </main>
    </>
  );
}
