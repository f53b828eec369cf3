import type { Metadata } from "next";
import Link from "next/link";
import { rules, SchemaView, typeLabel } from "@/components/api-docs/schema-view";
import { Logo } from "@/components/site/logo";
import { Badge } from "@/components/ui/badge";
import { openApiDocument } from "@/lib/openapi/document";

export const metadata: Metadata = { title: "API reference" };

const METHOD_COLOURS: Record<string, string> = {
  get: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  post: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  put: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  patch: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100",
  delete: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100",
};

type Op = ReturnType<typeof openApiDocument>["paths"][string][string];

function access(op: Op): string {
  if (op.security.length === 0) return "Public";
  if (op.description?.includes("Administrators")) return "Bearer token, admin";
  return op.security.length > 1 ? "Bearer token or web session" : "Bearer token";
}

/** The success answer's `data` schema, where the operation documents one. */
function responseData(op: Op): Record<string, unknown> | null {
  const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"))?.[1] as
    | { content?: Record<string, { schema?: { allOf?: { properties?: { data?: unknown } }[] } }> }
    | undefined;
  const data = success?.content?.["application/json"]?.schema?.allOf?.[1]?.properties?.data;
  return data && typeof data === "object" ? (data as Record<string, unknown>) : null;
}

const anchor = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, "");

/** The API reference, rendered on the server from the same OpenAPI document clients download. */
export default function ApiDocsPage() {
  const doc = openApiDocument();
  const ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({ path, method, op })),
  );
  const tags = doc.tags.map((t) => t.name);
  return (
    <>
      <header className="border-b">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Logo />
          <a className="text-sm underline underline-offset-4" href="/api/v1/openapi.json">
            openapi.json
          </a>
        </div>
      </header>
      <main
        id="main-content"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6"
      >
        <h1 className="text-2xl font-semibold tracking-tight">API reference</h1>
        <p className="mt-2 max-w-prose text-sm text-muted-foreground">
          Every JSON answer is the envelope{" "}
          <code className="font-mono text-xs">{"{ success, data, meta, error }"}</code>, and a
          method a path does not serve is a 405 in it. Sign in with{" "}
          <code className="font-mono text-xs">POST /api/v1/auth/login</code> and send{" "}
          <code className="font-mono text-xs">Authorization: Bearer &lt;access_token&gt;</code>.
          Errors carry <code className="font-mono text-xs">error.code</code> (e.g.{" "}
          <code className="font-mono text-xs">VALIDATION_ERROR</code> with field messages in{" "}
          <code className="font-mono text-xs">error.details</code>) and the request id.
        </p>
        <nav aria-label="Sections" className="mt-6 flex flex-wrap gap-2 text-sm">
          {tags.map((tag) => (
            <a
              key={tag}
              href={`#${anchor(tag)}`}
              className="rounded-md border px-2 py-1 hover:bg-accent"
            >
              {tag} ({ops.filter((o) => o.op.tags[0] === tag).length})
            </a>
          ))}
        </nav>
        {tags.map((tag) => (
          <section key={tag} aria-labelledby={anchor(tag)} className="mt-10">
            <h2 id={anchor(tag)} className="text-lg font-semibold">
              {tag}
            </h2>
            <div className="mt-3 grid gap-2">
              {ops
                .filter((o) => o.op.tags[0] === tag)
                .map(({ path, method, op }) => {
                  const body = op.requestBody?.content as
                    Record<string, { schema: Record<string, unknown> }> | undefined;
                  const media = body ? Object.keys(body)[0] : undefined;
                  return (
                    <details key={op.operationId} id={op.operationId} className="rounded-lg border">
                      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2">
                        <span
                          className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_COLOURS[method] ?? ""}`}
                        >
                          {method}
                        </span>
                        <code className="font-mono text-sm break-all">{path}</code>
                        <span className="text-sm text-muted-foreground">{op.summary}</span>
                      </summary>
                      <div className="grid gap-4 border-t px-3 py-3">
                        <p className="text-sm">
                          <Badge variant="outline">{access(op)}</Badge>
                        </p>
                        {op.parameters.length > 0 ? (
                          <div>
                            <h3 className="text-sm font-medium">Parameters</h3>
                            <ul className="mt-1 grid gap-1 text-sm">
                              {op.parameters.map((p) => (
                                <li key={`${p.in}-${p.name}`}>
                                  <code className="font-mono text-xs font-semibold">{p.name}</code>{" "}
                                  <span className="text-xs text-muted-foreground">
                                    in {p.in}
                                    {p.required ? ", required" : ""}
                                  </span>
                                  <span className="font-mono text-xs text-muted-foreground">
                                    {typeLabel(p.schema)}
                                  </span>
                                  {rules(p.schema) ? (
                                    <span className="text-xs text-muted-foreground">
                                      {" "}
                                      · {rules(p.schema)}
                                    </span>
                                  ) : null}
                                </li>
                              ))}
                            </ul>
                          </div>
                        ) : null}
                        {body && media ? (
                          <div>
                            <h3 className="text-sm font-medium">
                              Request body{" "}
                              <span className="font-normal text-muted-foreground">({media})</span>
                            </h3>
                            <div className="mt-1">
                              <SchemaView schema={body[media]!.schema} />
                            </div>
                          </div>
                        ) : null}
                        {responseData(op) ? (
                          <div>
                            <h3 className="text-sm font-medium">
                              Response{" "}
                              <span className="font-normal text-muted-foreground">(data)</span>
                            </h3>
                            <div className="mt-1">
                              <SchemaView schema={responseData(op)!} />
                            </div>
                          </div>
                        ) : null}
                        <div>
                          <h3 className="text-sm font-medium">Responses</h3>
                          <ul className="mt-1 grid gap-0.5 text-sm">
                            {Object.entries(op.responses).map(([status, r]) => (
                              <li key={status}>
                                <code className="font-mono text-xs font-semibold">{status}</code>{" "}
                                <span className="text-muted-foreground">
                                  {(r as { description: string }).description}
                                </span>
                              </li>
                            ))}
                          </ul>
                        </div>
                      </div>
                    </details>
                  );
                })}
            </div>
          </section>
        ))}
        <p className="mt-10 text-sm text-muted-foreground">
          Machine-readable:{" "}
          <Link href="/api/v1/openapi.json" className="underline">
            /api/v1/openapi.json
          </Link>{" "}
          (OpenAPI {doc.openapi}).
        </p>
      </main>
    </>
  );
}
