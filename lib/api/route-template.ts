import { API_PATHS } from "@/lib/openapi/operations";

/** The label of a request no route template matches (one series, whatever the path). */
export const UNMATCHED_ROUTE = "unmatched";

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

// Static segments before parameters, so /users/me is never read as /users/{id}.
const compiled = Object.keys(API_PATHS)
  .map((template) => ({
    template,
    re: new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map(escape)
        .join("[^/]+")}/?$`,
    ),
    params: (template.match(/\{/g) ?? []).length,
  }))
  .sort((a, b) => a.params - b.params);

/** The documented template a path belongs to (e.g. /api/v1/interviews/{id}), or "unmatched". */
export function routeTemplate(pathname: string): string {
  return compiled.find((c) => c.re.test(pathname))?.template ?? UNMATCHED_ROUTE;
}
