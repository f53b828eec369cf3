/** "2026-12-02 00:41 UTC": admin pages show one unambiguous clock. */
export function formatUtc(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Query string of `params` without empty values, with `page` replaced. */
export function pageHref(
  base: string,
  params: Record<string, string | number | undefined | null>,
  page: number,
): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "" && k !== "page") search.set(k, String(v));
  }
  if (page > 1) search.set("page", String(page));
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
