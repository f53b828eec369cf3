import Link from "next/link";
import { Button } from "@/components/ui/button";
import { pageHref } from "./format";

interface PagerProps {
  base: string;
  params: Record<string, string | number | undefined | null>;
  page: number;
  totalPages: number;
  total: number;
}

export function Pager({ base, params, page, totalPages, total }: PagerProps) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-2 text-sm">
      <span className="text-muted-foreground">
        Page {page} of {totalPages} · {total} in all
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Button asChild variant="outline" size="sm">
            <Link href={pageHref(base, params, page - 1)}>Previous</Link>
          </Button>
        ) : null}
        {page < totalPages ? (
          <Button asChild variant="outline" size="sm">
            <Link href={pageHref(base, params, page + 1)}>Next</Link>
          </Button>
        ) : null}
      </span>
    </nav>
  );
}
