import type { Metadata } from "next";
import Link from "next/link";
import { formatUtc } from "@/components/admin/format";
import { NativeSelect } from "@/components/admin/native-select";
import { Pager } from "@/components/admin/pager";
import { firstValues, type PageSearchParams } from "@/components/admin/search-params";
import { StatusBadge } from "@/components/admin/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { closestBankQuestion, type DuplicateMatch } from "@/lib/community/duplicates";
import { allowedActions } from "@/lib/community/moderation";
import { moderationQueue } from "@/lib/community/service";
import { reportReasonLabel } from "@/lib/validations/community";
import { CATEGORY_LABELS } from "@/lib/validations/enums";
import { ModerationControls } from "./moderation-item";

export const metadata: Metadata = { title: "Moderation · Admin" };

export default async function AdminModerationPage({
  searchParams,
}: {
  searchParams: PageSearchParams;
}) {
  await requireAdminPage("/admin/moderation");
  const params = firstValues(await searchParams);
  const { items, pagination, query } = await moderationQueue(params);
  return (
    <section className="grid gap-4" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading" className="text-lg font-semibold">
        Moderation queue
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="grid gap-1 text-sm">
          <span>Show</span>
          <NativeSelect name="status" defaultValue={query.status ?? ""}>
            <option value="">Waiting (pending, flagged and reported)</option>
            <option value="pending_moderation">Pending</option>
            <option value="flagged">Flagged</option>
            <option value="approved">Approved</option>
            <option value="rejected">Rejected</option>
          </NativeSelect>
        </label>
        <Button type="submit">Apply</Button>
      </form>
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing waiting. Well done.</p>
      ) : (
        <ul className="grid gap-4">
          {items.map((q) => {
            const duplicates = (q.duplicates as unknown as DuplicateMatch[]) ?? [];
            const actions = allowedActions(q.status).filter(
              (a): a is "approve" | "reject" | "flag" => a !== "reports",
            );
            const suggestion =
              actions.includes("approve") && q.questionId === null
                ? closestBankQuestion(q.questionText)
                : null;
            return (
              <li
                key={q.id}
                className="grid gap-3 rounded-lg border p-4"
                aria-label={`Submission ${q.id}`}
              >
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <StatusBadge status={q.status} />
                  <span className="font-semibold">{q.companyName}</span>
                  <Badge variant="outline">{q.role}</Badge>
                  {q.experienceLevel ? <Badge variant="outline">{q.experienceLevel}</Badge> : null}
                  <Badge variant="outline">{CATEGORY_LABELS[q.category]}</Badge>
                  <span className="text-muted-foreground">
                    by{" "}
                    <Link
                      href={`/admin/users/${q.user.id}`}
                      className="underline underline-offset-4"
                    >
                      {q.user.email}
                    </Link>{" "}
                    · {formatUtc(q.createdAt)}
                  </span>
                </div>
                <p className="font-medium">{q.questionText}</p>
                {q.notes ? <p className="text-sm text-muted-foreground">Notes: {q.notes}</p> : null}
                {q.reports.length > 0 ? (
                  <div className="text-sm">
                    <p className="font-medium">Open reports ({q.reports.length})</p>
                    <ul className="list-disc pl-5">
                      {q.reports.map((r, i) => (
                        <li key={i}>
                          {reportReasonLabel(r.reason)}
                          {r.details ? `: ${r.details}` : ""}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {duplicates.length > 0 ? (
                  <div className="rounded-md bg-warning/10 p-2 text-sm">
                    <p className="font-medium">Possible duplicates</p>
                    <ul className="list-disc pl-5">
                      {duplicates.map((d) => (
                        <li key={`${d.kind}-${d.id}`}>
                          {d.kind === "bank" ? "Bank" : `Community #${d.id}`}: {d.text}{" "}
                          <span className="text-muted-foreground">
                            (text {Math.round(d.text_similarity * 100)}%, content{" "}
                            {Math.round(d.content_similarity * 100)}%)
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {q.moderationNote ? (
                  <p className="text-sm text-muted-foreground">Last note: {q.moderationNote}</p>
                ) : null}
                {actions.length > 0 ? (
                  <ModerationControls
                    id={q.id}
                    actions={actions}
                    suggestedPoints={suggestion?.points ?? []}
                    hasPracticeQuestion={q.questionId !== null}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <Pager
        base="/admin/moderation"
        params={params}
        page={pagination.page}
        totalPages={pagination.total_pages}
        total={pagination.total}
      />
    </section>
  );
}
