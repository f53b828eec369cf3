import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NativeSelect } from "@/components/admin/native-select";
import { Pager } from "@/components/admin/pager";
import { firstValues, type PageSearchParams } from "@/components/admin/search-params";
import { StatusBadge } from "@/components/admin/status-badge";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { browseCommunity, communityCompanies, mySubmissions } from "@/lib/community/service";
import { isFeatureEnabled } from "@/lib/flags/service";
import { PractiseButton } from "./practise-button";
import { CommunityQuestionCard } from "./question-card";

export const metadata: Metadata = { title: "Community questions" };

export default async function CommunityPage({ searchParams }: { searchParams: PageSearchParams }) {
  const user = await requireUser("/community");
  if (!(await isFeatureEnabled("community_questions", user.id))) notFound();
  const params = firstValues(await searchParams);
  const [{ items, pagination, query }, companies, mine] = await Promise.all([
    browseCommunity(user.id, params),
    communityCompanies(),
    mySubmissions(user.id),
  ]);
  const selected = companies.find(
    (c) => query.company && c.company.toLowerCase() === query.company.toLowerCase(),
  );
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Community questions</h1>
          <p className="text-sm text-muted-foreground">
            Questions candidates were really asked, checked by moderators. Vote on what helped,
            confirm ones you were asked too.
          </p>
        </div>
        <Button asChild variant="outline">
          <Link href="/community/submit">Share a question you were asked</Link>
        </Button>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="grid gap-1 text-sm">
          <span>Company</span>
          <NativeSelect name="company" defaultValue={selected?.company ?? ""}>
            <option value="">All companies</option>
            {companies.map((c) => (
              <option key={c.company} value={c.company}>
                {c.company} ({c.count})
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>Role</span>
          <NativeSelect name="role" defaultValue={query.role ?? ""}>
            <option value="">All roles</option>
            {[...new Set(companies.flatMap((c) => (selected && c !== selected ? [] : c.roles)))]
              .sort()
              .map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          <span>Sort</span>
          <NativeSelect name="sort" defaultValue={query.sort}>
            <option value="top">Most useful</option>
            <option value="newest">Newest</option>
          </NativeSelect>
        </label>
        <Button type="submit">Show</Button>
      </form>
      {selected ? <PractiseButton company={selected.company} role={query.role} /> : null}
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No approved question here yet. Be the first to{" "}
          <Link href="/community/submit" className="underline underline-offset-4">
            share one
          </Link>
          .
        </p>
      ) : (
        <div className="grid gap-3">
          {items.map((q) => (
            <CommunityQuestionCard key={q.id} q={q} />
          ))}
        </div>
      )}
      <Pager
        base="/community"
        params={params}
        page={pagination.page}
        totalPages={pagination.total_pages}
        total={pagination.total}
      />
      {mine.length > 0 ? (
        <section aria-labelledby="mine-heading" className="grid gap-2">
          <h2 id="mine-heading" className="font-semibold">
            Your submissions
          </h2>
          <ul className="grid gap-2 text-sm">
            {mine.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-2">
                <StatusBadge status={m.status} />
                <span className="font-medium">{m.companyName}</span>
                <span className="min-w-0 flex-1 truncate">{m.questionText}</span>
                {m.moderationNote ? (
                  <span className="w-full text-muted-foreground">
                    Moderator: {m.moderationNote}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
