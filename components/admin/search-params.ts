export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A page's search params with one string per key (the first of repeated ones). */
export const firstValues = (
  raw: Record<string, string | string[] | undefined>,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? "") : (v ?? "")]),
  );
