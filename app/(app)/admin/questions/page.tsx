import type { Metadata } from "next";
import Link from "next/link";
import { NativeSelect } from "@/components/admin/native-select";
import { Pager } from "@/components/admin/pager";
import { firstValues, type PageSearchParams } from "@/components/admin/search-params";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { listQuestions } from "@/lib/admin/question-bank";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { CATEGORIES, CATEGORY_LABELS, DIFFICULTIES } from "@/lib/validations/enums";

export const metadata: Metadata = { title: "Question bank · Admin" };

export default async function AdminQuestionsPage({
  searchParams,
}: {
  searchParams: PageSearchParams;
}) {
  await requireAdminPage("/admin/questions");
  const params = firstValues(await searchParams);
  const { items, pagination, query, roles } = await listQuestions(params);
  return (
    <section className="grid gap-4" aria-labelledby="questions-heading">
      <h2 id="questions-heading" className="text-lg font-semibold">
        Question bank
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="grid gap-1 text-sm">
          <span>Search</span>
          <Input
            name="q"
            defaultValue={query.q ?? ""}
            placeholder="Text, key or skill"
            className="w-56 max-w-full"
          />
        </label>
        <label className="grid gap-1 text-sm">
          <span>Role</span>
          <NativeSelect name="role" defaultValue={query.role ?? ""} className="max-w-[12rem]">
            <option value="">Any</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>Category</span>
          <NativeSelect name="category" defaultValue={query.category ?? ""}>
            <option value="">Any</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>Difficulty</span>
          <NativeSelect name="difficulty" defaultValue={query.difficulty ?? ""}>
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>Source</span>
          <NativeSelect name="source" defaultValue={query.source ?? ""}>
            <option value="">Any</option>
            <option value="bank">Bank</option>
            <option value="ai">Generated</option>
            <option value="community">Community</option>
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>State</span>
          <NativeSelect name="state" defaultValue={query.state}>
            <option value="active">In use</option>
            <option value="retired">Retired</option>
          </NativeSelect>
        </label>
        <Button type="submit">Apply</Button>
      </form>
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">No question matches these filters.</p>
      ) : (
        <ul className="grid gap-2">
          {items.map((q) => (
            <li key={q.id} className="rounded-lg border p-3">
              <Link
                href={`/admin/questions/${q.id}`}
                className="font-medium underline-offset-4 hover:underline"
              >
                {q.questionText}
              </Link>
              <div className="mt-1 flex flex-wrap gap-1.5 text-xs text-muted-foreground">
                <Badge variant="outline">{q.role}</Badge>
                <Badge variant="outline">{CATEGORY_LABELS[q.category]}</Badge>
                <Badge variant="outline">{q.difficulty}</Badge>
                <Badge variant="secondary">{q.source === "ai" ? "generated" : q.source}</Badge>
                {q.retiredAt ? <Badge variant="destructive">retired</Badge> : null}
                <span>{q._count.answers} answers</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager
        base="/admin/questions"
        params={params}
        page={pagination.page}
        totalPages={pagination.total_pages}
        total={pagination.total}
      />
    </section>
  );
}
