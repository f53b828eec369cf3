import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { outbox } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Dev outbox", robots: { index: false } };

const LINK = /(https?:\/\/\S+)/g;

// GET /dev/outbox – mails this process would have sent, when SMTP_URL is not set (never in production)
export default function DevOutboxPage() {
  const { NODE_ENV, SMTP_URL } = env();
  if (NODE_ENV === "production") notFound();
  const mails = outbox();
  return (
    <main id="main-content" className="mx-auto grid max-w-3xl gap-4 p-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Dev outbox</h1>
        <p className="text-sm text-muted-foreground">
          {SMTP_URL
            ? "SMTP_URL is set: mails go out over SMTP and do not appear here."
            : "SMTP_URL is not set, so mails land here (newest first, this server process only)."}
        </p>
      </div>
      {mails.length === 0 ? <p className="text-sm">No mails yet.</p> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="rounded-lg border p-4" aria-label={mail.subject}>
          <h2 className="font-medium">{mail.subject}</h2>
          <p className="text-xs text-muted-foreground">
            To {mail.to} · {new Date(mail.sentAt).toUTCString()}
          </p>
          <pre className="mt-3 text-sm break-words whitespace-pre-wrap">
            {mail.text.split(LINK).map((part, i) =>
              i % 2 === 1 ? (
                <a key={i} href={part} className="text-primary underline">
                  {part}
                </a>
              ) : (
                part
              ),
            )}
          </pre>
        </article>
      ))}
    </main>
  );
}
