import { ArrowDownIcon, ArrowUpIcon, CheckCircle2Icon, MinusIcon, XCircleIcon } from "lucide-react";
import { ScoreBadge } from "@/components/interview/badges";
import { CRITERIA } from "@/lib/evaluations/criteria";
import type { AttemptChange, AttemptView } from "@/lib/summaries/practice-extras";
import { cn } from "@/lib/utils";

type Props = {
  sessionId: number;
  /** The latest attempt before this session (another session), if any. */
  earlier: AttemptView | null;
  /** This session's attempts, in order. */
  attempts: AttemptView[];
  comparison: AttemptChange | null;
};

function attemptLabel(a: AttemptView, sessionId: number): string {
  return a.session_id === sessionId ? `Attempt ${a.attempt}` : "Earlier session";
}

/** "+12", "−5", "±0" with the direction also in words for screen readers. */
export function Change({ value }: { value: number }) {
  const Icon = value > 0 ? ArrowUpIcon : value < 0 ? ArrowDownIcon : MinusIcon;
  const words = value > 0 ? `up ${value}` : value < 0 ? `down ${-value}` : "no change";
  return (
    <span
      className={cn(
        "inline-flex items-center gap-0.5 font-semibold tabular-nums",
        value > 0 ? "text-success" : value < 0 ? "text-destructive" : "text-muted-foreground",
      )}
    >
      <Icon aria-hidden="true" className="size-3.5" />
      <span aria-hidden="true">{value > 0 ? `+${value}` : value < 0 ? `−${-value}` : "±0"}</span>
      <span className="sr-only">{words}</span>
    </span>
  );
}

function AttemptColumn({ a, label }: { a: AttemptView; label: string }) {
  const score = a.evaluation?.scores?.overall_score ?? null;
  return (
    <div className="grid content-start gap-2 rounded-lg border p-3">
      <div className="flex items-center justify-between gap-2">
        <h5 className="text-sm font-semibold">{label}</h5>
        {score !== null && a.evaluation_status === "completed" ? (
          <ScoreBadge score={score} />
        ) : (
          <span className="text-xs text-muted-foreground">Being evaluated…</span>
        )}
      </div>
      <p className="line-clamp-6 text-sm leading-relaxed whitespace-pre-wrap text-muted-foreground">
        {a.answer_text}
      </p>
    </div>
  );
}

function PointList({
  title,
  points,
  gained,
}: {
  title: string;
  points: string[];
  gained: boolean;
}) {
  if (points.length === 0) return null;
  const Icon = gained ? CheckCircle2Icon : XCircleIcon;
  return (
    <div className="grid gap-1.5">
      <h5 className="text-sm font-semibold">{title}</h5>
      <ul className="grid gap-1 text-sm">
        {points.map((p) => (
          <li key={p} className="flex gap-2">
            <Icon
              aria-hidden="true"
              className={cn("mt-0.5 size-4 shrink-0", gained ? "text-success" : "text-destructive")}
            />
            {p}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Two attempts at one question side by side: the later evaluated attempt against the one before
 * it (in this session or an earlier one), the change per criterion, and the expected points
 * newly covered (or lost). Further attempts still being evaluated are listed below.
 */
export function AttemptComparison({ sessionId, earlier, attempts, comparison }: Props) {
  const all = earlier ? [earlier, ...attempts] : attempts;
  if (all.length < 2) return null;
  const byId = new Map(all.map((a) => [a.answer_id, a]));
  const from = comparison ? byId.get(comparison.from_answer_id) : undefined;
  const to = comparison ? byId.get(comparison.to_answer_id) : undefined;
  const waiting = all.filter(
    (a) => a.evaluation_status === "pending" || a.evaluation_status === "processing",
  );
  const scoresOf = (a: AttemptView) => a.evaluation?.scores;

  return (
    <section aria-label="Attempt comparison" className="grid gap-4">
      <h4 className="text-sm font-semibold">Attempts compared</h4>
      {comparison && from && to ? (
        <>
          <div className="grid gap-3 md:grid-cols-2">
            <AttemptColumn a={from} label={attemptLabel(from, sessionId)} />
            <AttemptColumn a={to} label={attemptLabel(to, sessionId)} />
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">
                Score change from {attemptLabel(from, sessionId)} to {attemptLabel(to, sessionId)}
              </caption>
              <thead>
                <tr className="text-left text-xs text-muted-foreground">
                  <th scope="col" className="py-1 pr-2 font-medium">
                    Criterion
                  </th>
                  <th scope="col" className="px-2 py-1 text-right font-medium">
                    Before
                  </th>
                  <th scope="col" className="px-2 py-1 text-right font-medium">
                    After
                  </th>
                  <th scope="col" className="py-1 pl-2 text-right font-medium">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {CRITERIA.map(({ key, label }) => (
                  <tr key={key} className="border-t">
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                      {label}
                    </th>
                    <td className="px-2 py-1.5 text-right tabular-nums">
                      {scoresOf(from)?.[key] ?? "—"}
                    </td>
                    <td className="px-2 py-1.5 text-right tabular-nums">
                      {scoresOf(to)?.[key] ?? "—"}
                    </td>
                    <td className="py-1.5 pl-2 text-right">
                      <Change value={comparison.criteria_change[key]} />
                    </td>
                  </tr>
                ))}
                <tr className="border-t font-semibold">
                  <th scope="row" className="py-1.5 pr-2 text-left">
                    Overall
                  </th>
                  <td className="px-2 py-1.5 text-right tabular-nums">
                    {scoresOf(from)?.overall_score ?? "—"}
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">
                    {scoresOf(to)?.overall_score ?? "—"}
                  </td>
                  <td className="py-1.5 pl-2 text-right">
                    <Change value={comparison.overall_change} />
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <PointList title="Newly covered" points={comparison.newly_covered} gained />
            <PointList
              title="No longer covered"
              points={comparison.no_longer_covered}
              gained={false}
            />
          </div>
          {comparison.newly_covered.length === 0 && comparison.no_longer_covered.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              The same expected points were covered both times.
            </p>
          ) : null}
        </>
      ) : null}
      {waiting.length > 0 ? (
        <p className="text-sm text-muted-foreground">
          {waiting.map((a) => attemptLabel(a, sessionId)).join(", ")}{" "}
          {waiting.length === 1 ? "is" : "are"} being evaluated; the comparison updates by itself.
        </p>
      ) : null}
    </section>
  );
}
