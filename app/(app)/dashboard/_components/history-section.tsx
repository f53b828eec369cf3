import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";
import { ClipboardListIcon } from "lucide-react";
import {
  CategoryBadges,
  DifficultyBadge,
  ScoreBadge,
  SessionStatusBadge,
} from "@/components/interview/badges";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { listInterviews } from "@/lib/interviews/list-interviews";

type Item = Awaited<ReturnType<typeof listInterviews>>["items"][number];

type Props = { items: Item[]; page: number; totalPages: number; timeZone: string };

function formatDate(iso: string, timeZone: string) {
  const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(iso));
  }
}

function SessionRow({ item, timeZone }: { item: Item; timeZone: string }) {
  const headingId = `session-${item.session_id}`;
  const inProgress = item.status === "in_progress";
  return (
    <li>
      <Card className="gap-3 px-4 py-4 sm:px-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid min-w-0 gap-1">
            <h3 id={headingId} className="truncate font-semibold">
              {item.origin === "review" ? `Review · ${item.role}` : item.role}
            </h3>
            <p className="text-sm text-muted-foreground">
              <time dateTime={item.start_time}>{formatDate(item.start_time, timeZone)}</time>
              <span aria-hidden="true"> · </span>
              <span>
                {item.answered}/{item.total_questions} answered
              </span>
            </p>
          </div>
          <div className="flex items-center gap-2">
            <SessionStatusBadge status={item.status} />
            {item.overall_session_score !== null ? (
              <ScoreBadge score={item.overall_session_score} />
            ) : null}
          </div>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex flex-wrap items-center gap-1">
            <DifficultyBadge difficulty={item.difficulty} />
            <CategoryBadges categories={item.categories} />
          </div>
          <Button asChild size="sm" variant={inProgress ? "default" : "outline"}>
            <Link
              href={
                inProgress
                  ? `/interviews/${item.session_id}`
                  : `/interviews/${item.session_id}/summary`
              }
              aria-describedby={headingId}
            >
              {inProgress ? "Continue" : "View summary"}
              <LinkPending />
            </Link>
          </Button>
        </div>
      </Card>
    </li>
  );
}

export function HistorySection({ items, page, totalPages, timeZone }: Props) {
  return (
    <section aria-labelledby="history-heading" className="grid gap-4">
      <h2 id="history-heading" className="text-lg font-semibold">
        Past sessions
      </h2>
      {items.length === 0 && page === 1 ? (
        <EmptyState
          titleAs="h3"
          icon={<ClipboardListIcon />}
          title="No interviews yet"
          description="Your sessions will appear here, each with its summary."
        />
      ) : (
        <>
          <ul className="grid gap-3">
            {items.map((item) => (
              <SessionRow key={item.session_id} item={item} timeZone={timeZone} />
            ))}
          </ul>
          {totalPages > 1 ? (
            <nav
              aria-label="Past sessions pages"
              className="flex items-center justify-between gap-2"
            >
              {page > 1 ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={`/dashboard?page=${page - 1}`}>Newer</Link>
                </Button>
              ) : (
                <span />
              )}
              <p className="text-sm text-muted-foreground">
                Page {page} of {totalPages}
              </p>
              {page < totalPages ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={`/dashboard?page=${page + 1}`}>Older</Link>
                </Button>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
